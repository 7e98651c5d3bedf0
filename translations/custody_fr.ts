<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Custody::Api::ApiError</name>
    <message>
        <location filename="../core/api/apierror.cpp" line="+90"/>
        <source>the connection was refused</source>
        <translation>la connexion a été refusée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the connection was closed unexpectedly</source>
        <translation>la connexion a été fermée de façon inattendue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the server name could not be resolved</source>
        <translation>le nom du serveur n&apos;a pas pu être résolu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the connection timed out</source>
        <translation>le délai de connexion a expiré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the network is unavailable</source>
        <translation>le réseau n&apos;est pas disponible</translation>
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
        <translation>Genesys Cloud n&apos;a temporairement pas pu répondre (HTTP %1)%2. Custody réessaie automatiquement ; si cela persiste, consultez la page d&apos;état de Genesys Cloud et reprenez l&apos;exportation plus tard.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Custody could not reach Genesys Cloud: %1. Custody retries automatically; if this keeps happening, check the network connection, proxy and firewall, then resume the export.</source>
        <extracomment>%1 is a reason such as &quot;the connection timed out&quot;.</extracomment>
        <translation>Custody n&apos;a pas pu joindre Genesys Cloud : %1. Custody réessaie automatiquement ; si cela persiste, vérifiez la connexion réseau, le proxy et le pare-feu, puis reprenez l&apos;exportation.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Genesys Cloud is limiting how many requests this OAuth client may send%1. Custody waits %n second(s) and then continues by itself; nothing needs to be done.</source>
        <extracomment>%1 is the server&apos;s explanation in parentheses or empty.</extracomment>
        <translation>
            <numerusform>Genesys Cloud limite le nombre de requêtes que ce client OAuth peut envoyer%1. Custody attend %n seconde puis reprend de lui-même ; vous n&apos;avez rien à faire.</numerusform>
            <numerusform>Genesys Cloud limite le nombre de requêtes que ce client OAuth peut envoyer%1. Custody attend %n secondes puis reprend de lui-même ; vous n&apos;avez rien à faire.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Genesys Cloud is limiting how many requests this OAuth client may send%1. Custody waits and then continues by itself; nothing needs to be done.</source>
        <translation>Genesys Cloud limite le nombre de requêtes que ce client OAuth peut envoyer%1. Custody attend puis reprend de lui-même ; vous n&apos;avez rien à faire.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Genesys Cloud rejected the OAuth client credentials%1: the client ID or the client secret is wrong, or the client belongs to another region. Check both in the settings, then resume the export.</source>
        <translation>Genesys Cloud a refusé les identifiants du client OAuth%1 : l&apos;ID client ou le secret client est erroné, ou le client appartient à une autre région. Vérifiez les deux dans les paramètres, puis reprenez l&apos;exportation.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Genesys Cloud did not accept Custody&apos;s sign-in%1. Check that the OAuth client still exists, uses the Client Credentials grant and has not been revoked, then resume the export.</source>
        <translation>Genesys Cloud n&apos;a pas accepté la connexion de Custody%1. Vérifiez que le client OAuth existe toujours, utilise l&apos;octroi Client Credentials et n&apos;a pas été révoqué, puis reprenez l&apos;exportation.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Genesys Cloud refused the request because the OAuth client lacks a permission%1. Ask your Genesys Cloud administrator to grant it, then resume the export.</source>
        <translation>Genesys Cloud a refusé la requête car il manque une autorisation au client OAuth%1. Demandez à votre administrateur Genesys Cloud de l&apos;accorder, puis reprenez l&apos;exportation.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Genesys Cloud could not find what was requested%1; it may have been deleted or belong to another organization or region. Check the region and the export&apos;s filters, then resume the export.</source>
        <translation>Genesys Cloud n&apos;a pas trouvé l&apos;élément demandé%1 ; il a peut-être été supprimé ou appartient à une autre organisation ou région. Vérifiez la région et les filtres de l&apos;exportation, puis reprenez l&apos;exportation.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Genesys Cloud rejected the request as invalid%1. Check the export&apos;s dates and filters; if they look right, report the problem with this error&apos;s technical details.</source>
        <translation>Genesys Cloud a refusé la requête comme non valide%1. Vérifiez les dates et les filtres de l&apos;exportation ; s&apos;ils semblent corrects, signalez le problème avec les détails techniques de cette erreur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Custody could not read or write a local file (%1). Check that the destination folder exists, is writable and has free space, then resume the export.</source>
        <extracomment>%1 is the technical description naming the file and the system error.</extracomment>
        <translation>Custody n&apos;a pas pu lire ou écrire un fichier local (%1). Vérifiez que le dossier de destination existe, est accessible en écriture et dispose d&apos;espace libre, puis reprenez l&apos;exportation.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The request was cancelled. Resume the export to continue where it stopped.</source>
        <translation>La requête a été annulée. Reprenez l&apos;exportation pour continuer là où elle s&apos;est arrêtée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Custody could not establish a secure connection to Genesys Cloud. Check the proxy and the system&apos;s certificate settings, then resume the export.</source>
        <translation>Custody n&apos;a pas pu établir de connexion sécurisée avec Genesys Cloud. Vérifiez le proxy et les paramètres de certificats du système, puis reprenez l&apos;exportation.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Genesys Cloud kept sending incomplete answers (malformed JSON)%1. Resume the export later; if this keeps happening, check any proxy between this computer and Genesys Cloud.</source>
        <extracomment>%1 is the server&apos;s explanation in parentheses or empty.</extracomment>
        <translation>Genesys Cloud a envoyé à plusieurs reprises des réponses incomplètes (JSON mal formé)%1. Reprenez l&apos;exportation plus tard ; si cela persiste, vérifiez tout proxy entre cet ordinateur et Genesys Cloud.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Genesys Cloud sent an answer Custody cannot use%1. Resume the export later; if this keeps happening, report the problem with this error&apos;s technical details.</source>
        <translation>Genesys Cloud a envoyé une réponse que Custody ne peut pas utiliser%1. Reprenez l&apos;exportation plus tard ; si cela persiste, signalez le problème avec les détails techniques de cette erreur.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Support reference: %1.</source>
        <extracomment>Genesys support uses this id to find the request in their logs.</extracomment>
        <translation>Référence support : %1.</translation>
    </message>
</context>
<context>
    <name>Custody::Cli</name>
    <message>
        <location filename="../app/cli/admincommands.cpp" line="+52"/>
        <source>List exports and their progress.</source>
        <translation>Lister les exportations et leur avancement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The job store file.</source>
        <translation>Le fichier du magasin de tâches.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No exports yet.</source>
        <translation>Aucune exportation pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 downloaded, %2 failed</source>
        <translation>%1 téléchargés, %2 en échec</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Recheck every file of an export folder against its manifest.</source>
        <translation>Revérifier chaque fichier d&apos;un dossier d&apos;exportation par rapport à son manifeste.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The export folder.</source>
        <translation>Le dossier d&apos;exportation.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>missing: </source>
        <translation>manquant : </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changed: </source>
        <translation>modifié : </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unreadable: </source>
        <translation>illisible : </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>extra: </source>
        <translation>en trop : </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>incomplete download: </source>
        <translation>téléchargement incomplet : </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 files match the manifest; %2 missing, %3 changed, %4 extra.</source>
        <translation>%1 fichiers correspondent au manifeste ; %2 manquants, %3 modifiés, %4 en trop.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Manage org profiles: add, list, remove.</source>
        <translation>Gérer les profils d&apos;organisation : ajouter, lister, supprimer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add, list or remove</source>
        <translation>add, list ou remove</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+81"/>
        <source>The profiles file.</source>
        <translation>Le fichier des profils.</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Profile name.</source>
        <translation>Nom du profil.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region domain, e.g. mypurecloud.ie.</source>
        <translation>Domaine de la région, p. ex. mypurecloud.ie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom base URL serving login and API.</source>
        <translation>URL de base personnalisée pour la connexion et l&apos;API.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OAuth client id (client credentials grant).</source>
        <translation>ID du client OAuth (octroi Client Credentials).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the secret from this environment variable instead of the keychain.</source>
        <translation>Lire le secret depuis cette variable d&apos;environnement au lieu du trousseau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default time zone of the org, e.g. Europe/Berlin.</source>
        <translation>Fuseau horaire par défaut de l&apos;organisation, p. ex. Europe/Berlin.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>secret in keychain</source>
        <translation>secret dans le trousseau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>secret in $%1</source>
        <translation>secret dans $%1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Added profile %1.</source>
        <translation>Profil %1 ajouté.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Now store its client secret: custody-cli secrets set &quot;%1&quot;</source>
        <translation>Enregistrez maintenant son secret client : custody-cli secrets set &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+45"/>
        <source>No profile named &quot;%1&quot;.</source>
        <translation>Aucun profil nommé « %1 ».</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Removed profile %1.</source>
        <translation>Profil %1 supprimé.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Store a profile&apos;s OAuth client secret in the OS keychain. The secret is read from standard input.</source>
        <translation>Enregistrer le secret client OAuth d&apos;un profil dans le trousseau du système. Le secret est lu sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>set</source>
        <translation>set</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile name or id.</source>
        <translation>Nom ou ID du profil.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No secret on standard input. Example: custody-cli secrets set &quot;%1&quot; &lt; secret.txt</source>
        <translation>Aucun secret sur l&apos;entrée standard. Exemple : custody-cli secrets set &quot;%1&quot; &lt; secret.txt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Stored the client secret of %1 in the keychain.</source>
        <translation>Secret client de %1 enregistré dans le trousseau.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommands.cpp" line="+83"/>
        <source>No profile named &quot;%1&quot;. List them with: custody-cli profiles list</source>
        <translation>Aucun profil nommé « %1 ». Pour les lister : custody-cli profiles list</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No export &quot;%1&quot;. List them with: custody-cli status</source>
        <translation>Aucune exportation « %1 ». Pour les lister : custody-cli status</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Demo export</source>
        <translation>Exportation de démonstration</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The demo writes into a new folder, but %1 is not empty. Remove it or choose another with --dest.</source>
        <translation>La démonstration écrit dans un nouveau dossier, mais %1 n&apos;est pas vide. Supprimez-le ou choisissez-en un autre avec --dest.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Demo: a simulated org (%1, %2) serves %3 conversations on %4.</source>
        <translation>Démo : une organisation simulée (%1, %2) fournit %3 conversations sur %4.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>custody-sim demo org at %1</source>
        <translation>organisation de démonstration custody-sim sur %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Verified %1 files against manifest.csv: %2 missing, %3 changed, %4 extra.</source>
        <translation>%1 fichiers vérifiés par rapport à manifest.csv : %2 manquants, %3 modifiés, %4 en trop.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Export recordings and conversation records from Genesys Cloud.</source>
        <translation>Exporter les enregistrements et les fiches de conversation depuis Genesys Cloud.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Org profile name or id.</source>
        <translation>Nom ou ID du profil d&apos;organisation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export a demo week from a simulated org started in-process.</source>
        <translation>Exporter une semaine de démonstration depuis une organisation simulée lancée dans le processus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concurrent downloads (default 4).</source>
        <translation>Téléchargements simultanés (4 par défaut).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bandwidth cap in bytes per second (0: none).</source>
        <translation>Limite de bande passante en octets par seconde (0 : aucune).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Name the org profile with --profile (see custody-cli profiles list), or try --demo.</source>
        <translation>Indiquez le profil d&apos;organisation avec --profile (voir custody-cli profiles list), ou essayez --demo.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export of %1</source>
        <translation>Exportation de %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Continue an interrupted or paused export.</source>
        <translation>Reprendre une exportation interrompue ou en pause.</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>The export&apos;s id (see custody-cli status).</source>
        <translation>L&apos;ID de l&apos;exportation (voir custody-cli status).</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>Cancel an export. Files already exported stay where they are.</source>
        <translation>Annuler une exportation. Les fichiers déjà exportés restent où ils sont.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelled from the command line.</source>
        <translation>Annulée depuis la ligne de commande.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelled %1.</source>
        <translation>%1 annulée.</translation>
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
        <translation>Utilisation : custody-cli &lt;commande&gt; [options]

