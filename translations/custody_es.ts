<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Custody::Api::ApiError</name>
    <message>
        <location filename="../core/api/apierror.cpp" line="+90"/>
        <source>the connection was refused</source>
        <translation>se rechazó la conexión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the connection was closed unexpectedly</source>
        <translation>la conexión se cerró inesperadamente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the server name could not be resolved</source>
        <translation>no se pudo resolver el nombre del servidor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the connection timed out</source>
        <translation>se agotó el tiempo de conexión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the network is unavailable</source>
        <translation>la red no está disponible</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> (%1)</source>
        <extracomment>Appended to a sentence: the server&apos;s own explanation in parentheses.</extracomment>
        <translation> (%1)</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>Genesys Cloud was temporarily unable to answer (HTTP %1)%2. Custody retries automatically; if this keeps happening, check the Genesys Cloud status page and resume the export later.</source>
        <extracomment>%1 is the HTTP status, %2 the server&apos;s explanation in parentheses or empty.</extracomment>
        <translation>Genesys Cloud no pudo responder temporalmente (HTTP %1)%2. Custody reintenta automáticamente; si sigue ocurriendo, consulte la página de estado de Genesys Cloud y reanude la exportación más tarde.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Custody could not reach Genesys Cloud: %1. Custody retries automatically; if this keeps happening, check the network connection, proxy and firewall, then resume the export.</source>
        <extracomment>%1 is a reason such as &quot;the connection timed out&quot;.</extracomment>
        <translation>Custody no pudo conectar con Genesys Cloud: %1. Custody reintenta automáticamente; si sigue ocurriendo, compruebe la conexión de red, el proxy y el cortafuegos y reanude la exportación.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Genesys Cloud is limiting how many requests this OAuth client may send%1. Custody waits %n second(s) and then continues by itself; nothing needs to be done.</source>
        <extracomment>%1 is the server&apos;s explanation in parentheses or empty.</extracomment>
        <translation>
            <numerusform>Genesys Cloud limita cuántas solicitudes puede enviar este cliente OAuth%1. Custody espera %n segundo y luego continúa por sí solo; no hace falta hacer nada.</numerusform>
            <numerusform>Genesys Cloud limita cuántas solicitudes puede enviar este cliente OAuth%1. Custody espera %n segundos y luego continúa por sí solo; no hace falta hacer nada.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Genesys Cloud is limiting how many requests this OAuth client may send%1. Custody waits and then continues by itself; nothing needs to be done.</source>
        <translation>Genesys Cloud limita cuántas solicitudes puede enviar este cliente OAuth%1. Custody espera y luego continúa por sí solo; no hace falta hacer nada.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Genesys Cloud rejected the OAuth client credentials%1: the client ID or the client secret is wrong, or the client belongs to another region. Check both in the settings, then resume the export.</source>
        <translation>Genesys Cloud rechazó las credenciales del cliente OAuth%1: el ID de cliente o el secreto de cliente es incorrecto, o el cliente pertenece a otra región. Compruebe ambos en la configuración y reanude la exportación.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Genesys Cloud did not accept Custody&apos;s sign-in%1. Check that the OAuth client still exists, uses the Client Credentials grant and has not been revoked, then resume the export.</source>
        <translation>Genesys Cloud no aceptó el inicio de sesión de Custody%1. Compruebe que el cliente OAuth sigue existiendo, usa la concesión Client Credentials y no ha sido revocado, y reanude la exportación.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Genesys Cloud refused the request because the OAuth client lacks a permission%1. Ask your Genesys Cloud administrator to grant it, then resume the export.</source>
        <translation>Genesys Cloud rechazó la solicitud porque al cliente OAuth le falta un permiso%1. Pida a su administrador de Genesys Cloud que lo conceda y reanude la exportación.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Genesys Cloud could not find what was requested%1; it may have been deleted or belong to another organization or region. Check the region and the export&apos;s filters, then resume the export.</source>
        <translation>Genesys Cloud no encontró lo solicitado%1; puede que se haya eliminado o que pertenezca a otra organización o región. Compruebe la región y los filtros de la exportación y reanude la exportación.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Genesys Cloud rejected the request as invalid%1. Check the export&apos;s dates and filters; if they look right, report the problem with this error&apos;s technical details.</source>
        <translation>Genesys Cloud rechazó la solicitud por no ser válida%1. Compruebe las fechas y los filtros de la exportación; si parecen correctos, informe del problema con los detalles técnicos de este error.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Custody could not read or write a local file (%1). Check that the destination folder exists, is writable and has free space, then resume the export.</source>
        <extracomment>%1 is the technical description naming the file and the system error.</extracomment>
        <translation>Custody no pudo leer o escribir un archivo local (%1). Compruebe que la carpeta de destino existe, admite escritura y tiene espacio libre, y reanude la exportación.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The request was cancelled. Resume the export to continue where it stopped.</source>
        <translation>La solicitud se canceló. Reanude la exportación para continuar donde se detuvo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Custody could not establish a secure connection to Genesys Cloud. Check the proxy and the system&apos;s certificate settings, then resume the export.</source>
        <translation>Custody no pudo establecer una conexión segura con Genesys Cloud. Compruebe el proxy y la configuración de certificados del sistema y reanude la exportación.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Genesys Cloud kept sending incomplete answers (malformed JSON)%1. Resume the export later; if this keeps happening, check any proxy between this computer and Genesys Cloud.</source>
        <extracomment>%1 is the server&apos;s explanation in parentheses or empty.</extracomment>
        <translation>Genesys Cloud envió repetidamente respuestas incompletas (JSON mal formado)%1. Reanude la exportación más tarde; si sigue ocurriendo, compruebe cualquier proxy entre este equipo y Genesys Cloud.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Genesys Cloud sent an answer Custody cannot use%1. Resume the export later; if this keeps happening, report the problem with this error&apos;s technical details.</source>
        <translation>Genesys Cloud envió una respuesta que Custody no puede usar%1. Reanude la exportación más tarde; si sigue ocurriendo, informe del problema con los detalles técnicos de este error.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Support reference: %1.</source>
        <extracomment>Genesys support uses this id to find the request in their logs.</extracomment>
        <translation>Referencia de soporte: %1.</translation>
    </message>
</context>
<context>
    <name>Custody::Cli</name>
    <message>
        <location filename="../app/cli/admincommands.cpp" line="+52"/>
        <source>List exports and their progress.</source>
        <translation>Listar las exportaciones y su progreso.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The job store file.</source>
        <translation>El archivo del almacén de trabajos.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No exports yet.</source>
        <translation>Todavía no hay exportaciones.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 downloaded, %2 failed</source>
        <translation>%1 descargados, %2 fallidos</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Recheck every file of an export folder against its manifest.</source>
        <translation>Volver a comprobar cada archivo de una carpeta de exportación con su manifiesto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The export folder.</source>
        <translation>La carpeta de exportación.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>missing: </source>
        <translation>falta: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changed: </source>
        <translation>modificado: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unreadable: </source>
        <translation>ilegible: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>extra: </source>
        <translation>adicional: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>incomplete download: </source>
        <translation>descarga incompleta: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 files match the manifest; %2 missing, %3 changed, %4 extra.</source>
        <translation>%1 archivos coinciden con el manifiesto; %2 faltan, %3 modificados, %4 adicionales.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Manage org profiles: add, list, remove.</source>
        <translation>Administrar perfiles de organización: añadir, listar, quitar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add, list or remove</source>
        <translation>add, list o remove</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+81"/>
        <source>The profiles file.</source>
        <translation>El archivo de perfiles.</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Profile name.</source>
        <translation>Nombre del perfil.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region domain, e.g. mypurecloud.ie.</source>
        <translation>Dominio de la región, p. ej. mypurecloud.ie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom base URL serving login and API.</source>
        <translation>URL base personalizada para el inicio de sesión y la API.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OAuth client id (client credentials grant).</source>
        <translation>ID del cliente OAuth (concesión Client Credentials).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the secret from this environment variable instead of the keychain.</source>
        <translation>Leer el secreto de esta variable de entorno en lugar del llavero.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default time zone of the org, e.g. Europe/Berlin.</source>
        <translation>Zona horaria predeterminada de la organización, p. ej. Europe/Berlin.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>secret in keychain</source>
        <translation>secreto en el llavero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>secret in $%1</source>
        <translation>secreto en $%1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Added profile %1.</source>
        <translation>Perfil %1 añadido.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Now store its client secret: custody-cli secrets set &quot;%1&quot;</source>
        <translation>Guarde ahora su secreto de cliente: custody-cli secrets set &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+45"/>
        <source>No profile named &quot;%1&quot;.</source>
        <translation>No hay ningún perfil llamado «%1».</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Removed profile %1.</source>
        <translation>Perfil %1 quitado.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Store a profile&apos;s OAuth client secret in the OS keychain. The secret is read from standard input.</source>
        <translation>Guardar el secreto de cliente OAuth de un perfil en el llavero del sistema. El secreto se lee de la entrada estándar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>set</source>
        <translation>set</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile name or id.</source>
        <translation>Nombre o ID del perfil.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No secret on standard input. Example: custody-cli secrets set &quot;%1&quot; &lt; secret.txt</source>
        <translation>No hay ningún secreto en la entrada estándar. Ejemplo: custody-cli secrets set &quot;%1&quot; &lt; secret.txt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Stored the client secret of %1 in the keychain.</source>
        <translation>Secreto de cliente de %1 guardado en el llavero.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommands.cpp" line="+83"/>
        <source>No profile named &quot;%1&quot;. List them with: custody-cli profiles list</source>
        <translation>No hay ningún perfil llamado «%1». Para listarlos: custody-cli profiles list</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No export &quot;%1&quot;. List them with: custody-cli status</source>
        <translation>No existe la exportación «%1». Para listarlas: custody-cli status</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Demo export</source>
        <translation>Exportación de demostración</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The demo writes into a new folder, but %1 is not empty. Remove it or choose another with --dest.</source>
        <translation>La demostración escribe en una carpeta nueva, pero %1 no está vacía. Elimínela o elija otra con --dest.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Demo: a simulated org (%1, %2) serves %3 conversations on %4.</source>
        <translation>Demostración: una organización simulada (%1, %2) ofrece %3 conversaciones en %4.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>custody-sim demo org at %1</source>
        <translation>organización de demostración custody-sim en %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Verified %1 files against manifest.csv: %2 missing, %3 changed, %4 extra.</source>
        <translation>%1 archivos verificados con manifest.csv: %2 faltan, %3 modificados, %4 adicionales.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Export recordings and conversation records from Genesys Cloud.</source>
        <translation>Exportar grabaciones y registros de conversación desde Genesys Cloud.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Org profile name or id.</source>
        <translation>Nombre o ID del perfil de organización.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export a demo week from a simulated org started in-process.</source>
        <translation>Exportar una semana de demostración desde una organización simulada iniciada en el proceso.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concurrent downloads (default 4).</source>
        <translation>Descargas simultáneas (4 por defecto).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bandwidth cap in bytes per second (0: none).</source>
        <translation>Límite de ancho de banda en bytes por segundo (0: ninguno).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Name the org profile with --profile (see custody-cli profiles list), or try --demo.</source>
        <translation>Indique el perfil de organización con --profile (vea custody-cli profiles list) o pruebe --demo.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export of %1</source>
        <translation>Exportación de %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Continue an interrupted or paused export.</source>
        <translation>Reanudar una exportación interrumpida o en pausa.</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>The export&apos;s id (see custody-cli status).</source>
        <translation>El ID de la exportación (vea custody-cli status).</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>Cancel an export. Files already exported stay where they are.</source>
        <translation>Cancelar una exportación. Los archivos ya exportados se quedan donde están.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelled from the command line.</source>
        <translation>Cancelada desde la línea de comandos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelled %1.</source>
        <translation>%1 cancelada.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="+13"/>
        <source>Usage: custody-cli &lt;command&gt; [options]

