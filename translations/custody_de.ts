<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Custody::Api::ApiError</name>
    <message>
        <location filename="../core/api/apierror.cpp" line="+90"/>
        <source>the connection was refused</source>
        <translation>die Verbindung wurde abgelehnt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the connection was closed unexpectedly</source>
        <translation>die Verbindung wurde unerwartet geschlossen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the server name could not be resolved</source>
        <translation>der Servername konnte nicht aufgelöst werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the connection timed out</source>
        <translation>die Verbindung hat das Zeitlimit überschritten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the network is unavailable</source>
        <translation>das Netzwerk ist nicht erreichbar</translation>
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
        <translation>Genesys Cloud konnte vorübergehend nicht antworten (HTTP %1)%2. Custody versucht es automatisch erneut; falls das Problem bleibt, prüfen Sie die Statusseite von Genesys Cloud und setzen Sie den Export später fort.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Custody could not reach Genesys Cloud: %1. Custody retries automatically; if this keeps happening, check the network connection, proxy and firewall, then resume the export.</source>
        <extracomment>%1 is a reason such as &quot;the connection timed out&quot;.</extracomment>
        <translation>Custody konnte Genesys Cloud nicht erreichen: %1. Custody versucht es automatisch erneut; falls das Problem bleibt, prüfen Sie Netzwerkverbindung, Proxy und Firewall und setzen Sie dann den Export fort.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Genesys Cloud is limiting how many requests this OAuth client may send%1. Custody waits %n second(s) and then continues by itself; nothing needs to be done.</source>
        <extracomment>%1 is the server&apos;s explanation in parentheses or empty.</extracomment>
        <translation>
            <numerusform>Genesys Cloud begrenzt, wie viele Anfragen dieser OAuth-Client senden darf%1. Custody wartet %n Sekunde und fährt dann von selbst fort; Sie müssen nichts tun.</numerusform>
            <numerusform>Genesys Cloud begrenzt, wie viele Anfragen dieser OAuth-Client senden darf%1. Custody wartet %n Sekunden und fährt dann von selbst fort; Sie müssen nichts tun.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Genesys Cloud is limiting how many requests this OAuth client may send%1. Custody waits and then continues by itself; nothing needs to be done.</source>
        <translation>Genesys Cloud begrenzt, wie viele Anfragen dieser OAuth-Client senden darf%1. Custody wartet und fährt dann von selbst fort; Sie müssen nichts tun.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Genesys Cloud rejected the OAuth client credentials%1: the client ID or the client secret is wrong, or the client belongs to another region. Check both in the settings, then resume the export.</source>
        <translation>Genesys Cloud hat die Anmeldedaten des OAuth-Clients abgelehnt%1: Client-ID oder Client-Secret ist falsch, oder der Client gehört zu einer anderen Region. Prüfen Sie beides in den Einstellungen und setzen Sie dann den Export fort.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Genesys Cloud did not accept Custody&apos;s sign-in%1. Check that the OAuth client still exists, uses the Client Credentials grant and has not been revoked, then resume the export.</source>
        <translation>Genesys Cloud hat die Anmeldung von Custody nicht akzeptiert%1. Prüfen Sie, ob der OAuth-Client noch existiert, den Grant „Client Credentials“ verwendet und nicht widerrufen wurde, und setzen Sie dann den Export fort.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Genesys Cloud refused the request because the OAuth client lacks a permission%1. Ask your Genesys Cloud administrator to grant it, then resume the export.</source>
        <translation>Genesys Cloud hat die Anfrage abgelehnt, weil dem OAuth-Client eine Berechtigung fehlt%1. Bitten Sie Ihre Genesys-Cloud-Administration, sie zu erteilen, und setzen Sie dann den Export fort.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Genesys Cloud could not find what was requested%1; it may have been deleted or belong to another organization or region. Check the region and the export&apos;s filters, then resume the export.</source>
        <translation>Genesys Cloud hat das Angeforderte nicht gefunden%1; es wurde eventuell gelöscht oder gehört zu einer anderen Organisation oder Region. Prüfen Sie die Region und die Filter des Exports und setzen Sie dann den Export fort.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Genesys Cloud rejected the request as invalid%1. Check the export&apos;s dates and filters; if they look right, report the problem with this error&apos;s technical details.</source>
        <translation>Genesys Cloud hat die Anfrage als ungültig abgelehnt%1. Prüfen Sie die Daten und Filter des Exports; wenn sie stimmen, melden Sie das Problem mit den technischen Details dieses Fehlers.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Custody could not read or write a local file (%1). Check that the destination folder exists, is writable and has free space, then resume the export.</source>
        <extracomment>%1 is the technical description naming the file and the system error.</extracomment>
        <translation>Custody konnte eine lokale Datei nicht lesen oder schreiben (%1). Prüfen Sie, ob der Zielordner existiert, beschreibbar ist und freien Speicher hat, und setzen Sie dann den Export fort.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The request was cancelled. Resume the export to continue where it stopped.</source>
        <translation>Die Anfrage wurde abgebrochen. Setzen Sie den Export fort, um dort weiterzumachen, wo er angehalten hat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Custody could not establish a secure connection to Genesys Cloud. Check the proxy and the system&apos;s certificate settings, then resume the export.</source>
        <translation>Custody konnte keine sichere Verbindung zu Genesys Cloud aufbauen. Prüfen Sie den Proxy und die Zertifikatseinstellungen des Systems und setzen Sie dann den Export fort.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Genesys Cloud kept sending incomplete answers (malformed JSON)%1. Resume the export later; if this keeps happening, check any proxy between this computer and Genesys Cloud.</source>
        <extracomment>%1 is the server&apos;s explanation in parentheses or empty.</extracomment>
        <translation>Genesys Cloud hat wiederholt unvollständige Antworten gesendet (fehlerhaftes JSON)%1. Setzen Sie den Export später fort; falls das Problem bleibt, prüfen Sie einen Proxy zwischen diesem Computer und Genesys Cloud.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Genesys Cloud sent an answer Custody cannot use%1. Resume the export later; if this keeps happening, report the problem with this error&apos;s technical details.</source>
        <translation>Genesys Cloud hat eine Antwort gesendet, die Custody nicht verwenden kann%1. Setzen Sie den Export später fort; falls das Problem bleibt, melden Sie es mit den technischen Details dieses Fehlers.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Support reference: %1.</source>
        <extracomment>Genesys support uses this id to find the request in their logs.</extracomment>
        <translation>Support-Referenz: %1.</translation>
    </message>
</context>
<context>
    <name>Custody::Cli</name>
    <message>
        <location filename="../app/cli/admincommands.cpp" line="+52"/>
        <source>List exports and their progress.</source>
        <translation>Exporte und ihren Fortschritt auflisten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The job store file.</source>
        <translation>Die Datei des Auftragsspeichers.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No exports yet.</source>
        <translation>Noch keine Exporte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 downloaded, %2 failed</source>
        <translation>%1 heruntergeladen, %2 fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Recheck every file of an export folder against its manifest.</source>
        <translation>Jede Datei eines Exportordners erneut mit seinem Manifest abgleichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The export folder.</source>
        <translation>Der Exportordner.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>missing: </source>
        <translation>fehlt: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changed: </source>
        <translation>geändert: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unreadable: </source>
        <translation>nicht lesbar: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>extra: </source>
        <translation>zusätzlich: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>incomplete download: </source>
        <translation>unvollständiger Download: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 files match the manifest; %2 missing, %3 changed, %4 extra.</source>
        <translation>%1 Dateien stimmen mit dem Manifest überein; %2 fehlen, %3 geändert, %4 zusätzlich.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Manage org profiles: add, list, remove.</source>
        <translation>Org-Profile verwalten: hinzufügen, auflisten, entfernen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add, list or remove</source>
        <translation>add, list oder remove</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+81"/>
        <source>The profiles file.</source>
        <translation>Die Profildatei.</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Profile name.</source>
        <translation>Profilname.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region domain, e.g. mypurecloud.ie.</source>
        <translation>Regions-Domain, z. B. mypurecloud.ie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom base URL serving login and API.</source>
        <translation>Eigene Basis-URL für Anmeldung und API.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OAuth client id (client credentials grant).</source>
        <translation>OAuth-Client-ID (Grant „Client Credentials“).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the secret from this environment variable instead of the keychain.</source>
        <translation>Das Secret aus dieser Umgebungsvariablen statt aus dem Schlüsselbund lesen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default time zone of the org, e.g. Europe/Berlin.</source>
        <translation>Standard-Zeitzone der Org, z. B. Europe/Berlin.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>secret in keychain</source>
        <translation>Secret im Schlüsselbund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>secret in $%1</source>
        <translation>Secret in $%1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Added profile %1.</source>
        <translation>Profil %1 hinzugefügt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Now store its client secret: custody-cli secrets set &quot;%1&quot;</source>
        <translation>Speichern Sie jetzt sein Client-Secret: custody-cli secrets set &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+45"/>
        <source>No profile named &quot;%1&quot;.</source>
        <translation>Kein Profil mit dem Namen „%1“.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Removed profile %1.</source>
        <translation>Profil %1 entfernt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Store a profile&apos;s OAuth client secret in the OS keychain. The secret is read from standard input.</source>
        <translation>Das OAuth-Client-Secret eines Profils im Schlüsselbund des Betriebssystems speichern. Das Secret wird von der Standardeingabe gelesen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>set</source>
        <translation>set</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile name or id.</source>
        <translation>Profilname oder -ID.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No secret on standard input. Example: custody-cli secrets set &quot;%1&quot; &lt; secret.txt</source>
        <translation>Kein Secret auf der Standardeingabe. Beispiel: custody-cli secrets set &quot;%1&quot; &lt; secret.txt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Stored the client secret of %1 in the keychain.</source>
        <translation>Client-Secret von %1 im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommands.cpp" line="+83"/>
        <source>No profile named &quot;%1&quot;. List them with: custody-cli profiles list</source>
        <translation>Kein Profil mit dem Namen „%1“. Auflisten mit: custody-cli profiles list</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No export &quot;%1&quot;. List them with: custody-cli status</source>
        <translation>Kein Export „%1“. Auflisten mit: custody-cli status</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Demo export</source>
        <translation>Demo-Export</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The demo writes into a new folder, but %1 is not empty. Remove it or choose another with --dest.</source>
        <translation>Die Demo schreibt in einen neuen Ordner, aber %1 ist nicht leer. Entfernen Sie ihn oder wählen Sie mit --dest einen anderen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Demo: a simulated org (%1, %2) serves %3 conversations on %4.</source>
        <translation>Demo: Eine simulierte Org (%1, %2) stellt %3 Gespräche an %4 bereit.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>custody-sim demo org at %1</source>
        <translation>custody-sim-Demo-Org unter %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Verified %1 files against manifest.csv: %2 missing, %3 changed, %4 extra.</source>
        <translation>%1 Dateien mit manifest.csv verifiziert: %2 fehlen, %3 geändert, %4 zusätzlich.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Export recordings and conversation records from Genesys Cloud.</source>
        <translation>Aufzeichnungen und Gesprächsdatensätze aus Genesys Cloud exportieren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Org profile name or id.</source>
        <translation>Name oder ID des Org-Profils.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export a demo week from a simulated org started in-process.</source>
        <translation>Eine Demo-Woche aus einer im Prozess gestarteten simulierten Org exportieren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concurrent downloads (default 4).</source>
        <translation>Gleichzeitige Downloads (Standard 4).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bandwidth cap in bytes per second (0: none).</source>
        <translation>Bandbreitenlimit in Bytes pro Sekunde (0: keines).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Name the org profile with --profile (see custody-cli profiles list), or try --demo.</source>
        <translation>Nennen Sie das Org-Profil mit --profile (siehe custody-cli profiles list) oder probieren Sie --demo.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export of %1</source>
        <translation>Export von %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Continue an interrupted or paused export.</source>
        <translation>Einen unterbrochenen oder pausierten Export fortsetzen.</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>The export&apos;s id (see custody-cli status).</source>
        <translation>Die ID des Exports (siehe custody-cli status).</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>Cancel an export. Files already exported stay where they are.</source>
        <translation>Einen Export abbrechen. Bereits exportierte Dateien bleiben, wo sie sind.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelled from the command line.</source>
        <translation>Über die Befehlszeile abgebrochen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelled %1.</source>
        <translation>%1 abgebrochen.</translation>
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
        <translation>Aufruf: custody-cli &lt;Befehl&gt; [Optionen]