Commandes :
  export     Exporter les enregistrements et les fiches de conversation (voir custody-cli export --help) ;
             export --demo lance une exportation complète sur une organisation simulée
  resume     Reprendre une exportation interrompue ou en pause :  resume &lt;id-exportation&gt;
  cancel     Annuler une exportation :                            cancel &lt;id-exportation&gt;
  status     Lister les exportations et leur avancement
  verify     Revérifier un dossier d&apos;exportation avec son manifeste : verify &lt;dossier&gt;
  profiles   Gérer les profils d&apos;organisation : profiles add|list|remove
  secrets    Enregistrer le secret client d&apos;un profil dans le trousseau : secrets set &lt;profil&gt;

Options : --help, --version ; custody-cli &lt;commande&gt; --help affiche les options d&apos;une commande.

Codes de sortie : 0 tout exporté, 1 certains éléments en échec (listés), 2 erreur d&apos;utilisation,
                  3 erreur d&apos;authentification ou d&apos;autorisation, 4 erreur de destination.
</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Unknown command &quot;%1&quot;.

</source>
        <translation>Commande inconnue « %1 ».

</translation>
    </message>
</context>
<context>
    <name>Custody::Cli::ExportCommand</name>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="+64"/>
        <source>Connecting to %1 ...</source>
        <translation>Connexion à %1 ...</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>windows %1/%2  conversations %3  files %4 done, %5 failed, %6 to go  %7/s  ETA %8</source>
        <translation>fenêtres %1/%2  conversations %3  fichiers %4 terminés, %5 en échec, %6 restants  %7/s  fin estimée %8</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Items that could not be exported:</source>
        <translation>Éléments qui n&apos;ont pas pu être exportés :</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Export %1 in %2</source>
        <translation>Exportation %1 dans %2</translation>
    </message>
</context>
<context>
    <name>Custody::Cli::SpecOptions</name>
    <message>
        <location filename="../app/cli/specoptions.cpp" line="+31"/>
        <source>Name of the export.</source>
        <translation>Nom de l&apos;exportation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Destination folder (local, mounted share or UNC path).</source>
        <translation>Dossier de destination (local, partage monté ou chemin UNC).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First local day (yyyy-MM-dd).</source>
        <translation>Premier jour local (yyyy-MM-dd).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last local day, inclusive (yyyy-MM-dd).</source>
        <translation>Dernier jour local, inclus (yyyy-MM-dd).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export yesterday.</source>
        <translation>Exporter la veille.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the last N full days, e.g. 7d.</source>
        <translation>Exporter les N derniers jours complets, p. ex. 7d.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export one calendar month, e.g. 2024-05.</source>
        <translation>Exporter un mois civil, p. ex. 2024-05.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IANA time zone of the day boundaries (default: the profile&apos;s, else this computer&apos;s).</source>
        <translation>Fuseau horaire IANA des limites de jour (par défaut : celui du profil, sinon celui de cet ordinateur).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export the conversations listed in this file (one id per line or CSV).</source>
        <translation>Exporter les conversations listées dans ce fichier (un ID par ligne ou CSV).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only this queue id (repeatable).</source>
        <translation>Uniquement cet ID de file d&apos;attente (répétable).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only this agent&apos;s user id (repeatable).</source>
        <translation>Uniquement l&apos;ID utilisateur de cet agent (répétable).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only inbound or outbound.</source>
        <translation>Uniquement entrant ou sortant.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only this media type: voice, chat, email, message, callback (repeatable).</source>
        <translation>Uniquement ce type de média : voice, chat, email, message, callback (répétable).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What to export: recordings, details or both (default both).</source>
        <translation>Quoi exporter : recordings, details ou both (both par défaut).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File-name template (default {date}/{conversationId}/{recordingId}.{ext}).</source>
        <translation>Modèle de nom de fichier (par défaut {date}/{conversationId}/{recordingId}.{ext}).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>--content must be recordings, details or both.</source>
        <translation>--content doit valoir recordings, details ou both.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Line %1 of %2 is not a conversation id: %3</source>
        <translation>La ligne %1 de %2 n&apos;est pas un ID de conversation : %3</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose the days to export: --from/--to, --yesterday, --last 7d, --month 2024-05 or --ids-file.</source>
        <translation>Choisissez les jours à exporter : --from/--to, --yesterday, --last 7d, --month 2024-05 ou --ids-file.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unknown direction &quot;%1&quot;: use inbound or outbound.</source>
        <translation>Direction inconnue « %1 » : utilisez inbound ou outbound.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown media type &quot;%1&quot;: use voice, chat, email, message or callback.</source>
        <translation>Type de média inconnu « %1 » : utilisez voice, chat, email, message ou callback.</translation>
    </message>
</context>
<context>
    <name>Custody::Jobs::AnalyticsStage</name>
    <message>
        <location filename="../core/jobs/analyticsstage.cpp" line="+288"/>
        <source>Could not record the split of window %1.</source>
        <translation>Impossible d&apos;enregistrer le découpage de la fenêtre %1.</translation>
    </message>
</context>
<context>
    <name>Custody::Jobs::BatchStage</name>
    <message>
        <location filename="../core/jobs/batchstage.cpp" line="+97"/>
        <source>Genesys Cloud did not provide a usable download link after %1 attempts. Retry the failed items later.</source>
        <translation>Genesys Cloud n&apos;a fourni aucun lien de téléchargement utilisable après %1 tentatives. Réessayez plus tard les éléments en échec.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Could not record recording %1.</source>
        <translation>Impossible d&apos;enregistrer l&apos;enregistrement %1 dans le journal.</translation>
    </message>