Commands:
  export     Export recordings and conversation records (see custody-cli export --help);
             export --demo runs a complete export against a simulated org
  resume     Continue an interrupted or paused export:  resume &lt;export-id&gt;
  cancel     Cancel an export:                            cancel &lt;export-id&gt;
  status     List exports and their progress
  verify     Recheck an export folder against its manifest: verify &lt;folder&gt;
  profiles   Manage org profiles: profiles add|list|remove
  secrets    Store a profile&apos;s client secret in the OS keychain: secrets set &lt;profile&gt;

Options: --help, --version; custody-cli &lt;command&gt; --help shows a command&apos;s options.

Exit codes: 0 all exported, 1 some items failed (listed), 2 usage error,
            3 authentication or permission error, 4 destination error.
</source>
        <translation>Uso: custody-cli &lt;comando&gt; [opciones]

Comandos:
  export     Exportar grabaciones y registros de conversación (vea custody-cli export --help);
             export --demo ejecuta una exportación completa contra una organización simulada
  resume     Reanudar una exportación interrumpida o en pausa:  resume &lt;id-exportación&gt;
  cancel     Cancelar una exportación:                          cancel &lt;id-exportación&gt;
  status     Listar las exportaciones y su progreso
  verify     Volver a comprobar una carpeta de exportación con su manifiesto: verify &lt;carpeta&gt;
  profiles   Administrar perfiles de organización: profiles add|list|remove
  secrets    Guardar el secreto de cliente de un perfil en el llavero: secrets set &lt;perfil&gt;

Opciones: --help, --version; custody-cli &lt;comando&gt; --help muestra las opciones de un comando.

Códigos de salida: 0 todo exportado, 1 algunos elementos fallaron (se listan), 2 error de uso,
                   3 error de autenticación o de permisos, 4 error de destino.
</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Unknown command &quot;%1&quot;.

</source>
        <translation>Comando desconocido «%1».

</translation>
    </message>
</context>
<context>
    <name>Custody::Cli::ExportCommand</name>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="+64"/>
        <source>Connecting to %1 ...</source>
        <translation>Conectando con %1 ...</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>windows %1/%2  conversations %3  files %4 done, %5 failed, %6 to go  %7/s  ETA %8</source>
        <translation>ventanas %1/%2  conversaciones %3  archivos %4 listos, %5 fallidos, %6 pendientes  %7/s  tiempo restante %8</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Items that could not be exported:</source>
        <translation>Elementos que no se pudieron exportar:</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Export %1 in %2</source>
        <translation>Exportación %1 en %2</translation>
    </message>
</context>
<context>
    <name>Custody::Cli::SpecOptions</name>
    <message>
        <location filename="../app/cli/specoptions.cpp" line="+31"/>
        <source>Name of the export.</source>
        <translation>Nombre de la exportación.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Destination folder (local, mounted share or UNC path).</source>
        <translation>Carpeta de destino (local, recurso compartido montado o ruta UNC).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First local day (yyyy-MM-dd).</source>
        <translation>Primer día local (yyyy-MM-dd).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last local day, inclusive (yyyy-MM-dd).</source>
        <translation>Último día local, incluido (yyyy-MM-dd).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export yesterday.</source>
        <translation>Exportar ayer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the last N full days, e.g. 7d.</source>
        <translation>Exportar los últimos N días completos, p. ej. 7d.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export one calendar month, e.g. 2024-05.</source>
        <translation>Exportar un mes natural, p. ej. 2024-05.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IANA time zone of the day boundaries (default: the profile&apos;s, else this computer&apos;s).</source>
        <translation>Zona horaria IANA de los límites de día (por defecto: la del perfil; si no, la de este equipo).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export the conversations listed in this file (one id per line or CSV).</source>
        <translation>Exportar las conversaciones listadas en este archivo (un ID por línea o CSV).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only this queue id (repeatable).</source>
        <translation>Solo este ID de cola (repetible).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only this agent&apos;s user id (repeatable).</source>
        <translation>Solo el ID de usuario de este agente (repetible).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only inbound or outbound.</source>
        <translation>Solo entrantes o salientes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only this media type: voice, chat, email, message, callback (repeatable).</source>
        <translation>Solo este tipo de medio: voice, chat, email, message, callback (repetible).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What to export: recordings, details or both (default both).</source>
        <translation>Qué exportar: recordings, details o both (both por defecto).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File-name template (default {date}/{conversationId}/{recordingId}.{ext}).</source>
        <translation>Plantilla de nombre de archivo (por defecto {date}/{conversationId}/{recordingId}.{ext}).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>--content must be recordings, details or both.</source>
        <translation>--content debe ser recordings, details o both.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Line %1 of %2 is not a conversation id: %3</source>
        <translation>La línea %1 de %2 no es un ID de conversación: %3</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose the days to export: --from/--to, --yesterday, --last 7d, --month 2024-05 or --ids-file.</source>
        <translation>Elija los días que exportar: --from/--to, --yesterday, --last 7d, --month 2024-05 o --ids-file.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unknown direction &quot;%1&quot;: use inbound or outbound.</source>
        <translation>Dirección desconocida «%1»: use inbound u outbound.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown media type &quot;%1&quot;: use voice, chat, email, message or callback.</source>
        <translation>Tipo de medio desconocido «%1»: use voice, chat, email, message o callback.</translation>
    </message>
</context>
<context>
    <name>Custody::Jobs::AnalyticsStage</name>
    <message>
        <location filename="../core/jobs/analyticsstage.cpp" line="+288"/>
        <source>Could not record the split of window %1.</source>
        <translation>No se pudo registrar la división de la ventana %1.</translation>
    </message>
</context>
<context>
    <name>Custody::Jobs::BatchStage</name>
    <message>
        <location filename="../core/jobs/batchstage.cpp" line="+97"/>
        <source>Genesys Cloud did not provide a usable download link after %1 attempts. Retry the failed items later.</source>
        <translation>Genesys Cloud no proporcionó un enlace de descarga utilizable tras %1 intentos. Reintente más tarde los elementos fallidos.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Could not record recording %1.</source>
        <translation>No se pudo registrar la grabación %1.</translation>
    </message>