Befehle:
  export     Aufzeichnungen und Gesprächsdatensätze exportieren (siehe custody-cli export --help);
             export --demo führt einen vollständigen Export gegen eine simulierte Org aus
  resume     Einen unterbrochenen oder pausierten Export fortsetzen:  resume &lt;Export-ID&gt;
  cancel     Einen Export abbrechen:                                 cancel &lt;Export-ID&gt;
  status     Exporte und ihren Fortschritt auflisten
  verify     Einen Exportordner erneut mit seinem Manifest abgleichen: verify &lt;Ordner&gt;
  profiles   Org-Profile verwalten: profiles add|list|remove
  secrets    Das Client-Secret eines Profils im Schlüsselbund speichern: secrets set &lt;Profil&gt;

Optionen: --help, --version; custody-cli &lt;Befehl&gt; --help zeigt die Optionen eines Befehls.

Exit-Codes: 0 alles exportiert, 1 einige Elemente fehlgeschlagen (aufgelistet), 2 Aufruffehler,
            3 Authentifizierungs- oder Berechtigungsfehler, 4 Zielfehler.
</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Unknown command &quot;%1&quot;.

</source>
        <translation>Unbekannter Befehl „%1“.

</translation>
    </message>
</context>
<context>
    <name>Custody::Cli::ExportCommand</name>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="+64"/>
        <source>Connecting to %1 ...</source>
        <translation>Verbinde mit %1 ...</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>windows %1/%2  conversations %3  files %4 done, %5 failed, %6 to go  %7/s  ETA %8</source>
        <translation>Zeitfenster %1/%2  Gespräche %3  Dateien %4 fertig, %5 fehlgeschlagen, %6 ausstehend  %7/s  Restzeit %8</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Items that could not be exported:</source>
        <translation>Elemente, die nicht exportiert werden konnten:</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Export %1 in %2</source>
        <translation>Export %1 in %2</translation>
    </message>
</context>
<context>
    <name>Custody::Cli::SpecOptions</name>
    <message>
        <location filename="../app/cli/specoptions.cpp" line="+31"/>
        <source>Name of the export.</source>
        <translation>Name des Exports.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Destination folder (local, mounted share or UNC path).</source>
        <translation>Zielordner (lokal, eingebundene Freigabe oder UNC-Pfad).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First local day (yyyy-MM-dd).</source>
        <translation>Erster lokaler Tag (yyyy-MM-dd).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last local day, inclusive (yyyy-MM-dd).</source>
        <translation>Letzter lokaler Tag, einschließlich (yyyy-MM-dd).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export yesterday.</source>
        <translation>Gestern exportieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the last N full days, e.g. 7d.</source>
        <translation>Die letzten N vollen Tage exportieren, z. B. 7d.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export one calendar month, e.g. 2024-05.</source>
        <translation>Einen Kalendermonat exportieren, z. B. 2024-05.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IANA time zone of the day boundaries (default: the profile&apos;s, else this computer&apos;s).</source>
        <translation>IANA-Zeitzone der Tagesgrenzen (Standard: die des Profils, sonst die dieses Computers).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export the conversations listed in this file (one id per line or CSV).</source>
        <translation>Die in dieser Datei aufgeführten Gespräche exportieren (eine ID pro Zeile oder CSV).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only this queue id (repeatable).</source>
        <translation>Nur diese Warteschlangen-ID (wiederholbar).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only this agent&apos;s user id (repeatable).</source>
        <translation>Nur die Benutzer-ID dieses Agenten (wiederholbar).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only inbound or outbound.</source>
        <translation>Nur eingehend oder ausgehend.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only this media type: voice, chat, email, message, callback (repeatable).</source>
        <translation>Nur dieser Medientyp: voice, chat, email, message, callback (wiederholbar).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What to export: recordings, details or both (default both).</source>
        <translation>Was exportiert wird: recordings, details oder both (Standard both).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File-name template (default {date}/{conversationId}/{recordingId}.{ext}).</source>
        <translation>Dateinamensvorlage (Standard {date}/{conversationId}/{recordingId}.{ext}).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>--content must be recordings, details or both.</source>
        <translation>--content muss recordings, details oder both sein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Line %1 of %2 is not a conversation id: %3</source>
        <translation>Zeile %1 von %2 ist keine Gesprächs-ID: %3</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose the days to export: --from/--to, --yesterday, --last 7d, --month 2024-05 or --ids-file.</source>
        <translation>Wählen Sie die zu exportierenden Tage: --from/--to, --yesterday, --last 7d, --month 2024-05 oder --ids-file.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unknown direction &quot;%1&quot;: use inbound or outbound.</source>
        <translation>Unbekannte Richtung „%1“: verwenden Sie inbound oder outbound.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown media type &quot;%1&quot;: use voice, chat, email, message or callback.</source>
        <translation>Unbekannter Medientyp „%1“: verwenden Sie voice, chat, email, message oder callback.</translation>
    </message>
</context>
<context>
    <name>Custody::Jobs::AnalyticsStage</name>
    <message>
        <location filename="../core/jobs/analyticsstage.cpp" line="+288"/>
        <source>Could not record the split of window %1.</source>
        <translation>Die Aufteilung von Zeitfenster %1 konnte nicht festgehalten werden.</translation>
    </message>
</context>
<context>
    <name>Custody::Jobs::BatchStage</name>
    <message>
        <location filename="../core/jobs/batchstage.cpp" line="+97"/>
        <source>Genesys Cloud did not provide a usable download link after %1 attempts. Retry the failed items later.</source>
        <translation>Genesys Cloud hat nach %1 Versuchen keinen verwendbaren Download-Link geliefert. Wiederholen Sie die fehlgeschlagenen Elemente später.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Could not record recording %1.</source>
        <translation>Aufzeichnung %1 konnte nicht festgehalten werden.</translation>
    </message>