</context>
<context>
    <name>Custody::Jobs::BulkStage</name>
    <message>
        <location filename="../core/jobs/bulkstage.cpp" line="+341"/>
        <source>  %1: job %2, %3 conversation(s), %4 recording(s) exported, %5 skipped, %6 failed</source>
        <translation>  %1 : tâche %2, %3 conversation(s), %4 enregistrement(s) exporté(s), %5 ignoré(s), %6 en échec</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>  %1: NOT EXPORTED (job %2): %3</source>
        <translation>  %1 : NON EXPORTÉ (tâche %2) : %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  %1: unfinished (%2, job %3)</source>
        <translation>  %1 : inachevé (%2, tâche %3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recording bulk export</source>
        <translation>Exportation en masse des enregistrements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recordings were copied by Genesys Cloud into the S3 bucket of integration %1; they are not in this folder and not in the manifest.</source>
        <translation>Les enregistrements ont été copiés par Genesys Cloud dans le compartiment S3 de l&apos;intégration %1 ; ils ne sont ni dans ce dossier ni dans le manifeste.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Jobs: %1, recordings exported: %2, failed recordings: %3, windows not exported: %4</source>
        <translation>Tâches : %1, enregistrements exportés : %2, enregistrements en échec : %3, fenêtres non exportées : %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Failed recordings (conversation / recording)</source>
        <translation>Enregistrements en échec (conversation / enregistrement)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
</context>
<context>
    <name>Custody::Jobs::DownloadStage</name>
    <message>
        <location filename="../core/jobs/downloadstage.cpp" line="+103"/>
        <source>Custody cannot create the folder %1. Check that the destination is connected and writable, then resume the export.</source>
        <translation>Custody ne peut pas créer le dossier %1. Vérifiez que la destination est connectée et accessible en écriture, puis reprenez l&apos;exportation.</translation>
    </message>
</context>
<context>
    <name>Custody::Jobs::Engine</name>
    <message>
        <location filename="../core/jobs/engine.cpp" line="+106"/>
        <source>Paused by the user.</source>
        <translation>Mise en pause par l&apos;utilisateur.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelled.</source>
        <translation>Annulée.</translation>
    </message>
</context>
<context>
    <name>Custody::Jobs::EvidenceStage</name>
    <message>
        <location filename="../core/jobs/evidencestage.cpp" line="+121"/>
        <location line="+29"/>
        <source>Cannot write the audit trail %1: %2</source>
        <translation>Impossible d&apos;écrire le journal d&apos;audit %1 : %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+55"/>
        <source>Cannot write the custody report %1: %2</source>
        <translation>Impossible d&apos;écrire le rapport Custody %1 : %2</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Custody report</source>
        <translation>Rapport Custody</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>Exportation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written at</source>
        <translation>Rédigé le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run by</source>
        <translation>Exécuté par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Machine</source>
        <translation>Machine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was asked for</source>
        <translation>Demande</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Files in the manifest</source>
        <translation>Fichiers du manifeste</translation>
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
        <translation>Échecs</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check this export at any time with: custody-cli verify &quot;%1&quot;</source>
        <translation>Vérifiez cette exportation à tout moment avec : custody-cli verify &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>Custody::Jobs::ExportRun</name>
    <message>
        <location filename="../core/jobs/exportrun.cpp" line="+175"/>
        <source>Custody could not write the evidence files: %1 Free some space or fix the folder&apos;s permissions, then resume the export.</source>
        <translation>Custody n&apos;a pas pu écrire les fichiers de preuve : %1 Libérez de l&apos;espace ou corrigez les autorisations du dossier, puis reprenez l&apos;exportation.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n file(s) exported; %1 item(s) could not be exported (see custody-report.txt).</source>
        <translation>
            <numerusform>%n fichier exporté ; %1 élément(s) n&apos;ont pas pu être exportés (voir custody-report.txt).</numerusform>
            <numerusform>%n fichiers exportés ; %1 élément(s) n&apos;ont pas pu être exportés (voir custody-report.txt).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n file(s) exported and verified by SHA-256.</source>
        <translation>
            <numerusform>%n fichier exporté et vérifié par SHA-256.</numerusform>
            <numerusform>%n fichiers exportés et vérifiés par SHA-256.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cancelled. Files already exported stay in the folder.</source>
        <translation>Annulée. Les fichiers déjà exportés restent dans le dossier.</translation>
    </message>
</context>
<context>
    <name>Custody::Jobs::TranscodeStage</name>
    <message>
        <location filename="../core/jobs/transcodestage.cpp" line="+177"/>
        <source>Genesys Cloud offered no %1 file for this recording (file state: %2).</source>
        <translation>Genesys Cloud n&apos;a proposé aucun fichier %1 pour cet enregistrement (état du fichier : %2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
</context>
<context>
    <name>Custody::Plan::ExportSpec</name>
    <message>
        <location filename="../core/plan/exportfilters.cpp" line="+43"/>
        <source>The saved export cannot be read: &quot;%1&quot; is not a list of texts. Save the export again.</source>
        <translation>L&apos;exportation enregistrée ne peut pas être lue : « %1 » n&apos;est pas une liste de textes. Enregistrez de nouveau l&apos;exportation.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The saved export cannot be read: &quot;%1&quot; contains the unknown value &quot;%2&quot;. Save the export again.</source>
        <translation>L&apos;exportation enregistrée ne peut pas être lue : « %1 » contient la valeur inconnue « %2 ». Enregistrez de nouveau l&apos;exportation.</translation>
    </message>
    <message>
        <location filename="../core/plan/exportspec.cpp" line="+55"/>
        <source>The saved export cannot be read: %1 Save the export again.</source>
        <translation>L&apos;exportation enregistrée ne peut pas être lue : %1 Enregistrez de nouveau l&apos;exportation.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&quot;%1&quot; is not a text.</source>
        <translation>« %1 » n&apos;est pas un texte.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not true or false.</source>
        <translation>« %1 » n&apos;est ni vrai ni faux.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not an object.</source>
        <translation>« %1 » n&apos;est pas un objet.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&quot;%1&quot; is not a list of texts.</source>
        <translation>« %1 » n&apos;est pas une liste de textes.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is not a date in the form YYYY-MM-DD.</source>
        <translation>« %1 » n&apos;est pas une date au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>the selection &quot;%1&quot; is not known.</source>
        <translation>la sélection « %1 » est inconnue.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>This is not a saved Custody export: it has no &quot;specVersion&quot;. Choose an export file saved by Custody.</source>
        <translation>Ceci n&apos;est pas une exportation Custody enregistrée : elle n&apos;a pas de « specVersion ». Choisissez un fichier d&apos;exportation enregistré par Custody.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This export was saved by a newer Custody (format %1; this version reads up to %2). Update Custody to open it.</source>
        <translation>Cette exportation a été enregistrée par un Custody plus récent (format %1 ; cette version lit jusqu&apos;à %2). Mettez Custody à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;specVersion&quot; is %1, which no Custody has written.</source>
        <translation>« specVersion » vaut %1, ce qu&apos;aucun Custody n&apos;a jamais écrit.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the recording format &quot;%1&quot; is not known.</source>
        <translation>le format d&apos;enregistrement « %1 » est inconnu.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The export file holds no JSON object. Choose an export file saved by Custody.</source>
        <translation>Le fichier d&apos;exportation ne contient aucun objet JSON. Choisissez un fichier d&apos;exportation enregistré par Custody.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The export file is not valid JSON (%1 at byte %2). Choose an export file saved by Custody.</source>
        <translation>Le fichier d&apos;exportation n&apos;est pas un JSON valide (%1 à l&apos;octet %2). Choisissez un fichier d&apos;exportation enregistré par Custody.</translation>
    </message>
    <message>
        <location filename="../core/plan/specvalidator.cpp" line="+20"/>
        <source>d MMMM yyyy</source>
        <extracomment>Date format in error messages, QDate::toString syntax</extracomment>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 &quot;%2&quot; is not a valid id (expected a UUID such as %3).</source>
        <translation>%1 « %2 » n&apos;est pas un ID valide (UUID attendu, comme %3).</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n more ids are not valid either.</source>
        <translation>
            <numerusform>%n autre ID n&apos;est pas valide non plus.</numerusform>
            <numerusform>%n autres ID ne sont pas valides non plus.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enter a file-name template, for example %1.</source>
        <translation>Saisissez un modèle de nom de fichier, par exemple %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file-name template uses {%1}, which Custody does not know. Use one of: %2.</source>
        <translation>Le modèle de nom de fichier utilise {%1}, que Custody ne connaît pas. Utilisez l&apos;un de : %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file-name template has a &quot;{&quot; or &quot;}&quot; without its partner. Write placeholders as {name}.</source>
        <translation>Le modèle de nom de fichier contient une « { » ou une « } » sans son pendant. Écrivez les espaces réservés sous la forme {name}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file-name template must contain {recordingId}; without it, two recordings could be saved under the same name.</source>
        <translation>Le modèle de nom de fichier doit contenir {recordingId} ; sans lui, deux enregistrements pourraient être sauvegardés sous le même nom.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file-name template must stay inside the destination folder: remove leading slashes, drive letters and &quot;..&quot;.</source>
        <translation>Le modèle de nom de fichier doit rester dans le dossier de destination : supprimez les barres obliques initiales, les lettres de lecteur et « .. ».</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Paste or load at least one conversation id.</source>
        <translation>Collez ou chargez au moins un ID de conversation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conversation id</source>
        <translation>ID de conversation</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the first and the last day to export.</source>
        <translation>Choisissez le premier et le dernier jour à exporter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The end date (%1) is before the start date (%2).</source>
        <translation>La date de fin (%1) est antérieure à la date de début (%2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the time zone in which the days are counted.</source>
        <translation>Choisissez le fuseau horaire dans lequel les jours sont comptés.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown time zone &quot;%1&quot;. Choose a zone from the list, for example Europe/Berlin.</source>
        <translation>Fuseau horaire inconnu « %1 ». Choisissez un fuseau dans la liste, par exemple Europe/Berlin.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Queue id</source>
        <translation>ID de file d&apos;attente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User id</source>
        <translation>ID utilisateur</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose the organisation profile to export from.</source>
        <translation>Choisissez le profil d&apos;organisation depuis lequel exporter.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose at least one kind of content to export.</source>
        <translation>Choisissez au moins un type de contenu à exporter.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A recording bulk export needs the id of the organisation&apos;s AWS S3 recording bulk-actions integration. Enter it, or turn the bulk export off.</source>
        <translation>Une exportation en masse des enregistrements nécessite l&apos;ID de l&apos;intégration AWS S3 d&apos;actions en masse sur les enregistrements de l&apos;organisation. Saisissez-le ou désactivez l&apos;exportation en masse.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Integration id</source>
        <translation>ID d&apos;intégration</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the folder to export to.</source>
        <translation>Choisissez le dossier vers lequel exporter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The destination folder &quot;%1&quot; is a relative path. Choose the folder with its full path.</source>
        <translation>Le dossier de destination « %1 » est un chemin relatif. Choisissez le dossier avec son chemin complet.</translation>
    </message>
</context>
<context>
    <name>Custody::Plan::RelativeRange</name>
    <message>
        <location filename="../core/plan/relativerange.cpp" line="+20"/>
        <source>&quot;%1&quot; is not a date range. Use today, yesterday, last 7d, last-week, last-month, month 2024-05 or 2024-03-01..2024-03-14.</source>
        <translation>« %1 » n&apos;est pas une plage de dates. Utilisez today, yesterday, last 7d, last-week, last-month, month 2024-05 ou 2024-03-01..2024-03-14.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a date. Write dates as YYYY-MM-DD, e.g. 2024-03-01.</source>
        <translation>« %1 » n&apos;est pas une date. Écrivez les dates sous la forme AAAA-MM-JJ, p. ex. 2024-03-01.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The number of days in &quot;last Nd&quot; must be between 1 and %1.</source>
        <translation>Le nombre de jours dans « last Nd » doit être compris entre 1 et %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The end date %1 is before the start date %2. Swap them.</source>
        <translation>La date de fin %1 est antérieure à la date de début %2. Inversez-les.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&quot;%1&quot; is not a month. Write months as YYYY-MM, e.g. 2024-05.</source>
        <translation>« %1 » n&apos;est pas un mois. Écrivez les mois sous la forme AAAA-MM, p. ex. 2024-05.</translation>
    </message>
</context>
<context>
    <name>Custody::Profiles::OrgProfile</name>
    <message>
        <location filename="../core/profiles/orgprofile.cpp" line="+25"/>
        <source>The gateway address &quot;%1&quot; is not a valid URL. Enter it as https://host[:port][/path].</source>
        <translation>L&apos;adresse de passerelle « %1 » n&apos;est pas une URL valide. Saisissez-la sous la forme https://hôte[:port][/chemin].</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The gateway address must start with https:// (&quot;%1&quot; was given).</source>
        <translation>L&apos;adresse de passerelle doit commencer par https:// (« %1 » a été indiqué).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The gateway address must not contain a user name or password: profiles are stored as plain text. Remove the part before &quot;@&quot;.</source>
        <translation>L&apos;adresse de passerelle ne doit contenir ni nom d&apos;utilisateur ni mot de passe : les profils sont stockés en texte clair. Supprimez la partie avant « @ ».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The gateway address must not contain a query (?…) or fragment (#…). Remove them.</source>
        <translation>L&apos;adresse de passerelle ne doit contenir ni requête (?…) ni fragment (#…). Supprimez-les.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plain http:// is allowed only for a gateway on this computer (localhost, 127.0.0.1 or ::1): over any network the client secret and access tokens would travel unencrypted. Use https://.</source>
        <translation>Le simple http:// n&apos;est autorisé que pour une passerelle sur cet ordinateur (localhost, 127.0.0.1 ou ::1) : sur tout réseau, le secret client et les jetons d&apos;accès circuleraient en clair. Utilisez https://.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The profile id &quot;%1&quot; is not a uuid. Create the profile again.</source>
        <translation>L&apos;ID de profil « %1 » n&apos;est pas un UUID. Recréez le profil.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The profile has no name. Give it a name, e.g. the organisation&apos;s.</source>
        <translation>Le profil n&apos;a pas de nom. Donnez-lui un nom, p. ex. celui de l&apos;organisation.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The profile names both a region and a gateway address. Keep only one.</source>
        <translation>Le profil indique à la fois une région et une adresse de passerelle. N&apos;en gardez qu&apos;une.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The profile has neither a region nor a gateway address. Choose the organisation&apos;s region.</source>
        <translation>Le profil n&apos;a ni région ni adresse de passerelle. Choisissez la région de l&apos;organisation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a known Genesys Cloud region. Choose one from the list, e.g. mypurecloud.ie, or enter a gateway address.</source>
        <translation>« %1 » n&apos;est pas une région Genesys Cloud connue. Choisissez-en une dans la liste, p. ex. mypurecloud.ie, ou saisissez une adresse de passerelle.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The OAuth client id is empty. Copy it from the client credentials OAuth client in Genesys Cloud Admin.</source>
        <translation>L&apos;ID du client OAuth est vide. Copiez-le depuis le client OAuth Client Credentials dans Genesys Cloud Admin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The OAuth client id &quot;%1&quot; contains spaces or slashes. Copy it again without them.</source>
        <translation>L&apos;ID du client OAuth « %1 » contient des espaces ou des barres obliques. Copiez-le de nouveau sans eux.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a time zone known on this system. Use an IANA name such as Europe/Dublin, or leave it empty to use the system&apos;s zone.</source>
        <translation>« %1 » n&apos;est pas un fuseau horaire connu de ce système. Utilisez un nom IANA comme Europe/Dublin, ou laissez vide pour utiliser le fuseau du système.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The profile entry has no text &quot;%1&quot;.</source>
        <translation>L&apos;entrée du profil n&apos;a pas de texte « %1 ».</translation>
    </message>
</context>
<context>
    <name>Custody::Profiles::ProfileStore</name>
    <message>
        <location filename="../core/profiles/profilestore.cpp" line="+46"/>
        <source>The profile file %1 cannot be used: %2 Repair it, or move it away to start with no profiles. Custody will not change it until then.</source>
        <translation>Le fichier des profils %1 est inutilisable : %2 Réparez-le, ou déplacez-le pour commencer sans profil. Custody ne le modifiera pas d&apos;ici là.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it cannot be read.</source>
        <translation>il ne peut pas être lu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it is not valid JSON.</source>
        <translation>ce n&apos;est pas un JSON valide.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it was written by a newer version of Custody.</source>
        <translation>il a été écrit par une version plus récente de Custody.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>A profile with this id exists already. Edit that one.</source>
        <translation>Un profil avec cet ID existe déjà. Modifiez celui-ci.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The profile &quot;%1&quot; no longer exists. Add it again.</source>
        <translation>Le profil « %1 » n&apos;existe plus. Ajoutez-le de nouveau.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>There is no profile with the id %1; nothing was removed.</source>
        <translation>Il n&apos;existe aucun profil avec l&apos;ID %1 ; rien n&apos;a été supprimé.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>A profile named &quot;%1&quot; exists already. Choose another name.</source>
        <translation>Un profil nommé « %1 » existe déjà. Choisissez un autre nom.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The profiles could not be saved to %1, so the change was not made. Check that the folder exists, is writable and has free space, then try again.</source>
        <translation>Les profils n&apos;ont pas pu être enregistrés dans %1 ; la modification n&apos;a donc pas été appliquée. Vérifiez que le dossier existe, est accessible en écriture et dispose d&apos;espace libre, puis réessayez.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The profile file %1 is damaged, so no change is saved. Repair it or move it away, then restart Custody.</source>
        <translation>Le fichier des profils %1 est endommagé ; aucune modification n&apos;est donc enregistrée. Réparez-le ou déplacez-le, puis redémarrez Custody.</translation>
    </message>
</context>
<context>
    <name>Custody::Secrets::CredentialResult</name>
    <message>
        <location filename="../core/secrets/credentialresult.cpp" line="+13"/>
        <source>Custody never stores secrets in plain text; set the secret in an environment variable and name it in the profile instead, or start a keyring such as GNOME Keyring or KWallet.</source>
        <translation>Custody ne stocke jamais de secret en clair ; placez le secret dans une variable d&apos;environnement et indiquez-la dans le profil, ou démarrez un trousseau comme GNOME Keyring ou KWallet.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No secret is stored in the keychain for this profile. Enter the client secret again in the profile settings, or name an environment variable that holds it.</source>
        <translation>Aucun secret n&apos;est stocké dans le trousseau pour ce profil. Saisissez de nouveau le secret client dans les paramètres du profil, ou indiquez une variable d&apos;environnement qui le contient.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No keychain is available on this system (%1). %2</source>
        <translation>Aucun trousseau n&apos;est disponible sur ce système (%1). %2</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>The keychain did not answer within %n second(s); it may be waiting for a password prompt that cannot be shown. %1</source>
        <translation>
            <numerusform>Le trousseau n&apos;a pas répondu en %n seconde ; il attend peut-être une demande de mot de passe qui ne peut pas s&apos;afficher. %1</numerusform>
            <numerusform>Le trousseau n&apos;a pas répondu en %n secondes ; il attend peut-être une demande de mot de passe qui ne peut pas s&apos;afficher. %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The keychain refused access (%1). Unlock your keyring and try again. %2</source>
        <translation>Le trousseau a refusé l&apos;accès (%1). Déverrouillez votre trousseau et réessayez. %2</translation>
    </message>
</context>
<context>
    <name>Custody::Secrets::CredentialStore</name>
    <message>
        <location filename="../core/secrets/credentialstore.cpp" line="+45"/>
        <source>The keychain could not delete the stored secret (%1). Remove the entry &quot;%2&quot; with your keychain&apos;s own tool.</source>
        <translation>Le trousseau n&apos;a pas pu supprimer le secret stocké (%1). Supprimez l&apos;entrée « %2 » avec l&apos;outil de votre trousseau.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>The profile has no id or no OAuth client id, so its secret has no keychain entry.</source>
        <translation>Le profil n&apos;a pas d&apos;ID ou pas d&apos;ID de client OAuth ; son secret n&apos;a donc pas d&apos;entrée dans le trousseau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The client secret is empty. Enter the secret to store.</source>
        <translation>Le secret client est vide. Saisissez le secret à enregistrer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The client secret is longer than %1 bytes, more than the keychain can hold on every system. Check that you pasted the client secret and nothing else.</source>
        <translation>Le secret client dépasse %1 octets, plus que ce que le trousseau peut contenir sur tous les systèmes. Vérifiez que vous n&apos;avez collé que le secret client.</translation>
    </message>
</context>
<context>
    <name>Custody::Secrets::SecretResolver</name>
    <message>
        <location filename="../core/secrets/secretresolver.cpp" line="+14"/>
        <source>The profile reads its secret from an environment variable but names none. Name the variable in the profile, e.g. CUSTODY_SECRET_PROD.</source>
        <translation>Le profil lit son secret dans une variable d&apos;environnement mais n&apos;en indique aucune. Indiquez la variable dans le profil, p. ex. CUSTODY_SECRET_PROD.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The environment variable %1 is not set or is empty, and this profile reads its client secret from it. Set %1 to the OAuth client secret before starting Custody.</source>
        <translation>La variable d&apos;environnement %1 n&apos;est pas définie ou est vide, et ce profil y lit son secret client. Définissez %1 avec le secret client OAuth avant de démarrer Custody.</translation>
    </message>
</context>
<context>
    <name>Custody::Secrets::SecretSource</name>
    <message>
        <location filename="../core/secrets/secretsource.cpp" line="+35"/>
        <source>Name the environment variable that holds the client secret, e.g. CUSTODY_SECRET_PROD.</source>
        <translation>Indiquez la variable d&apos;environnement qui contient le secret client, p. ex. CUSTODY_SECRET_PROD.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a usable environment variable name. Use letters, digits and underscores only, not starting with a digit, e.g. CUSTODY_SECRET_PROD.</source>
        <translation>« %1 » n&apos;est pas un nom de variable d&apos;environnement utilisable. Utilisez uniquement des lettres, des chiffres et des tirets bas, sans chiffre au début, p. ex. CUSTODY_SECRET_PROD.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The secret source &quot;%1&quot; is unknown; expected &quot;keychain&quot; or &quot;environment&quot;.</source>
        <translation>La source du secret « %1 » est inconnue ; « keychain » ou « environment » est attendu.</translation>
    </message>
</context>
<context>
    <name>Custody::Settings::ProxySettings</name>
    <message>
        <location filename="../core/settings/proxysettings.cpp" line="+48"/>
        <source>The proxy has no host name. Enter the proxy&apos;s name or address, e.g. proxy.example.com, or use the system&apos;s proxy settings.</source>
        <translation>Le proxy n&apos;a pas de nom d&apos;hôte. Saisissez le nom ou l&apos;adresse du proxy, p. ex. proxy.example.com, ou utilisez les paramètres de proxy du système.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The proxy host &quot;%1&quot; is not a plain host name. Enter only the name or address, without http://, a path or a user name.</source>
        <translation>L&apos;hôte du proxy « %1 » n&apos;est pas un simple nom d&apos;hôte. Saisissez uniquement le nom ou l&apos;adresse, sans http://, chemin ni nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The proxy port is missing. Enter the port, e.g. 8080 or 3128.</source>
        <translation>Le port du proxy manque. Saisissez le port, p. ex. 8080 ou 3128.</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::BehaviourPage</name>
    <message>
        <location filename="../ui/behaviourpage.cpp" line="+14"/>
        <source>&amp;Keep running in the system tray when the window is closed, so exports go on</source>
        <translation>&amp;Continuer dans la zone de notification quand la fenêtre est fermée, pour que les exportations se poursuivent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show a &amp;notification when an export finishes or needs attention</source>
        <translation>Afficher une &amp;notification quand une exportation se termine ou demande votre attention</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>System</source>
        <extracomment>Interface language: follow the operating system</extracomment>
        <translation>Système</translation>
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
        <translation>Custody affiche la nouvelle langue après son redémarrage.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::ConnectionTestPanel</name>
    <message>
        <location filename="../ui/connectiontestpanel.cpp" line="+23"/>
        <source>&amp;Test Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connection test</source>
        <translation>Test de connexion</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Testing the connection</source>
        <translation>Test de la connexion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection test result</source>
        <translation>Résultat du test de connexion</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Connected. Rate limit: %1 requests per minute. Download links stay valid for %2 minutes. Visible to this client: %3 queues, %4 users.</source>
        <translation>Connecté. Limite de débit : %1 requêtes par minute. Les liens de téléchargement restent valides %2 minutes. Visibles par ce client : %3 files d&apos;attente, %4 utilisateurs.</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::ContentPanel</name>
    <message>
        <location filename="../ui/contentpanel.cpp" line="+24"/>
        <source>&amp;Recordings</source>
        <comment>export content: audio files</comment>
        <translation>&amp;Enregistrements</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conversation &amp;details</source>
        <comment>export content: analytics records</comment>
        <translation>&amp;Détails des conversations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording &amp;bulk export to the organisation&apos;s S3 bucket</source>
        <translation>Exportation en &amp;masse des enregistrements vers le compartiment S3 de l&apos;organisation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download the recording files of each conversation into the destination folder.</source>
        <translation>Télécharger les fichiers d&apos;enregistrement de chaque conversation dans le dossier de destination.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the conversation records (participants, segments, queues) as compressed JSON lines.</source>
        <translation>Enregistrer les fiches de conversation (participants, segments, files d&apos;attente) en lignes JSON compressées.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask Genesys Cloud to copy the recordings into the organisation&apos;s own S3 bucket. This runs as a separate, slow job on the Genesys side.</source>
        <translation>Demander à Genesys Cloud de copier les enregistrements dans le compartiment S3 propre à l&apos;organisation. Cela s&apos;exécute comme une tâche distincte et lente côté Genesys.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Native (as recorded)</source>
        <translation>Natif (tel qu&apos;enregistré)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recording format</source>
        <translation>Format d&apos;enregistrement</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S3 integration id</source>
        <translation>ID d&apos;intégration S3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The id of the organisation&apos;s AWS S3 recording bulk-actions integration (Admin &gt; Integrations).</source>
        <translation>L&apos;ID de l&apos;intégration AWS S3 d&apos;actions en masse sur les enregistrements de l&apos;organisation (Admin &gt; Intégrations).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Format:</source>
        <comment>recording file format</comment>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Integration id:</source>
        <translation>ID d&apos;&amp;intégration :</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Fastest: recordings are fetched in batches of up to %1 per API call, in the format they were recorded in.</source>
        <translation>Le plus rapide : les enregistrements sont récupérés par lots de %1 au maximum par appel d&apos;API, dans leur format d&apos;origine.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Converted formats cost one API call per recording, so large exports take much longer than with the native format.</source>
        <translation>Les formats convertis coûtent un appel d&apos;API par enregistrement ; les grosses exportations prennent donc beaucoup plus de temps qu&apos;au format natif.</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::DateRangePicker</name>
    <message>
        <location filename="../ui/daterangepicker.cpp" line="+32"/>
        <source>Date range</source>
        <translation>Plage de dates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the days to export and the time zone in which they are counted.</source>
        <translation>Choisissez les jours à exporter et le fuseau horaire dans lequel ils sont comptés.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last month</source>
        <comment>the previous calendar month</comment>
        <translation>Mois dernier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom</source>
        <comment>a date range chosen in the calendar</comment>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Time zone:</source>
        <translation>&amp;Fuseau horaire :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Previous month</source>
        <translation>Mois précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous month (Page Up)</source>
        <translation>Mois précédent (Page préc.)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next month</source>
        <translation>Mois suivant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next month (Page Down)</source>
        <translation>Mois suivant (Page suiv.)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Chosen days</source>
        <translation>Jours choisis</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::DemoOrg</name>
    <message>
        <location filename="../ui/demoorg.cpp" line="+52"/>
        <source>Simulated org (demo)</source>
        <translation>Organisation simulée (démo)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 at %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::DestinationPanel</name>
    <message>
        <location filename="../ui/destinationpanel.cpp" line="+28"/>
        <source>C&amp;hoose…</source>
        <comment>choose a destination folder</comment>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Destination folder</source>
        <translation>Dossier de destination</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder for the export, e.g. a case folder on the legal file share</source>
        <translation>Dossier de l&apos;exportation, p. ex. un dossier d&apos;affaire sur le partage du service juridique</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose destination folder</source>
        <translation>Choisir le dossier de destination</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Choose the export folder</source>
        <translation>Choisir le dossier d&apos;exportation</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The folder %1 does not exist and cannot be created, because %2 is not an existing folder. Connect the network share, or choose an existing folder.</source>
        <translation>Le dossier %1 n&apos;existe pas et ne peut pas être créé, car %2 n&apos;est pas un dossier existant. Connectez le partage réseau ou choisissez un dossier existant.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The folder %1 cannot be created there: %2</source>
        <translation>Le dossier %1 ne peut pas y être créé : %2</translation>
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
        <translation>espace libre inconnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder exists and is writable; %1.</source>
        <translation>Le dossier existe et est accessible en écriture ; %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder will be created when the export starts; %1.</source>
        <translation>Le dossier sera créé au démarrage de l&apos;exportation ; %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is a network share: keep it connected while the export runs. Interrupted downloads resume.</source>
        <translation>Ceci est un partage réseau : laissez-le connecté pendant l&apos;exportation. Les téléchargements interrompus reprennent.</translation>
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
        <translation>tâche %1 : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>item %1: %2</source>
        <comment>event about an item</comment>
        <translation>élément %1 : %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Time</source>
        <comment>column: when the event happened</comment>
        <translation>Heure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <comment>column: kind of event</comment>
        <translation>Événement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <comment>column: state change</comment>
        <translation>Changement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <comment>column: event message</comment>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::ExportItemsModel</name>
    <message>
        <location filename="../ui/exportitemsmodel.cpp" line="+88"/>
        <source>(all recordings)</source>
        <comment>item stands for every recording</comment>
        <translation>(tous les enregistrements)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Conversation</source>
        <comment>column: conversation id</comment>
        <translation>Conversation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recording</source>
        <comment>column: recording id</comment>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <comment>column: item state</comment>
        <translation>État</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <comment>column: file size</comment>
        <translation>Taille</translation>
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
        <translation>Raison du serveur</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Waiting</source>
        <comment>item state</comment>
        <translation>En attente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requested</source>
        <comment>item state: in a batch download request</comment>
        <translation>Demandé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready to download</source>
        <comment>item state</comment>
        <translation>Prêt à télécharger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downloading</source>
        <comment>item state</comment>
        <translation>Téléchargement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downloaded</source>
        <comment>item state</comment>
        <translation>Téléchargé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <comment>item state</comment>
        <translation>En échec</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped</source>
        <comment>item state</comment>
        <translation>Ignoré</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::ExportTasksModel</name>
    <message>
        <location filename="../ui/exporttasksmodel.cpp" line="+76"/>
        <source>Kind</source>
        <comment>column: task kind</comment>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Window</source>
        <comment>column: time window of the task</comment>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <comment>column: task state</comment>
        <translation>État</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempts</source>
        <comment>column</comment>
        <translation>Tentatives</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server job id</source>
        <comment>column</comment>
        <translation>ID de tâche serveur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Context id</source>
        <comment>column: the server&apos;s correlation id</comment>
        <translation>ID de contexte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last error</source>
        <comment>column</comment>
        <translation>Dernière erreur</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::FieldMessage</name>
    <message>
        <location filename="../ui/fieldmessage.cpp" line="+54"/>
        <source>Problem: %1</source>
        <translation>Problème : %1</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::FileNameTemplatePanel</name>
    <message>
        <location filename="../ui/filenametemplatepanel.cpp" line="+49"/>
        <source>File names</source>
        <translation>Noms de fichiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File-name template</source>
        <translation>Modèle de nom de fichier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where each recording is saved inside the export folder. Placeholders: %1. A &quot;/&quot; starts a sub-folder.</source>
        <translation>Emplacement de chaque enregistrement dans le dossier d&apos;exportation. Espaces réservés : %1. Une « / » commence un sous-dossier.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Example file names</source>
        <translation>Exemples de noms de fichiers</translation>
    </message>
    <message>
        <location line="+62"/>
        <location line="+10"/>
        <source>For example:</source>
        <extracomment>Above example file names rendered from the template</extracomment>
        <translation>Par exemple :</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::FilterPanel</name>
    <message>
        <location filename="../ui/filterpanel.cpp" line="+44"/>
        <source>Queues</source>
        <translation>Files d&apos;attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agents</source>
        <comment>users who handled the conversation</comment>
        <translation>Agents</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Direction:</source>
        <translation>Direction :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Inbound</source>
        <translation>&amp;Entrant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outbound</source>
        <translation>&amp;Sortant</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Media:</source>
        <comment>conversation media types</comment>
        <translation>Médias :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Voice</source>
        <translation>&amp;Voix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hat</source>
        <translation>C&amp;hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;mail</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messa&amp;ge</source>
        <comment>messaging media type (SMS, social)</comment>
        <translation>Messa&amp;ge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call&amp;back</source>
        <translation>&amp;Rappel</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Check at least one direction (check both to include every conversation).</source>
        <translation>Cochez au moins une direction (cochez les deux pour inclure toutes les conversations).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check at least one media type (check all to include every conversation).</source>
        <translation>Cochez au moins un type de média (cochez-les tous pour inclure toutes les conversations).</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::IdListPanel</name>
    <message>
        <location filename="../ui/idlistpanel.cpp" line="+47"/>
        <source>&amp;Load from file…</source>
        <translation>&amp;Charger depuis un fichier…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>Conversation ids</source>
        <translation>ID de conversation</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Paste conversation ids here, one per line or separated by commas. A CSV file with a &quot;conversationId&quot; column can be loaded directly.</source>
        <translation>Collez ici les ID de conversation, un par ligne ou séparés par des virgules. Un fichier CSV avec une colonne « conversationId » peut être chargé directement.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Conversation id counts</source>
        <translation>Nombre d&apos;ID de conversation</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Load conversation ids</source>
        <translation>Charger des ID de conversation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Id lists (*.csv *.txt);;All files (*)</source>
        <comment>file dialog filter</comment>
        <translation>Listes d&apos;ID (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is larger than %2 and is unlikely to be a list of ids. Choose a CSV or text file of ids.</source>
        <translation>%1 dépasse %2 et n&apos;est probablement pas une liste d&apos;ID. Choisissez un fichier CSV ou texte d&apos;ID.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 cannot be read (%2). Check that the file exists and that you may open it.</source>
        <translation>%1 ne peut pas être lu (%2). Vérifiez que le fichier existe et que vous pouvez l&apos;ouvrir.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>1 valid id</source>
        <translation>1 ID valide</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 valid ids</source>
        <translation>%1 ID valides</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 malformed (line %1)</source>
        <extracomment>%1 the line number of the one malformed conversation id</extracomment>
        <translation>1 mal formé (ligne %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 malformed (lines %2)</source>
        <extracomment>%1 number of malformed conversation ids, %2 their line numbers</extracomment>
        <translation>%1 mal formés (lignes %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 duplicate skipped (line %1)</source>
        <extracomment>%1 the line number of the one repeated conversation id</extracomment>
        <translation>1 doublon ignoré (ligne %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 duplicates skipped (lines %2)</source>
        <extracomment>%1 number of repeated conversation ids, %2 their line numbers</extracomment>
        <translation>%1 doublons ignorés (lignes %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>header line skipped</source>
        <translation>ligne d&apos;en-tête ignorée</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Line %1: &quot;%2&quot; is not a conversation id. Correct or remove it.</source>
        <translation>Ligne %1 : « %2 » n&apos;est pas un ID de conversation. Corrigez-la ou supprimez-la.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 more lines are not conversation ids either.</source>
        <translation>%1 autres lignes ne sont pas non plus des ID de conversation.</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::JobActions</name>
    <message>
        <location filename="../ui/jobactions.cpp" line="+52"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause the export; it can resume later</source>
        <translation>Mettre l&apos;exportation en pause ; elle pourra reprendre plus tard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start or resume the export where it stopped</source>
        <translation>Démarrer l&apos;exportation ou la reprendre là où elle s&apos;est arrêtée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel Export…</source>
        <translation>&amp;Annuler l&apos;exportation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the export for good; files already exported stay</source>
        <translation>Arrêter définitivement l&apos;exportation ; les fichiers déjà exportés restent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry &amp;Failed Items</source>
        <translation>Réessayer les éléments en é&amp;chec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try the items that failed again</source>
        <translation>Retenter les éléments en échec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Folder</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the export&apos;s folder in the file manager</source>
        <translation>Afficher le dossier de l&apos;exportation dans le gestionnaire de fichiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Custody &amp;Report</source>
        <translation>Ouvrir le rapport Cust&amp;ody</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open custody-report.txt: who exported what, when, and the manifest&apos;s hash</source>
        <translation>Ouvrir custody-report.txt : qui a exporté quoi, quand, et le hachage du manifeste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Manifest</source>
        <translation>Ouvrir le &amp;manifeste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open manifest.csv: one line per file with its SHA-256</source>
        <translation>Ouvrir manifest.csv : une ligne par fichier avec son SHA-256</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verify Files…</source>
        <translation>&amp;Vérifier les fichiers…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rehash every file and compare it with the manifest</source>
        <translation>Recalculer le hachage de chaque fichier et le comparer au manifeste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Duplicate as New Export</source>
        <translation>Dupliquer en &amp;nouvelle exportation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new export with the same organisation, dates and filters</source>
        <translation>Créer une nouvelle exportation avec la même organisation, les mêmes dates et les mêmes filtres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove from &amp;List…</source>
        <translation>Retirer de la &amp;liste…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the export from this list; its files are not touched</source>
        <translation>Masquer l&apos;exportation dans cette liste ; ses fichiers ne sont pas touchés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy Export &amp;Id</source>
        <translation>Copier l&apos;&amp;ID de l&apos;exportation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the export&apos;s id for a support request or the case file</source>
        <translation>Copier l&apos;ID de l&apos;exportation pour une demande de support ou le dossier de l&apos;affaire</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Connecting to the organisation…</source>
        <translation>Connexion à l&apos;organisation…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot Start Export</source>
        <translation>Impossible de démarrer l&apos;exportation</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cancel Export</source>
        <translation>Annuler l&apos;exportation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel &quot;%1&quot;? It cannot be resumed afterwards.</source>
        <translation>Annuler « %1 » ? Elle ne pourra plus être reprise ensuite.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Files already exported stay in %1.</source>
        <translation>Les fichiers déjà exportés restent dans %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel Export</source>
        <comment>button</comment>
        <translation>Annuler l&apos;exportation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep Running</source>
        <comment>button</comment>
        <translation>Laisser continuer</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+18"/>
        <source>Cannot Retry</source>
        <translation>Impossible de réessayer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The export could not be reopened. Check that the disk is not full, then try again.</source>
        <translation>L&apos;exportation n&apos;a pas pu être rouverte. Vérifiez que le disque n&apos;est pas plein, puis réessayez.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n failed item(s) queued again.</source>
        <translation>
            <numerusform>%n élément en échec remis en file.</numerusform>
            <numerusform>%n éléments en échec remis en file.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Folder Not Found</source>
        <translation>Dossier introuvable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 does not exist. If it is on a network share, check that the share is connected.</source>
        <translation>%1 n&apos;existe pas. S&apos;il se trouve sur un partage réseau, vérifiez que le partage est connecté.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>File Not Found</source>
        <translation>Fichier introuvable</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is missing. The report is written when an export finishes; if it did, the file was moved or deleted.</source>
        <translation>%1 est manquant. Le rapport est écrit à la fin d&apos;une exportation ; si elle est terminée, le fichier a été déplacé ou supprimé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is missing. The manifest is written when an export finishes; if it did, the file was moved or deleted.</source>
        <translation>%1 est manquant. Le manifeste est écrit à la fin d&apos;une exportation ; si elle est terminée, le fichier a été déplacé ou supprimé.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Checking the files of &quot;%1&quot; against the manifest…</source>
        <translation>Vérification des fichiers de « %1 » par rapport au manifeste…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <comment>stop verifying</comment>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify Files</source>
        <translation>Vérifier les fichiers</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 files checked (%2).</source>
        <translation>%1 fichiers vérifiés (%2).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Verification stopped.</source>
        <translation>Vérification arrêtée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot Verify</source>
        <translation>Impossible de vérifier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Verification Passed</source>
        <translation>Vérification réussie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All %1 files of &quot;%2&quot; match the manifest.</source>
        <translation>Les %1 fichiers de « %2 » correspondent tous au manifeste.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verification Found Problems</source>
        <translation>La vérification a trouvé des problèmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; does not match its manifest: %2 missing, %3 changed, %4 unreadable, %5 extra, %6 incomplete.</source>
        <translation>« %1 » ne correspond pas à son manifeste : %2 manquants, %3 modifiés, %4 illisibles, %5 en trop, %6 incomplets.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>missing: %1</source>
        <translation>manquant : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changed: %1</source>
        <translation>modifié : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unreadable: %1</source>
        <translation>illisible : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>extra: %1</source>
        <translation>en trop : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>incomplete: %1</source>
        <translation>incomplet : %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot Duplicate</source>
        <translation>Impossible de dupliquer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The settings of this export could not be read, so it cannot be copied.</source>
        <translation>Les paramètres de cette exportation n&apos;ont pas pu être lus ; elle ne peut donc pas être copiée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (copy)</source>
        <comment>name of a duplicated export</comment>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (copy)</source>
        <comment>folder suffix of a duplicated export</comment>
        <translation> (copie)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (copy %1)</source>
        <comment>folder suffix of a duplicated export</comment>
        <translation> (copie %1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove from List</source>
        <translation>Retirer de la liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove &quot;%1&quot; from the list?</source>
        <translation>Retirer « %1 » de la liste ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the entry disappears. The exported files, the manifest and the custody report stay in %1, and the audit trail stays in Custody&apos;s journal.</source>
        <translation>Seule l&apos;entrée disparaît. Les fichiers exportés, le manifeste et le rapport Custody restent dans %1, et le journal d&apos;audit reste dans le journal de Custody.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove from List</source>
        <comment>button</comment>
        <translation>Retirer de la liste</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Export id copied.</source>
        <translation>ID de l&apos;exportation copié.</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::JobDetailsPane</name>
    <message>
        <location filename="../ui/jobdetailspane.cpp" line="+32"/>
        <source>Export details</source>
        <translation>Détails de l&apos;exportation</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export id and folder</source>
        <translation>ID et dossier de l&apos;exportation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filter the audit trail (state, id, message)…</source>
        <translation>Filtrer le journal d&apos;audit (état, ID, message)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit trail filter</source>
        <translation>Filtre du journal d&apos;audit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recordings of the export</source>
        <translation>Enregistrements de l&apos;exportation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Recordings</source>
        <comment>details tab</comment>
        <translation>&amp;Enregistrements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server jobs of the export</source>
        <translation>Tâches serveur de l&apos;exportation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Server &amp;jobs</source>
        <comment>details tab</comment>
        <translation>&amp;Tâches serveur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Audit trail of the export</source>
        <translation>Journal d&apos;audit de l&apos;exportation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Audit trail</source>
        <comment>details tab</comment>
        <translation>&amp;Journal d&apos;audit</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Copy</source>
        <comment>copy the selected cells</comment>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No export selected</source>
        <translation>Aucune exportation sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select an export in the list to see its recordings, server jobs and audit trail.</source>
        <translation>Sélectionnez une exportation dans la liste pour voir ses enregistrements, ses tâches serveur et son journal d&apos;audit.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 of %2 recordings, %3 failed</source>
        <translation>%1 enregistrements sur %2, %3 en échec</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export id: %1    Folder: %2</source>
        <translation>ID de l&apos;exportation : %1    Dossier : %2</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::JobsTableModel</name>
    <message>
        <location filename="../ui/jobstablemodel.cpp" line="+335"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export %1</source>
        <translation>Exportation %1</translation>
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
        <translation>Nom</translation>
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
        <translation>Dates</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Content</source>
        <comment>column: recordings and/or conversation records</comment>
        <translation>Contenu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <comment>column: export state</comment>
        <translation>État</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress</source>
        <comment>column</comment>
        <translation>Avancement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speed</source>
        <comment>column: download speed</comment>
        <translation>Vitesse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time left</source>
        <comment>column: estimated time to finish</comment>
        <translation>Temps restant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Destination</source>
        <comment>column: folder the export writes into</comment>
        <translation>Destination</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <comment>column: when the export was created</comment>
        <translation>Créée</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 / %2 recordings</source>
        <comment>progress: files done / files in the export</comment>
        <translation>%1 / %2 enregistrements</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2 failed</source>
        <comment>progress: counts, then failed files</comment>
        <translation>%1, %2 en échec</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Finding conversations: %1 / %2 windows</source>
        <translation>Recherche des conversations : %1 / %2 fenêtres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing exported</source>
        <comment>progress of a stopped export</comment>
        <translation>Rien n&apos;a été exporté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No recordings found</source>
        <comment>progress of a finished export</comment>
        <translation>Aucun enregistrement trouvé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done</source>
        <comment>progress</comment>
        <translation>Terminé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not started</source>
        <comment>progress</comment>
        <translation>Pas démarrée</translation>
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
        <translation>moins d&apos;une minute</translation>
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
        <translation>Enregistrements</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>records</source>
        <comment>export content: conversation records, after another item</comment>
        <translation>fiches</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S3 bulk</source>
        <comment>export content: bulk export to the org&apos;s S3 bucket</comment>
        <translation>masse S3</translation>
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
        <translation>Enregistrements d&apos;appels, téléchargés avec leurs hachages SHA-256</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conversation records (analytics details, JSONL)</source>
        <translation>Fiches de conversation (détails analytiques, JSONL)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recording bulk export into the organisation&apos;s S3 bucket</source>
        <translation>Exportation en masse des enregistrements vers le compartiment S3 de l&apos;organisation</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n listed conversation(s)</source>
        <translation>
            <numerusform>%n conversation listée</numerusform>
            <numerusform>%n conversations listées</numerusform>
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
        <translation>En file d&apos;attente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submitting</source>
        <comment>export state</comment>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Processing</source>
        <comment>export state</comment>
        <translation>En cours de traitement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downloading</source>
        <comment>export state</comment>
        <translation>Téléchargement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed</source>
        <comment>export state</comment>
        <translation>Terminée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Completed with errors</source>
        <comment>export state</comment>
        <translation>Terminée avec des erreurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs attention</source>
        <comment>export state</comment>
        <translation>Demande votre attention</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <comment>export state</comment>
        <translation>En échec</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused</source>
        <comment>export state</comment>
        <translation>En pause</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <comment>export state</comment>
        <translation>Annulée</translation>
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
        <translation>La liste des exportations n&apos;a pas pu être lue : %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;New Export…</source>
        <translation>&amp;Nouvelle exportation…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose an organisation, the days and what to export</source>
        <translation>Choisir une organisation, les jours et le contenu à exporter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Show Custody</source>
        <translation>&amp;Afficher Custody</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Export</source>
        <comment>menu</comment>
        <translation>&amp;Exportation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find Export</source>
        <translation>&amp;Rechercher une exportation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go to &amp;List</source>
        <translation>Aller à la &amp;liste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Custody</source>
        <translation>À &amp;propos de Custody</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Custody</source>
        <translation>À propos de Custody</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Custody %1&lt;/b&gt;&lt;p&gt;Evidence-grade exports of call recordings and conversation records from Genesys Cloud, with manifests and SHA-256 hashes.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Custody %1&lt;/b&gt;&lt;p&gt;Exportations à valeur probante d&apos;enregistrements d&apos;appels et de fiches de conversation depuis Genesys Cloud, avec manifestes et hachages SHA-256.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Main</source>
        <comment>toolbar name</comment>
        <translation>Principale</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Show exports</source>
        <translation>Afficher les exportations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All exports</source>
        <comment>filter</comment>
        <translation>Toutes les exportations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <comment>filter</comment>
        <translation>Actives</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished</source>
        <comment>filter</comment>
        <translation>Terminées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs attention</source>
        <comment>filter</comment>
        <translation>Demandent votre attention</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search name, organisation, folder or id</source>
        <translation>Rechercher un nom, une organisation, un dossier ou un ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search exports</source>
        <translation>Rechercher des exportations</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exports</source>
        <translation>Exportations</translation>
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
        <translation>Démo indisponible</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The simulated organisation could not start: %1</source>
        <translation>L&apos;organisation simulée n&apos;a pas pu démarrer : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last week %1</source>
        <comment>demo export folder</comment>
        <translation>Semaine dernière %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Claims queue, last week</source>
        <comment>demo export name</comment>
        <translation>File des sinistres, semaine dernière</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exporting from the simulated organisation into %1</source>
        <translation>Exportation depuis l&apos;organisation simulée vers %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No Organisation Yet</source>
        <translation>Pas encore d&apos;organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custody has no organisation to export from. Try it with a simulated organisation now?</source>
        <translation>Custody n&apos;a aucune organisation depuis laquelle exporter. L&apos;essayer maintenant avec une organisation simulée ?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot Create Export</source>
        <translation>Impossible de créer l&apos;exportation</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Settings Unavailable</source>
        <translation>Paramètres indisponibles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This session runs without access to the keychain (demo or screenshot mode), so organisations cannot be added here. Start Custody normally to change the settings.</source>
        <translation>Cette session s&apos;exécute sans accès au trousseau (mode démo ou capture d&apos;écran) ; aucune organisation ne peut donc être ajoutée ici. Démarrez Custody normalement pour modifier les paramètres.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>An export</source>
        <translation>Une exportation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export finished</source>
        <translation>Exportation terminée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&quot;%1&quot; is complete and its manifest is written.</source>
        <translation>« %1 » est terminée et son manifeste est écrit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export finished with errors</source>
        <translation>Exportation terminée avec des erreurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; finished, but some recordings could not be exported. %2</source>
        <translation>« %1 » est terminée, mais certains enregistrements n&apos;ont pas pu être exportés. %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export failed</source>
        <translation>Échec de l&apos;exportation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&quot;%1&quot; stopped: %2</source>
        <translation>« %1 » s&apos;est arrêtée : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export needs attention</source>
        <translation>L&apos;exportation demande votre attention</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&quot;%1&quot; paused: %2</source>
        <translation>« %1 » en pause : %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Exports Are Running</source>
        <translation>Des exportations sont en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exports are still running. Keep them running in the background?</source>
        <translation>Des exportations sont encore en cours. Les laisser continuer en arrière-plan ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custody stays in the system tray and tells you when they finish. If you quit, they pause and resume when you start Custody again.</source>
        <translation>Custody reste dans la zone de notification et vous prévient quand elles sont terminées. Si vous quittez, elles se mettent en pause et reprennent au prochain démarrage de Custody.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you quit, they pause and resume when you start Custody again.</source>
        <translation>Si vous quittez, elles se mettent en pause et reprennent au prochain démarrage de Custody.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep Running in Tray</source>
        <translation>Continuer dans la zone de notification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause and Quit</source>
        <translation>Mettre en pause et quitter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Custody is still running</source>
        <translation>Custody est toujours en cours d&apos;exécution</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your exports continue; open Custody from the tray.</source>
        <translation>Vos exportations continuent ; ouvrez Custody depuis la zone de notification.</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::NetworkPage</name>
    <message>
        <location filename="../ui/networkpage.cpp" line="+18"/>
        <source>Use the &amp;system&apos;s proxy settings</source>
        <translation>Utiliser les paramètres de proxy du &amp;système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No proxy: connect directly</source>
        <translation>&amp;Aucun proxy : connexion directe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Manual HTTP proxy:</source>
        <translation>Proxy HTTP &amp;manuel :</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proxies that ask for a password are not supported.</source>
        <translation>Les proxys qui demandent un mot de passe ne sont pas pris en charge.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur :</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::NewExportDialog</name>
    <message>
        <location filename="../ui/newexportdialog.cpp" line="+53"/>
        <source>B&amp;y date range</source>
        <translation>Par plage de &amp;dates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By conversation &amp;list</source>
        <translation>Par &amp;liste de conversations</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New Export</source>
        <translation>Nouvelle exportation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New export</source>
        <translation>Nouvelle exportation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organisation profile</source>
        <translation>Profil d&apos;organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export name</source>
        <translation>Nom de l&apos;exportation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create Export</source>
        <translation>Créer l&apos;exportation</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <comment>name of the export</comment>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What to export</source>
        <translation>Quoi exporter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where to save</source>
        <translation>Où enregistrer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save to:</source>
        <comment>destination folder</comment>
        <translation>&amp;Enregistrer dans :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File na&amp;mes:</source>
        <comment>file-name template</comment>
        <translation>Noms de &amp;fichiers :</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Which conversations</source>
        <translation>Quelles conversations</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every conversation in the chosen days that matches the filters.</source>
        <translation>Toutes les conversations des jours choisis qui correspondent aux filtres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exactly the conversations whose ids you paste or load from a file.</source>
        <translation>Exactement les conversations dont vous collez ou chargez les ID depuis un fichier.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Filters (optional)</source>
        <translation>Filtres (facultatif)</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>%1, 1 conversation</source>
        <extracomment>Automatic export name: %1 organisation profile, %2 number of conversations</extracomment>
        <translation>%1, 1 conversation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2 conversations</source>
        <translation>%1, %2 conversations</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, %2 to %3</source>
        <extracomment>Automatic export name: %1 organisation profile, %2 first day, %3 last day (ISO dates)</extracomment>
        <translation>%1, du %2 au %3</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::PickList</name>
    <message>
        <location filename="../ui/picklist.cpp" line="+36"/>
        <source>Search by name or id</source>
        <translation>Rechercher par nom ou ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search %1</source>
        <extracomment>Accessible name of the search line above a list of queues or users; %1 is the list&apos;s title</extracomment>
        <translation>Rechercher dans %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 chosen</source>
        <translation>%1 choisi(s)</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Unknown (%1)</source>
        <extracomment>An entry of the queue or user list whose name is not known; %1 is its id</extracomment>
        <translation>Inconnu (%1)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>None loaded: connect to the organisation to choose from a list.</source>
        <translation>Rien de chargé : connectez-vous à l&apos;organisation pour choisir dans une liste.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None chosen: no restriction.</source>
        <extracomment>Under a list of queues or users of which none is checked</extracomment>
        <translation>Rien de choisi : aucune restriction.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 chosen</source>
        <translation>%1 sur %2 choisis</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::ProfileForm</name>
    <message>
        <location filename="../ui/profileform.cpp" line="+32"/>
        <source>&amp;Region:</source>
        <translation>&amp;Région :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom &amp;base URL:</source>
        <translation>URL de &amp;base personnalisée :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The system &amp;keychain (recommended)</source>
        <translation>Le &amp;trousseau du système (recommandé)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An en&amp;vironment variable:</source>
        <translation>Une &amp;variable d&apos;environnement :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Organisation profile</source>
        <translation>Profil d&apos;organisation</translation>
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
        <translation>Région</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://gateway.example.com</source>
        <translation>https://gateway.example.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom base URL</source>
        <translation>URL de base personnalisée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the OAuth client in Genesys Cloud Admin</source>
        <translation>Depuis le client OAuth dans Genesys Cloud Admin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. CUSTODY_SECRET_PROD</source>
        <translation>p. ex. CUSTODY_SECRET_PROD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment variable name</source>
        <translation>Nom de la variable d&apos;environnement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System time zone (%1)</source>
        <extracomment>The default time zone of a profile: use the computer&apos;s</extracomment>
        <translation>Fuseau horaire du système (%1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OAuth &amp;client ID:</source>
        <translation>ID du &amp;client OAuth :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client secret from:</source>
        <extracomment>Where the OAuth client secret is kept</extracomment>
        <translation>Secret client depuis :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default &amp;time zone:</source>
        <translation>&amp;Fuseau horaire par défaut :</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::ProfilesPage</name>
    <message>
        <location filename="../ui/profilespage.cpp" line="+32"/>
        <source>&amp;Add</source>
        <extracomment>Button: add an organisation profile</extracomment>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remo&amp;ve…</source>
        <extracomment>Button: remove the selected organisation profile</extracomment>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save Profile</source>
        <translation>Enregistrer le &amp;profil</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Organisation profiles</source>
        <translation>Profils d&apos;organisation</translation>
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
        <translation>Secret client</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection</source>
        <extracomment>Group title: checking that the profile can sign in</extracomment>
        <translation>Connexion</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Name the environment variable that holds the client secret, then save the profile. Set the variable before starting Custody.</source>
        <translation>Indiquez la variable d&apos;environnement qui contient le secret client, puis enregistrez le profil. Définissez la variable avant de démarrer Custody.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>New organisation</source>
        <extracomment>Name given to a new organisation profile until the user renames it</extracomment>
        <translation>Nouvelle organisation</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saved &quot;%1&quot;.</source>
        <translation>« %1 » enregistré.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The client ID changed, so the secret stored for the old one is being removed from the keychain. Store the new client&apos;s secret.</source>
        <translation>L&apos;ID client a changé ; le secret stocké pour l&apos;ancien est donc retiré du trousseau. Enregistrez le secret du nouveau client.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secret it kept in the keychain is being removed; it now comes from %1.</source>
        <translation>Le secret conservé dans le trousseau est en cours de suppression ; il provient désormais de %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove Profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the profile &quot;%1&quot;? Its client secret is deleted from the keychain as well. Exports already made are not affected.</source>
        <translation>Supprimer le profil « %1 » ? Son secret client est également supprimé du trousseau. Les exportations déjà faites ne sont pas affectées.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Removed &quot;%1&quot;.</source>
        <translation>« %1 » supprimé.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The secret of &quot;%1&quot; could not be deleted from the keychain: %2 Delete the entry &quot;%3&quot; of &quot;%4&quot; with the system&apos;s keychain tool.</source>
        <translation>Le secret de « %1 » n&apos;a pas pu être supprimé du trousseau : %2 Supprimez l&apos;entrée « %3 » de « %4 » avec l&apos;outil de trousseau du système.</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::RangeCalendar</name>
    <message>
        <location filename="../ui/rangecalendar.cpp" line="+48"/>
        <source>Calendar of days to export</source>
        <translation>Calendrier des jours à exporter</translation>
    </message>
    <message>
        <location line="+309"/>
        <source>Drag across days to choose them, or use the arrow keys and Space; Shift extends the selection. Page Up and Page Down change the month.</source>
        <translation>Faites glisser sur les jours pour les choisir, ou utilisez les flèches et Espace ; Maj étend la sélection. Page préc. et Page suiv. changent de mois.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Selected: %1 to %2.</source>
        <translation>Sélection : du %1 au %2.</translation>
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
        <translation>d MMMM yyyy</translation>
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
        <translation>d MMMM</translation>
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
        <translation>Aucun jour choisi pour l&apos;instant. Faites glisser sur les jours à exporter, ou choisissez un préréglage.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a time zone to count the days in.</source>
        <translation>Choisissez un fuseau horaire dans lequel compter les jours.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 has %2 hours</source>
        <extracomment>A day whose length is not 24 hours: %1 the date, %2 its length in hours</extracomment>
        <translation>%1 compte %2 heures</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n days</source>
        <comment>number of days chosen</comment>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 window</source>
        <translation>1 fenêtre</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n windows</source>
        <comment>API query windows, one per day</comment>
        <translation>
            <numerusform>%n fenêtre</numerusform>
            <numerusform>%n fenêtres</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2, %3; %4</source>
        <translation>%1, %2, %3 ; %4</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n more</source>
        <comment>more days of unusual length</comment>
        <translation>
            <numerusform>%n autre</numerusform>
            <numerusform>%n autres</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(clock change: %1)</source>
        <extracomment>Appended to the range summary: %1 a list of days that are not 24 hours long</extracomment>
        <translation>(changement d&apos;heure : %1)</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::SecretDialog</name>
    <message>
        <location filename="../ui/secretdialog.cpp" line="+18"/>
        <source>Replace Client Secret</source>
        <translation>Remplacer le secret client</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the OAuth client secret of &quot;%1&quot;. Custody keeps it in the system keychain and never shows it again.</source>
        <translation>Saisissez le secret client OAuth de « %1 ». Custody le conserve dans le trousseau du système et ne l&apos;affiche plus jamais.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Store in Keychain</source>
        <extracomment>Button: store the entered secret in the keychain</extracomment>
        <translation>Enregistrer dans le trousseau</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Client &amp;secret:</source>
        <translation>&amp;Secret client :</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::SecretPanel</name>
    <message>
        <location filename="../ui/secretpanel.cpp" line="+23"/>
        <source>Replace Secret…</source>
        <translation>Remplacer le secret…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget Secret</source>
        <translation>Oublier le secret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use an Environment Variable Instead</source>
        <translation>Utiliser plutôt une variable d&apos;environnement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client secret status</source>
        <translation>État du secret client</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting for the keychain</source>
        <translation>En attente du trousseau</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Save the profile first; then you can store its client secret.</source>
        <translation>Enregistrez d&apos;abord le profil ; vous pourrez ensuite enregistrer son secret client.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read from the environment variable %1, which is set for this session.</source>
        <translation>Lu depuis la variable d&apos;environnement %1, définie pour cette session.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read from the environment variable %1, which is NOT set for this session. Set it before starting Custody.</source>
        <translation>Lu depuis la variable d&apos;environnement %1, qui N&apos;EST PAS définie pour cette session. Définissez-la avant de démarrer Custody.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checking the keychain…</source>
        <translation>Vérification du trousseau…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stored in the keychain</source>
        <extracomment>Status of the client secret</extracomment>
        <translation>Enregistré dans le trousseau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not set</source>
        <extracomment>Status of the client secret</extracomment>
        <translation>Non défini</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Storing the secret in the keychain…</source>
        <translation>Enregistrement du secret dans le trousseau…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removing the secret from the keychain…</source>
        <translation>Suppression du secret du trousseau…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keychain is not available</source>
        <translation>Le trousseau n&apos;est pas disponible</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keychain did not do what was asked</source>
        <translation>Le trousseau n&apos;a pas fait ce qui était demandé</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::SessionBroker</name>
    <message>
        <location filename="../ui/sessionbroker.cpp" line="+51"/>
        <source>The simulated organisation could not start: %1</source>
        <translation>L&apos;organisation simulée n&apos;a pas pu démarrer : %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The organisation profile of this export no longer exists. Add it again in Settings, or duplicate the export for another organisation.</source>
        <translation>Le profil d&apos;organisation de cette exportation n&apos;existe plus. Ajoutez-le de nouveau dans les paramètres, ou dupliquez l&apos;exportation pour une autre organisation.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The keychain is not available, so the secret of &quot;%1&quot; cannot be read.</source>
        <translation>Le trousseau n&apos;est pas disponible ; le secret de « %1 » ne peut donc pas être lu.</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="+25"/>
        <source>Custody Settings</source>
        <translation>Paramètres de Custody</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Organisations</source>
        <extracomment>Settings page: the Genesys Cloud organisations Custody exports from</extracomment>
        <translation>Organisations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transfers</source>
        <extracomment>Settings page: downloads</extracomment>
        <translation>Transferts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Behaviour</source>
        <extracomment>Settings page: tray, notifications, language</extracomment>
        <translation>Comportement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network</source>
        <extracomment>Settings page: proxy</extracomment>
        <translation>Réseau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Settings pages</source>
        <translation>Pages des paramètres</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::StatusPanel</name>
    <message>
        <location filename="../ui/statuspanel.cpp" line="+31"/>
        <source>Organisation connection</source>
        <translation>Connexion à l&apos;organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API request budget</source>
        <translation>Budget de requêtes d&apos;API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exports running and download speed</source>
        <translation>Exportations en cours et vitesse de téléchargement</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not connected</source>
        <comment>status bar: no organisation connection</comment>
        <translation>Non connecté</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Connecting…</source>
        <comment>status bar</comment>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>● Connected: %1</source>
        <comment>status bar: connected organisations</comment>
        <translation>● Connecté : %1</translation>
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
        <translation>Limite de débit jusqu&apos;à %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>API: %1 / %2 requests per minute</source>
        <translation>API : %1 / %2 requêtes par minute</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No exports running</source>
        <translation>Aucune exportation en cours</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n export(s) running</source>
        <translation>
            <numerusform>%n exportation en cours</numerusform>
            <numerusform>%n exportations en cours</numerusform>
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
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The time zone in which the chosen days begin and end. Type part of a name to search.</source>
        <translation>Le fuseau horaire dans lequel les jours choisis commencent et finissent. Tapez une partie d&apos;un nom pour chercher.</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::TransfersPage</name>
    <message>
        <location filename="../ui/transferspage.cpp" line="+43"/>
        <source> MB/s</source>
        <extracomment>Unit of the bandwidth cap</extracomment>
        <translation> Mo/s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlimited</source>
        <extracomment>Bandwidth cap of 0: no limit</extracomment>
        <translation>Illimitée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chosen for each export</source>
        <translation>Choisi pour chaque exportation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the default destination folder</source>
        <translation>Choisir le dossier de destination par défaut</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Placeholders: %1</source>
        <translation>Espaces réservés : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Concurrent downloads:</source>
        <translation>Téléchargements &amp;simultanés :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bandwidth limit:</source>
        <translation>Limite de &amp;bande passante :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default &amp;destination:</source>
        <translation>&amp;Destination par défaut :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default file &amp;names:</source>
        <translation>&amp;Noms de fichiers par défaut :</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Default Destination Folder</source>
        <translation>Dossier de destination par défaut</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Example: %1</source>
        <translation>Exemple : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Claims</source>
        <translation>Sinistres</translation>
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
        <translation>Bienvenue</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Welcome to Custody</source>
        <translation>Bienvenue dans Custody</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Custody exports call recordings and conversation records from Genesys Cloud into a folder you choose, with a manifest and SHA-256 hashes that prove the files are complete and unchanged.</source>
        <translation>Custody exporte les enregistrements d&apos;appels et les fiches de conversation de Genesys Cloud vers le dossier de votre choix, avec un manifeste et des hachages SHA-256 qui prouvent que les fichiers sont complets et inchangés.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Try Custody with a simulated organisation</source>
        <translation>&amp;Essayer Custody avec une organisation simulée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Runs a practice organisation on this computer; nothing leaves it.</source>
        <translation>Lance une organisation d&apos;essai sur cet ordinateur ; rien n&apos;en sort.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add your organisation…</source>
        <translation>&amp;Ajouter votre organisation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The simulated organisation runs on this computer only. Its exports are real files in a demo folder, so you can open and verify them.</source>
        <translation>L&apos;organisation simulée ne s&apos;exécute que sur cet ordinateur. Ses exportations sont de vrais fichiers dans un dossier de démonstration, que vous pouvez ouvrir et vérifier.</translation>
    </message>
</context>
<context>
    <name>Destination</name>
    <message>
        <location filename="../core/transfer/destination.cpp" line="+65"/>
        <source>an unknown amount</source>
        <comment>size in bytes that could not be determined</comment>
        <translation>une quantité inconnue</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No destination folder is set. Choose a folder for the export.</source>
        <translation>Aucun dossier de destination n&apos;est défini. Choisissez un dossier pour l&apos;exportation.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The destination %1 is a file, not a folder. Choose a folder for the export.</source>
        <translation>La destination %1 est un fichier, pas un dossier. Choisissez un dossier pour l&apos;exportation.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The destination folder %1 does not exist. Connect the network share or choose another folder.</source>
        <translation>Le dossier de destination %1 n&apos;existe pas. Connectez le partage réseau ou choisissez un autre dossier.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Custody cannot write to %1. Ask for write permission on this folder or choose another folder.</source>
        <translation>Custody ne peut pas écrire dans %1. Demandez l&apos;autorisation d&apos;écriture sur ce dossier ou choisissez-en un autre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Custody can create files in %1 but could not remove its test file %2. Check the folder&apos;s permissions, then delete that file.</source>
        <translation>Custody peut créer des fichiers dans %1 mais n&apos;a pas pu supprimer son fichier de test %2. Vérifiez les autorisations du dossier, puis supprimez ce fichier.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only %1 free on %2 but about %3 are needed. Free some space or choose another folder.</source>
        <translation>Seulement %1 libres sur %2, mais environ %3 sont nécessaires. Libérez de l&apos;espace ou choisissez un autre dossier.</translation>
    </message>
</context>
<context>
    <name>DownloadResult</name>
    <message>
        <location filename="../core/transfer/downloadresult.cpp" line="+14"/>
        <source>The download link for %1 expired before the file was complete. The part already downloaded is kept; Custody requests a new link and continues where it stopped.</source>
        <extracomment>%1 is the file being downloaded.</extracomment>
        <translation>Le lien de téléchargement de %1 a expiré avant la fin du fichier. La partie déjà téléchargée est conservée ; Custody demande un nouveau lien et reprend là où il s&apos;était arrêté.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The storage service refused the download link for %1. Custody requests a new link; if this keeps happening, check that the computer&apos;s clock is correct.</source>
        <extracomment>%1 is the file being downloaded.</extracomment>
        <translation>Le service de stockage a refusé le lien de téléchargement de %1. Custody demande un nouveau lien ; si cela se répète, vérifiez que l&apos;horloge de l&apos;ordinateur est juste.</translation>
    </message>
</context>
<context>
    <name>FileNameTemplate</name>
    <message>
        <location filename="../core/transfer/filenametemplate.cpp" line="+86"/>
        <source>The file name template is empty. Enter a template such as %1.</source>
        <translation>Le modèle de nom de fichier est vide. Saisissez un modèle tel que %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file name template &quot;%1&quot; is an absolute path. Files always go inside the export folder; remove the leading drive or slash.</source>
        <translation>Le modèle de nom de fichier « %1 » est un chemin absolu. Les fichiers vont toujours dans le dossier d&apos;exportation ; supprimez le lecteur ou la barre oblique initiale.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file name template &quot;%1&quot; contains &quot;..&quot;, which would leave the export folder. Remove it.</source>
        <translation>Le modèle de nom de fichier « %1 » contient « .. », qui sortirait du dossier d&apos;exportation. Supprimez-le.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The file name template uses the unknown placeholder {%1}. Known placeholders are: %2.</source>
        <translation>Le modèle de nom de fichier utilise l&apos;espace réservé inconnu {%1}. Les espaces réservés connus sont : %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file name template &quot;%1&quot; has a brace without its partner. Write placeholders as {name}.</source>
        <translation>Le modèle de nom de fichier « %1 » contient une accolade sans son pendant. Écrivez les espaces réservés sous la forme {name}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file name template has no {recordingId}, so recordings of the same conversation would get the same name. Add {recordingId}.</source>
        <translation>Le modèle de nom de fichier ne contient pas {recordingId} ; les enregistrements d&apos;une même conversation porteraient donc le même nom. Ajoutez {recordingId}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file name template has no {conversationId}, so files could not be told apart by conversation and names could collide. Add {conversationId}.</source>
        <translation>Le modèle de nom de fichier ne contient pas {conversationId} ; les fichiers ne pourraient donc pas être distingués par conversation et des noms pourraient entrer en collision. Ajoutez {conversationId}.</translation>
    </message>
</context>
<context>
    <name>FileVerifier</name>
    <message>
        <location filename="../core/evidence/fileverifier.cpp" line="+98"/>
        <source>The manifest lists &quot;%1&quot;, which is outside the export folder; it was not checked.</source>
        <translation>Le manifeste liste « %1 », qui se trouve hors du dossier d&apos;exportation ; il n&apos;a pas été vérifié.</translation>
    </message>
</context>
<context>
    <name>JsonlGzWriter</name>
    <message>
        <location filename="../core/evidence/jsonlgzwriter.cpp" line="+52"/>
        <source>Custody could not write the compressed file %1. Check that the folder is writable and the disk is not full, then run the export again.</source>
        <translation>Custody n&apos;a pas pu écrire le fichier compressé %1. Vérifiez que le dossier est accessible en écriture et que le disque n&apos;est pas plein, puis relancez l&apos;exportation.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Custody tried to write to a file that is not open. This is a bug; please report it.</source>
        <translation>Custody a tenté d&apos;écrire dans un fichier qui n&apos;est pas ouvert. C&apos;est un bogue ; merci de le signaler.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Custody tried to finish a file that is not open. This is a bug; please report it.</source>
        <translation>Custody a tenté de finaliser un fichier qui n&apos;est pas ouvert. C&apos;est un bogue ; merci de le signaler.</translation>
    </message>
</context>
<context>
    <name>ManifestReader</name>
    <message>
        <location filename="../core/evidence/manifestreader.cpp" line="+166"/>
        <source>Custody could not open the manifest %1. Check that the folder holds an export and that you may read it.</source>
        <translation>Custody n&apos;a pas pu ouvrir le manifeste %1. Vérifiez que le dossier contient une exportation et que vous pouvez le lire.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The manifest %1 is not a Custody manifest: its first line lacks the columns %2. Check that you chose the right folder.</source>
        <translation>Le manifeste %1 n&apos;est pas un manifeste Custody : sa première ligne ne contient pas les colonnes %2. Vérifiez que vous avez choisi le bon dossier.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Line %1 of the manifest is malformed (%2); it was skipped.</source>
        <translation>La ligne %1 du manifeste est mal formée (%2) ; elle a été ignorée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Line %1 of the manifest has %2 fields instead of %3; it was skipped.</source>
        <translation>La ligne %1 du manifeste a %2 champs au lieu de %3 ; elle a été ignorée.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Line %1 of the manifest has an invalid %2; it was skipped.</source>
        <translation>La ligne %1 du manifeste a un %2 non valide ; elle a été ignorée.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Custody could not read the manifest %1. Check the disk or network share and try again.</source>
        <translation>Custody n&apos;a pas pu lire le manifeste %1. Vérifiez le disque ou le partage réseau, puis réessayez.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The manifest %1 is empty. Check that the export finished.</source>
        <translation>Le manifeste %1 est vide. Vérifiez que l&apos;exportation s&apos;est terminée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The manifest %1 is not valid UTF-8; some text may be wrong.</source>
        <translation>Le manifeste %1 n&apos;est pas en UTF-8 valide ; certains textes peuvent être erronés.</translation>
    </message>
</context>
<context>
    <name>ManifestWriter</name>
    <message>
        <location filename="../core/evidence/manifestwriter.cpp" line="+152"/>
        <source>Custody tried to add to a manifest that is not open. This is a bug; please report it.</source>
        <translation>Custody a tenté d&apos;ajouter à un manifeste qui n&apos;est pas ouvert. C&apos;est un bogue ; merci de le signaler.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Custody tried to finish a manifest that is not open. This is a bug; please report it.</source>
        <translation>Custody a tenté de finaliser un manifeste qui n&apos;est pas ouvert. C&apos;est un bogue ; merci de le signaler.</translation>
    </message>
</context>
<context>
    <name>PartFile</name>
    <message>
        <location filename="../core/evidence/partfile.cpp" line="+18"/>
        <source>Custody could not write %1. Check that the folder is writable and the disk is not full, then run the export again.</source>
        <translation>Custody n&apos;a pas pu écrire %1. Vérifiez que le dossier est accessible en écriture et que le disque n&apos;est pas plein, puis relancez l&apos;exportation.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Custody tried to write a file that is not open. This is a bug; please report it.</source>
        <translation>Custody a tenté d&apos;écrire un fichier qui n&apos;est pas ouvert. C&apos;est un bogue ; merci de le signaler.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Custody tried to finish a file that is not open. This is a bug; please report it.</source>
        <translation>Custody a tenté de finaliser un fichier qui n&apos;est pas ouvert. C&apos;est un bogue ; merci de le signaler.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Custody wrote %1 but could not give it its final name. Check that no other program has the file open, then run the export again.</source>
        <translation>Custody a écrit %1 mais n&apos;a pas pu lui donner son nom définitif. Vérifiez qu&apos;aucun autre programme n&apos;a ouvert le fichier, puis relancez l&apos;exportation.</translation>
    </message>
</context>
<context>
    <name>PathSanitizer</name>
    <message>
        <location filename="../core/transfer/pathsanitizer.cpp" line="+229"/>
        <source>The path &quot;%1&quot; would be outside the export folder %2. Custody only writes inside the chosen folder; check the file name template.</source>
        <translation>Le chemin « %1 » sortirait du dossier d&apos;exportation %2. Custody n&apos;écrit que dans le dossier choisi ; vérifiez le modèle de nom de fichier.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The export folder %1 does not exist. Choose an existing folder or connect the network share.</source>
        <translation>Le dossier d&apos;exportation %1 n&apos;existe pas. Choisissez un dossier existant ou connectez le partage réseau.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+42"/>
        <source>Complaints, last fortnight</source>
        <translation>Réclamations, quinze derniers jours</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test run</source>
        <translation>Essai</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Legal hold, one day</source>
        <translation>Conservation légale, un jour</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Custody: evidence-grade exports from Genesys Cloud.</source>
        <translation>Custody : des exportations de Genesys Cloud dignes d'une preuve.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quit after &lt;ms&gt; milliseconds (for smoke tests).</source>
        <translation>Quitter après &lt;ms&gt; millisecondes (pour les tests rapides).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start on a simulated organisation.</source>
        <translation>Démarrer sur une organisation simulée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run demo exports in a temporary folder, save a picture of the window to &lt;file&gt; and quit.</source>
        <translation>Lancer des exportations de démonstration dans un dossier temporaire, enregistrer une image de la fenêtre dans &lt;file&gt; et quitter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The job store file (default: in the application data folder).</source>
        <translation>Le fichier du journal des tâches (par défaut : dans le dossier de données de l'application).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Custody Cannot Start</source>
        <translation>Custody ne peut pas démarrer</translation>
    </message>
</context>
</TS>