</context>
<context>
    <name>Custody::Jobs::BulkStage</name>
    <message>
        <location filename="../core/jobs/bulkstage.cpp" line="+341"/>
        <source>  %1: job %2, %3 conversation(s), %4 recording(s) exported, %5 skipped, %6 failed</source>
        <translation>  %1: trabajo %2, %3 conversación(es), %4 grabación(es) exportada(s), %5 omitida(s), %6 fallida(s)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>  %1: NOT EXPORTED (job %2): %3</source>
        <translation>  %1: NO EXPORTADO (trabajo %2): %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  %1: unfinished (%2, job %3)</source>
        <translation>  %1: sin terminar (%2, trabajo %3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recording bulk export</source>
        <translation>Exportación masiva de grabaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recordings were copied by Genesys Cloud into the S3 bucket of integration %1; they are not in this folder and not in the manifest.</source>
        <translation>Genesys Cloud copió las grabaciones en el bucket S3 de la integración %1; no están en esta carpeta ni en el manifiesto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Jobs: %1, recordings exported: %2, failed recordings: %3, windows not exported: %4</source>
        <translation>Trabajos: %1, grabaciones exportadas: %2, grabaciones fallidas: %3, ventanas no exportadas: %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Failed recordings (conversation / recording)</source>
        <translation>Grabaciones fallidas (conversación / grabación)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
</context>
<context>
    <name>Custody::Jobs::DownloadStage</name>
    <message>
        <location filename="../core/jobs/downloadstage.cpp" line="+103"/>
        <source>Custody cannot create the folder %1. Check that the destination is connected and writable, then resume the export.</source>
        <translation>Custody no puede crear la carpeta %1. Compruebe que el destino está conectado y admite escritura, y reanude la exportación.</translation>
    </message>
</context>
<context>
    <name>Custody::Jobs::Engine</name>
    <message>
        <location filename="../core/jobs/engine.cpp" line="+106"/>
        <source>Paused by the user.</source>
        <translation>Pausada por el usuario.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelled.</source>
        <translation>Cancelada.</translation>
    </message>
</context>
<context>
    <name>Custody::Jobs::EvidenceStage</name>
    <message>
        <location filename="../core/jobs/evidencestage.cpp" line="+121"/>
        <location line="+29"/>
        <source>Cannot write the audit trail %1: %2</source>
        <translation>No se puede escribir el registro de auditoría %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+55"/>
        <source>Cannot write the custody report %1: %2</source>
        <translation>No se puede escribir el informe Custody %1: %2</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Custody report</source>
        <translation>Informe Custody</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>Exportación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written at</source>
        <translation>Escrito el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run by</source>
        <translation>Ejecutado por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Machine</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application</source>
        <translation>Aplicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was asked for</source>
        <translation>Lo solicitado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Files in the manifest</source>
        <translation>Archivos del manifiesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256 of manifest.csv</source>
        <translation>SHA-256 de manifest.csv</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SHA-256 of manifest.json</source>
        <translation>SHA-256 de manifest.json</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failures</source>
        <translation>Fallos</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check this export at any time with: custody-cli verify &quot;%1&quot;</source>
        <translation>Compruebe esta exportación en cualquier momento con: custody-cli verify &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>Custody::Jobs::ExportRun</name>
    <message>
        <location filename="../core/jobs/exportrun.cpp" line="+175"/>
        <source>Custody could not write the evidence files: %1 Free some space or fix the folder&apos;s permissions, then resume the export.</source>
        <translation>Custody no pudo escribir los archivos de evidencia: %1 Libere espacio o corrija los permisos de la carpeta y reanude la exportación.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n file(s) exported; %1 item(s) could not be exported (see custody-report.txt).</source>
        <translation>
            <numerusform>%n archivo exportado; %1 elemento(s) no se pudieron exportar (vea custody-report.txt).</numerusform>
            <numerusform>%n archivos exportados; %1 elemento(s) no se pudieron exportar (vea custody-report.txt).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n file(s) exported and verified by SHA-256.</source>
        <translation>
            <numerusform>%n archivo exportado y verificado con SHA-256.</numerusform>
            <numerusform>%n archivos exportados y verificados con SHA-256.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cancelled. Files already exported stay in the folder.</source>
        <translation>Cancelada. Los archivos ya exportados se quedan en la carpeta.</translation>
    </message>
</context>
<context>
    <name>Custody::Jobs::TranscodeStage</name>
    <message>
        <location filename="../core/jobs/transcodestage.cpp" line="+177"/>
        <source>Genesys Cloud offered no %1 file for this recording (file state: %2).</source>
        <translation>Genesys Cloud no ofreció ningún archivo %1 para esta grabación (estado del archivo: %2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
</context>
<context>
    <name>Custody::Plan::ExportSpec</name>
    <message>
        <location filename="../core/plan/exportfilters.cpp" line="+43"/>
        <source>The saved export cannot be read: &quot;%1&quot; is not a list of texts. Save the export again.</source>
        <translation>No se puede leer la exportación guardada: «%1» no es una lista de textos. Vuelva a guardar la exportación.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The saved export cannot be read: &quot;%1&quot; contains the unknown value &quot;%2&quot;. Save the export again.</source>
        <translation>No se puede leer la exportación guardada: «%1» contiene el valor desconocido «%2». Vuelva a guardar la exportación.</translation>
    </message>
    <message>
        <location filename="../core/plan/exportspec.cpp" line="+55"/>
        <source>The saved export cannot be read: %1 Save the export again.</source>
        <translation>No se puede leer la exportación guardada: %1 Vuelva a guardar la exportación.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&quot;%1&quot; is not a text.</source>
        <translation>«%1» no es un texto.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not true or false.</source>
        <translation>«%1» no es verdadero ni falso.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not an object.</source>
        <translation>«%1» no es un objeto.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&quot;%1&quot; is not a list of texts.</source>
        <translation>«%1» no es una lista de textos.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is not a date in the form YYYY-MM-DD.</source>
        <translation>«%1» no es una fecha con el formato AAAA-MM-DD.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>the selection &quot;%1&quot; is not known.</source>
        <translation>la selección «%1» no se conoce.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>This is not a saved Custody export: it has no &quot;specVersion&quot;. Choose an export file saved by Custody.</source>
        <translation>No es una exportación guardada por Custody: no tiene «specVersion». Elija un archivo de exportación guardado por Custody.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This export was saved by a newer Custody (format %1; this version reads up to %2). Update Custody to open it.</source>
        <translation>Esta exportación se guardó con un Custody más reciente (formato %1; esta versión lee hasta %2). Actualice Custody para abrirla.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;specVersion&quot; is %1, which no Custody has written.</source>
        <translation>«specVersion» es %1, que ningún Custody ha escrito.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the recording format &quot;%1&quot; is not known.</source>
        <translation>el formato de grabación «%1» no se conoce.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The export file holds no JSON object. Choose an export file saved by Custody.</source>
        <translation>El archivo de exportación no contiene ningún objeto JSON. Elija un archivo de exportación guardado por Custody.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The export file is not valid JSON (%1 at byte %2). Choose an export file saved by Custody.</source>
        <translation>El archivo de exportación no es JSON válido (%1 en el byte %2). Elija un archivo de exportación guardado por Custody.</translation>
    </message>
    <message>
        <location filename="../core/plan/specvalidator.cpp" line="+20"/>
        <source>d MMMM yyyy</source>
        <extracomment>Date format in error messages, QDate::toString syntax</extracomment>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 &quot;%2&quot; is not a valid id (expected a UUID such as %3).</source>
        <translation>%1 «%2» no es un ID válido (se espera un UUID como %3).</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n more ids are not valid either.</source>
        <translation>
            <numerusform>%n ID más tampoco es válido.</numerusform>
            <numerusform>%n ID más tampoco son válidos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enter a file-name template, for example %1.</source>
        <translation>Introduzca una plantilla de nombre de archivo, por ejemplo %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file-name template uses {%1}, which Custody does not know. Use one of: %2.</source>
        <translation>La plantilla de nombre de archivo usa {%1}, que Custody no conoce. Use uno de estos: %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file-name template has a &quot;{&quot; or &quot;}&quot; without its partner. Write placeholders as {name}.</source>
        <translation>La plantilla de nombre de archivo tiene una «{» o «}» sin pareja. Escriba los marcadores como {name}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file-name template must contain {recordingId}; without it, two recordings could be saved under the same name.</source>
        <translation>La plantilla de nombre de archivo debe contener {recordingId}; sin él, dos grabaciones podrían guardarse con el mismo nombre.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file-name template must stay inside the destination folder: remove leading slashes, drive letters and &quot;..&quot;.</source>
        <translation>La plantilla de nombre de archivo debe quedarse dentro de la carpeta de destino: quite las barras iniciales, las letras de unidad y «..».</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Paste or load at least one conversation id.</source>
        <translation>Pegue o cargue al menos un ID de conversación.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conversation id</source>
        <translation>ID de conversación</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the first and the last day to export.</source>
        <translation>Elija el primer y el último día que exportar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The end date (%1) is before the start date (%2).</source>
        <translation>La fecha final (%1) es anterior a la fecha inicial (%2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the time zone in which the days are counted.</source>
        <translation>Elija la zona horaria en la que se cuentan los días.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown time zone &quot;%1&quot;. Choose a zone from the list, for example Europe/Berlin.</source>
        <translation>Zona horaria desconocida «%1». Elija una zona de la lista, por ejemplo Europe/Berlin.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Queue id</source>
        <translation>ID de cola</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User id</source>
        <translation>ID de usuario</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose the organisation profile to export from.</source>
        <translation>Elija el perfil de organización desde el que exportar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose at least one kind of content to export.</source>
        <translation>Elija al menos un tipo de contenido que exportar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A recording bulk export needs the id of the organisation&apos;s AWS S3 recording bulk-actions integration. Enter it, or turn the bulk export off.</source>
        <translation>Una exportación masiva de grabaciones necesita el ID de la integración AWS S3 de acciones masivas de grabaciones de la organización. Introdúzcalo o desactive la exportación masiva.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Integration id</source>
        <translation>ID de integración</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the folder to export to.</source>
        <translation>Elija la carpeta a la que exportar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The destination folder &quot;%1&quot; is a relative path. Choose the folder with its full path.</source>
        <translation>La carpeta de destino «%1» es una ruta relativa. Elija la carpeta con su ruta completa.</translation>
    </message>
</context>
<context>
    <name>Custody::Plan::RelativeRange</name>
    <message>
        <location filename="../core/plan/relativerange.cpp" line="+20"/>
        <source>&quot;%1&quot; is not a date range. Use today, yesterday, last 7d, last-week, last-month, month 2024-05 or 2024-03-01..2024-03-14.</source>
        <translation>«%1» no es un intervalo de fechas. Use today, yesterday, last 7d, last-week, last-month, month 2024-05 o 2024-03-01..2024-03-14.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a date. Write dates as YYYY-MM-DD, e.g. 2024-03-01.</source>
        <translation>«%1» no es una fecha. Escriba las fechas como AAAA-MM-DD, p. ej. 2024-03-01.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The number of days in &quot;last Nd&quot; must be between 1 and %1.</source>
        <translation>El número de días en «last Nd» debe estar entre 1 y %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The end date %1 is before the start date %2. Swap them.</source>
        <translation>La fecha final %1 es anterior a la fecha inicial %2. Intercámbielas.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&quot;%1&quot; is not a month. Write months as YYYY-MM, e.g. 2024-05.</source>
        <translation>«%1» no es un mes. Escriba los meses como AAAA-MM, p. ej. 2024-05.</translation>
    </message>
</context>
<context>
    <name>Custody::Profiles::OrgProfile</name>
    <message>
        <location filename="../core/profiles/orgprofile.cpp" line="+25"/>
        <source>The gateway address &quot;%1&quot; is not a valid URL. Enter it as https://host[:port][/path].</source>
        <translation>La dirección de la pasarela «%1» no es una URL válida. Introdúzcala como https://host[:puerto][/ruta].</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The gateway address must start with https:// (&quot;%1&quot; was given).</source>
        <translation>La dirección de la pasarela debe empezar por https:// (se indicó «%1»).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The gateway address must not contain a user name or password: profiles are stored as plain text. Remove the part before &quot;@&quot;.</source>
        <translation>La dirección de la pasarela no debe contener un nombre de usuario ni una contraseña: los perfiles se guardan como texto sin cifrar. Quite la parte anterior a «@».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The gateway address must not contain a query (?…) or fragment (#…). Remove them.</source>
        <translation>La dirección de la pasarela no debe contener una consulta (?…) ni un fragmento (#…). Quítelos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plain http:// is allowed only for a gateway on this computer (localhost, 127.0.0.1 or ::1): over any network the client secret and access tokens would travel unencrypted. Use https://.</source>
        <translation>El http:// simple solo se permite para una pasarela en este equipo (localhost, 127.0.0.1 o ::1): en cualquier red, el secreto de cliente y los tokens de acceso viajarían sin cifrar. Use https://.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The profile id &quot;%1&quot; is not a uuid. Create the profile again.</source>
        <translation>El ID de perfil «%1» no es un UUID. Vuelva a crear el perfil.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The profile has no name. Give it a name, e.g. the organisation&apos;s.</source>
        <translation>El perfil no tiene nombre. Póngale uno, p. ej. el de la organización.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The profile names both a region and a gateway address. Keep only one.</source>
        <translation>El perfil indica una región y también una dirección de pasarela. Conserve solo una.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The profile has neither a region nor a gateway address. Choose the organisation&apos;s region.</source>
        <translation>El perfil no tiene región ni dirección de pasarela. Elija la región de la organización.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a known Genesys Cloud region. Choose one from the list, e.g. mypurecloud.ie, or enter a gateway address.</source>
        <translation>«%1» no es una región de Genesys Cloud conocida. Elija una de la lista, p. ej. mypurecloud.ie, o introduzca una dirección de pasarela.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The OAuth client id is empty. Copy it from the client credentials OAuth client in Genesys Cloud Admin.</source>
        <translation>El ID del cliente OAuth está vacío. Cópielo del cliente OAuth de tipo Client Credentials en Genesys Cloud Admin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The OAuth client id &quot;%1&quot; contains spaces or slashes. Copy it again without them.</source>
        <translation>El ID del cliente OAuth «%1» contiene espacios o barras. Vuelva a copiarlo sin ellos.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a time zone known on this system. Use an IANA name such as Europe/Dublin, or leave it empty to use the system&apos;s zone.</source>
        <translation>«%1» no es una zona horaria conocida en este sistema. Use un nombre IANA como Europe/Dublin o déjelo vacío para usar la zona del sistema.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The profile entry has no text &quot;%1&quot;.</source>
        <translation>La entrada del perfil no tiene el texto «%1».</translation>
    </message>
</context>
<context>
    <name>Custody::Profiles::ProfileStore</name>
    <message>
        <location filename="../core/profiles/profilestore.cpp" line="+46"/>
        <source>The profile file %1 cannot be used: %2 Repair it, or move it away to start with no profiles. Custody will not change it until then.</source>
        <translation>No se puede usar el archivo de perfiles %1: %2 Repárelo o muévalo para empezar sin perfiles. Custody no lo modificará hasta entonces.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it cannot be read.</source>
        <translation>no se puede leer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it is not valid JSON.</source>
        <translation>no es JSON válido.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it was written by a newer version of Custody.</source>
        <translation>lo escribió una versión más reciente de Custody.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>A profile with this id exists already. Edit that one.</source>
        <translation>Ya existe un perfil con este ID. Edite ese.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The profile &quot;%1&quot; no longer exists. Add it again.</source>
        <translation>El perfil «%1» ya no existe. Vuelva a añadirlo.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>There is no profile with the id %1; nothing was removed.</source>
        <translation>No hay ningún perfil con el ID %1; no se quitó nada.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>A profile named &quot;%1&quot; exists already. Choose another name.</source>
        <translation>Ya existe un perfil llamado «%1». Elija otro nombre.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The profiles could not be saved to %1, so the change was not made. Check that the folder exists, is writable and has free space, then try again.</source>
        <translation>No se pudieron guardar los perfiles en %1, así que el cambio no se aplicó. Compruebe que la carpeta existe, admite escritura y tiene espacio libre, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The profile file %1 is damaged, so no change is saved. Repair it or move it away, then restart Custody.</source>
        <translation>El archivo de perfiles %1 está dañado, así que no se guarda ningún cambio. Repárelo o muévalo y reinicie Custody.</translation>
    </message>
</context>
<context>
    <name>Custody::Secrets::CredentialResult</name>
    <message>
        <location filename="../core/secrets/credentialresult.cpp" line="+13"/>
        <source>Custody never stores secrets in plain text; set the secret in an environment variable and name it in the profile instead, or start a keyring such as GNOME Keyring or KWallet.</source>
        <translation>Custody nunca guarda secretos como texto sin cifrar; ponga el secreto en una variable de entorno e indíquela en el perfil, o inicie un llavero como GNOME Keyring o KWallet.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No secret is stored in the keychain for this profile. Enter the client secret again in the profile settings, or name an environment variable that holds it.</source>
        <translation>No hay ningún secreto guardado en el llavero para este perfil. Vuelva a introducir el secreto de cliente en la configuración del perfil o indique una variable de entorno que lo contenga.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No keychain is available on this system (%1). %2</source>
        <translation>No hay ningún llavero disponible en este sistema (%1). %2</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>The keychain did not answer within %n second(s); it may be waiting for a password prompt that cannot be shown. %1</source>
        <translation>
            <numerusform>El llavero no respondió en %n segundo; puede que esté esperando una solicitud de contraseña que no se puede mostrar. %1</numerusform>
            <numerusform>El llavero no respondió en %n segundos; puede que esté esperando una solicitud de contraseña que no se puede mostrar. %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The keychain refused access (%1). Unlock your keyring and try again. %2</source>
        <translation>El llavero denegó el acceso (%1). Desbloquee su llavero y vuelva a intentarlo. %2</translation>
    </message>
</context>
<context>
    <name>Custody::Secrets::CredentialStore</name>
    <message>
        <location filename="../core/secrets/credentialstore.cpp" line="+45"/>
        <source>The keychain could not delete the stored secret (%1). Remove the entry &quot;%2&quot; with your keychain&apos;s own tool.</source>
        <translation>El llavero no pudo eliminar el secreto guardado (%1). Quite la entrada «%2» con la herramienta de su llavero.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>The profile has no id or no OAuth client id, so its secret has no keychain entry.</source>
        <translation>El perfil no tiene ID o no tiene ID de cliente OAuth, así que su secreto no tiene entrada en el llavero.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The client secret is empty. Enter the secret to store.</source>
        <translation>El secreto de cliente está vacío. Introduzca el secreto que guardar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The client secret is longer than %1 bytes, more than the keychain can hold on every system. Check that you pasted the client secret and nothing else.</source>
        <translation>El secreto de cliente ocupa más de %1 bytes, más de lo que el llavero admite en todos los sistemas. Compruebe que solo ha pegado el secreto de cliente.</translation>
    </message>
</context>
<context>
    <name>Custody::Secrets::SecretResolver</name>
    <message>
        <location filename="../core/secrets/secretresolver.cpp" line="+14"/>
        <source>The profile reads its secret from an environment variable but names none. Name the variable in the profile, e.g. CUSTODY_SECRET_PROD.</source>
        <translation>El perfil lee su secreto de una variable de entorno pero no indica ninguna. Indique la variable en el perfil, p. ej. CUSTODY_SECRET_PROD.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The environment variable %1 is not set or is empty, and this profile reads its client secret from it. Set %1 to the OAuth client secret before starting Custody.</source>
        <translation>La variable de entorno %1 no está definida o está vacía, y este perfil lee de ella su secreto de cliente. Asigne a %1 el secreto de cliente OAuth antes de iniciar Custody.</translation>
    </message>
</context>
<context>
    <name>Custody::Secrets::SecretSource</name>
    <message>
        <location filename="../core/secrets/secretsource.cpp" line="+35"/>
        <source>Name the environment variable that holds the client secret, e.g. CUSTODY_SECRET_PROD.</source>
        <translation>Indique la variable de entorno que contiene el secreto de cliente, p. ej. CUSTODY_SECRET_PROD.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a usable environment variable name. Use letters, digits and underscores only, not starting with a digit, e.g. CUSTODY_SECRET_PROD.</source>
        <translation>«%1» no es un nombre de variable de entorno utilizable. Use solo letras, dígitos y guiones bajos, sin empezar por un dígito, p. ej. CUSTODY_SECRET_PROD.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The secret source &quot;%1&quot; is unknown; expected &quot;keychain&quot; or &quot;environment&quot;.</source>
        <translation>El origen del secreto «%1» es desconocido; se espera «keychain» o «environment».</translation>
    </message>
</context>
<context>
    <name>Custody::Settings::ProxySettings</name>
    <message>
        <location filename="../core/settings/proxysettings.cpp" line="+48"/>
        <source>The proxy has no host name. Enter the proxy&apos;s name or address, e.g. proxy.example.com, or use the system&apos;s proxy settings.</source>
        <translation>El proxy no tiene nombre de host. Introduzca el nombre o la dirección del proxy, p. ej. proxy.example.com, o use la configuración de proxy del sistema.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The proxy host &quot;%1&quot; is not a plain host name. Enter only the name or address, without http://, a path or a user name.</source>
        <translation>El host del proxy «%1» no es un nombre de host simple. Introduzca solo el nombre o la dirección, sin http://, ruta ni nombre de usuario.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The proxy port is missing. Enter the port, e.g. 8080 or 3128.</source>
        <translation>Falta el puerto del proxy. Introduzca el puerto, p. ej. 8080 o 3128.</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::BehaviourPage</name>
    <message>
        <location filename="../ui/behaviourpage.cpp" line="+14"/>
        <source>&amp;Keep running in the system tray when the window is closed, so exports go on</source>
        <translation>&amp;Seguir en la bandeja del sistema al cerrar la ventana, para que las exportaciones continúen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show a &amp;notification when an export finishes or needs attention</source>
        <translation>Mostrar una &amp;notificación cuando una exportación termine o necesite atención</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>System</source>
        <extracomment>Interface language: follow the operating system</extracomment>
        <translation>Sistema</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>English</source>
        <extracomment>The English language, in English</extracomment>
        <translation>English</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deutsch</source>
        <extracomment>The German language, in German: keep &quot;Deutsch&quot;</extracomment>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Français</source>
        <extracomment>The French language, in French: keep &quot;Français&quot;</extracomment>
        <translation>Français</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Español</source>
        <extracomment>The Spanish language, in Spanish: keep &quot;Español&quot;</extracomment>
        <translation>Español</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nederlands</source>
        <extracomment>The Dutch language, in Dutch: keep &quot;Nederlands&quot;</extracomment>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Custody shows the new language after it is restarted.</source>
        <translation>Custody muestra el nuevo idioma después de reiniciarse.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::ConnectionTestPanel</name>
    <message>
        <location filename="../ui/connectiontestpanel.cpp" line="+23"/>
        <source>&amp;Test Connection</source>
        <translation>&amp;Probar la conexión</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connection test</source>
        <translation>Prueba de conexión</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Testing the connection</source>
        <translation>Probando la conexión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection test result</source>
        <translation>Resultado de la prueba de conexión</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Connected. Rate limit: %1 requests per minute. Download links stay valid for %2 minutes. Visible to this client: %3 queues, %4 users.</source>
        <translation>Conectado. Límite de frecuencia: %1 solicitudes por minuto. Los enlaces de descarga son válidos durante %2 minutos. Visibles para este cliente: %3 colas, %4 usuarios.</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::ContentPanel</name>
    <message>
        <location filename="../ui/contentpanel.cpp" line="+24"/>
        <source>&amp;Recordings</source>
        <comment>export content: audio files</comment>
        <translation>&amp;Grabaciones</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conversation &amp;details</source>
        <comment>export content: analytics records</comment>
        <translation>&amp;Detalles de las conversaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording &amp;bulk export to the organisation&apos;s S3 bucket</source>
        <translation>Exportación &amp;masiva de grabaciones al bucket S3 de la organización</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Content</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download the recording files of each conversation into the destination folder.</source>
        <translation>Descargar los archivos de grabación de cada conversación en la carpeta de destino.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the conversation records (participants, segments, queues) as compressed JSON lines.</source>
        <translation>Guardar los registros de conversación (participantes, segmentos, colas) como líneas JSON comprimidas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask Genesys Cloud to copy the recordings into the organisation&apos;s own S3 bucket. This runs as a separate, slow job on the Genesys side.</source>
        <translation>Pedir a Genesys Cloud que copie las grabaciones en el bucket S3 propio de la organización. Se ejecuta como un trabajo aparte y lento en Genesys.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Native (as recorded)</source>
        <translation>Nativo (tal como se grabó)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recording format</source>
        <translation>Formato de grabación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S3 integration id</source>
        <translation>ID de integración S3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The id of the organisation&apos;s AWS S3 recording bulk-actions integration (Admin &gt; Integrations).</source>
        <translation>El ID de la integración AWS S3 de acciones masivas de grabaciones de la organización (Admin &gt; Integraciones).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Format:</source>
        <comment>recording file format</comment>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Integration id:</source>
        <translation>ID de &amp;integración:</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Fastest: recordings are fetched in batches of up to %1 per API call, in the format they were recorded in.</source>
        <translation>Lo más rápido: las grabaciones se obtienen en lotes de hasta %1 por llamada a la API, en el formato en que se grabaron.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Converted formats cost one API call per recording, so large exports take much longer than with the native format.</source>
        <translation>Los formatos convertidos cuestan una llamada a la API por grabación, así que las exportaciones grandes tardan mucho más que con el formato nativo.</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::DateRangePicker</name>
    <message>
        <location filename="../ui/daterangepicker.cpp" line="+32"/>
        <source>Date range</source>
        <translation>Intervalo de fechas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the days to export and the time zone in which they are counted.</source>
        <translation>Elija los días que exportar y la zona horaria en la que se cuentan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last month</source>
        <comment>the previous calendar month</comment>
        <translation>Mes pasado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom</source>
        <comment>a date range chosen in the calendar</comment>
        <translation>Personalizado</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Previous month</source>
        <translation>Mes anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous month (Page Up)</source>
        <translation>Mes anterior (Re Pág)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next month</source>
        <translation>Mes siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next month (Page Down)</source>
        <translation>Mes siguiente (Av Pág)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Chosen days</source>
        <translation>Días elegidos</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::DemoOrg</name>
    <message>
        <location filename="../ui/demoorg.cpp" line="+52"/>
        <source>Simulated org (demo)</source>
        <translation>Organización simulada (demo)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 at %2</source>
        <translation>%1 en %2</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::DestinationPanel</name>
    <message>
        <location filename="../ui/destinationpanel.cpp" line="+28"/>
        <source>C&amp;hoose…</source>
        <comment>choose a destination folder</comment>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Destination folder</source>
        <translation>Carpeta de destino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder for the export, e.g. a case folder on the legal file share</source>
        <translation>Carpeta de la exportación, p. ej. una carpeta del caso en el recurso compartido del departamento jurídico</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose destination folder</source>
        <translation>Elegir la carpeta de destino</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Choose the export folder</source>
        <translation>Elegir la carpeta de exportación</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The folder %1 does not exist and cannot be created, because %2 is not an existing folder. Connect the network share, or choose an existing folder.</source>
        <translation>La carpeta %1 no existe y no se puede crear porque %2 no es una carpeta existente. Conecte el recurso compartido de red o elija una carpeta existente.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The folder %1 cannot be created there: %2</source>
        <translation>La carpeta %1 no se puede crear ahí: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 free</source>
        <comment>free disk space</comment>
        <translation>%1 libres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>free space unknown</source>
        <translation>espacio libre desconocido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder exists and is writable; %1.</source>
        <translation>La carpeta existe y admite escritura; %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder will be created when the export starts; %1.</source>
        <translation>La carpeta se creará cuando empiece la exportación; %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is a network share: keep it connected while the export runs. Interrupted downloads resume.</source>
        <translation>Es un recurso compartido de red: manténgalo conectado mientras dure la exportación. Las descargas interrumpidas se reanudan.</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::EventLogModel</name>
    <message>
        <location filename="../ui/eventlogmodel.cpp" line="+83"/>
        <source>%1 → %2</source>
        <comment>state change: from → to</comment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>task %1: %2</source>
        <comment>event about a task</comment>
        <translation>tarea %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>item %1: %2</source>
        <comment>event about an item</comment>
        <translation>elemento %1: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Time</source>
        <comment>column: when the event happened</comment>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <comment>column: kind of event</comment>
        <translation>Evento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <comment>column: state change</comment>
        <translation>Cambio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <comment>column: event message</comment>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::ExportItemsModel</name>
    <message>
        <location filename="../ui/exportitemsmodel.cpp" line="+88"/>
        <source>(all recordings)</source>
        <comment>item stands for every recording</comment>
        <translation>(todas las grabaciones)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Conversation</source>
        <comment>column: conversation id</comment>
        <translation>Conversación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recording</source>
        <comment>column: recording id</comment>
        <translation>Grabación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <comment>column: item state</comment>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <comment>column: file size</comment>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SHA-256</source>
        <comment>column: file hash</comment>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server reason</source>
        <comment>column: why an item failed</comment>
        <translation>Motivo del servidor</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Waiting</source>
        <comment>item state</comment>
        <translation>En espera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requested</source>
        <comment>item state: in a batch download request</comment>
        <translation>Solicitada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready to download</source>
        <comment>item state</comment>
        <translation>Lista para descargar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downloading</source>
        <comment>item state</comment>
        <translation>Descargando</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downloaded</source>
        <comment>item state</comment>
        <translation>Descargada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <comment>item state</comment>
        <translation>Fallida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped</source>
        <comment>item state</comment>
        <translation>Omitida</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::ExportTasksModel</name>
    <message>
        <location filename="../ui/exporttasksmodel.cpp" line="+76"/>
        <source>Kind</source>
        <comment>column: task kind</comment>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Window</source>
        <comment>column: time window of the task</comment>
        <translation>Ventana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <comment>column: task state</comment>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempts</source>
        <comment>column</comment>
        <translation>Intentos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server job id</source>
        <comment>column</comment>
        <translation>ID del trabajo del servidor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Context id</source>
        <comment>column: the server&apos;s correlation id</comment>
        <translation>ID de contexto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last error</source>
        <comment>column</comment>
        <translation>Último error</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::FieldMessage</name>
    <message>
        <location filename="../ui/fieldmessage.cpp" line="+54"/>
        <source>Problem: %1</source>
        <translation>Problema: %1</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::FileNameTemplatePanel</name>
    <message>
        <location filename="../ui/filenametemplatepanel.cpp" line="+49"/>
        <source>File names</source>
        <translation>Nombres de archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File-name template</source>
        <translation>Plantilla de nombre de archivo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where each recording is saved inside the export folder. Placeholders: %1. A &quot;/&quot; starts a sub-folder.</source>
        <translation>Dónde se guarda cada grabación dentro de la carpeta de exportación. Marcadores: %1. Una «/» inicia una subcarpeta.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Example file names</source>
        <translation>Nombres de archivo de ejemplo</translation>
    </message>
    <message>
        <location line="+62"/>
        <location line="+10"/>
        <source>For example:</source>
        <extracomment>Above example file names rendered from the template</extracomment>
        <translation>Por ejemplo:</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::FilterPanel</name>
    <message>
        <location filename="../ui/filterpanel.cpp" line="+44"/>
        <source>Queues</source>
        <translation>Colas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agents</source>
        <comment>users who handled the conversation</comment>
        <translation>Agentes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Direction:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Inbound</source>
        <translation>&amp;Entrantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outbound</source>
        <translation>&amp;Salientes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Media:</source>
        <comment>conversation media types</comment>
        <translation>Medios:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Voice</source>
        <translation>&amp;Voz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hat</source>
        <translation>C&amp;hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;mail</source>
        <translation>Correo &amp;electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messa&amp;ge</source>
        <comment>messaging media type (SMS, social)</comment>
        <translation>&amp;Mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call&amp;back</source>
        <translation>&amp;Devolución de llamada</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Check at least one direction (check both to include every conversation).</source>
        <translation>Marque al menos una dirección (marque ambas para incluir todas las conversaciones).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check at least one media type (check all to include every conversation).</source>
        <translation>Marque al menos un tipo de medio (márquelos todos para incluir todas las conversaciones).</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::IdListPanel</name>
    <message>
        <location filename="../ui/idlistpanel.cpp" line="+47"/>
        <source>&amp;Load from file…</source>
        <translation>&amp;Cargar desde archivo…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>Conversation ids</source>
        <translation>ID de conversación</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Paste conversation ids here, one per line or separated by commas. A CSV file with a &quot;conversationId&quot; column can be loaded directly.</source>
        <translation>Pegue aquí los ID de conversación, uno por línea o separados por comas. Un archivo CSV con una columna «conversationId» se puede cargar directamente.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Conversation id counts</source>
        <translation>Recuento de ID de conversación</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Load conversation ids</source>
        <translation>Cargar ID de conversación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Id lists (*.csv *.txt);;All files (*)</source>
        <comment>file dialog filter</comment>
        <translation>Listas de ID (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is larger than %2 and is unlikely to be a list of ids. Choose a CSV or text file of ids.</source>
        <translation>%1 ocupa más de %2 y es poco probable que sea una lista de ID. Elija un archivo CSV o de texto con ID.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 cannot be read (%2). Check that the file exists and that you may open it.</source>
        <translation>No se puede leer %1 (%2). Compruebe que el archivo existe y que puede abrirlo.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>1 valid id</source>
        <translation>1 ID válido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 valid ids</source>
        <translation>%1 ID válidos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 malformed (line %1)</source>
        <extracomment>%1 the line number of the one malformed conversation id</extracomment>
        <translation>1 mal formado (línea %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 malformed (lines %2)</source>
        <extracomment>%1 number of malformed conversation ids, %2 their line numbers</extracomment>
        <translation>%1 mal formados (líneas %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 duplicate skipped (line %1)</source>
        <extracomment>%1 the line number of the one repeated conversation id</extracomment>
        <translation>1 duplicado omitido (línea %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 duplicates skipped (lines %2)</source>
        <extracomment>%1 number of repeated conversation ids, %2 their line numbers</extracomment>
        <translation>%1 duplicados omitidos (líneas %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>header line skipped</source>
        <translation>línea de encabezado omitida</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Line %1: &quot;%2&quot; is not a conversation id. Correct or remove it.</source>
        <translation>Línea %1: «%2» no es un ID de conversación. Corríjala o quítela.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 more lines are not conversation ids either.</source>
        <translation>Otras %1 líneas tampoco son ID de conversación.</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::JobActions</name>
    <message>
        <location filename="../ui/jobactions.cpp" line="+52"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause the export; it can resume later</source>
        <translation>Pausar la exportación; se puede reanudar más tarde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start or resume the export where it stopped</source>
        <translation>Iniciar la exportación o reanudarla donde se detuvo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel Export…</source>
        <translation>&amp;Cancelar la exportación…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the export for good; files already exported stay</source>
        <translation>Detener la exportación definitivamente; los archivos ya exportados se conservan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry &amp;Failed Items</source>
        <translation>Reintentar los elementos &amp;fallidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try the items that failed again</source>
        <translation>Volver a intentar los elementos fallidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Folder</source>
        <translation>Abrir la c&amp;arpeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the export&apos;s folder in the file manager</source>
        <translation>Mostrar la carpeta de la exportación en el gestor de archivos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Custody &amp;Report</source>
        <translation>Abrir el &amp;informe Custody</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open custody-report.txt: who exported what, when, and the manifest&apos;s hash</source>
        <translation>Abrir custody-report.txt: quién exportó qué y cuándo, y el hash del manifiesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Manifest</source>
        <translation>Abrir el &amp;manifiesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open manifest.csv: one line per file with its SHA-256</source>
        <translation>Abrir manifest.csv: una línea por archivo con su SHA-256</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verify Files…</source>
        <translation>&amp;Verificar los archivos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rehash every file and compare it with the manifest</source>
        <translation>Volver a calcular el hash de cada archivo y compararlo con el manifiesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Duplicate as New Export</source>
        <translation>&amp;Duplicar como nueva exportación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new export with the same organisation, dates and filters</source>
        <translation>Crear una nueva exportación con la misma organización, fechas y filtros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove from &amp;List…</source>
        <translation>Quitar de la &amp;lista…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the export from this list; its files are not touched</source>
        <translation>Ocultar la exportación de esta lista; sus archivos no se tocan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy Export &amp;Id</source>
        <translation>Copiar el &amp;ID de la exportación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the export&apos;s id for a support request or the case file</source>
        <translation>Copiar el ID de la exportación para una solicitud de soporte o el expediente del caso</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Connecting to the organisation…</source>
        <translation>Conectando con la organización…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot Start Export</source>
        <translation>No se puede iniciar la exportación</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cancel Export</source>
        <translation>Cancelar la exportación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel &quot;%1&quot;? It cannot be resumed afterwards.</source>
        <translation>¿Cancelar «%1»? Después no se podrá reanudar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Files already exported stay in %1.</source>
        <translation>Los archivos ya exportados se quedan en %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel Export</source>
        <comment>button</comment>
        <translation>Cancelar la exportación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep Running</source>
        <comment>button</comment>
        <translation>Seguir ejecutando</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+18"/>
        <source>Cannot Retry</source>
        <translation>No se puede reintentar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The export could not be reopened. Check that the disk is not full, then try again.</source>
        <translation>No se pudo volver a abrir la exportación. Compruebe que el disco no está lleno y vuelva a intentarlo.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n failed item(s) queued again.</source>
        <translation>
            <numerusform>%n elemento fallido vuelto a poner en cola.</numerusform>
            <numerusform>%n elementos fallidos vueltos a poner en cola.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Folder Not Found</source>
        <translation>Carpeta no encontrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 does not exist. If it is on a network share, check that the share is connected.</source>
        <translation>%1 no existe. Si está en un recurso compartido de red, compruebe que esté conectado.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>File Not Found</source>
        <translation>Archivo no encontrado</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is missing. The report is written when an export finishes; if it did, the file was moved or deleted.</source>
        <translation>Falta %1. El informe se escribe cuando termina una exportación; si terminó, el archivo se movió o se eliminó.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is missing. The manifest is written when an export finishes; if it did, the file was moved or deleted.</source>
        <translation>Falta %1. El manifiesto se escribe cuando termina una exportación; si terminó, el archivo se movió o se eliminó.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Checking the files of &quot;%1&quot; against the manifest…</source>
        <translation>Comprobando los archivos de «%1» con el manifiesto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <comment>stop verifying</comment>
        <translation>Detener</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify Files</source>
        <translation>Verificar los archivos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 files checked (%2).</source>
        <translation>%1 archivos comprobados (%2).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Verification stopped.</source>
        <translation>Verificación detenida.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot Verify</source>
        <translation>No se puede verificar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Verification Passed</source>
        <translation>Verificación superada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All %1 files of &quot;%2&quot; match the manifest.</source>
        <translation>Los %1 archivos de «%2» coinciden con el manifiesto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verification Found Problems</source>
        <translation>La verificación encontró problemas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; does not match its manifest: %2 missing, %3 changed, %4 unreadable, %5 extra, %6 incomplete.</source>
        <translation>«%1» no coincide con su manifiesto: %2 faltan, %3 modificados, %4 ilegibles, %5 adicionales, %6 incompletos.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>missing: %1</source>
        <translation>falta: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changed: %1</source>
        <translation>modificado: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unreadable: %1</source>
        <translation>ilegible: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>extra: %1</source>
        <translation>adicional: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>incomplete: %1</source>
        <translation>incompleto: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot Duplicate</source>
        <translation>No se puede duplicar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The settings of this export could not be read, so it cannot be copied.</source>
        <translation>No se pudo leer la configuración de esta exportación, así que no se puede copiar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (copy)</source>
        <comment>name of a duplicated export</comment>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (copy)</source>
        <comment>folder suffix of a duplicated export</comment>
        <translation> (copia)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (copy %1)</source>
        <comment>folder suffix of a duplicated export</comment>
        <translation> (copia %1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove from List</source>
        <translation>Quitar de la lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove &quot;%1&quot; from the list?</source>
        <translation>¿Quitar «%1» de la lista?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the entry disappears. The exported files, the manifest and the custody report stay in %1, and the audit trail stays in Custody&apos;s journal.</source>
        <translation>Solo desaparece la entrada. Los archivos exportados, el manifiesto y el informe Custody se quedan en %1, y el registro de auditoría permanece en el diario de Custody.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove from List</source>
        <comment>button</comment>
        <translation>Quitar de la lista</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Export id copied.</source>
        <translation>ID de la exportación copiado.</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::JobDetailsPane</name>
    <message>
        <location filename="../ui/jobdetailspane.cpp" line="+32"/>
        <source>Export details</source>
        <translation>Detalles de la exportación</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export id and folder</source>
        <translation>ID y carpeta de la exportación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filter the audit trail (state, id, message)…</source>
        <translation>Filtrar el registro de auditoría (estado, ID, mensaje)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit trail filter</source>
        <translation>Filtro del registro de auditoría</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recordings of the export</source>
        <translation>Grabaciones de la exportación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Recordings</source>
        <comment>details tab</comment>
        <translation>&amp;Grabaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server jobs of the export</source>
        <translation>Trabajos del servidor de la exportación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Server &amp;jobs</source>
        <comment>details tab</comment>
        <translation>&amp;Trabajos del servidor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Audit trail of the export</source>
        <translation>Registro de auditoría de la exportación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Audit trail</source>
        <comment>details tab</comment>
        <translation>&amp;Registro de auditoría</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Copy</source>
        <comment>copy the selected cells</comment>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No export selected</source>
        <translation>Ninguna exportación seleccionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select an export in the list to see its recordings, server jobs and audit trail.</source>
        <translation>Seleccione una exportación de la lista para ver sus grabaciones, trabajos del servidor y registro de auditoría.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 of %2 recordings, %3 failed</source>
        <translation>%1 de %2 grabaciones, %3 fallidas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export id: %1    Folder: %2</source>
        <translation>ID de la exportación: %1    Carpeta: %2</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::JobsTableModel</name>
    <message>
        <location filename="../ui/jobstablemodel.cpp" line="+335"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export %1</source>
        <translation>Exportación %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1/s</source>
        <comment>download speed</comment>
        <translation>%1/s</translation>
    </message>
    <message>
        <location filename="../ui/jobstablemodeltext.cpp" line="+14"/>
        <source>Name</source>
        <comment>column: export name</comment>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation</source>
        <comment>column</comment>
        <translation>Organización</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dates</source>
        <comment>column: the days exported</comment>
        <translation>Fechas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Content</source>
        <comment>column: recordings and/or conversation records</comment>
        <translation>Contenido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <comment>column: export state</comment>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress</source>
        <comment>column</comment>
        <translation>Progreso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speed</source>
        <comment>column: download speed</comment>
        <translation>Velocidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time left</source>
        <comment>column: estimated time to finish</comment>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Destination</source>
        <comment>column: folder the export writes into</comment>
        <translation>Destino</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <comment>column: when the export was created</comment>
        <translation>Creada</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 / %2 recordings</source>
        <comment>progress: files done / files in the export</comment>
        <translation>%1 / %2 grabaciones</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2 failed</source>
        <comment>progress: counts, then failed files</comment>
        <translation>%1, %2 fallidas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Finding conversations: %1 / %2 windows</source>
        <translation>Buscando conversaciones: %1 / %2 ventanas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing exported</source>
        <comment>progress of a stopped export</comment>
        <translation>No se exportó nada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No recordings found</source>
        <comment>progress of a finished export</comment>
        <translation>No se encontraron grabaciones</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done</source>
        <comment>progress</comment>
        <translation>Hecho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not started</source>
        <comment>progress</comment>
        <translation>Sin iniciar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>—</source>
        <comment>time left unknown</comment>
        <translation>—</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>under a minute</source>
        <translation>menos de un minuto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 min</source>
        <comment>time left</comment>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <comment>time left</comment>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recordings</source>
        <comment>export content</comment>
        <translation>Grabaciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>records</source>
        <comment>export content: conversation records, after another item</comment>
        <translation>registros</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S3 bulk</source>
        <comment>export content: bulk export to the org&apos;s S3 bucket</comment>
        <translation>masiva S3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> + </source>
        <comment>export content separator</comment>
        <translation> + </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Call recordings, downloaded with SHA-256 hashes</source>
        <translation>Grabaciones de llamadas, descargadas con hashes SHA-256</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conversation records (analytics details, JSONL)</source>
        <translation>Registros de conversación (detalles de análisis, JSONL)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recording bulk export into the organisation&apos;s S3 bucket</source>
        <translation>Exportación masiva de grabaciones al bucket S3 de la organización</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n listed conversation(s)</source>
        <translation>
            <numerusform>%n conversación listada</numerusform>
            <numerusform>%n conversaciones listadas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 – %2</source>
        <comment>date range: first day – last day</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Queued</source>
        <comment>export state</comment>
        <translation>En cola</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submitting</source>
        <comment>export state</comment>
        <translation>Enviando</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Processing</source>
        <comment>export state</comment>
        <translation>Procesando</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downloading</source>
        <comment>export state</comment>
        <translation>Descargando</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed</source>
        <comment>export state</comment>
        <translation>Completada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Completed with errors</source>
        <comment>export state</comment>
        <translation>Completada con errores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs attention</source>
        <comment>export state</comment>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <comment>export state</comment>
        <translation>Fallida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused</source>
        <comment>export state</comment>
        <translation>En pausa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <comment>export state</comment>
        <translation>Cancelada</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+52"/>
        <source>Custody %1</source>
        <translation>Custody %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The list of exports could not be read: %1</source>
        <translation>No se pudo leer la lista de exportaciones: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;New Export…</source>
        <translation>&amp;Nueva exportación…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose an organisation, the days and what to export</source>
        <translation>Elegir una organización, los días y qué exportar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Show Custody</source>
        <translation>&amp;Mostrar Custody</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Export</source>
        <comment>menu</comment>
        <translation>&amp;Exportación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find Export</source>
        <translation>&amp;Buscar exportación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go to &amp;List</source>
        <translation>Ir a la &amp;lista</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Custody</source>
        <translation>&amp;Acerca de Custody</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Custody</source>
        <translation>Acerca de Custody</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Custody %1&lt;/b&gt;&lt;p&gt;Evidence-grade exports of call recordings and conversation records from Genesys Cloud, with manifests and SHA-256 hashes.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Custody %1&lt;/b&gt;&lt;p&gt;Exportaciones con valor probatorio de grabaciones de llamadas y registros de conversación desde Genesys Cloud, con manifiestos y hashes SHA-256.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Main</source>
        <comment>toolbar name</comment>
        <translation>Principal</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Show exports</source>
        <translation>Mostrar exportaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All exports</source>
        <comment>filter</comment>
        <translation>Todas las exportaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <comment>filter</comment>
        <translation>Activas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished</source>
        <comment>filter</comment>
        <translation>Terminadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs attention</source>
        <comment>filter</comment>
        <translation>Requieren atención</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search name, organisation, folder or id</source>
        <translation>Buscar nombre, organización, carpeta o ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search exports</source>
        <translation>Buscar exportaciones</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exports</source>
        <translation>Exportaciones</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Custody</source>
        <translation>Custody</translation>
    </message>
    <message>
        <location line="+64"/>
        <location line="+9"/>
        <source>Demo Unavailable</source>
        <translation>Demostración no disponible</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The simulated organisation could not start: %1</source>
        <translation>No se pudo iniciar la organización simulada: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last week %1</source>
        <comment>demo export folder</comment>
        <translation>Semana pasada %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Claims queue, last week</source>
        <comment>demo export name</comment>
        <translation>Cola de siniestros, semana pasada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exporting from the simulated organisation into %1</source>
        <translation>Exportando desde la organización simulada a %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No Organisation Yet</source>
        <translation>Todavía no hay organización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custody has no organisation to export from. Try it with a simulated organisation now?</source>
        <translation>Custody no tiene ninguna organización desde la que exportar. ¿Probarlo ahora con una organización simulada?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot Create Export</source>
        <translation>No se puede crear la exportación</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Settings Unavailable</source>
        <translation>Configuración no disponible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This session runs without access to the keychain (demo or screenshot mode), so organisations cannot be added here. Start Custody normally to change the settings.</source>
        <translation>Esta sesión se ejecuta sin acceso al llavero (modo de demostración o de captura), así que aquí no se pueden añadir organizaciones. Inicie Custody de forma normal para cambiar la configuración.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>An export</source>
        <translation>Una exportación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export finished</source>
        <translation>Exportación terminada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&quot;%1&quot; is complete and its manifest is written.</source>
        <translation>«%1» está completa y su manifiesto está escrito.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export finished with errors</source>
        <translation>Exportación terminada con errores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; finished, but some recordings could not be exported. %2</source>
        <translation>«%1» terminó, pero algunas grabaciones no se pudieron exportar. %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export failed</source>
        <translation>Exportación fallida</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&quot;%1&quot; stopped: %2</source>
        <translation>«%1» se detuvo: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export needs attention</source>
        <translation>La exportación requiere atención</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&quot;%1&quot; paused: %2</source>
        <translation>«%1» en pausa: %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Exports Are Running</source>
        <translation>Hay exportaciones en curso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exports are still running. Keep them running in the background?</source>
        <translation>Todavía hay exportaciones en curso. ¿Dejarlas seguir en segundo plano?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custody stays in the system tray and tells you when they finish. If you quit, they pause and resume when you start Custody again.</source>
        <translation>Custody se queda en la bandeja del sistema y le avisa cuando terminen. Si sale, se pausan y se reanudan cuando vuelva a iniciar Custody.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you quit, they pause and resume when you start Custody again.</source>
        <translation>Si sale, se pausan y se reanudan cuando vuelva a iniciar Custody.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep Running in Tray</source>
        <translation>Seguir en la bandeja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause and Quit</source>
        <translation>Pausar y salir</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Custody is still running</source>
        <translation>Custody sigue en ejecución</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your exports continue; open Custody from the tray.</source>
        <translation>Sus exportaciones continúan; abra Custody desde la bandeja.</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::NetworkPage</name>
    <message>
        <location filename="../ui/networkpage.cpp" line="+18"/>
        <source>Use the &amp;system&apos;s proxy settings</source>
        <translation>Usar la configuración de proxy del &amp;sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No proxy: connect directly</source>
        <translation>&amp;Sin proxy: conexión directa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Manual HTTP proxy:</source>
        <translation>Proxy HTTP &amp;manual:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proxies that ask for a password are not supported.</source>
        <translation>No se admiten proxies que pidan contraseña.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::NewExportDialog</name>
    <message>
        <location filename="../ui/newexportdialog.cpp" line="+53"/>
        <source>B&amp;y date range</source>
        <translation>Por intervalo de &amp;fechas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By conversation &amp;list</source>
        <translation>Por &amp;lista de conversaciones</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New Export</source>
        <translation>Nueva exportación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New export</source>
        <translation>Nueva exportación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organisation profile</source>
        <translation>Perfil de organización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export name</source>
        <translation>Nombre de la exportación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create Export</source>
        <translation>Crear exportación</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <comment>name of the export</comment>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What to export</source>
        <translation>Qué exportar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where to save</source>
        <translation>Dónde guardar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save to:</source>
        <comment>destination folder</comment>
        <translation>&amp;Guardar en:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File na&amp;mes:</source>
        <comment>file-name template</comment>
        <translation>Nombres de a&amp;rchivo:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Which conversations</source>
        <translation>Qué conversaciones</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every conversation in the chosen days that matches the filters.</source>
        <translation>Todas las conversaciones de los días elegidos que cumplan los filtros.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exactly the conversations whose ids you paste or load from a file.</source>
        <translation>Exactamente las conversaciones cuyos ID pegue o cargue desde un archivo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Filters (optional)</source>
        <translation>Filtros (opcional)</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>%1, 1 conversation</source>
        <extracomment>Automatic export name: %1 organisation profile, %2 number of conversations</extracomment>
        <translation>%1, 1 conversación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2 conversations</source>
        <translation>%1, %2 conversaciones</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, %2 to %3</source>
        <extracomment>Automatic export name: %1 organisation profile, %2 first day, %3 last day (ISO dates)</extracomment>
        <translation>%1, del %2 al %3</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::PickList</name>
    <message>
        <location filename="../ui/picklist.cpp" line="+36"/>
        <source>Search by name or id</source>
        <translation>Buscar por nombre o ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search %1</source>
        <extracomment>Accessible name of the search line above a list of queues or users; %1 is the list&apos;s title</extracomment>
        <translation>Buscar en %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 chosen</source>
        <translation>%1 elegido(s)</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Unknown (%1)</source>
        <extracomment>An entry of the queue or user list whose name is not known; %1 is its id</extracomment>
        <translation>Desconocido (%1)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>None loaded: connect to the organisation to choose from a list.</source>
        <translation>Nada cargado: conéctese a la organización para elegir de una lista.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None chosen: no restriction.</source>
        <extracomment>Under a list of queues or users of which none is checked</extracomment>
        <translation>Nada elegido: sin restricción.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 chosen</source>
        <translation>%1 de %2 elegidos</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::ProfileForm</name>
    <message>
        <location filename="../ui/profileform.cpp" line="+32"/>
        <source>&amp;Region:</source>
        <translation>&amp;Región:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom &amp;base URL:</source>
        <translation>URL &amp;base personalizada:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The system &amp;keychain (recommended)</source>
        <translation>El &amp;llavero del sistema (recomendado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An en&amp;vironment variable:</source>
        <translation>Una variable de &amp;entorno:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Organisation profile</source>
        <translation>Perfil de organización</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 — %2</source>
        <extracomment>A Genesys Cloud region in the list: its location, then its domain</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://gateway.example.com</source>
        <translation>https://gateway.example.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom base URL</source>
        <translation>URL base personalizada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the OAuth client in Genesys Cloud Admin</source>
        <translation>Del cliente OAuth en Genesys Cloud Admin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. CUSTODY_SECRET_PROD</source>
        <translation>p. ej. CUSTODY_SECRET_PROD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment variable name</source>
        <translation>Nombre de la variable de entorno</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System time zone (%1)</source>
        <extracomment>The default time zone of a profile: use the computer&apos;s</extracomment>
        <translation>Zona horaria del sistema (%1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OAuth &amp;client ID:</source>
        <translation>ID del &amp;cliente OAuth:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client secret from:</source>
        <extracomment>Where the OAuth client secret is kept</extracomment>
        <translation>Secreto de cliente desde:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default &amp;time zone:</source>
        <translation>&amp;Zona horaria predeterminada:</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::ProfilesPage</name>
    <message>
        <location filename="../ui/profilespage.cpp" line="+32"/>
        <source>&amp;Add</source>
        <extracomment>Button: add an organisation profile</extracomment>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remo&amp;ve…</source>
        <extracomment>Button: remove the selected organisation profile</extracomment>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save Profile</source>
        <translation>Guardar el &amp;perfil</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Organisation profiles</source>
        <translation>Perfiles de organización</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Client Secret</source>
        <extracomment>Group title: the OAuth client secret of the profile</extracomment>
        <translation>Secreto de cliente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection</source>
        <extracomment>Group title: checking that the profile can sign in</extracomment>
        <translation>Conexión</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Name the environment variable that holds the client secret, then save the profile. Set the variable before starting Custody.</source>
        <translation>Indique la variable de entorno que contiene el secreto de cliente y guarde el perfil. Defina la variable antes de iniciar Custody.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>New organisation</source>
        <extracomment>Name given to a new organisation profile until the user renames it</extracomment>
        <translation>Nueva organización</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saved &quot;%1&quot;.</source>
        <translation>«%1» guardado.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The client ID changed, so the secret stored for the old one is being removed from the keychain. Store the new client&apos;s secret.</source>
        <translation>El ID de cliente cambió, así que el secreto guardado para el anterior se está quitando del llavero. Guarde el secreto del nuevo cliente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secret it kept in the keychain is being removed; it now comes from %1.</source>
        <translation>Se está quitando el secreto guardado en el llavero; ahora procede de %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove Profile</source>
        <translation>Quitar el perfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the profile &quot;%1&quot;? Its client secret is deleted from the keychain as well. Exports already made are not affected.</source>
        <translation>¿Quitar el perfil «%1»? Su secreto de cliente también se elimina del llavero. Las exportaciones ya hechas no se ven afectadas.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Removed &quot;%1&quot;.</source>
        <translation>«%1» quitado.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The secret of &quot;%1&quot; could not be deleted from the keychain: %2 Delete the entry &quot;%3&quot; of &quot;%4&quot; with the system&apos;s keychain tool.</source>
        <translation>No se pudo eliminar del llavero el secreto de «%1»: %2 Elimine la entrada «%3» de «%4» con la herramienta de llavero del sistema.</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::RangeCalendar</name>
    <message>
        <location filename="../ui/rangecalendar.cpp" line="+48"/>
        <source>Calendar of days to export</source>
        <translation>Calendario de los días que exportar</translation>
    </message>
    <message>
        <location line="+309"/>
        <source>Drag across days to choose them, or use the arrow keys and Space; Shift extends the selection. Page Up and Page Down change the month.</source>
        <translation>Arrastre sobre los días para elegirlos, o use las flechas y Espacio; Mayús amplía la selección. Re Pág y Av Pág cambian de mes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Selected: %1 to %2.</source>
        <translation>Seleccionado: del %1 al %2.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 %2</source>
        <extracomment>Month title above a calendar grid: %1 month name, %2 year</extracomment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::RangeSummary</name>
    <message>
        <location filename="../ui/rangesummary.cpp" line="+19"/>
        <source>d MMMM yyyy</source>
        <extracomment>Date format for a full date in the range summary, QDate::toString syntax</extracomment>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1–%2</source>
        <extracomment>Days within one month: %1 first day number, %2 last date with month and year</extracomment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+26"/>
        <source>d MMMM</source>
        <extracomment>Date format for the first date of a range within one year (no year), QDate::toString syntax</extracomment>
        <translation>d &apos;de&apos; MMMM</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+3"/>
        <source>%1 – %2</source>
        <extracomment>Dates in different months: %1 first date without year, %2 last date
----------
Dates in different years: %1 first date, %2 last date</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No days chosen yet. Drag across the days to export, or pick a preset.</source>
        <translation>Todavía no hay días elegidos. Arrastre sobre los días que exportar o elija un valor predefinido.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a time zone to count the days in.</source>
        <translation>Elija una zona horaria en la que contar los días.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 has %2 hours</source>
        <extracomment>A day whose length is not 24 hours: %1 the date, %2 its length in hours</extracomment>
        <translation>%1 tiene %2 horas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n days</source>
        <comment>number of days chosen</comment>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 window</source>
        <translation>1 ventana</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n windows</source>
        <comment>API query windows, one per day</comment>
        <translation>
            <numerusform>%n ventana</numerusform>
            <numerusform>%n ventanas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2, %3; %4</source>
        <translation>%1, %2, %3; %4</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n more</source>
        <comment>more days of unusual length</comment>
        <translation>
            <numerusform>%n más</numerusform>
            <numerusform>%n más</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(clock change: %1)</source>
        <extracomment>Appended to the range summary: %1 a list of days that are not 24 hours long</extracomment>
        <translation>(cambio de hora: %1)</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::SecretDialog</name>
    <message>
        <location filename="../ui/secretdialog.cpp" line="+18"/>
        <source>Replace Client Secret</source>
        <translation>Reemplazar el secreto de cliente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Client secret</source>
        <translation>Secreto de cliente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the OAuth client secret of &quot;%1&quot;. Custody keeps it in the system keychain and never shows it again.</source>
        <translation>Introduzca el secreto de cliente OAuth de «%1». Custody lo guarda en el llavero del sistema y no vuelve a mostrarlo nunca.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Store in Keychain</source>
        <extracomment>Button: store the entered secret in the keychain</extracomment>
        <translation>Guardar en el llavero</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Client &amp;secret:</source>
        <translation>&amp;Secreto de cliente:</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::SecretPanel</name>
    <message>
        <location filename="../ui/secretpanel.cpp" line="+23"/>
        <source>Replace Secret…</source>
        <translation>Reemplazar el secreto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget Secret</source>
        <translation>Olvidar el secreto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use an Environment Variable Instead</source>
        <translation>Usar una variable de entorno en su lugar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client secret</source>
        <translation>Secreto de cliente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client secret status</source>
        <translation>Estado del secreto de cliente</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting for the keychain</source>
        <translation>Esperando al llavero</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Save the profile first; then you can store its client secret.</source>
        <translation>Guarde primero el perfil; después podrá guardar su secreto de cliente.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read from the environment variable %1, which is set for this session.</source>
        <translation>Se lee de la variable de entorno %1, que está definida para esta sesión.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read from the environment variable %1, which is NOT set for this session. Set it before starting Custody.</source>
        <translation>Se lee de la variable de entorno %1, que NO está definida para esta sesión. Defínala antes de iniciar Custody.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checking the keychain…</source>
        <translation>Comprobando el llavero…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stored in the keychain</source>
        <extracomment>Status of the client secret</extracomment>
        <translation>Guardado en el llavero</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not set</source>
        <extracomment>Status of the client secret</extracomment>
        <translation>Sin definir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Storing the secret in the keychain…</source>
        <translation>Guardando el secreto en el llavero…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removing the secret from the keychain…</source>
        <translation>Quitando el secreto del llavero…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keychain is not available</source>
        <translation>El llavero no está disponible</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keychain did not do what was asked</source>
        <translation>El llavero no hizo lo que se le pidió</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::SessionBroker</name>
    <message>
        <location filename="../ui/sessionbroker.cpp" line="+51"/>
        <source>The simulated organisation could not start: %1</source>
        <translation>No se pudo iniciar la organización simulada: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The organisation profile of this export no longer exists. Add it again in Settings, or duplicate the export for another organisation.</source>
        <translation>El perfil de organización de esta exportación ya no existe. Vuelva a añadirlo en la configuración o duplique la exportación para otra organización.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The keychain is not available, so the secret of &quot;%1&quot; cannot be read.</source>
        <translation>El llavero no está disponible, así que no se puede leer el secreto de «%1».</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="+25"/>
        <source>Custody Settings</source>
        <translation>Configuración de Custody</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Organisations</source>
        <extracomment>Settings page: the Genesys Cloud organisations Custody exports from</extracomment>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transfers</source>
        <extracomment>Settings page: downloads</extracomment>
        <translation>Transferencias</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Behaviour</source>
        <extracomment>Settings page: tray, notifications, language</extracomment>
        <translation>Comportamiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network</source>
        <extracomment>Settings page: proxy</extracomment>
        <translation>Red</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Settings pages</source>
        <translation>Páginas de configuración</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::StatusPanel</name>
    <message>
        <location filename="../ui/statuspanel.cpp" line="+31"/>
        <source>Organisation connection</source>
        <translation>Conexión con la organización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API request budget</source>
        <translation>Presupuesto de solicitudes a la API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exports running and download speed</source>
        <translation>Exportaciones en curso y velocidad de descarga</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not connected</source>
        <comment>status bar: no organisation connection</comment>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Connecting…</source>
        <comment>status bar</comment>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>● Connected: %1</source>
        <comment>status bar: connected organisations</comment>
        <translation>● Conectado: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Rate limited until %1</source>
        <comment>status bar: the server asked us to wait</comment>
        <translation>Límite de frecuencia hasta las %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>API: %1 / %2 requests per minute</source>
        <translation>API: %1 / %2 solicitudes por minuto</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No exports running</source>
        <translation>Ninguna exportación en curso</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n export(s) running</source>
        <translation>
            <numerusform>%n exportación en curso</numerusform>
            <numerusform>%n exportaciones en curso</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1/s</source>
        <comment>download speed</comment>
        <translation>%1/s</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::TimeZoneComboBox</name>
    <message>
        <location filename="../ui/timezonecombobox.cpp" line="+16"/>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The time zone in which the chosen days begin and end. Type part of a name to search.</source>
        <translation>La zona horaria en la que empiezan y terminan los días elegidos. Escriba parte de un nombre para buscar.</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::TransfersPage</name>
    <message>
        <location filename="../ui/transferspage.cpp" line="+43"/>
        <source> MB/s</source>
        <extracomment>Unit of the bandwidth cap</extracomment>
        <translation> MB/s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlimited</source>
        <extracomment>Bandwidth cap of 0: no limit</extracomment>
        <translation>Sin límite</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chosen for each export</source>
        <translation>Se elige en cada exportación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the default destination folder</source>
        <translation>Elegir la carpeta de destino predeterminada</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Placeholders: %1</source>
        <translation>Marcadores: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Concurrent downloads:</source>
        <translation>Descargas &amp;simultáneas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bandwidth limit:</source>
        <translation>Límite de &amp;ancho de banda:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default &amp;destination:</source>
        <translation>&amp;Destino predeterminado:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default file &amp;names:</source>
        <translation>&amp;Nombres de archivo predeterminados:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Default Destination Folder</source>
        <translation>Carpeta de destino predeterminada</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Example: %1</source>
        <translation>Ejemplo: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Claims</source>
        <translation>Siniestros</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agent Smith</source>
        <translation>Agente Smith</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::WelcomePanel</name>
    <message>
        <location filename="../ui/welcomepanel.cpp" line="+14"/>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Welcome to Custody</source>
        <translation>Le damos la bienvenida a Custody</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Custody exports call recordings and conversation records from Genesys Cloud into a folder you choose, with a manifest and SHA-256 hashes that prove the files are complete and unchanged.</source>
        <translation>Custody exporta grabaciones de llamadas y registros de conversación desde Genesys Cloud a la carpeta que elija, con un manifiesto y hashes SHA-256 que demuestran que los archivos están completos y sin cambios.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Try Custody with a simulated organisation</source>
        <translation>&amp;Probar Custody con una organización simulada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Runs a practice organisation on this computer; nothing leaves it.</source>
        <translation>Ejecuta una organización de práctica en este equipo; nada sale de él.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add your organisation…</source>
        <translation>&amp;Añadir su organización…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The simulated organisation runs on this computer only. Its exports are real files in a demo folder, so you can open and verify them.</source>
        <translation>La organización simulada solo se ejecuta en este equipo. Sus exportaciones son archivos reales en una carpeta de demostración, que puede abrir y verificar.</translation>
    </message>
</context>
<context>
    <name>Destination</name>
    <message>
        <location filename="../core/transfer/destination.cpp" line="+65"/>
        <source>an unknown amount</source>
        <comment>size in bytes that could not be determined</comment>
        <translation>una cantidad desconocida</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No destination folder is set. Choose a folder for the export.</source>
        <translation>No hay ninguna carpeta de destino definida. Elija una carpeta para la exportación.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The destination %1 is a file, not a folder. Choose a folder for the export.</source>
        <translation>El destino %1 es un archivo, no una carpeta. Elija una carpeta para la exportación.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The destination folder %1 does not exist. Connect the network share or choose another folder.</source>
        <translation>La carpeta de destino %1 no existe. Conecte el recurso compartido de red o elija otra carpeta.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Custody cannot write to %1. Ask for write permission on this folder or choose another folder.</source>
        <translation>Custody no puede escribir en %1. Solicite permiso de escritura en esta carpeta o elija otra.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Custody can create files in %1 but could not remove its test file %2. Check the folder&apos;s permissions, then delete that file.</source>
        <translation>Custody puede crear archivos en %1 pero no pudo eliminar su archivo de prueba %2. Compruebe los permisos de la carpeta y elimine ese archivo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only %1 free on %2 but about %3 are needed. Free some space or choose another folder.</source>
        <translation>Solo hay %1 libres en %2, pero se necesitan unos %3. Libere espacio o elija otra carpeta.</translation>
    </message>
</context>
<context>
    <name>DownloadResult</name>
    <message>
        <location filename="../core/transfer/downloadresult.cpp" line="+14"/>
        <source>The download link for %1 expired before the file was complete. The part already downloaded is kept; Custody requests a new link and continues where it stopped.</source>
        <extracomment>%1 is the file being downloaded.</extracomment>
        <translation>El enlace de descarga de %1 caducó antes de completar el archivo. La parte ya descargada se conserva; Custody pide un enlace nuevo y continúa donde se detuvo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The storage service refused the download link for %1. Custody requests a new link; if this keeps happening, check that the computer&apos;s clock is correct.</source>
        <extracomment>%1 is the file being downloaded.</extracomment>
        <translation>El servicio de almacenamiento rechazó el enlace de descarga de %1. Custody pide un enlace nuevo; si sigue ocurriendo, compruebe que el reloj del equipo es correcto.</translation>
    </message>
</context>
<context>
    <name>FileNameTemplate</name>
    <message>
        <location filename="../core/transfer/filenametemplate.cpp" line="+86"/>
        <source>The file name template is empty. Enter a template such as %1.</source>
        <translation>La plantilla de nombre de archivo está vacía. Introduzca una plantilla como %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file name template &quot;%1&quot; is an absolute path. Files always go inside the export folder; remove the leading drive or slash.</source>
        <translation>La plantilla de nombre de archivo «%1» es una ruta absoluta. Los archivos siempre van dentro de la carpeta de exportación; quite la unidad o la barra inicial.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file name template &quot;%1&quot; contains &quot;..&quot;, which would leave the export folder. Remove it.</source>
        <translation>La plantilla de nombre de archivo «%1» contiene «..», que saldría de la carpeta de exportación. Quítelo.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The file name template uses the unknown placeholder {%1}. Known placeholders are: %2.</source>
        <translation>La plantilla de nombre de archivo usa el marcador desconocido {%1}. Los marcadores conocidos son: %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file name template &quot;%1&quot; has a brace without its partner. Write placeholders as {name}.</source>
        <translation>La plantilla de nombre de archivo «%1» tiene una llave sin pareja. Escriba los marcadores como {name}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file name template has no {recordingId}, so recordings of the same conversation would get the same name. Add {recordingId}.</source>
        <translation>La plantilla de nombre de archivo no tiene {recordingId}, así que las grabaciones de una misma conversación tendrían el mismo nombre. Añada {recordingId}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file name template has no {conversationId}, so files could not be told apart by conversation and names could collide. Add {conversationId}.</source>
        <translation>La plantilla de nombre de archivo no tiene {conversationId}, así que los archivos no se distinguirían por conversación y los nombres podrían coincidir. Añada {conversationId}.</translation>
    </message>
</context>
<context>
    <name>FileVerifier</name>
    <message>
        <location filename="../core/evidence/fileverifier.cpp" line="+98"/>
        <source>The manifest lists &quot;%1&quot;, which is outside the export folder; it was not checked.</source>
        <translation>El manifiesto incluye «%1», que está fuera de la carpeta de exportación; no se comprobó.</translation>
    </message>
</context>
<context>
    <name>JsonlGzWriter</name>
    <message>
        <location filename="../core/evidence/jsonlgzwriter.cpp" line="+52"/>
        <source>Custody could not write the compressed file %1. Check that the folder is writable and the disk is not full, then run the export again.</source>
        <translation>Custody no pudo escribir el archivo comprimido %1. Compruebe que la carpeta admite escritura y que el disco no está lleno, y vuelva a ejecutar la exportación.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Custody tried to write to a file that is not open. This is a bug; please report it.</source>
        <translation>Custody intentó escribir en un archivo que no está abierto. Es un error de programación; infórmelo, por favor.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Custody tried to finish a file that is not open. This is a bug; please report it.</source>
        <translation>Custody intentó finalizar un archivo que no está abierto. Es un error de programación; infórmelo, por favor.</translation>
    </message>
</context>
<context>
    <name>ManifestReader</name>
    <message>
        <location filename="../core/evidence/manifestreader.cpp" line="+166"/>
        <source>Custody could not open the manifest %1. Check that the folder holds an export and that you may read it.</source>
        <translation>Custody no pudo abrir el manifiesto %1. Compruebe que la carpeta contiene una exportación y que puede leerla.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The manifest %1 is not a Custody manifest: its first line lacks the columns %2. Check that you chose the right folder.</source>
        <translation>El manifiesto %1 no es un manifiesto de Custody: a su primera línea le faltan las columnas %2. Compruebe que eligió la carpeta correcta.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Line %1 of the manifest is malformed (%2); it was skipped.</source>
        <translation>La línea %1 del manifiesto está mal formada (%2); se omitió.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Line %1 of the manifest has %2 fields instead of %3; it was skipped.</source>
        <translation>La línea %1 del manifiesto tiene %2 campos en lugar de %3; se omitió.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Line %1 of the manifest has an invalid %2; it was skipped.</source>
        <translation>La línea %1 del manifiesto tiene un %2 no válido; se omitió.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Custody could not read the manifest %1. Check the disk or network share and try again.</source>
        <translation>Custody no pudo leer el manifiesto %1. Compruebe el disco o el recurso compartido de red y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The manifest %1 is empty. Check that the export finished.</source>
        <translation>El manifiesto %1 está vacío. Compruebe que la exportación terminó.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The manifest %1 is not valid UTF-8; some text may be wrong.</source>
        <translation>El manifiesto %1 no es UTF-8 válido; parte del texto puede ser incorrecta.</translation>
    </message>
</context>
<context>
    <name>ManifestWriter</name>
    <message>
        <location filename="../core/evidence/manifestwriter.cpp" line="+152"/>
        <source>Custody tried to add to a manifest that is not open. This is a bug; please report it.</source>
        <translation>Custody intentó añadir a un manifiesto que no está abierto. Es un error de programación; infórmelo, por favor.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Custody tried to finish a manifest that is not open. This is a bug; please report it.</source>
        <translation>Custody intentó finalizar un manifiesto que no está abierto. Es un error de programación; infórmelo, por favor.</translation>
    </message>
</context>
<context>
    <name>PartFile</name>
    <message>
        <location filename="../core/evidence/partfile.cpp" line="+18"/>
        <source>Custody could not write %1. Check that the folder is writable and the disk is not full, then run the export again.</source>
        <translation>Custody no pudo escribir %1. Compruebe que la carpeta admite escritura y que el disco no está lleno, y vuelva a ejecutar la exportación.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Custody tried to write a file that is not open. This is a bug; please report it.</source>
        <translation>Custody intentó escribir un archivo que no está abierto. Es un error de programación; infórmelo, por favor.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Custody tried to finish a file that is not open. This is a bug; please report it.</source>
        <translation>Custody intentó finalizar un archivo que no está abierto. Es un error de programación; infórmelo, por favor.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Custody wrote %1 but could not give it its final name. Check that no other program has the file open, then run the export again.</source>
        <translation>Custody escribió %1 pero no pudo darle su nombre definitivo. Compruebe que ningún otro programa tiene abierto el archivo y vuelva a ejecutar la exportación.</translation>
    </message>
</context>
<context>
    <name>PathSanitizer</name>
    <message>
        <location filename="../core/transfer/pathsanitizer.cpp" line="+229"/>
        <source>The path &quot;%1&quot; would be outside the export folder %2. Custody only writes inside the chosen folder; check the file name template.</source>
        <translation>La ruta «%1» quedaría fuera de la carpeta de exportación %2. Custody solo escribe dentro de la carpeta elegida; compruebe la plantilla de nombre de archivo.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The export folder %1 does not exist. Choose an existing folder or connect the network share.</source>
        <translation>La carpeta de exportación %1 no existe. Elija una carpeta existente o conecte el recurso compartido de red.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+42"/>
        <source>Complaints, last fortnight</source>
        <translation>Reclamaciones, últimas dos semanas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test run</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Legal hold, one day</source>
        <translation>Retención legal, un día</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Custody: evidence-grade exports from Genesys Cloud.</source>
        <translation>Custody: exportaciones de Genesys Cloud con valor probatorio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quit after &lt;ms&gt; milliseconds (for smoke tests).</source>
        <translation>Salir tras &lt;ms&gt; milisegundos (para pruebas rápidas).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start on a simulated organisation.</source>
        <translation>Empezar con una organización simulada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run demo exports in a temporary folder, save a picture of the window to &lt;file&gt; and quit.</source>
        <translation>Ejecutar exportaciones de demostración en una carpeta temporal, guardar una imagen de la ventana en &lt;file&gt; y salir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The job store file (default: in the application data folder).</source>
        <translation>El archivo del registro de trabajos (por defecto: en la carpeta de datos de la aplicación).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Custody Cannot Start</source>
        <translation>Custody no puede iniciarse</translation>
    </message>
</context>
</TS>