</context>
<context>
    <name>Custody::Jobs::BulkStage</name>
    <message>
        <location filename="../core/jobs/bulkstage.cpp" line="+341"/>
        <source>  %1: job %2, %3 conversation(s), %4 recording(s) exported, %5 skipped, %6 failed</source>
        <translation>  %1: Auftrag %2, %3 Gespräch(e), %4 Aufzeichnung(en) exportiert, %5 übersprungen, %6 fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>  %1: NOT EXPORTED (job %2): %3</source>
        <translation>  %1: NICHT EXPORTIERT (Auftrag %2): %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  %1: unfinished (%2, job %3)</source>
        <translation>  %1: unvollständig (%2, Auftrag %3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recording bulk export</source>
        <translation>Massenexport der Aufzeichnungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recordings were copied by Genesys Cloud into the S3 bucket of integration %1; they are not in this folder and not in the manifest.</source>
        <translation>Die Aufzeichnungen wurden von Genesys Cloud in den S3-Bucket der Integration %1 kopiert; sie liegen nicht in diesem Ordner und stehen nicht im Manifest.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Jobs: %1, recordings exported: %2, failed recordings: %3, windows not exported: %4</source>
        <translation>Aufträge: %1, exportierte Aufzeichnungen: %2, fehlgeschlagene Aufzeichnungen: %3, nicht exportierte Zeitfenster: %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Failed recordings (conversation / recording)</source>
        <translation>Fehlgeschlagene Aufzeichnungen (Gespräch / Aufzeichnung)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>Custody::Jobs::DownloadStage</name>
    <message>
        <location filename="../core/jobs/downloadstage.cpp" line="+103"/>
        <source>Custody cannot create the folder %1. Check that the destination is connected and writable, then resume the export.</source>
        <translation>Custody kann den Ordner %1 nicht anlegen. Prüfen Sie, ob das Ziel verbunden und beschreibbar ist, und setzen Sie dann den Export fort.</translation>
    </message>
</context>
<context>
    <name>Custody::Jobs::Engine</name>
    <message>
        <location filename="../core/jobs/engine.cpp" line="+106"/>
        <source>Paused by the user.</source>
        <translation>Vom Benutzer pausiert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Custody::Jobs::EvidenceStage</name>
    <message>
        <location filename="../core/jobs/evidencestage.cpp" line="+121"/>
        <location line="+29"/>
        <source>Cannot write the audit trail %1: %2</source>
        <translation>Das Prüfprotokoll %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+55"/>
        <source>Cannot write the custody report %1: %2</source>
        <translation>Der Custody-Bericht %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Custody report</source>
        <translation>Custody-Bericht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written at</source>
        <translation>Geschrieben am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run by</source>
        <translation>Ausgeführt von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Machine</source>
        <translation>Rechner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was asked for</source>
        <translation>Angefordert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Files in the manifest</source>
        <translation>Dateien im Manifest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256 of manifest.csv</source>
        <translation>SHA-256 von manifest.csv</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SHA-256 of manifest.json</source>
        <translation>SHA-256 von manifest.json</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failures</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check this export at any time with: custody-cli verify &quot;%1&quot;</source>
        <translation>Prüfen Sie diesen Export jederzeit mit: custody-cli verify &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>Custody::Jobs::ExportRun</name>
    <message>
        <location filename="../core/jobs/exportrun.cpp" line="+175"/>
        <source>Custody could not write the evidence files: %1 Free some space or fix the folder&apos;s permissions, then resume the export.</source>
        <translation>Custody konnte die Nachweisdateien nicht schreiben: %1 Geben Sie Speicherplatz frei oder korrigieren Sie die Ordnerberechtigungen und setzen Sie dann den Export fort.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n file(s) exported; %1 item(s) could not be exported (see custody-report.txt).</source>
        <translation>
            <numerusform>%n Datei exportiert; %1 Element(e) konnten nicht exportiert werden (siehe custody-report.txt).</numerusform>
            <numerusform>%n Dateien exportiert; %1 Element(e) konnten nicht exportiert werden (siehe custody-report.txt).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n file(s) exported and verified by SHA-256.</source>
        <translation>
            <numerusform>%n Datei exportiert und per SHA-256 verifiziert.</numerusform>
            <numerusform>%n Dateien exportiert und per SHA-256 verifiziert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cancelled. Files already exported stay in the folder.</source>
        <translation>Abgebrochen. Bereits exportierte Dateien bleiben im Ordner.</translation>
    </message>
</context>
<context>
    <name>Custody::Jobs::TranscodeStage</name>
    <message>
        <location filename="../core/jobs/transcodestage.cpp" line="+177"/>
        <source>Genesys Cloud offered no %1 file for this recording (file state: %2).</source>
        <translation>Genesys Cloud bot für diese Aufzeichnung keine %1-Datei an (Dateistatus: %2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>Custody::Plan::ExportSpec</name>
    <message>
        <location filename="../core/plan/exportfilters.cpp" line="+43"/>
        <source>The saved export cannot be read: &quot;%1&quot; is not a list of texts. Save the export again.</source>
        <translation>Der gespeicherte Export kann nicht gelesen werden: „%1“ ist keine Liste von Texten. Speichern Sie den Export erneut.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The saved export cannot be read: &quot;%1&quot; contains the unknown value &quot;%2&quot;. Save the export again.</source>
        <translation>Der gespeicherte Export kann nicht gelesen werden: „%1“ enthält den unbekannten Wert „%2“. Speichern Sie den Export erneut.</translation>
    </message>
    <message>
        <location filename="../core/plan/exportspec.cpp" line="+55"/>
        <source>The saved export cannot be read: %1 Save the export again.</source>
        <translation>Der gespeicherte Export kann nicht gelesen werden: %1 Speichern Sie den Export erneut.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&quot;%1&quot; is not a text.</source>
        <translation>„%1“ ist kein Text.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not true or false.</source>
        <translation>„%1“ ist weder wahr noch falsch.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not an object.</source>
        <translation>„%1“ ist kein Objekt.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&quot;%1&quot; is not a list of texts.</source>
        <translation>„%1“ ist keine Liste von Texten.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is not a date in the form YYYY-MM-DD.</source>
        <translation>„%1“ ist kein Datum im Format JJJJ-MM-TT.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>the selection &quot;%1&quot; is not known.</source>
        <translation>die Auswahl „%1“ ist unbekannt.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>This is not a saved Custody export: it has no &quot;specVersion&quot;. Choose an export file saved by Custody.</source>
        <translation>Dies ist kein gespeicherter Custody-Export: Er hat keine „specVersion“. Wählen Sie eine von Custody gespeicherte Exportdatei.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This export was saved by a newer Custody (format %1; this version reads up to %2). Update Custody to open it.</source>
        <translation>Dieser Export wurde von einer neueren Custody-Version gespeichert (Format %1; diese Version liest bis %2). Aktualisieren Sie Custody, um ihn zu öffnen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;specVersion&quot; is %1, which no Custody has written.</source>
        <translation>„specVersion“ ist %1, was keine Custody-Version geschrieben hat.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the recording format &quot;%1&quot; is not known.</source>
        <translation>das Aufzeichnungsformat „%1“ ist unbekannt.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The export file holds no JSON object. Choose an export file saved by Custody.</source>
        <translation>Die Exportdatei enthält kein JSON-Objekt. Wählen Sie eine von Custody gespeicherte Exportdatei.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The export file is not valid JSON (%1 at byte %2). Choose an export file saved by Custody.</source>
        <translation>Die Exportdatei ist kein gültiges JSON (%1 bei Byte %2). Wählen Sie eine von Custody gespeicherte Exportdatei.</translation>
    </message>
    <message>
        <location filename="../core/plan/specvalidator.cpp" line="+20"/>
        <source>d MMMM yyyy</source>
        <extracomment>Date format in error messages, QDate::toString syntax</extracomment>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 &quot;%2&quot; is not a valid id (expected a UUID such as %3).</source>
        <translation>%1 „%2“ ist keine gültige ID (erwartet wird eine UUID wie %3).</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n more ids are not valid either.</source>
        <translation>
            <numerusform>%n weitere ID ist ebenfalls ungültig.</numerusform>
            <numerusform>%n weitere IDs sind ebenfalls ungültig.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enter a file-name template, for example %1.</source>
        <translation>Geben Sie eine Dateinamensvorlage ein, zum Beispiel %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file-name template uses {%1}, which Custody does not know. Use one of: %2.</source>
        <translation>Die Dateinamensvorlage verwendet {%1}, das Custody nicht kennt. Verwenden Sie einen von: %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file-name template has a &quot;{&quot; or &quot;}&quot; without its partner. Write placeholders as {name}.</source>
        <translation>Die Dateinamensvorlage enthält ein „{“ oder „}“ ohne Gegenstück. Schreiben Sie Platzhalter als {name}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file-name template must contain {recordingId}; without it, two recordings could be saved under the same name.</source>
        <translation>Die Dateinamensvorlage muss {recordingId} enthalten; ohne sie könnten zwei Aufzeichnungen unter demselben Namen gespeichert werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file-name template must stay inside the destination folder: remove leading slashes, drive letters and &quot;..&quot;.</source>
        <translation>Die Dateinamensvorlage muss im Zielordner bleiben: Entfernen Sie führende Schrägstriche, Laufwerksbuchstaben und „..“.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Paste or load at least one conversation id.</source>
        <translation>Fügen Sie mindestens eine Gesprächs-ID ein oder laden Sie sie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conversation id</source>
        <translation>Gesprächs-ID</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the first and the last day to export.</source>
        <translation>Wählen Sie den ersten und den letzten zu exportierenden Tag.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The end date (%1) is before the start date (%2).</source>
        <translation>Das Enddatum (%1) liegt vor dem Startdatum (%2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the time zone in which the days are counted.</source>
        <translation>Wählen Sie die Zeitzone, in der die Tage gezählt werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown time zone &quot;%1&quot;. Choose a zone from the list, for example Europe/Berlin.</source>
        <translation>Unbekannte Zeitzone „%1“. Wählen Sie eine Zone aus der Liste, zum Beispiel Europe/Berlin.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Queue id</source>
        <translation>Warteschlangen-ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User id</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose the organisation profile to export from.</source>
        <translation>Wählen Sie das Organisationsprofil, aus dem exportiert wird.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose at least one kind of content to export.</source>
        <translation>Wählen Sie mindestens eine Art von Inhalt für den Export.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A recording bulk export needs the id of the organisation&apos;s AWS S3 recording bulk-actions integration. Enter it, or turn the bulk export off.</source>
        <translation>Ein Massenexport der Aufzeichnungen benötigt die ID der AWS-S3-Integration für Aufzeichnungs-Massenaktionen der Organisation. Geben Sie sie ein oder schalten Sie den Massenexport aus.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Integration id</source>
        <translation>Integrations-ID</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the folder to export to.</source>
        <translation>Wählen Sie den Ordner, in den exportiert wird.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The destination folder &quot;%1&quot; is a relative path. Choose the folder with its full path.</source>
        <translation>Der Zielordner „%1“ ist ein relativer Pfad. Wählen Sie den Ordner mit seinem vollständigen Pfad.</translation>
    </message>
</context>
<context>
    <name>Custody::Plan::RelativeRange</name>
    <message>
        <location filename="../core/plan/relativerange.cpp" line="+20"/>
        <source>&quot;%1&quot; is not a date range. Use today, yesterday, last 7d, last-week, last-month, month 2024-05 or 2024-03-01..2024-03-14.</source>
        <translation>„%1“ ist kein Datumsbereich. Verwenden Sie today, yesterday, last 7d, last-week, last-month, month 2024-05 oder 2024-03-01..2024-03-14.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a date. Write dates as YYYY-MM-DD, e.g. 2024-03-01.</source>
        <translation>„%1“ ist kein Datum. Schreiben Sie Daten als JJJJ-MM-TT, z. B. 2024-03-01.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The number of days in &quot;last Nd&quot; must be between 1 and %1.</source>
        <translation>Die Anzahl der Tage in „last Nd“ muss zwischen 1 und %1 liegen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The end date %1 is before the start date %2. Swap them.</source>
        <translation>Das Enddatum %1 liegt vor dem Startdatum %2. Vertauschen Sie sie.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&quot;%1&quot; is not a month. Write months as YYYY-MM, e.g. 2024-05.</source>
        <translation>„%1“ ist kein Monat. Schreiben Sie Monate als JJJJ-MM, z. B. 2024-05.</translation>
    </message>
</context>
<context>
    <name>Custody::Profiles::OrgProfile</name>
    <message>
        <location filename="../core/profiles/orgprofile.cpp" line="+25"/>
        <source>The gateway address &quot;%1&quot; is not a valid URL. Enter it as https://host[:port][/path].</source>
        <translation>Die Gateway-Adresse „%1“ ist keine gültige URL. Geben Sie sie als https://host[:port][/pfad] ein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The gateway address must start with https:// (&quot;%1&quot; was given).</source>
        <translation>Die Gateway-Adresse muss mit https:// beginnen (angegeben wurde „%1“).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The gateway address must not contain a user name or password: profiles are stored as plain text. Remove the part before &quot;@&quot;.</source>
        <translation>Die Gateway-Adresse darf keinen Benutzernamen und kein Passwort enthalten: Profile werden als Klartext gespeichert. Entfernen Sie den Teil vor „@“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The gateway address must not contain a query (?…) or fragment (#…). Remove them.</source>
        <translation>Die Gateway-Adresse darf keine Abfrage (?…) und kein Fragment (#…) enthalten. Entfernen Sie sie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plain http:// is allowed only for a gateway on this computer (localhost, 127.0.0.1 or ::1): over any network the client secret and access tokens would travel unencrypted. Use https://.</source>
        <translation>Einfaches http:// ist nur für ein Gateway auf diesem Computer erlaubt (localhost, 127.0.0.1 oder ::1): Über jedes Netzwerk würden Client-Secret und Zugriffstoken unverschlüsselt übertragen. Verwenden Sie https://.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The profile id &quot;%1&quot; is not a uuid. Create the profile again.</source>
        <translation>Die Profil-ID „%1“ ist keine UUID. Legen Sie das Profil erneut an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The profile has no name. Give it a name, e.g. the organisation&apos;s.</source>
        <translation>Das Profil hat keinen Namen. Geben Sie ihm einen, z. B. den der Organisation.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The profile names both a region and a gateway address. Keep only one.</source>
        <translation>Das Profil nennt sowohl eine Region als auch eine Gateway-Adresse. Behalten Sie nur eines davon.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The profile has neither a region nor a gateway address. Choose the organisation&apos;s region.</source>
        <translation>Das Profil hat weder eine Region noch eine Gateway-Adresse. Wählen Sie die Region der Organisation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a known Genesys Cloud region. Choose one from the list, e.g. mypurecloud.ie, or enter a gateway address.</source>
        <translation>„%1“ ist keine bekannte Genesys-Cloud-Region. Wählen Sie eine aus der Liste, z. B. mypurecloud.ie, oder geben Sie eine Gateway-Adresse ein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The OAuth client id is empty. Copy it from the client credentials OAuth client in Genesys Cloud Admin.</source>
        <translation>Die OAuth-Client-ID ist leer. Kopieren Sie sie vom OAuth-Client (Client Credentials) in Genesys Cloud Admin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The OAuth client id &quot;%1&quot; contains spaces or slashes. Copy it again without them.</source>
        <translation>Die OAuth-Client-ID „%1“ enthält Leerzeichen oder Schrägstriche. Kopieren Sie sie erneut ohne diese.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a time zone known on this system. Use an IANA name such as Europe/Dublin, or leave it empty to use the system&apos;s zone.</source>
        <translation>„%1“ ist keine auf diesem System bekannte Zeitzone. Verwenden Sie einen IANA-Namen wie Europe/Dublin oder lassen Sie das Feld leer, um die Zone des Systems zu verwenden.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The profile entry has no text &quot;%1&quot;.</source>
        <translation>Der Profileintrag hat keinen Text „%1“.</translation>
    </message>
</context>
<context>
    <name>Custody::Profiles::ProfileStore</name>
    <message>
        <location filename="../core/profiles/profilestore.cpp" line="+46"/>
        <source>The profile file %1 cannot be used: %2 Repair it, or move it away to start with no profiles. Custody will not change it until then.</source>
        <translation>Die Profildatei %1 kann nicht verwendet werden: %2 Reparieren Sie sie oder verschieben Sie sie, um ohne Profile zu beginnen. Bis dahin ändert Custody sie nicht.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it cannot be read.</source>
        <translation>es kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it is not valid JSON.</source>
        <translation>es ist kein gültiges JSON.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it was written by a newer version of Custody.</source>
        <translation>es wurde von einer neueren Custody-Version geschrieben.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>A profile with this id exists already. Edit that one.</source>
        <translation>Ein Profil mit dieser ID existiert bereits. Bearbeiten Sie dieses.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The profile &quot;%1&quot; no longer exists. Add it again.</source>
        <translation>Das Profil „%1“ existiert nicht mehr. Fügen Sie es erneut hinzu.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>There is no profile with the id %1; nothing was removed.</source>
        <translation>Es gibt kein Profil mit der ID %1; nichts wurde entfernt.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>A profile named &quot;%1&quot; exists already. Choose another name.</source>
        <translation>Ein Profil namens „%1“ existiert bereits. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The profiles could not be saved to %1, so the change was not made. Check that the folder exists, is writable and has free space, then try again.</source>
        <translation>Die Profile konnten nicht in %1 gespeichert werden, daher wurde die Änderung nicht übernommen. Prüfen Sie, ob der Ordner existiert, beschreibbar ist und freien Speicher hat, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The profile file %1 is damaged, so no change is saved. Repair it or move it away, then restart Custody.</source>
        <translation>Die Profildatei %1 ist beschädigt, daher wird keine Änderung gespeichert. Reparieren oder verschieben Sie sie und starten Sie Custody dann neu.</translation>
    </message>
</context>
<context>
    <name>Custody::Secrets::CredentialResult</name>
    <message>
        <location filename="../core/secrets/credentialresult.cpp" line="+13"/>
        <source>Custody never stores secrets in plain text; set the secret in an environment variable and name it in the profile instead, or start a keyring such as GNOME Keyring or KWallet.</source>
        <translation>Custody speichert Secrets nie im Klartext; legen Sie das Secret in einer Umgebungsvariablen ab und nennen Sie diese im Profil, oder starten Sie einen Schlüsselbund wie GNOME Keyring oder KWallet.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No secret is stored in the keychain for this profile. Enter the client secret again in the profile settings, or name an environment variable that holds it.</source>
        <translation>Für dieses Profil ist kein Secret im Schlüsselbund gespeichert. Geben Sie das Client-Secret in den Profileinstellungen erneut ein oder nennen Sie eine Umgebungsvariable, die es enthält.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No keychain is available on this system (%1). %2</source>
        <translation>Auf diesem System ist kein Schlüsselbund verfügbar (%1). %2</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>The keychain did not answer within %n second(s); it may be waiting for a password prompt that cannot be shown. %1</source>
        <translation>
            <numerusform>Der Schlüsselbund hat nicht innerhalb von %n Sekunde geantwortet; vielleicht wartet er auf eine Passwortabfrage, die nicht angezeigt werden kann. %1</numerusform>
            <numerusform>Der Schlüsselbund hat nicht innerhalb von %n Sekunden geantwortet; vielleicht wartet er auf eine Passwortabfrage, die nicht angezeigt werden kann. %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The keychain refused access (%1). Unlock your keyring and try again. %2</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert (%1). Entsperren Sie Ihren Schlüsselbund und versuchen Sie es erneut. %2</translation>
    </message>
</context>
<context>
    <name>Custody::Secrets::CredentialStore</name>
    <message>
        <location filename="../core/secrets/credentialstore.cpp" line="+45"/>
        <source>The keychain could not delete the stored secret (%1). Remove the entry &quot;%2&quot; with your keychain&apos;s own tool.</source>
        <translation>Der Schlüsselbund konnte das gespeicherte Secret nicht löschen (%1). Entfernen Sie den Eintrag „%2“ mit dem Werkzeug Ihres Schlüsselbunds.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>The profile has no id or no OAuth client id, so its secret has no keychain entry.</source>
        <translation>Das Profil hat keine ID oder keine OAuth-Client-ID, daher hat sein Secret keinen Eintrag im Schlüsselbund.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The client secret is empty. Enter the secret to store.</source>
        <translation>Das Client-Secret ist leer. Geben Sie das zu speichernde Secret ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The client secret is longer than %1 bytes, more than the keychain can hold on every system. Check that you pasted the client secret and nothing else.</source>
        <translation>Das Client-Secret ist länger als %1 Bytes, mehr als der Schlüsselbund auf jedem System aufnehmen kann. Prüfen Sie, ob Sie nur das Client-Secret eingefügt haben.</translation>
    </message>
</context>
<context>
    <name>Custody::Secrets::SecretResolver</name>
    <message>
        <location filename="../core/secrets/secretresolver.cpp" line="+14"/>
        <source>The profile reads its secret from an environment variable but names none. Name the variable in the profile, e.g. CUSTODY_SECRET_PROD.</source>
        <translation>Das Profil liest sein Secret aus einer Umgebungsvariablen, nennt aber keine. Nennen Sie die Variable im Profil, z. B. CUSTODY_SECRET_PROD.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The environment variable %1 is not set or is empty, and this profile reads its client secret from it. Set %1 to the OAuth client secret before starting Custody.</source>
        <translation>Die Umgebungsvariable %1 ist nicht gesetzt oder leer, und dieses Profil liest sein Client-Secret daraus. Setzen Sie %1 auf das OAuth-Client-Secret, bevor Sie Custody starten.</translation>
    </message>
</context>
<context>
    <name>Custody::Secrets::SecretSource</name>
    <message>
        <location filename="../core/secrets/secretsource.cpp" line="+35"/>
        <source>Name the environment variable that holds the client secret, e.g. CUSTODY_SECRET_PROD.</source>
        <translation>Nennen Sie die Umgebungsvariable, die das Client-Secret enthält, z. B. CUSTODY_SECRET_PROD.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a usable environment variable name. Use letters, digits and underscores only, not starting with a digit, e.g. CUSTODY_SECRET_PROD.</source>
        <translation>„%1“ ist kein verwendbarer Name für eine Umgebungsvariable. Verwenden Sie nur Buchstaben, Ziffern und Unterstriche, nicht mit einer Ziffer am Anfang, z. B. CUSTODY_SECRET_PROD.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The secret source &quot;%1&quot; is unknown; expected &quot;keychain&quot; or &quot;environment&quot;.</source>
        <translation>Die Secret-Quelle „%1“ ist unbekannt; erwartet wird „keychain“ oder „environment“.</translation>
    </message>
</context>
<context>
    <name>Custody::Settings::ProxySettings</name>
    <message>
        <location filename="../core/settings/proxysettings.cpp" line="+48"/>
        <source>The proxy has no host name. Enter the proxy&apos;s name or address, e.g. proxy.example.com, or use the system&apos;s proxy settings.</source>
        <translation>Der Proxy hat keinen Hostnamen. Geben Sie Name oder Adresse des Proxys ein, z. B. proxy.example.com, oder verwenden Sie die Proxy-Einstellungen des Systems.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The proxy host &quot;%1&quot; is not a plain host name. Enter only the name or address, without http://, a path or a user name.</source>
        <translation>Der Proxy-Host „%1“ ist kein einfacher Hostname. Geben Sie nur Name oder Adresse ein, ohne http://, Pfad oder Benutzernamen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The proxy port is missing. Enter the port, e.g. 8080 or 3128.</source>
        <translation>Der Proxy-Port fehlt. Geben Sie den Port ein, z. B. 8080 oder 3128.</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::BehaviourPage</name>
    <message>
        <location filename="../ui/behaviourpage.cpp" line="+14"/>
        <source>&amp;Keep running in the system tray when the window is closed, so exports go on</source>
        <translation>Beim Schließen des Fensters im &amp;Infobereich weiterlaufen, damit Exporte weitergehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show a &amp;notification when an export finishes or needs attention</source>
        <translation>Eine &amp;Benachrichtigung zeigen, wenn ein Export fertig ist oder Aufmerksamkeit braucht</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>System</source>
        <extracomment>Interface language: follow the operating system</extracomment>
        <translation>System</translation>
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
        <translation>Custody zeigt die neue Sprache nach einem Neustart.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::ConnectionTestPanel</name>
    <message>
        <location filename="../ui/connectiontestpanel.cpp" line="+23"/>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connection test</source>
        <translation>Verbindungstest</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Testing the connection</source>
        <translation>Verbindung wird getestet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Connected. Rate limit: %1 requests per minute. Download links stay valid for %2 minutes. Visible to this client: %3 queues, %4 users.</source>
        <translation>Verbunden. Ratenlimit: %1 Anfragen pro Minute. Download-Links bleiben %2 Minuten gültig. Für diesen Client sichtbar: %3 Warteschlangen, %4 Benutzer.</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::ContentPanel</name>
    <message>
        <location filename="../ui/contentpanel.cpp" line="+24"/>
        <source>&amp;Recordings</source>
        <comment>export content: audio files</comment>
        <translation>&amp;Aufzeichnungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conversation &amp;details</source>
        <comment>export content: analytics records</comment>
        <translation>Gesprächs&amp;details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording &amp;bulk export to the organisation&apos;s S3 bucket</source>
        <translation>&amp;Massenexport der Aufzeichnungen in den S3-Bucket der Organisation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download the recording files of each conversation into the destination folder.</source>
        <translation>Die Aufzeichnungsdateien jedes Gesprächs in den Zielordner herunterladen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the conversation records (participants, segments, queues) as compressed JSON lines.</source>
        <translation>Die Gesprächsdatensätze (Teilnehmer, Segmente, Warteschlangen) als komprimierte JSON-Zeilen speichern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask Genesys Cloud to copy the recordings into the organisation&apos;s own S3 bucket. This runs as a separate, slow job on the Genesys side.</source>
        <translation>Genesys Cloud bitten, die Aufzeichnungen in den eigenen S3-Bucket der Organisation zu kopieren. Das läuft als separater, langsamer Auftrag bei Genesys.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Native (as recorded)</source>
        <translation>Nativ (wie aufgezeichnet)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recording format</source>
        <translation>Aufzeichnungsformat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S3 integration id</source>
        <translation>S3-Integrations-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The id of the organisation&apos;s AWS S3 recording bulk-actions integration (Admin &gt; Integrations).</source>
        <translation>Die ID der AWS-S3-Integration für Aufzeichnungs-Massenaktionen der Organisation (Admin &gt; Integrationen).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Format:</source>
        <comment>recording file format</comment>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Integration id:</source>
        <translation>&amp;Integrations-ID:</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Fastest: recordings are fetched in batches of up to %1 per API call, in the format they were recorded in.</source>
        <translation>Am schnellsten: Aufzeichnungen werden in Stapeln von bis zu %1 pro API-Aufruf abgerufen, im Format, in dem sie aufgezeichnet wurden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Converted formats cost one API call per recording, so large exports take much longer than with the native format.</source>
        <translation>Konvertierte Formate kosten einen API-Aufruf pro Aufzeichnung, daher dauern große Exporte viel länger als im nativen Format.</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::DateRangePicker</name>
    <message>
        <location filename="../ui/daterangepicker.cpp" line="+32"/>
        <source>Date range</source>
        <translation>Datumsbereich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the days to export and the time zone in which they are counted.</source>
        <translation>Wählen Sie die zu exportierenden Tage und die Zeitzone, in der sie gezählt werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last month</source>
        <comment>the previous calendar month</comment>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom</source>
        <comment>a date range chosen in the calendar</comment>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Previous month</source>
        <translation>Vorheriger Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous month (Page Up)</source>
        <translation>Vorheriger Monat (Bild auf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next month</source>
        <translation>Nächster Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next month (Page Down)</source>
        <translation>Nächster Monat (Bild ab)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Chosen days</source>
        <translation>Gewählte Tage</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::DemoOrg</name>
    <message>
        <location filename="../ui/demoorg.cpp" line="+52"/>
        <source>Simulated org (demo)</source>
        <translation>Simulierte Org (Demo)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 at %2</source>
        <translation>%1 unter %2</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::DestinationPanel</name>
    <message>
        <location filename="../ui/destinationpanel.cpp" line="+28"/>
        <source>C&amp;hoose…</source>
        <comment>choose a destination folder</comment>
        <translation>&amp;Wählen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Destination folder</source>
        <translation>Zielordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder for the export, e.g. a case folder on the legal file share</source>
        <translation>Ordner für den Export, z. B. ein Fallordner auf der Rechtsabteilungs-Freigabe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose destination folder</source>
        <translation>Zielordner wählen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Choose the export folder</source>
        <translation>Exportordner wählen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The folder %1 does not exist and cannot be created, because %2 is not an existing folder. Connect the network share, or choose an existing folder.</source>
        <translation>Der Ordner %1 existiert nicht und kann nicht angelegt werden, weil %2 kein vorhandener Ordner ist. Verbinden Sie die Netzwerkfreigabe oder wählen Sie einen vorhandenen Ordner.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The folder %1 cannot be created there: %2</source>
        <translation>Der Ordner %1 kann dort nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 free</source>
        <comment>free disk space</comment>
        <translation>%1 frei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>free space unknown</source>
        <translation>freier Speicher unbekannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder exists and is writable; %1.</source>
        <translation>Der Ordner existiert und ist beschreibbar; %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder will be created when the export starts; %1.</source>
        <translation>Der Ordner wird beim Start des Exports angelegt; %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is a network share: keep it connected while the export runs. Interrupted downloads resume.</source>
        <translation>Dies ist eine Netzwerkfreigabe: Lassen Sie sie verbunden, solange der Export läuft. Unterbrochene Downloads werden fortgesetzt.</translation>
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
        <translation>Aufgabe %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>item %1: %2</source>
        <comment>event about an item</comment>
        <translation>Element %1: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Time</source>
        <comment>column: when the event happened</comment>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <comment>column: kind of event</comment>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <comment>column: state change</comment>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <comment>column: event message</comment>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::ExportItemsModel</name>
    <message>
        <location filename="../ui/exportitemsmodel.cpp" line="+88"/>
        <source>(all recordings)</source>
        <comment>item stands for every recording</comment>
        <translation>(alle Aufzeichnungen)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Conversation</source>
        <comment>column: conversation id</comment>
        <translation>Gespräch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recording</source>
        <comment>column: recording id</comment>
        <translation>Aufzeichnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <comment>column: item state</comment>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <comment>column: file size</comment>
        <translation>Größe</translation>
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
        <translation>Grund laut Server</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Waiting</source>
        <comment>item state</comment>
        <translation>Wartend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requested</source>
        <comment>item state: in a batch download request</comment>
        <translation>Angefordert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready to download</source>
        <comment>item state</comment>
        <translation>Bereit zum Download</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downloading</source>
        <comment>item state</comment>
        <translation>Wird heruntergeladen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downloaded</source>
        <comment>item state</comment>
        <translation>Heruntergeladen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <comment>item state</comment>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped</source>
        <comment>item state</comment>
        <translation>Übersprungen</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::ExportTasksModel</name>
    <message>
        <location filename="../ui/exporttasksmodel.cpp" line="+76"/>
        <source>Kind</source>
        <comment>column: task kind</comment>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Window</source>
        <comment>column: time window of the task</comment>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <comment>column: task state</comment>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempts</source>
        <comment>column</comment>
        <translation>Versuche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server job id</source>
        <comment>column</comment>
        <translation>Serverauftrags-ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Context id</source>
        <comment>column: the server&apos;s correlation id</comment>
        <translation>Kontext-ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last error</source>
        <comment>column</comment>
        <translation>Letzter Fehler</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::FieldMessage</name>
    <message>
        <location filename="../ui/fieldmessage.cpp" line="+54"/>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::FileNameTemplatePanel</name>
    <message>
        <location filename="../ui/filenametemplatepanel.cpp" line="+49"/>
        <source>File names</source>
        <translation>Dateinamen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File-name template</source>
        <translation>Dateinamensvorlage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where each recording is saved inside the export folder. Placeholders: %1. A &quot;/&quot; starts a sub-folder.</source>
        <translation>Wo jede Aufzeichnung im Exportordner gespeichert wird. Platzhalter: %1. Ein „/“ beginnt einen Unterordner.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Example file names</source>
        <translation>Beispiel-Dateinamen</translation>
    </message>
    <message>
        <location line="+62"/>
        <location line="+10"/>
        <source>For example:</source>
        <extracomment>Above example file names rendered from the template</extracomment>
        <translation>Zum Beispiel:</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::FilterPanel</name>
    <message>
        <location filename="../ui/filterpanel.cpp" line="+44"/>
        <source>Queues</source>
        <translation>Warteschlangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agents</source>
        <comment>users who handled the conversation</comment>
        <translation>Agenten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Direction:</source>
        <translation>Richtung:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Inbound</source>
        <translation>&amp;Eingehend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outbound</source>
        <translation>&amp;Ausgehend</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Media:</source>
        <comment>conversation media types</comment>
        <translation>Medien:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Voice</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hat</source>
        <translation>C&amp;hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;mail</source>
        <translation>E-&amp;Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messa&amp;ge</source>
        <comment>messaging media type (SMS, social)</comment>
        <translation>&amp;Nachricht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call&amp;back</source>
        <translation>&amp;Rückruf</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Check at least one direction (check both to include every conversation).</source>
        <translation>Wählen Sie mindestens eine Richtung (beide wählen, um jedes Gespräch einzuschließen).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check at least one media type (check all to include every conversation).</source>
        <translation>Wählen Sie mindestens einen Medientyp (alle wählen, um jedes Gespräch einzuschließen).</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::IdListPanel</name>
    <message>
        <location filename="../ui/idlistpanel.cpp" line="+47"/>
        <source>&amp;Load from file…</source>
        <translation>Aus Datei &amp;laden…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>Conversation ids</source>
        <translation>Gesprächs-IDs</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Paste conversation ids here, one per line or separated by commas. A CSV file with a &quot;conversationId&quot; column can be loaded directly.</source>
        <translation>Fügen Sie Gesprächs-IDs hier ein, eine pro Zeile oder durch Kommas getrennt. Eine CSV-Datei mit einer Spalte „conversationId“ kann direkt geladen werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Conversation id counts</source>
        <translation>Anzahl der Gesprächs-IDs</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Load conversation ids</source>
        <translation>Gesprächs-IDs laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Id lists (*.csv *.txt);;All files (*)</source>
        <comment>file dialog filter</comment>
        <translation>ID-Listen (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is larger than %2 and is unlikely to be a list of ids. Choose a CSV or text file of ids.</source>
        <translation>%1 ist größer als %2 und wohl keine Liste von IDs. Wählen Sie eine CSV- oder Textdatei mit IDs.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 cannot be read (%2). Check that the file exists and that you may open it.</source>
        <translation>%1 kann nicht gelesen werden (%2). Prüfen Sie, ob die Datei existiert und Sie sie öffnen dürfen.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>1 valid id</source>
        <translation>1 gültige ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 valid ids</source>
        <translation>%1 gültige IDs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 malformed (line %1)</source>
        <extracomment>%1 the line number of the one malformed conversation id</extracomment>
        <translation>1 fehlerhaft (Zeile %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 malformed (lines %2)</source>
        <extracomment>%1 number of malformed conversation ids, %2 their line numbers</extracomment>
        <translation>%1 fehlerhaft (Zeilen %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 duplicate skipped (line %1)</source>
        <extracomment>%1 the line number of the one repeated conversation id</extracomment>
        <translation>1 Duplikat übersprungen (Zeile %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 duplicates skipped (lines %2)</source>
        <extracomment>%1 number of repeated conversation ids, %2 their line numbers</extracomment>
        <translation>%1 Duplikate übersprungen (Zeilen %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>header line skipped</source>
        <translation>Kopfzeile übersprungen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Line %1: &quot;%2&quot; is not a conversation id. Correct or remove it.</source>
        <translation>Zeile %1: „%2“ ist keine Gesprächs-ID. Korrigieren oder entfernen Sie sie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 more lines are not conversation ids either.</source>
        <translation>%1 weitere Zeilen sind ebenfalls keine Gesprächs-IDs.</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::JobActions</name>
    <message>
        <location filename="../ui/jobactions.cpp" line="+52"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause the export; it can resume later</source>
        <translation>Den Export pausieren; er kann später fortgesetzt werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start or resume the export where it stopped</source>
        <translation>Den Export starten oder dort fortsetzen, wo er angehalten hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel Export…</source>
        <translation>Export &amp;abbrechen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the export for good; files already exported stay</source>
        <translation>Den Export endgültig beenden; bereits exportierte Dateien bleiben erhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry &amp;Failed Items</source>
        <translation>Fehlgeschlagene Elemente &amp;wiederholen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try the items that failed again</source>
        <translation>Die fehlgeschlagenen Elemente erneut versuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the export&apos;s folder in the file manager</source>
        <translation>Den Ordner des Exports im Dateimanager zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Custody &amp;Report</source>
        <translation>Custody-&amp;Bericht öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open custody-report.txt: who exported what, when, and the manifest&apos;s hash</source>
        <translation>custody-report.txt öffnen: wer was wann exportiert hat, und der Hash des Manifests</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Manifest</source>
        <translation>&amp;Manifest öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open manifest.csv: one line per file with its SHA-256</source>
        <translation>manifest.csv öffnen: eine Zeile pro Datei mit ihrem SHA-256</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verify Files…</source>
        <translation>Dateien &amp;verifizieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rehash every file and compare it with the manifest</source>
        <translation>Jede Datei neu hashen und mit dem Manifest vergleichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Duplicate as New Export</source>
        <translation>Als neuen Export &amp;duplizieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new export with the same organisation, dates and filters</source>
        <translation>Einen neuen Export mit derselben Organisation, denselben Daten und Filtern anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove from &amp;List…</source>
        <translation>Aus der &amp;Liste entfernen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the export from this list; its files are not touched</source>
        <translation>Den Export in dieser Liste ausblenden; seine Dateien bleiben unberührt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy Export &amp;Id</source>
        <translation>Export-&amp;ID kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the export&apos;s id for a support request or the case file</source>
        <translation>Die ID des Exports für eine Supportanfrage oder die Fallakte kopieren</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Connecting to the organisation…</source>
        <translation>Verbinde mit der Organisation…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot Start Export</source>
        <translation>Export kann nicht gestartet werden</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cancel Export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel &quot;%1&quot;? It cannot be resumed afterwards.</source>
        <translation>„%1“ abbrechen? Der Export kann danach nicht fortgesetzt werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Files already exported stay in %1.</source>
        <translation>Bereits exportierte Dateien bleiben in %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel Export</source>
        <comment>button</comment>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep Running</source>
        <comment>button</comment>
        <translation>Weiterlaufen lassen</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+18"/>
        <source>Cannot Retry</source>
        <translation>Wiederholen nicht möglich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The export could not be reopened. Check that the disk is not full, then try again.</source>
        <translation>Der Export konnte nicht wieder geöffnet werden. Prüfen Sie, ob das Laufwerk voll ist, und versuchen Sie es erneut.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n failed item(s) queued again.</source>
        <translation>
            <numerusform>%n fehlgeschlagenes Element erneut eingereiht.</numerusform>
            <numerusform>%n fehlgeschlagene Elemente erneut eingereiht.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Folder Not Found</source>
        <translation>Ordner nicht gefunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 does not exist. If it is on a network share, check that the share is connected.</source>
        <translation>%1 existiert nicht. Liegt er auf einer Netzwerkfreigabe, prüfen Sie, ob sie verbunden ist.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>File Not Found</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is missing. The report is written when an export finishes; if it did, the file was moved or deleted.</source>
        <translation>%1 fehlt. Der Bericht wird geschrieben, wenn ein Export fertig ist; war er fertig, wurde die Datei verschoben oder gelöscht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is missing. The manifest is written when an export finishes; if it did, the file was moved or deleted.</source>
        <translation>%1 fehlt. Das Manifest wird geschrieben, wenn ein Export fertig ist; war er fertig, wurde die Datei verschoben oder gelöscht.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Checking the files of &quot;%1&quot; against the manifest…</source>
        <translation>Die Dateien von „%1“ werden mit dem Manifest abgeglichen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <comment>stop verifying</comment>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify Files</source>
        <translation>Dateien verifizieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 files checked (%2).</source>
        <translation>%1 Dateien geprüft (%2).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Verification stopped.</source>
        <translation>Verifizierung angehalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot Verify</source>
        <translation>Verifizieren nicht möglich</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Verification Passed</source>
        <translation>Verifizierung bestanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All %1 files of &quot;%2&quot; match the manifest.</source>
        <translation>Alle %1 Dateien von „%2“ stimmen mit dem Manifest überein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verification Found Problems</source>
        <translation>Verifizierung hat Probleme gefunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; does not match its manifest: %2 missing, %3 changed, %4 unreadable, %5 extra, %6 incomplete.</source>
        <translation>„%1“ stimmt nicht mit seinem Manifest überein: %2 fehlen, %3 geändert, %4 nicht lesbar, %5 zusätzlich, %6 unvollständig.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>missing: %1</source>
        <translation>fehlt: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changed: %1</source>
        <translation>geändert: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unreadable: %1</source>
        <translation>nicht lesbar: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>extra: %1</source>
        <translation>zusätzlich: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>incomplete: %1</source>
        <translation>unvollständig: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot Duplicate</source>
        <translation>Duplizieren nicht möglich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The settings of this export could not be read, so it cannot be copied.</source>
        <translation>Die Einstellungen dieses Exports konnten nicht gelesen werden, daher kann er nicht kopiert werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (copy)</source>
        <comment>name of a duplicated export</comment>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (copy)</source>
        <comment>folder suffix of a duplicated export</comment>
        <translation> (Kopie)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (copy %1)</source>
        <comment>folder suffix of a duplicated export</comment>
        <translation> (Kopie %1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove from List</source>
        <translation>Aus der Liste entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove &quot;%1&quot; from the list?</source>
        <translation>„%1“ aus der Liste entfernen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the entry disappears. The exported files, the manifest and the custody report stay in %1, and the audit trail stays in Custody&apos;s journal.</source>
        <translation>Nur der Eintrag verschwindet. Die exportierten Dateien, das Manifest und der Custody-Bericht bleiben in %1, und das Prüfprotokoll bleibt im Journal von Custody.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove from List</source>
        <comment>button</comment>
        <translation>Aus der Liste entfernen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Export id copied.</source>
        <translation>Export-ID kopiert.</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::JobDetailsPane</name>
    <message>
        <location filename="../ui/jobdetailspane.cpp" line="+32"/>
        <source>Export details</source>
        <translation>Exportdetails</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export id and folder</source>
        <translation>Export-ID und Ordner</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filter the audit trail (state, id, message)…</source>
        <translation>Prüfprotokoll filtern (Status, ID, Meldung)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit trail filter</source>
        <translation>Filter für das Prüfprotokoll</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recordings of the export</source>
        <translation>Aufzeichnungen des Exports</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Recordings</source>
        <comment>details tab</comment>
        <translation>&amp;Aufzeichnungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server jobs of the export</source>
        <translation>Serveraufträge des Exports</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Server &amp;jobs</source>
        <comment>details tab</comment>
        <translation>&amp;Serveraufträge</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Audit trail of the export</source>
        <translation>Prüfprotokoll des Exports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Audit trail</source>
        <comment>details tab</comment>
        <translation>&amp;Prüfprotokoll</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Copy</source>
        <comment>copy the selected cells</comment>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No export selected</source>
        <translation>Kein Export ausgewählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select an export in the list to see its recordings, server jobs and audit trail.</source>
        <translation>Wählen Sie einen Export in der Liste, um seine Aufzeichnungen, Serveraufträge und sein Prüfprotokoll zu sehen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 of %2 recordings, %3 failed</source>
        <translation>%1 von %2 Aufzeichnungen, %3 fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export id: %1    Folder: %2</source>
        <translation>Export-ID: %1    Ordner: %2</translation>
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
        <translation>Export %1</translation>
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
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation</source>
        <comment>column</comment>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dates</source>
        <comment>column: the days exported</comment>
        <translation>Daten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Content</source>
        <comment>column: recordings and/or conversation records</comment>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <comment>column: export state</comment>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress</source>
        <comment>column</comment>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speed</source>
        <comment>column: download speed</comment>
        <translation>Tempo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time left</source>
        <comment>column: estimated time to finish</comment>
        <translation>Restzeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Destination</source>
        <comment>column: folder the export writes into</comment>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <comment>column: when the export was created</comment>
        <translation>Angelegt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 / %2 recordings</source>
        <comment>progress: files done / files in the export</comment>
        <translation>%1 / %2 Aufzeichnungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2 failed</source>
        <comment>progress: counts, then failed files</comment>
        <translation>%1, %2 Fehler</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Finding conversations: %1 / %2 windows</source>
        <translation>Gespräche werden gesucht: %1 / %2 Zeitfenster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing exported</source>
        <comment>progress of a stopped export</comment>
        <translation>Nichts exportiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No recordings found</source>
        <comment>progress of a finished export</comment>
        <translation>Keine Aufzeichnungen gefunden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done</source>
        <comment>progress</comment>
        <translation>Fertig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not started</source>
        <comment>progress</comment>
        <translation>Nicht gestartet</translation>
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
        <translation>unter einer Minute</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 min</source>
        <comment>time left</comment>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <comment>time left</comment>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recordings</source>
        <comment>export content</comment>
        <translation>Aufzeichnungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>records</source>
        <comment>export content: conversation records, after another item</comment>
        <translation>Datensätze</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S3 bulk</source>
        <comment>export content: bulk export to the org&apos;s S3 bucket</comment>
        <translation>S3-Massenexport</translation>
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
        <translation>Anrufaufzeichnungen, heruntergeladen mit SHA-256-Hashes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conversation records (analytics details, JSONL)</source>
        <translation>Gesprächsdatensätze (Analytics-Details, JSONL)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recording bulk export into the organisation&apos;s S3 bucket</source>
        <translation>Massenexport der Aufzeichnungen in den S3-Bucket der Organisation</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n listed conversation(s)</source>
        <translation>
            <numerusform>%n aufgeführtes Gespräch</numerusform>
            <numerusform>%n aufgeführte Gespräche</numerusform>
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
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submitting</source>
        <comment>export state</comment>
        <translation>Wird übermittelt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Processing</source>
        <comment>export state</comment>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downloading</source>
        <comment>export state</comment>
        <translation>Wird heruntergeladen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed</source>
        <comment>export state</comment>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Completed with errors</source>
        <comment>export state</comment>
        <translation>Mit Fehlern abgeschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs attention</source>
        <comment>export state</comment>
        <translation>Braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <comment>export state</comment>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused</source>
        <comment>export state</comment>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <comment>export state</comment>
        <translation>Abgebrochen</translation>
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
        <translation>Die Liste der Exporte konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;New Export…</source>
        <translation>&amp;Neuer Export…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose an organisation, the days and what to export</source>
        <translation>Organisation, Tage und Inhalt des Exports wählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Show Custody</source>
        <translation>Custody &amp;anzeigen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Export</source>
        <comment>menu</comment>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find Export</source>
        <translation>Export &amp;suchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go to &amp;List</source>
        <translation>Zur &amp;Liste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Custody</source>
        <translation>&amp;Über Custody</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Custody</source>
        <translation>Über Custody</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Custody %1&lt;/b&gt;&lt;p&gt;Evidence-grade exports of call recordings and conversation records from Genesys Cloud, with manifests and SHA-256 hashes.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Custody %1&lt;/b&gt;&lt;p&gt;Beweissichere Exporte von Anrufaufzeichnungen und Gesprächsdatensätzen aus Genesys Cloud, mit Manifesten und SHA-256-Hashes.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Main</source>
        <comment>toolbar name</comment>
        <translation>Haupt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Show exports</source>
        <translation>Exporte zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All exports</source>
        <comment>filter</comment>
        <translation>Alle Exporte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <comment>filter</comment>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished</source>
        <comment>filter</comment>
        <translation>Beendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs attention</source>
        <comment>filter</comment>
        <translation>Braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search name, organisation, folder or id</source>
        <translation>Name, Organisation, Ordner oder ID suchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search exports</source>
        <translation>Exporte suchen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exports</source>
        <translation>Exporte</translation>
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
        <translation>Demo nicht verfügbar</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The simulated organisation could not start: %1</source>
        <translation>Die simulierte Organisation konnte nicht starten: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last week %1</source>
        <comment>demo export folder</comment>
        <translation>Letzte Woche %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Claims queue, last week</source>
        <comment>demo export name</comment>
        <translation>Schadensfall-Warteschlange, letzte Woche</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exporting from the simulated organisation into %1</source>
        <translation>Export aus der simulierten Organisation nach %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No Organisation Yet</source>
        <translation>Noch keine Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custody has no organisation to export from. Try it with a simulated organisation now?</source>
        <translation>Custody hat keine Organisation, aus der exportiert werden kann. Jetzt mit einer simulierten Organisation ausprobieren?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot Create Export</source>
        <translation>Export kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Settings Unavailable</source>
        <translation>Einstellungen nicht verfügbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This session runs without access to the keychain (demo or screenshot mode), so organisations cannot be added here. Start Custody normally to change the settings.</source>
        <translation>Diese Sitzung läuft ohne Zugriff auf den Schlüsselbund (Demo- oder Screenshot-Modus), daher können hier keine Organisationen hinzugefügt werden. Starten Sie Custody normal, um die Einstellungen zu ändern.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>An export</source>
        <translation>Ein Export</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export finished</source>
        <translation>Export abgeschlossen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&quot;%1&quot; is complete and its manifest is written.</source>
        <translation>„%1“ ist vollständig und sein Manifest ist geschrieben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export finished with errors</source>
        <translation>Export mit Fehlern abgeschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; finished, but some recordings could not be exported. %2</source>
        <translation>„%1“ ist abgeschlossen, aber einige Aufzeichnungen konnten nicht exportiert werden. %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&quot;%1&quot; stopped: %2</source>
        <translation>„%1“ wurde angehalten: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export needs attention</source>
        <translation>Export braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&quot;%1&quot; paused: %2</source>
        <translation>„%1“ pausiert: %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Exports Are Running</source>
        <translation>Exporte laufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exports are still running. Keep them running in the background?</source>
        <translation>Es laufen noch Exporte. Sollen sie im Hintergrund weiterlaufen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custody stays in the system tray and tells you when they finish. If you quit, they pause and resume when you start Custody again.</source>
        <translation>Custody bleibt im Infobereich und meldet sich, wenn sie fertig sind. Wenn Sie beenden, werden sie pausiert und beim nächsten Start von Custody fortgesetzt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you quit, they pause and resume when you start Custody again.</source>
        <translation>Wenn Sie beenden, werden sie pausiert und beim nächsten Start von Custody fortgesetzt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep Running in Tray</source>
        <translation>Im Infobereich weiterlaufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause and Quit</source>
        <translation>Pausieren und beenden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Custody is still running</source>
        <translation>Custody läuft noch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your exports continue; open Custody from the tray.</source>
        <translation>Ihre Exporte laufen weiter; öffnen Sie Custody über den Infobereich.</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::NetworkPage</name>
    <message>
        <location filename="../ui/networkpage.cpp" line="+18"/>
        <source>Use the &amp;system&apos;s proxy settings</source>
        <translation>Die Proxy-Einstellungen des &amp;Systems verwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No proxy: connect directly</source>
        <translation>&amp;Kein Proxy: direkt verbinden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Manual HTTP proxy:</source>
        <translation>&amp;Manueller HTTP-Proxy:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proxies that ask for a password are not supported.</source>
        <translation>Proxys, die ein Passwort verlangen, werden nicht unterstützt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::NewExportDialog</name>
    <message>
        <location filename="../ui/newexportdialog.cpp" line="+53"/>
        <source>B&amp;y date range</source>
        <translation>Nach &amp;Datumsbereich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By conversation &amp;list</source>
        <translation>Nach Gesprächs&amp;liste</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New Export</source>
        <translation>Neuer Export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New export</source>
        <translation>Neuer Export</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organisation profile</source>
        <translation>Organisationsprofil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export name</source>
        <translation>Name des Exports</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create Export</source>
        <translation>Export anlegen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <comment>name of the export</comment>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What to export</source>
        <translation>Was exportiert wird</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where to save</source>
        <translation>Speicherort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save to:</source>
        <comment>destination folder</comment>
        <translation>&amp;Speichern in:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File na&amp;mes:</source>
        <comment>file-name template</comment>
        <translation>Datei&amp;namen:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Which conversations</source>
        <translation>Welche Gespräche</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every conversation in the chosen days that matches the filters.</source>
        <translation>Jedes Gespräch an den gewählten Tagen, das zu den Filtern passt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exactly the conversations whose ids you paste or load from a file.</source>
        <translation>Genau die Gespräche, deren IDs Sie einfügen oder aus einer Datei laden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Filters (optional)</source>
        <translation>Filter (optional)</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>%1, 1 conversation</source>
        <extracomment>Automatic export name: %1 organisation profile, %2 number of conversations</extracomment>
        <translation>%1, 1 Gespräch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2 conversations</source>
        <translation>%1, %2 Gespräche</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, %2 to %3</source>
        <extracomment>Automatic export name: %1 organisation profile, %2 first day, %3 last day (ISO dates)</extracomment>
        <translation>%1, %2 bis %3</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::PickList</name>
    <message>
        <location filename="../ui/picklist.cpp" line="+36"/>
        <source>Search by name or id</source>
        <translation>Nach Name oder ID suchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search %1</source>
        <extracomment>Accessible name of the search line above a list of queues or users; %1 is the list&apos;s title</extracomment>
        <translation>%1 suchen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 chosen</source>
        <translation>%1 gewählt</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Unknown (%1)</source>
        <extracomment>An entry of the queue or user list whose name is not known; %1 is its id</extracomment>
        <translation>Unbekannt (%1)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>None loaded: connect to the organisation to choose from a list.</source>
        <translation>Nichts geladen: Verbinden Sie sich mit der Organisation, um aus einer Liste zu wählen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None chosen: no restriction.</source>
        <extracomment>Under a list of queues or users of which none is checked</extracomment>
        <translation>Nichts gewählt: keine Einschränkung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 chosen</source>
        <translation>%1 von %2 gewählt</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::ProfileForm</name>
    <message>
        <location filename="../ui/profileform.cpp" line="+32"/>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom &amp;base URL:</source>
        <translation>Eigene &amp;Basis-URL:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The system &amp;keychain (recommended)</source>
        <translation>Der &amp;Schlüsselbund des Systems (empfohlen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An en&amp;vironment variable:</source>
        <translation>Eine &amp;Umgebungsvariable:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Organisation profile</source>
        <translation>Organisationsprofil</translation>
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
        <translation>Region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://gateway.example.com</source>
        <translation>https://gateway.example.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom base URL</source>
        <translation>Eigene Basis-URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the OAuth client in Genesys Cloud Admin</source>
        <translation>Vom OAuth-Client in Genesys Cloud Admin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. CUSTODY_SECRET_PROD</source>
        <translation>z. B. CUSTODY_SECRET_PROD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment variable name</source>
        <translation>Name der Umgebungsvariablen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System time zone (%1)</source>
        <extracomment>The default time zone of a profile: use the computer&apos;s</extracomment>
        <translation>Zeitzone des Systems (%1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OAuth &amp;client ID:</source>
        <translation>OAuth-&amp;Client-ID:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client secret from:</source>
        <extracomment>Where the OAuth client secret is kept</extracomment>
        <translation>Client-Secret aus:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default &amp;time zone:</source>
        <translation>Standard-&amp;Zeitzone:</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::ProfilesPage</name>
    <message>
        <location filename="../ui/profilespage.cpp" line="+32"/>
        <source>&amp;Add</source>
        <extracomment>Button: add an organisation profile</extracomment>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remo&amp;ve…</source>
        <extracomment>Button: remove the selected organisation profile</extracomment>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save Profile</source>
        <translation>Profil s&amp;peichern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Organisation profiles</source>
        <translation>Organisationsprofile</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Client Secret</source>
        <extracomment>Group title: the OAuth client secret of the profile</extracomment>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection</source>
        <extracomment>Group title: checking that the profile can sign in</extracomment>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Name the environment variable that holds the client secret, then save the profile. Set the variable before starting Custody.</source>
        <translation>Nennen Sie die Umgebungsvariable, die das Client-Secret enthält, und speichern Sie dann das Profil. Setzen Sie die Variable, bevor Sie Custody starten.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>New organisation</source>
        <extracomment>Name given to a new organisation profile until the user renames it</extracomment>
        <translation>Neue Organisation</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saved &quot;%1&quot;.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The client ID changed, so the secret stored for the old one is being removed from the keychain. Store the new client&apos;s secret.</source>
        <translation>Die Client-ID hat sich geändert, daher wird das für die alte gespeicherte Secret aus dem Schlüsselbund entfernt. Speichern Sie das Secret des neuen Clients.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secret it kept in the keychain is being removed; it now comes from %1.</source>
        <translation>Das im Schlüsselbund gespeicherte Secret wird entfernt; es kommt jetzt aus %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove Profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the profile &quot;%1&quot;? Its client secret is deleted from the keychain as well. Exports already made are not affected.</source>
        <translation>Das Profil „%1“ entfernen? Sein Client-Secret wird ebenfalls aus dem Schlüsselbund gelöscht. Bereits durchgeführte Exporte sind nicht betroffen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Removed &quot;%1&quot;.</source>
        <translation>„%1“ entfernt.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The secret of &quot;%1&quot; could not be deleted from the keychain: %2 Delete the entry &quot;%3&quot; of &quot;%4&quot; with the system&apos;s keychain tool.</source>
        <translation>Das Secret von „%1“ konnte nicht aus dem Schlüsselbund gelöscht werden: %2 Löschen Sie den Eintrag „%3“ von „%4“ mit dem Schlüsselbund-Werkzeug des Systems.</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::RangeCalendar</name>
    <message>
        <location filename="../ui/rangecalendar.cpp" line="+48"/>
        <source>Calendar of days to export</source>
        <translation>Kalender der zu exportierenden Tage</translation>
    </message>
    <message>
        <location line="+309"/>
        <source>Drag across days to choose them, or use the arrow keys and Space; Shift extends the selection. Page Up and Page Down change the month.</source>
        <translation>Ziehen Sie über Tage, um sie zu wählen, oder verwenden Sie die Pfeiltasten und die Leertaste; Umschalt erweitert die Auswahl. Bild auf und Bild ab wechseln den Monat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Selected: %1 to %2.</source>
        <translation>Gewählt: %1 bis %2.</translation>
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
        <translation>d. MMMM yyyy</translation>
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
        <translation>d. MMMM</translation>
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
        <translation>Noch keine Tage gewählt. Ziehen Sie über die zu exportierenden Tage oder wählen Sie eine Vorgabe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a time zone to count the days in.</source>
        <translation>Wählen Sie eine Zeitzone, in der die Tage gezählt werden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 has %2 hours</source>
        <extracomment>A day whose length is not 24 hours: %1 the date, %2 its length in hours</extracomment>
        <translation>%1 hat %2 Stunden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n days</source>
        <comment>number of days chosen</comment>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 window</source>
        <translation>1 Zeitfenster</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n windows</source>
        <comment>API query windows, one per day</comment>
        <translation>
            <numerusform>%n Zeitfenster</numerusform>
            <numerusform>%n Zeitfenster</numerusform>
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
            <numerusform>%n weiterer</numerusform>
            <numerusform>%n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(clock change: %1)</source>
        <extracomment>Appended to the range summary: %1 a list of days that are not 24 hours long</extracomment>
        <translation>(Zeitumstellung: %1)</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::SecretDialog</name>
    <message>
        <location filename="../ui/secretdialog.cpp" line="+18"/>
        <source>Replace Client Secret</source>
        <translation>Client-Secret ersetzen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the OAuth client secret of &quot;%1&quot;. Custody keeps it in the system keychain and never shows it again.</source>
        <translation>Geben Sie das OAuth-Client-Secret von „%1“ ein. Custody bewahrt es im Schlüsselbund des Systems auf und zeigt es nie wieder an.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Store in Keychain</source>
        <extracomment>Button: store the entered secret in the keychain</extracomment>
        <translation>Im Schlüsselbund speichern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Client &amp;secret:</source>
        <translation>Client-&amp;Secret:</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::SecretPanel</name>
    <message>
        <location filename="../ui/secretpanel.cpp" line="+23"/>
        <source>Replace Secret…</source>
        <translation>Secret ersetzen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget Secret</source>
        <translation>Secret vergessen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use an Environment Variable Instead</source>
        <translation>Stattdessen eine Umgebungsvariable verwenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client secret status</source>
        <translation>Status des Client-Secrets</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting for the keychain</source>
        <translation>Warte auf den Schlüsselbund</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Save the profile first; then you can store its client secret.</source>
        <translation>Speichern Sie zuerst das Profil; dann können Sie sein Client-Secret ablegen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read from the environment variable %1, which is set for this session.</source>
        <translation>Wird aus der Umgebungsvariablen %1 gelesen, die für diese Sitzung gesetzt ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read from the environment variable %1, which is NOT set for this session. Set it before starting Custody.</source>
        <translation>Wird aus der Umgebungsvariablen %1 gelesen, die für diese Sitzung NICHT gesetzt ist. Setzen Sie sie, bevor Sie Custody starten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checking the keychain…</source>
        <translation>Schlüsselbund wird geprüft…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stored in the keychain</source>
        <extracomment>Status of the client secret</extracomment>
        <translation>Im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not set</source>
        <extracomment>Status of the client secret</extracomment>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Storing the secret in the keychain…</source>
        <translation>Secret wird im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removing the secret from the keychain…</source>
        <translation>Secret wird aus dem Schlüsselbund entfernt…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keychain is not available</source>
        <translation>Der Schlüsselbund ist nicht verfügbar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keychain did not do what was asked</source>
        <translation>Der Schlüsselbund hat nicht getan, was verlangt wurde</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::SessionBroker</name>
    <message>
        <location filename="../ui/sessionbroker.cpp" line="+51"/>
        <source>The simulated organisation could not start: %1</source>
        <translation>Die simulierte Organisation konnte nicht starten: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The organisation profile of this export no longer exists. Add it again in Settings, or duplicate the export for another organisation.</source>
        <translation>Das Organisationsprofil dieses Exports existiert nicht mehr. Fügen Sie es in den Einstellungen erneut hinzu oder duplizieren Sie den Export für eine andere Organisation.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The keychain is not available, so the secret of &quot;%1&quot; cannot be read.</source>
        <translation>Der Schlüsselbund ist nicht verfügbar, daher kann das Secret von „%1“ nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="+25"/>
        <source>Custody Settings</source>
        <translation>Custody-Einstellungen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Organisations</source>
        <extracomment>Settings page: the Genesys Cloud organisations Custody exports from</extracomment>
        <translation>Organisationen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transfers</source>
        <extracomment>Settings page: downloads</extracomment>
        <translation>Übertragungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Behaviour</source>
        <extracomment>Settings page: tray, notifications, language</extracomment>
        <translation>Verhalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network</source>
        <extracomment>Settings page: proxy</extracomment>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Settings pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::StatusPanel</name>
    <message>
        <location filename="../ui/statuspanel.cpp" line="+31"/>
        <source>Organisation connection</source>
        <translation>Verbindung zur Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API request budget</source>
        <translation>API-Anfragebudget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exports running and download speed</source>
        <translation>Laufende Exporte und Download-Geschwindigkeit</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not connected</source>
        <comment>status bar: no organisation connection</comment>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Connecting…</source>
        <comment>status bar</comment>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>● Connected: %1</source>
        <comment>status bar: connected organisations</comment>
        <translation>● Verbunden: %1</translation>
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
        <translation>Ratenlimit bis %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>API: %1 / %2 requests per minute</source>
        <translation>API: %1 / %2 Anfragen pro Minute</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No exports running</source>
        <translation>Keine laufenden Exporte</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n export(s) running</source>
        <translation>
            <numerusform>%n Export läuft</numerusform>
            <numerusform>%n Exporte laufen</numerusform>
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
        <translation>Zeitzone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The time zone in which the chosen days begin and end. Type part of a name to search.</source>
        <translation>Die Zeitzone, in der die gewählten Tage beginnen und enden. Tippen Sie einen Teil eines Namens, um zu suchen.</translation>
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
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chosen for each export</source>
        <translation>Für jeden Export gewählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Wählen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the default destination folder</source>
        <translation>Standard-Zielordner wählen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Placeholders: %1</source>
        <translation>Platzhalter: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Concurrent downloads:</source>
        <translation>&amp;Gleichzeitige Downloads:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bandwidth limit:</source>
        <translation>&amp;Bandbreitenlimit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default &amp;destination:</source>
        <translation>Standard-&amp;Ziel:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default file &amp;names:</source>
        <translation>Standard-Datei&amp;namen:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Default Destination Folder</source>
        <translation>Standard-Zielordner</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Example: %1</source>
        <translation>Beispiel: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Claims</source>
        <translation>Schadensfälle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agent Smith</source>
        <translation>Agent Smith</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::WelcomePanel</name>
    <message>
        <location filename="../ui/welcomepanel.cpp" line="+14"/>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Welcome to Custody</source>
        <translation>Willkommen bei Custody</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Custody exports call recordings and conversation records from Genesys Cloud into a folder you choose, with a manifest and SHA-256 hashes that prove the files are complete and unchanged.</source>
        <translation>Custody exportiert Anrufaufzeichnungen und Gesprächsdatensätze aus Genesys Cloud in einen Ordner Ihrer Wahl, mit einem Manifest und SHA-256-Hashes, die belegen, dass die Dateien vollständig und unverändert sind.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Try Custody with a simulated organisation</source>
        <translation>Custody mit einer simulierten Organisation &amp;ausprobieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Runs a practice organisation on this computer; nothing leaves it.</source>
        <translation>Startet eine Übungsorganisation auf diesem Computer; nichts verlässt ihn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add your organisation…</source>
        <translation>Ihre Organisation &amp;hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The simulated organisation runs on this computer only. Its exports are real files in a demo folder, so you can open and verify them.</source>
        <translation>Die simulierte Organisation läuft nur auf diesem Computer. Ihre Exporte sind echte Dateien in einem Demo-Ordner, die Sie öffnen und verifizieren können.</translation>
    </message>
</context>
<context>
    <name>Destination</name>
    <message>
        <location filename="../core/transfer/destination.cpp" line="+65"/>
        <source>an unknown amount</source>
        <comment>size in bytes that could not be determined</comment>
        <translation>eine unbekannte Menge</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No destination folder is set. Choose a folder for the export.</source>
        <translation>Kein Zielordner festgelegt. Wählen Sie einen Ordner für den Export.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The destination %1 is a file, not a folder. Choose a folder for the export.</source>
        <translation>Das Ziel %1 ist eine Datei, kein Ordner. Wählen Sie einen Ordner für den Export.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The destination folder %1 does not exist. Connect the network share or choose another folder.</source>
        <translation>Der Zielordner %1 existiert nicht. Verbinden Sie die Netzwerkfreigabe oder wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Custody cannot write to %1. Ask for write permission on this folder or choose another folder.</source>
        <translation>Custody kann nicht in %1 schreiben. Bitten Sie um Schreibrechte für diesen Ordner oder wählen Sie einen anderen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Custody can create files in %1 but could not remove its test file %2. Check the folder&apos;s permissions, then delete that file.</source>
        <translation>Custody kann Dateien in %1 anlegen, konnte aber seine Testdatei %2 nicht entfernen. Prüfen Sie die Berechtigungen des Ordners und löschen Sie dann diese Datei.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only %1 free on %2 but about %3 are needed. Free some space or choose another folder.</source>
        <translation>Nur %1 frei auf %2, benötigt werden aber etwa %3. Geben Sie Speicherplatz frei oder wählen Sie einen anderen Ordner.</translation>
    </message>
</context>
<context>
    <name>DownloadResult</name>
    <message>
        <location filename="../core/transfer/downloadresult.cpp" line="+14"/>
        <source>The download link for %1 expired before the file was complete. The part already downloaded is kept; Custody requests a new link and continues where it stopped.</source>
        <extracomment>%1 is the file being downloaded.</extracomment>
        <translation>Der Download-Link für %1 ist abgelaufen, bevor die Datei vollständig war. Der bereits heruntergeladene Teil bleibt erhalten; Custody fordert einen neuen Link an und macht dort weiter, wo es aufgehört hat.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The storage service refused the download link for %1. Custody requests a new link; if this keeps happening, check that the computer&apos;s clock is correct.</source>
        <extracomment>%1 is the file being downloaded.</extracomment>
        <translation>Der Speicherdienst hat den Download-Link für %1 abgelehnt. Custody fordert einen neuen Link an; falls das wiederholt passiert, prüfen Sie, ob die Uhr des Computers stimmt.</translation>
    </message>
</context>
<context>
    <name>FileNameTemplate</name>
    <message>
        <location filename="../core/transfer/filenametemplate.cpp" line="+86"/>
        <source>The file name template is empty. Enter a template such as %1.</source>
        <translation>Die Dateinamensvorlage ist leer. Geben Sie eine Vorlage wie %1 ein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file name template &quot;%1&quot; is an absolute path. Files always go inside the export folder; remove the leading drive or slash.</source>
        <translation>Die Dateinamensvorlage „%1“ ist ein absoluter Pfad. Dateien landen immer im Exportordner; entfernen Sie das führende Laufwerk oder den Schrägstrich.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file name template &quot;%1&quot; contains &quot;..&quot;, which would leave the export folder. Remove it.</source>
        <translation>Die Dateinamensvorlage „%1“ enthält „..“, womit der Exportordner verlassen würde. Entfernen Sie es.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The file name template uses the unknown placeholder {%1}. Known placeholders are: %2.</source>
        <translation>Die Dateinamensvorlage verwendet den unbekannten Platzhalter {%1}. Bekannte Platzhalter sind: %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file name template &quot;%1&quot; has a brace without its partner. Write placeholders as {name}.</source>
        <translation>Die Dateinamensvorlage „%1“ hat eine Klammer ohne Gegenstück. Schreiben Sie Platzhalter als {name}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file name template has no {recordingId}, so recordings of the same conversation would get the same name. Add {recordingId}.</source>
        <translation>Die Dateinamensvorlage enthält kein {recordingId}, daher würden Aufzeichnungen desselben Gesprächs denselben Namen erhalten. Fügen Sie {recordingId} hinzu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file name template has no {conversationId}, so files could not be told apart by conversation and names could collide. Add {conversationId}.</source>
        <translation>Die Dateinamensvorlage enthält kein {conversationId}, daher ließen sich Dateien nicht nach Gespräch unterscheiden und Namen könnten kollidieren. Fügen Sie {conversationId} hinzu.</translation>
    </message>
</context>
<context>
    <name>FileVerifier</name>
    <message>
        <location filename="../core/evidence/fileverifier.cpp" line="+98"/>
        <source>The manifest lists &quot;%1&quot;, which is outside the export folder; it was not checked.</source>
        <translation>Das Manifest führt „%1“ auf, das außerhalb des Exportordners liegt; es wurde nicht geprüft.</translation>
    </message>
</context>
<context>
    <name>JsonlGzWriter</name>
    <message>
        <location filename="../core/evidence/jsonlgzwriter.cpp" line="+52"/>
        <source>Custody could not write the compressed file %1. Check that the folder is writable and the disk is not full, then run the export again.</source>
        <translation>Custody konnte die komprimierte Datei %1 nicht schreiben. Prüfen Sie, ob der Ordner beschreibbar und das Laufwerk nicht voll ist, und führen Sie den Export erneut aus.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Custody tried to write to a file that is not open. This is a bug; please report it.</source>
        <translation>Custody hat versucht, in eine nicht geöffnete Datei zu schreiben. Das ist ein Fehler in Custody; bitte melden Sie ihn.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Custody tried to finish a file that is not open. This is a bug; please report it.</source>
        <translation>Custody hat versucht, eine nicht geöffnete Datei abzuschließen. Das ist ein Fehler in Custody; bitte melden Sie ihn.</translation>
    </message>
</context>
<context>
    <name>ManifestReader</name>
    <message>
        <location filename="../core/evidence/manifestreader.cpp" line="+166"/>
        <source>Custody could not open the manifest %1. Check that the folder holds an export and that you may read it.</source>
        <translation>Custody konnte das Manifest %1 nicht öffnen. Prüfen Sie, ob der Ordner einen Export enthält und Sie ihn lesen dürfen.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The manifest %1 is not a Custody manifest: its first line lacks the columns %2. Check that you chose the right folder.</source>
        <translation>Das Manifest %1 ist kein Custody-Manifest: Seiner ersten Zeile fehlen die Spalten %2. Prüfen Sie, ob Sie den richtigen Ordner gewählt haben.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Line %1 of the manifest is malformed (%2); it was skipped.</source>
        <translation>Zeile %1 des Manifests ist fehlerhaft (%2); sie wurde übersprungen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Line %1 of the manifest has %2 fields instead of %3; it was skipped.</source>
        <translation>Zeile %1 des Manifests hat %2 Felder statt %3; sie wurde übersprungen.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Line %1 of the manifest has an invalid %2; it was skipped.</source>
        <translation>Zeile %1 des Manifests hat ein ungültiges %2; sie wurde übersprungen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Custody could not read the manifest %1. Check the disk or network share and try again.</source>
        <translation>Custody konnte das Manifest %1 nicht lesen. Prüfen Sie das Laufwerk oder die Netzwerkfreigabe und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The manifest %1 is empty. Check that the export finished.</source>
        <translation>Das Manifest %1 ist leer. Prüfen Sie, ob der Export abgeschlossen wurde.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The manifest %1 is not valid UTF-8; some text may be wrong.</source>
        <translation>Das Manifest %1 ist kein gültiges UTF-8; mancher Text kann falsch sein.</translation>
    </message>
</context>
<context>
    <name>ManifestWriter</name>
    <message>
        <location filename="../core/evidence/manifestwriter.cpp" line="+152"/>
        <source>Custody tried to add to a manifest that is not open. This is a bug; please report it.</source>
        <translation>Custody hat versucht, etwas zu einem nicht geöffneten Manifest hinzuzufügen. Das ist ein Fehler in Custody; bitte melden Sie ihn.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Custody tried to finish a manifest that is not open. This is a bug; please report it.</source>
        <translation>Custody hat versucht, ein nicht geöffnetes Manifest abzuschließen. Das ist ein Fehler in Custody; bitte melden Sie ihn.</translation>
    </message>
</context>
<context>
    <name>PartFile</name>
    <message>
        <location filename="../core/evidence/partfile.cpp" line="+18"/>
        <source>Custody could not write %1. Check that the folder is writable and the disk is not full, then run the export again.</source>
        <translation>Custody konnte %1 nicht schreiben. Prüfen Sie, ob der Ordner beschreibbar und das Laufwerk nicht voll ist, und führen Sie den Export erneut aus.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Custody tried to write a file that is not open. This is a bug; please report it.</source>
        <translation>Custody hat versucht, in eine nicht geöffnete Datei zu schreiben. Das ist ein Fehler in Custody; bitte melden Sie ihn.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Custody tried to finish a file that is not open. This is a bug; please report it.</source>
        <translation>Custody hat versucht, eine nicht geöffnete Datei abzuschließen. Das ist ein Fehler in Custody; bitte melden Sie ihn.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Custody wrote %1 but could not give it its final name. Check that no other program has the file open, then run the export again.</source>
        <translation>Custody hat %1 geschrieben, konnte der Datei aber nicht ihren endgültigen Namen geben. Prüfen Sie, ob kein anderes Programm die Datei geöffnet hat, und führen Sie den Export erneut aus.</translation>
    </message>
</context>
<context>
    <name>PathSanitizer</name>
    <message>
        <location filename="../core/transfer/pathsanitizer.cpp" line="+229"/>
        <source>The path &quot;%1&quot; would be outside the export folder %2. Custody only writes inside the chosen folder; check the file name template.</source>
        <translation>Der Pfad „%1“ läge außerhalb des Exportordners %2. Custody schreibt nur in den gewählten Ordner; prüfen Sie die Dateinamensvorlage.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The export folder %1 does not exist. Choose an existing folder or connect the network share.</source>
        <translation>Der Exportordner %1 existiert nicht. Wählen Sie einen vorhandenen Ordner oder verbinden Sie die Netzwerkfreigabe.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+42"/>
        <source>Complaints, last fortnight</source>
        <translation>Beschwerden, letzte zwei Wochen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test run</source>
        <translation>Testlauf</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Legal hold, one day</source>
        <translation>Rechtliche Aufbewahrung, ein Tag</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Custody: evidence-grade exports from Genesys Cloud.</source>
        <translation>Custody: beweissichere Exporte aus Genesys Cloud.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quit after &lt;ms&gt; milliseconds (for smoke tests).</source>
        <translation>Nach &lt;ms&gt; Millisekunden beenden (für Kurztests).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start on a simulated organisation.</source>
        <translation>Mit einer simulierten Organisation starten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run demo exports in a temporary folder, save a picture of the window to &lt;file&gt; and quit.</source>
        <translation>Demo-Exporte in einem temporären Ordner ausführen, ein Bild des Fensters in &lt;file&gt; speichern und beenden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The job store file (default: in the application data folder).</source>
        <translation>Die Datei des Auftragsspeichers (Standard: im Datenordner der Anwendung).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Custody Cannot Start</source>
        <translation>Custody kann nicht starten</translation>
    </message>
</context>
</TS>
