<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>Custody::Api::ApiError</name>
    <message>
        <location filename="../core/api/apierror.cpp" line="+90"/>
        <source>the connection was refused</source>
        <translation>de verbinding werd geweigerd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the connection was closed unexpectedly</source>
        <translation>de verbinding werd onverwacht gesloten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the server name could not be resolved</source>
        <translation>de servernaam kon niet worden opgezocht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the connection timed out</source>
        <translation>er trad een time-out op bij de verbinding</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the network is unavailable</source>
        <translation>het netwerk is niet beschikbaar</translation>
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
        <translation>Genesys Cloud kon tijdelijk niet antwoorden (HTTP %1)%2. Custody probeert het automatisch opnieuw; blijft dit gebeuren, controleer dan de statuspagina van Genesys Cloud en hervat de export later.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Custody could not reach Genesys Cloud: %1. Custody retries automatically; if this keeps happening, check the network connection, proxy and firewall, then resume the export.</source>
        <extracomment>%1 is a reason such as &quot;the connection timed out&quot;.</extracomment>
        <translation>Custody kon Genesys Cloud niet bereiken: %1. Custody probeert het automatisch opnieuw; blijft dit gebeuren, controleer dan de netwerkverbinding, proxy en firewall en hervat de export.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Genesys Cloud is limiting how many requests this OAuth client may send%1. Custody waits %n second(s) and then continues by itself; nothing needs to be done.</source>
        <extracomment>%1 is the server&apos;s explanation in parentheses or empty.</extracomment>
        <translation>
            <numerusform>Genesys Cloud beperkt hoeveel verzoeken deze OAuth-client mag sturen%1. Custody wacht %n seconde en gaat dan vanzelf verder; u hoeft niets te doen.</numerusform>
            <numerusform>Genesys Cloud beperkt hoeveel verzoeken deze OAuth-client mag sturen%1. Custody wacht %n seconden en gaat dan vanzelf verder; u hoeft niets te doen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Genesys Cloud is limiting how many requests this OAuth client may send%1. Custody waits and then continues by itself; nothing needs to be done.</source>
        <translation>Genesys Cloud beperkt hoeveel verzoeken deze OAuth-client mag sturen%1. Custody wacht en gaat dan vanzelf verder; u hoeft niets te doen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Genesys Cloud rejected the OAuth client credentials%1: the client ID or the client secret is wrong, or the client belongs to another region. Check both in the settings, then resume the export.</source>
        <translation>Genesys Cloud heeft de gegevens van de OAuth-client geweigerd%1: de client-ID of het clientgeheim is onjuist, of de client hoort bij een andere regio. Controleer beide in de instellingen en hervat dan de export.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Genesys Cloud did not accept Custody&apos;s sign-in%1. Check that the OAuth client still exists, uses the Client Credentials grant and has not been revoked, then resume the export.</source>
        <translation>Genesys Cloud heeft de aanmelding van Custody niet geaccepteerd%1. Controleer of de OAuth-client nog bestaat, de grant Client Credentials gebruikt en niet is ingetrokken, en hervat dan de export.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Genesys Cloud refused the request because the OAuth client lacks a permission%1. Ask your Genesys Cloud administrator to grant it, then resume the export.</source>
        <translation>Genesys Cloud heeft het verzoek geweigerd omdat de OAuth-client een machtiging mist%1. Vraag uw Genesys Cloud-beheerder die toe te kennen en hervat dan de export.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Genesys Cloud could not find what was requested%1; it may have been deleted or belong to another organization or region. Check the region and the export&apos;s filters, then resume the export.</source>
        <translation>Genesys Cloud kon het gevraagde niet vinden%1; het is mogelijk verwijderd of hoort bij een andere organisatie of regio. Controleer de regio en de filters van de export en hervat dan de export.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Genesys Cloud rejected the request as invalid%1. Check the export&apos;s dates and filters; if they look right, report the problem with this error&apos;s technical details.</source>
        <translation>Genesys Cloud heeft het verzoek als ongeldig geweigerd%1. Controleer de datums en filters van de export; als die kloppen, meld het probleem dan met de technische details van deze fout.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Custody could not read or write a local file (%1). Check that the destination folder exists, is writable and has free space, then resume the export.</source>
        <extracomment>%1 is the technical description naming the file and the system error.</extracomment>
        <translation>Custody kon een lokaal bestand niet lezen of schrijven (%1). Controleer of de doelmap bestaat, beschrijfbaar is en vrije ruimte heeft, en hervat dan de export.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The request was cancelled. Resume the export to continue where it stopped.</source>
        <translation>Het verzoek is geannuleerd. Hervat de export om verder te gaan waar hij stopte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Custody could not establish a secure connection to Genesys Cloud. Check the proxy and the system&apos;s certificate settings, then resume the export.</source>
        <translation>Custody kon geen beveiligde verbinding met Genesys Cloud opzetten. Controleer de proxy en de certificaatinstellingen van het systeem en hervat dan de export.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Genesys Cloud kept sending incomplete answers (malformed JSON)%1. Resume the export later; if this keeps happening, check any proxy between this computer and Genesys Cloud.</source>
        <extracomment>%1 is the server&apos;s explanation in parentheses or empty.</extracomment>
        <translation>Genesys Cloud bleef onvolledige antwoorden sturen (ongeldige JSON)%1. Hervat de export later; blijft dit gebeuren, controleer dan een eventuele proxy tussen deze computer en Genesys Cloud.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Genesys Cloud sent an answer Custody cannot use%1. Resume the export later; if this keeps happening, report the problem with this error&apos;s technical details.</source>
        <translation>Genesys Cloud stuurde een antwoord dat Custody niet kan gebruiken%1. Hervat de export later; blijft dit gebeuren, meld het probleem dan met de technische details van deze fout.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Support reference: %1.</source>
        <extracomment>Genesys support uses this id to find the request in their logs.</extracomment>
        <translation>Supportreferentie: %1.</translation>
    </message>
</context>
<context>
    <name>Custody::Cli</name>
    <message>
        <location filename="../app/cli/admincommands.cpp" line="+52"/>
        <source>List exports and their progress.</source>
        <translation>Exports en hun voortgang weergeven.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The job store file.</source>
        <translation>Het bestand van de takenopslag.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No exports yet.</source>
        <translation>Nog geen exports.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 downloaded, %2 failed</source>
        <translation>%1 gedownload, %2 mislukt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Recheck every file of an export folder against its manifest.</source>
        <translation>Elk bestand van een exportmap opnieuw controleren tegen het manifest.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The export folder.</source>
        <translation>De exportmap.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>missing: </source>
        <translation>ontbreekt: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changed: </source>
        <translation>gewijzigd: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unreadable: </source>
        <translation>onleesbaar: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>extra: </source>
        <translation>extra: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>incomplete download: </source>
        <translation>onvolledige download: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 files match the manifest; %2 missing, %3 changed, %4 extra.</source>
        <translation>%1 bestanden komen overeen met het manifest; %2 ontbreken, %3 gewijzigd, %4 extra.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Manage org profiles: add, list, remove.</source>
        <translation>Organisatieprofielen beheren: toevoegen, weergeven, verwijderen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add, list or remove</source>
        <translation>add, list of remove</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+81"/>
        <source>The profiles file.</source>
        <translation>Het profielbestand.</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Profile name.</source>
        <translation>Profielnaam.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region domain, e.g. mypurecloud.ie.</source>
        <translation>Regiodomein, bijv. mypurecloud.ie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom base URL serving login and API.</source>
        <translation>Eigen basis-URL voor aanmelding en API.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OAuth client id (client credentials grant).</source>
        <translation>OAuth-client-ID (grant Client Credentials).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the secret from this environment variable instead of the keychain.</source>
        <translation>Het geheim uit deze omgevingsvariabele lezen in plaats van uit de sleutelhanger.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default time zone of the org, e.g. Europe/Berlin.</source>
        <translation>Standaardtijdzone van de organisatie, bijv. Europe/Berlin.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>secret in keychain</source>
        <translation>geheim in sleutelhanger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>secret in $%1</source>
        <translation>geheim in $%1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Added profile %1.</source>
        <translation>Profiel %1 toegevoegd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Now store its client secret: custody-cli secrets set &quot;%1&quot;</source>
        <translation>Sla nu het clientgeheim op: custody-cli secrets set &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+45"/>
        <source>No profile named &quot;%1&quot;.</source>
        <translation>Geen profiel met de naam &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Removed profile %1.</source>
        <translation>Profiel %1 verwijderd.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Store a profile&apos;s OAuth client secret in the OS keychain. The secret is read from standard input.</source>
        <translation>Het OAuth-clientgeheim van een profiel in de sleutelhanger van het besturingssysteem opslaan. Het geheim wordt van standaardinvoer gelezen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>set</source>
        <translation>set</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile name or id.</source>
        <translation>Profielnaam of -ID.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No secret on standard input. Example: custody-cli secrets set &quot;%1&quot; &lt; secret.txt</source>
        <translation>Geen geheim op standaardinvoer. Voorbeeld: custody-cli secrets set &quot;%1&quot; &lt; secret.txt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Stored the client secret of %1 in the keychain.</source>
        <translation>Clientgeheim van %1 opgeslagen in de sleutelhanger.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommands.cpp" line="+83"/>
        <source>No profile named &quot;%1&quot;. List them with: custody-cli profiles list</source>
        <translation>Geen profiel met de naam &quot;%1&quot;. Toon ze met: custody-cli profiles list</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No export &quot;%1&quot;. List them with: custody-cli status</source>
        <translation>Geen export &quot;%1&quot;. Toon ze met: custody-cli status</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Demo export</source>
        <translation>Demo-export</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The demo writes into a new folder, but %1 is not empty. Remove it or choose another with --dest.</source>
        <translation>De demo schrijft naar een nieuwe map, maar %1 is niet leeg. Verwijder die of kies een andere met --dest.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Demo: a simulated org (%1, %2) serves %3 conversations on %4.</source>
        <translation>Demo: een gesimuleerde organisatie (%1, %2) levert %3 gesprekken op %4.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>custody-sim demo org at %1</source>
        <translation>custody-sim-demo-organisatie op %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Verified %1 files against manifest.csv: %2 missing, %3 changed, %4 extra.</source>
        <translation>%1 bestanden geverifieerd tegen manifest.csv: %2 ontbreken, %3 gewijzigd, %4 extra.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Export recordings and conversation records from Genesys Cloud.</source>
        <translation>Opnames en gespreksgegevens uit Genesys Cloud exporteren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Org profile name or id.</source>
        <translation>Naam of ID van het organisatieprofiel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export a demo week from a simulated org started in-process.</source>
        <translation>Een demoweek exporteren uit een gesimuleerde organisatie die in het proces wordt gestart.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concurrent downloads (default 4).</source>
        <translation>Gelijktijdige downloads (standaard 4).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bandwidth cap in bytes per second (0: none).</source>
        <translation>Bandbreedtelimiet in bytes per seconde (0: geen).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Name the org profile with --profile (see custody-cli profiles list), or try --demo.</source>
        <translation>Geef het organisatieprofiel op met --profile (zie custody-cli profiles list), of probeer --demo.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export of %1</source>
        <translation>Export van %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Continue an interrupted or paused export.</source>
        <translation>Een onderbroken of gepauzeerde export hervatten.</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>The export&apos;s id (see custody-cli status).</source>
        <translation>De ID van de export (zie custody-cli status).</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>Cancel an export. Files already exported stay where they are.</source>
        <translation>Een export annuleren. Al geëxporteerde bestanden blijven waar ze zijn.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelled from the command line.</source>
        <translation>Geannuleerd vanaf de opdrachtregel.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelled %1.</source>
        <translation>%1 geannuleerd.</translation>
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
        <translation>Gebruik: custody-cli &lt;opdracht&gt; [opties]

Opdrachten:
  export     Opnames en gespreksgegevens exporteren (zie custody-cli export --help);
             export --demo voert een volledige export uit tegen een gesimuleerde organisatie
  resume     Een onderbroken of gepauzeerde export hervatten:  resume &lt;export-id&gt;
  cancel     Een export annuleren:                             cancel &lt;export-id&gt;
  status     Exports en hun voortgang weergeven
  verify     Een exportmap opnieuw controleren tegen het manifest: verify &lt;map&gt;
  profiles   Organisatieprofielen beheren: profiles add|list|remove
  secrets    Het clientgeheim van een profiel in de sleutelhanger opslaan: secrets set &lt;profiel&gt;

Opties: --help, --version; custody-cli &lt;opdracht&gt; --help toont de opties van een opdracht.

Afsluitcodes: 0 alles geëxporteerd, 1 sommige items mislukt (weergegeven), 2 gebruiksfout,
              3 authenticatie- of machtigingsfout, 4 doelfout.
</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Unknown command &quot;%1&quot;.

</source>
        <translation>Onbekende opdracht &quot;%1&quot;.

</translation>
    </message>
</context>
<context>
    <name>Custody::Cli::ExportCommand</name>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="+64"/>
        <source>Connecting to %1 ...</source>
        <translation>Verbinden met %1 ...</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>windows %1/%2  conversations %3  files %4 done, %5 failed, %6 to go  %7/s  ETA %8</source>
        <translation>vensters %1/%2  gesprekken %3  bestanden %4 klaar, %5 mislukt, %6 te gaan  %7/s  resterend %8</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Items that could not be exported:</source>
        <translation>Items die niet konden worden geëxporteerd:</translation>
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
        <translation>Naam van de export.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Destination folder (local, mounted share or UNC path).</source>
        <translation>Doelmap (lokaal, gekoppelde share of UNC-pad).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First local day (yyyy-MM-dd).</source>
        <translation>Eerste lokale dag (yyyy-MM-dd).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last local day, inclusive (yyyy-MM-dd).</source>
        <translation>Laatste lokale dag, inclusief (yyyy-MM-dd).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export yesterday.</source>
        <translation>Gisteren exporteren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the last N full days, e.g. 7d.</source>
        <translation>De laatste N volle dagen exporteren, bijv. 7d.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export one calendar month, e.g. 2024-05.</source>
        <translation>Eén kalendermaand exporteren, bijv. 2024-05.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IANA time zone of the day boundaries (default: the profile&apos;s, else this computer&apos;s).</source>
        <translation>IANA-tijdzone van de daggrenzen (standaard: die van het profiel, anders die van deze computer).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export the conversations listed in this file (one id per line or CSV).</source>
        <translation>De gesprekken in dit bestand exporteren (één ID per regel of CSV).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only this queue id (repeatable).</source>
        <translation>Alleen deze wachtrij-ID (herhaalbaar).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only this agent&apos;s user id (repeatable).</source>
        <translation>Alleen de gebruikers-ID van deze agent (herhaalbaar).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only inbound or outbound.</source>
        <translation>Alleen inkomend of uitgaand.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only this media type: voice, chat, email, message, callback (repeatable).</source>
        <translation>Alleen dit mediatype: voice, chat, email, message, callback (herhaalbaar).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What to export: recordings, details or both (default both).</source>
        <translation>Wat te exporteren: recordings, details of both (standaard both).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File-name template (default {date}/{conversationId}/{recordingId}.{ext}).</source>
        <translation>Bestandsnaamsjabloon (standaard {date}/{conversationId}/{recordingId}.{ext}).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>--content must be recordings, details or both.</source>
        <translation>--content moet recordings, details of both zijn.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Line %1 of %2 is not a conversation id: %3</source>
        <translation>Regel %1 van %2 is geen gespreks-ID: %3</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose the days to export: --from/--to, --yesterday, --last 7d, --month 2024-05 or --ids-file.</source>
        <translation>Kies de dagen om te exporteren: --from/--to, --yesterday, --last 7d, --month 2024-05 of --ids-file.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unknown direction &quot;%1&quot;: use inbound or outbound.</source>
        <translation>Onbekende richting &quot;%1&quot;: gebruik inbound of outbound.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown media type &quot;%1&quot;: use voice, chat, email, message or callback.</source>
        <translation>Onbekend mediatype &quot;%1&quot;: gebruik voice, chat, email, message of callback.</translation>
    </message>
</context>
<context>
    <name>Custody::Jobs::AnalyticsStage</name>
    <message>
        <location filename="../core/jobs/analyticsstage.cpp" line="+288"/>
        <source>Could not record the split of window %1.</source>
        <translation>De splitsing van venster %1 kon niet worden vastgelegd.</translation>
    </message>
</context>
<context>
    <name>Custody::Jobs::BatchStage</name>
    <message>
        <location filename="../core/jobs/batchstage.cpp" line="+97"/>
        <source>Genesys Cloud did not provide a usable download link after %1 attempts. Retry the failed items later.</source>
        <translation>Genesys Cloud leverde na %1 pogingen geen bruikbare downloadlink. Probeer de mislukte items later opnieuw.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Could not record recording %1.</source>
        <translation>Opname %1 kon niet worden vastgelegd.</translation>
    </message>
</context>
<context>
    <name>Custody::Jobs::BulkStage</name>
    <message>
        <location filename="../core/jobs/bulkstage.cpp" line="+341"/>
        <source>  %1: job %2, %3 conversation(s), %4 recording(s) exported, %5 skipped, %6 failed</source>
        <translation>  %1: taak %2, %3 gesprek(ken), %4 opname(s) geëxporteerd, %5 overgeslagen, %6 mislukt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>  %1: NOT EXPORTED (job %2): %3</source>
        <translation>  %1: NIET GEËXPORTEERD (taak %2): %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  %1: unfinished (%2, job %3)</source>
        <translation>  %1: onvoltooid (%2, taak %3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recording bulk export</source>
        <translation>Bulkexport van opnames</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recordings were copied by Genesys Cloud into the S3 bucket of integration %1; they are not in this folder and not in the manifest.</source>
        <translation>De opnames zijn door Genesys Cloud gekopieerd naar de S3-bucket van integratie %1; ze staan niet in deze map en niet in het manifest.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Jobs: %1, recordings exported: %2, failed recordings: %3, windows not exported: %4</source>
        <translation>Taken: %1, geëxporteerde opnames: %2, mislukte opnames: %3, niet-geëxporteerde vensters: %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Failed recordings (conversation / recording)</source>
        <translation>Mislukte opnames (gesprek / opname)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
</context>
<context>
    <name>Custody::Jobs::DownloadStage</name>
    <message>
        <location filename="../core/jobs/downloadstage.cpp" line="+103"/>
        <source>Custody cannot create the folder %1. Check that the destination is connected and writable, then resume the export.</source>
        <translation>Custody kan de map %1 niet aanmaken. Controleer of het doel verbonden en beschrijfbaar is en hervat dan de export.</translation>
    </message>
</context>
<context>
    <name>Custody::Jobs::Engine</name>
    <message>
        <location filename="../core/jobs/engine.cpp" line="+106"/>
        <source>Paused by the user.</source>
        <translation>Gepauzeerd door de gebruiker.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelled.</source>
        <translation>Geannuleerd.</translation>
    </message>
</context>
<context>
    <name>Custody::Jobs::EvidenceStage</name>
    <message>
        <location filename="../core/jobs/evidencestage.cpp" line="+121"/>
        <location line="+29"/>
        <source>Cannot write the audit trail %1: %2</source>
        <translation>Kan de audittrail %1 niet schrijven: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+55"/>
        <source>Cannot write the custody report %1: %2</source>
        <translation>Kan het Custody-rapport %1 niet schrijven: %2</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Custody report</source>
        <translation>Custody-rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written at</source>
        <translation>Geschreven op</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run by</source>
        <translation>Uitgevoerd door</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Machine</source>
        <translation>Computer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application</source>
        <translation>Toepassing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was asked for</source>
        <translation>Gevraagd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outcome</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Files in the manifest</source>
        <translation>Bestanden in het manifest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256 of manifest.csv</source>
        <translation>SHA-256 van manifest.csv</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SHA-256 of manifest.json</source>
        <translation>SHA-256 van manifest.json</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failures</source>
        <translation>Fouten</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check this export at any time with: custody-cli verify &quot;%1&quot;</source>
        <translation>Controleer deze export op elk moment met: custody-cli verify &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>Custody::Jobs::ExportRun</name>
    <message>
        <location filename="../core/jobs/exportrun.cpp" line="+175"/>
        <source>Custody could not write the evidence files: %1 Free some space or fix the folder&apos;s permissions, then resume the export.</source>
        <translation>Custody kon de bewijsbestanden niet schrijven: %1 Maak ruimte vrij of herstel de mapmachtigingen en hervat dan de export.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n file(s) exported; %1 item(s) could not be exported (see custody-report.txt).</source>
        <translation>
            <numerusform>%n bestand geëxporteerd; %1 item(s) konden niet worden geëxporteerd (zie custody-report.txt).</numerusform>
            <numerusform>%n bestanden geëxporteerd; %1 item(s) konden niet worden geëxporteerd (zie custody-report.txt).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n file(s) exported and verified by SHA-256.</source>
        <translation>
            <numerusform>%n bestand geëxporteerd en met SHA-256 geverifieerd.</numerusform>
            <numerusform>%n bestanden geëxporteerd en met SHA-256 geverifieerd.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cancelled. Files already exported stay in the folder.</source>
        <translation>Geannuleerd. Al geëxporteerde bestanden blijven in de map.</translation>
    </message>
</context>
<context>
    <name>Custody::Jobs::TranscodeStage</name>
    <message>
        <location filename="../core/jobs/transcodestage.cpp" line="+177"/>
        <source>Genesys Cloud offered no %1 file for this recording (file state: %2).</source>
        <translation>Genesys Cloud bood geen %1-bestand aan voor deze opname (bestandsstatus: %2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
</context>
<context>
    <name>Custody::Plan::ExportSpec</name>
    <message>
        <location filename="../core/plan/exportfilters.cpp" line="+43"/>
        <source>The saved export cannot be read: &quot;%1&quot; is not a list of texts. Save the export again.</source>
        <translation>De opgeslagen export kan niet worden gelezen: &quot;%1&quot; is geen lijst met teksten. Sla de export opnieuw op.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The saved export cannot be read: &quot;%1&quot; contains the unknown value &quot;%2&quot;. Save the export again.</source>
        <translation>De opgeslagen export kan niet worden gelezen: &quot;%1&quot; bevat de onbekende waarde &quot;%2&quot;. Sla de export opnieuw op.</translation>
    </message>
    <message>
        <location filename="../core/plan/exportspec.cpp" line="+55"/>
        <source>The saved export cannot be read: %1 Save the export again.</source>
        <translation>De opgeslagen export kan niet worden gelezen: %1 Sla de export opnieuw op.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&quot;%1&quot; is not a text.</source>
        <translation>&quot;%1&quot; is geen tekst.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not true or false.</source>
        <translation>&quot;%1&quot; is niet waar of onwaar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not an object.</source>
        <translation>&quot;%1&quot; is geen object.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&quot;%1&quot; is not a list of texts.</source>
        <translation>&quot;%1&quot; is geen lijst met teksten.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is not a date in the form YYYY-MM-DD.</source>
        <translation>&quot;%1&quot; is geen datum in de vorm JJJJ-MM-DD.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>the selection &quot;%1&quot; is not known.</source>
        <translation>de selectie &quot;%1&quot; is onbekend.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>This is not a saved Custody export: it has no &quot;specVersion&quot;. Choose an export file saved by Custody.</source>
        <translation>Dit is geen opgeslagen Custody-export: er is geen &quot;specVersion&quot;. Kies een exportbestand dat door Custody is opgeslagen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This export was saved by a newer Custody (format %1; this version reads up to %2). Update Custody to open it.</source>
        <translation>Deze export is opgeslagen door een nieuwere Custody (formaat %1; deze versie leest tot %2). Werk Custody bij om hem te openen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;specVersion&quot; is %1, which no Custody has written.</source>
        <translation>&quot;specVersion&quot; is %1, wat geen enkele Custody heeft geschreven.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the recording format &quot;%1&quot; is not known.</source>
        <translation>het opnameformaat &quot;%1&quot; is onbekend.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The export file holds no JSON object. Choose an export file saved by Custody.</source>
        <translation>Het exportbestand bevat geen JSON-object. Kies een exportbestand dat door Custody is opgeslagen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The export file is not valid JSON (%1 at byte %2). Choose an export file saved by Custody.</source>
        <translation>Het exportbestand is geen geldige JSON (%1 bij byte %2). Kies een exportbestand dat door Custody is opgeslagen.</translation>
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
        <translation>%1 &quot;%2&quot; is geen geldige ID (verwacht een UUID zoals %3).</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n more ids are not valid either.</source>
        <translation>
            <numerusform>Nog %n ID is ook ongeldig.</numerusform>
            <numerusform>Nog %n ID&apos;s zijn ook ongeldig.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enter a file-name template, for example %1.</source>
        <translation>Voer een bestandsnaamsjabloon in, bijvoorbeeld %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file-name template uses {%1}, which Custody does not know. Use one of: %2.</source>
        <translation>Het bestandsnaamsjabloon gebruikt {%1}, dat Custody niet kent. Gebruik een van: %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file-name template has a &quot;{&quot; or &quot;}&quot; without its partner. Write placeholders as {name}.</source>
        <translation>Het bestandsnaamsjabloon bevat een &quot;{&quot; of &quot;}&quot; zonder tegenhanger. Schrijf plaatshouders als {name}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file-name template must contain {recordingId}; without it, two recordings could be saved under the same name.</source>
        <translation>Het bestandsnaamsjabloon moet {recordingId} bevatten; zonder kunnen twee opnames onder dezelfde naam worden opgeslagen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file-name template must stay inside the destination folder: remove leading slashes, drive letters and &quot;..&quot;.</source>
        <translation>Het bestandsnaamsjabloon moet binnen de doelmap blijven: verwijder voorloopschuine strepen, stationsletters en &quot;..&quot;.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Paste or load at least one conversation id.</source>
        <translation>Plak of laad ten minste één gespreks-ID.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conversation id</source>
        <translation>Gespreks-ID</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the first and the last day to export.</source>
        <translation>Kies de eerste en de laatste dag om te exporteren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The end date (%1) is before the start date (%2).</source>
        <translation>De einddatum (%1) ligt vóór de begindatum (%2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the time zone in which the days are counted.</source>
        <translation>Kies de tijdzone waarin de dagen worden geteld.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown time zone &quot;%1&quot;. Choose a zone from the list, for example Europe/Berlin.</source>
        <translation>Onbekende tijdzone &quot;%1&quot;. Kies een zone uit de lijst, bijvoorbeeld Europe/Berlin.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Queue id</source>
        <translation>Wachtrij-ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User id</source>
        <translation>Gebruikers-ID</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose the organisation profile to export from.</source>
        <translation>Kies het organisatieprofiel waaruit wordt geëxporteerd.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose at least one kind of content to export.</source>
        <translation>Kies ten minste één soort inhoud om te exporteren.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A recording bulk export needs the id of the organisation&apos;s AWS S3 recording bulk-actions integration. Enter it, or turn the bulk export off.</source>
        <translation>Een bulkexport van opnames heeft de ID nodig van de AWS S3-integratie voor bulkacties op opnames van de organisatie. Voer die in of schakel de bulkexport uit.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Integration id</source>
        <translation>Integratie-ID</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the folder to export to.</source>
        <translation>Kies de map waarnaar wordt geëxporteerd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The destination folder &quot;%1&quot; is a relative path. Choose the folder with its full path.</source>
        <translation>De doelmap &quot;%1&quot; is een relatief pad. Kies de map met het volledige pad.</translation>
    </message>
</context>
<context>
    <name>Custody::Plan::RelativeRange</name>
    <message>
        <location filename="../core/plan/relativerange.cpp" line="+20"/>
        <source>&quot;%1&quot; is not a date range. Use today, yesterday, last 7d, last-week, last-month, month 2024-05 or 2024-03-01..2024-03-14.</source>
        <translation>&quot;%1&quot; is geen datumbereik. Gebruik today, yesterday, last 7d, last-week, last-month, month 2024-05 of 2024-03-01..2024-03-14.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a date. Write dates as YYYY-MM-DD, e.g. 2024-03-01.</source>
        <translation>&quot;%1&quot; is geen datum. Schrijf datums als JJJJ-MM-DD, bijv. 2024-03-01.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The number of days in &quot;last Nd&quot; must be between 1 and %1.</source>
        <translation>Het aantal dagen in &quot;last Nd&quot; moet tussen 1 en %1 liggen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The end date %1 is before the start date %2. Swap them.</source>
        <translation>De einddatum %1 ligt vóór de begindatum %2. Verwissel ze.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&quot;%1&quot; is not a month. Write months as YYYY-MM, e.g. 2024-05.</source>
        <translation>&quot;%1&quot; is geen maand. Schrijf maanden als JJJJ-MM, bijv. 2024-05.</translation>
    </message>
</context>
<context>
    <name>Custody::Profiles::OrgProfile</name>
    <message>
        <location filename="../core/profiles/orgprofile.cpp" line="+25"/>
        <source>The gateway address &quot;%1&quot; is not a valid URL. Enter it as https://host[:port][/path].</source>
        <translation>Het gatewayadres &quot;%1&quot; is geen geldige URL. Voer het in als https://host[:poort][/pad].</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The gateway address must start with https:// (&quot;%1&quot; was given).</source>
        <translation>Het gatewayadres moet beginnen met https:// (&quot;%1&quot; opgegeven).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The gateway address must not contain a user name or password: profiles are stored as plain text. Remove the part before &quot;@&quot;.</source>
        <translation>Het gatewayadres mag geen gebruikersnaam of wachtwoord bevatten: profielen worden als platte tekst opgeslagen. Verwijder het deel vóór &quot;@&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The gateway address must not contain a query (?…) or fragment (#…). Remove them.</source>
        <translation>Het gatewayadres mag geen query (?…) of fragment (#…) bevatten. Verwijder ze.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plain http:// is allowed only for a gateway on this computer (localhost, 127.0.0.1 or ::1): over any network the client secret and access tokens would travel unencrypted. Use https://.</source>
        <translation>Gewone http:// is alleen toegestaan voor een gateway op deze computer (localhost, 127.0.0.1 of ::1): over elk netwerk zouden het clientgeheim en de toegangstokens onversleuteld gaan. Gebruik https://.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The profile id &quot;%1&quot; is not a uuid. Create the profile again.</source>
        <translation>De profiel-ID &quot;%1&quot; is geen UUID. Maak het profiel opnieuw aan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The profile has no name. Give it a name, e.g. the organisation&apos;s.</source>
        <translation>Het profiel heeft geen naam. Geef het een naam, bijv. die van de organisatie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The profile names both a region and a gateway address. Keep only one.</source>
        <translation>Het profiel noemt zowel een regio als een gatewayadres. Houd er maar één.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The profile has neither a region nor a gateway address. Choose the organisation&apos;s region.</source>
        <translation>Het profiel heeft geen regio en geen gatewayadres. Kies de regio van de organisatie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a known Genesys Cloud region. Choose one from the list, e.g. mypurecloud.ie, or enter a gateway address.</source>
        <translation>&quot;%1&quot; is geen bekende Genesys Cloud-regio. Kies er een uit de lijst, bijv. mypurecloud.ie, of voer een gatewayadres in.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The OAuth client id is empty. Copy it from the client credentials OAuth client in Genesys Cloud Admin.</source>
        <translation>De OAuth-client-ID is leeg. Kopieer die van de OAuth-client (Client Credentials) in Genesys Cloud Admin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The OAuth client id &quot;%1&quot; contains spaces or slashes. Copy it again without them.</source>
        <translation>De OAuth-client-ID &quot;%1&quot; bevat spaties of schuine strepen. Kopieer die opnieuw zonder.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a time zone known on this system. Use an IANA name such as Europe/Dublin, or leave it empty to use the system&apos;s zone.</source>
        <translation>&quot;%1&quot; is geen tijdzone die dit systeem kent. Gebruik een IANA-naam zoals Europe/Dublin, of laat het leeg om de systeemzone te gebruiken.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The profile entry has no text &quot;%1&quot;.</source>
        <translation>De profielvermelding heeft geen tekst &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>Custody::Profiles::ProfileStore</name>
    <message>
        <location filename="../core/profiles/profilestore.cpp" line="+46"/>
        <source>The profile file %1 cannot be used: %2 Repair it, or move it away to start with no profiles. Custody will not change it until then.</source>
        <translation>Het profielbestand %1 kan niet worden gebruikt: %2 Herstel het, of verplaats het om zonder profielen te beginnen. Tot dan wijzigt Custody het niet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it cannot be read.</source>
        <translation>het kan niet worden gelezen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it is not valid JSON.</source>
        <translation>het is geen geldige JSON.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it was written by a newer version of Custody.</source>
        <translation>het is geschreven door een nieuwere versie van Custody.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>A profile with this id exists already. Edit that one.</source>
        <translation>Er bestaat al een profiel met deze ID. Bewerk dat profiel.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The profile &quot;%1&quot; no longer exists. Add it again.</source>
        <translation>Het profiel &quot;%1&quot; bestaat niet meer. Voeg het opnieuw toe.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>There is no profile with the id %1; nothing was removed.</source>
        <translation>Er is geen profiel met de ID %1; er is niets verwijderd.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>A profile named &quot;%1&quot; exists already. Choose another name.</source>
        <translation>Er bestaat al een profiel met de naam &quot;%1&quot;. Kies een andere naam.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The profiles could not be saved to %1, so the change was not made. Check that the folder exists, is writable and has free space, then try again.</source>
        <translation>De profielen konden niet in %1 worden opgeslagen, dus de wijziging is niet doorgevoerd. Controleer of de map bestaat, beschrijfbaar is en vrije ruimte heeft, en probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The profile file %1 is damaged, so no change is saved. Repair it or move it away, then restart Custody.</source>
        <translation>Het profielbestand %1 is beschadigd, dus er wordt geen wijziging opgeslagen. Herstel of verplaats het en start Custody daarna opnieuw.</translation>
    </message>
</context>
<context>
    <name>Custody::Secrets::CredentialResult</name>
    <message>
        <location filename="../core/secrets/credentialresult.cpp" line="+13"/>
        <source>Custody never stores secrets in plain text; set the secret in an environment variable and name it in the profile instead, or start a keyring such as GNOME Keyring or KWallet.</source>
        <translation>Custody slaat geheimen nooit als platte tekst op; zet het geheim in een omgevingsvariabele en noem die in het profiel, of start een sleutelhanger zoals GNOME Keyring of KWallet.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No secret is stored in the keychain for this profile. Enter the client secret again in the profile settings, or name an environment variable that holds it.</source>
        <translation>Voor dit profiel is geen geheim opgeslagen in de sleutelhanger. Voer het clientgeheim opnieuw in bij de profielinstellingen, of noem een omgevingsvariabele die het bevat.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No keychain is available on this system (%1). %2</source>
        <translation>Er is geen sleutelhanger beschikbaar op dit systeem (%1). %2</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>The keychain did not answer within %n second(s); it may be waiting for a password prompt that cannot be shown. %1</source>
        <translation>
            <numerusform>De sleutelhanger antwoordde niet binnen %n seconde; mogelijk wacht hij op een wachtwoordvraag die niet kan worden getoond. %1</numerusform>
            <numerusform>De sleutelhanger antwoordde niet binnen %n seconden; mogelijk wacht hij op een wachtwoordvraag die niet kan worden getoond. %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The keychain refused access (%1). Unlock your keyring and try again. %2</source>
        <translation>De sleutelhanger weigerde de toegang (%1). Ontgrendel uw sleutelhanger en probeer het opnieuw. %2</translation>
    </message>
</context>
<context>
    <name>Custody::Secrets::CredentialStore</name>
    <message>
        <location filename="../core/secrets/credentialstore.cpp" line="+45"/>
        <source>The keychain could not delete the stored secret (%1). Remove the entry &quot;%2&quot; with your keychain&apos;s own tool.</source>
        <translation>De sleutelhanger kon het opgeslagen geheim niet verwijderen (%1). Verwijder het item &quot;%2&quot; met het hulpprogramma van uw sleutelhanger.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>The profile has no id or no OAuth client id, so its secret has no keychain entry.</source>
        <translation>Het profiel heeft geen ID of geen OAuth-client-ID, dus het geheim heeft geen item in de sleutelhanger.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The client secret is empty. Enter the secret to store.</source>
        <translation>Het clientgeheim is leeg. Voer het op te slaan geheim in.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The client secret is longer than %1 bytes, more than the keychain can hold on every system. Check that you pasted the client secret and nothing else.</source>
        <translation>Het clientgeheim is langer dan %1 bytes, meer dan de sleutelhanger op elk systeem kan bewaren. Controleer of u alleen het clientgeheim hebt geplakt.</translation>
    </message>
</context>
<context>
    <name>Custody::Secrets::SecretResolver</name>
    <message>
        <location filename="../core/secrets/secretresolver.cpp" line="+14"/>
        <source>The profile reads its secret from an environment variable but names none. Name the variable in the profile, e.g. CUSTODY_SECRET_PROD.</source>
        <translation>Het profiel leest het geheim uit een omgevingsvariabele maar noemt er geen. Noem de variabele in het profiel, bijv. CUSTODY_SECRET_PROD.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The environment variable %1 is not set or is empty, and this profile reads its client secret from it. Set %1 to the OAuth client secret before starting Custody.</source>
        <translation>De omgevingsvariabele %1 is niet ingesteld of leeg, en dit profiel leest er het clientgeheim uit. Stel %1 in op het OAuth-clientgeheim voordat u Custody start.</translation>
    </message>
</context>
<context>
    <name>Custody::Secrets::SecretSource</name>
    <message>
        <location filename="../core/secrets/secretsource.cpp" line="+35"/>
        <source>Name the environment variable that holds the client secret, e.g. CUSTODY_SECRET_PROD.</source>
        <translation>Noem de omgevingsvariabele die het clientgeheim bevat, bijv. CUSTODY_SECRET_PROD.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a usable environment variable name. Use letters, digits and underscores only, not starting with a digit, e.g. CUSTODY_SECRET_PROD.</source>
        <translation>&quot;%1&quot; is geen bruikbare naam voor een omgevingsvariabele. Gebruik alleen letters, cijfers en underscores, niet beginnend met een cijfer, bijv. CUSTODY_SECRET_PROD.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The secret source &quot;%1&quot; is unknown; expected &quot;keychain&quot; or &quot;environment&quot;.</source>
        <translation>De geheimbron &quot;%1&quot; is onbekend; verwacht &quot;keychain&quot; of &quot;environment&quot;.</translation>
    </message>
</context>
<context>
    <name>Custody::Settings::ProxySettings</name>
    <message>
        <location filename="../core/settings/proxysettings.cpp" line="+48"/>
        <source>The proxy has no host name. Enter the proxy&apos;s name or address, e.g. proxy.example.com, or use the system&apos;s proxy settings.</source>
        <translation>De proxy heeft geen hostnaam. Voer de naam of het adres van de proxy in, bijv. proxy.example.com, of gebruik de proxyinstellingen van het systeem.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The proxy host &quot;%1&quot; is not a plain host name. Enter only the name or address, without http://, a path or a user name.</source>
        <translation>De proxyhost &quot;%1&quot; is geen gewone hostnaam. Voer alleen de naam of het adres in, zonder http://, pad of gebruikersnaam.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The proxy port is missing. Enter the port, e.g. 8080 or 3128.</source>
        <translation>De proxypoort ontbreekt. Voer de poort in, bijv. 8080 of 3128.</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::BehaviourPage</name>
    <message>
        <location filename="../ui/behaviourpage.cpp" line="+14"/>
        <source>&amp;Keep running in the system tray when the window is closed, so exports go on</source>
        <translation>Blijven draaien in het &amp;systeemvak als het venster sluit, zodat exports doorgaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show a &amp;notification when an export finishes or needs attention</source>
        <translation>Een &amp;melding tonen als een export klaar is of aandacht nodig heeft</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>System</source>
        <extracomment>Interface language: follow the operating system</extracomment>
        <translation>Systeem</translation>
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
        <translation>Custody toont de nieuwe taal na een herstart.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::ConnectionTestPanel</name>
    <message>
        <location filename="../ui/connectiontestpanel.cpp" line="+23"/>
        <source>&amp;Test Connection</source>
        <translation>Verbinding &amp;testen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connection test</source>
        <translation>Verbindingstest</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Testing the connection</source>
        <translation>Verbinding wordt getest</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection test result</source>
        <translation>Resultaat van de verbindingstest</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Connected. Rate limit: %1 requests per minute. Download links stay valid for %2 minutes. Visible to this client: %3 queues, %4 users.</source>
        <translation>Verbonden. Snelheidslimiet: %1 verzoeken per minuut. Downloadlinks blijven %2 minuten geldig. Zichtbaar voor deze client: %3 wachtrijen, %4 gebruikers.</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::ContentPanel</name>
    <message>
        <location filename="../ui/contentpanel.cpp" line="+24"/>
        <source>&amp;Recordings</source>
        <comment>export content: audio files</comment>
        <translation>&amp;Opnames</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conversation &amp;details</source>
        <comment>export content: analytics records</comment>
        <translation>Gespreks&amp;details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording &amp;bulk export to the organisation&apos;s S3 bucket</source>
        <translation>&amp;Bulkexport van opnames naar de S3-bucket van de organisatie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Content</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download the recording files of each conversation into the destination folder.</source>
        <translation>De opnamebestanden van elk gesprek downloaden naar de doelmap.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the conversation records (participants, segments, queues) as compressed JSON lines.</source>
        <translation>De gespreksgegevens (deelnemers, segmenten, wachtrijen) opslaan als gecomprimeerde JSON-regels.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask Genesys Cloud to copy the recordings into the organisation&apos;s own S3 bucket. This runs as a separate, slow job on the Genesys side.</source>
        <translation>Genesys Cloud vragen de opnames naar de eigen S3-bucket van de organisatie te kopiëren. Dit loopt als een aparte, trage taak bij Genesys.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Native (as recorded)</source>
        <translation>Origineel (zoals opgenomen)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recording format</source>
        <translation>Opnameformaat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S3 integration id</source>
        <translation>S3-integratie-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The id of the organisation&apos;s AWS S3 recording bulk-actions integration (Admin &gt; Integrations).</source>
        <translation>De ID van de AWS S3-integratie voor bulkacties op opnames van de organisatie (Admin &gt; Integraties).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Format:</source>
        <comment>recording file format</comment>
        <translation>&amp;Formaat:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Integration id:</source>
        <translation>&amp;Integratie-ID:</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Fastest: recordings are fetched in batches of up to %1 per API call, in the format they were recorded in.</source>
        <translation>Het snelst: opnames worden opgehaald in batches van maximaal %1 per API-aanroep, in het formaat waarin ze zijn opgenomen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Converted formats cost one API call per recording, so large exports take much longer than with the native format.</source>
        <translation>Geconverteerde formaten kosten één API-aanroep per opname, dus grote exports duren veel langer dan met het originele formaat.</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::DateRangePicker</name>
    <message>
        <location filename="../ui/daterangepicker.cpp" line="+32"/>
        <source>Date range</source>
        <translation>Datumbereik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the days to export and the time zone in which they are counted.</source>
        <translation>Kies de dagen om te exporteren en de tijdzone waarin ze worden geteld.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Yesterday</source>
        <translation>Gisteren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>Afgelopen 7 dagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last month</source>
        <comment>the previous calendar month</comment>
        <translation>Vorige maand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom</source>
        <comment>a date range chosen in the calendar</comment>
        <translation>Aangepast</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Time zone:</source>
        <translation>&amp;Tijdzone:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Previous month</source>
        <translation>Vorige maand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous month (Page Up)</source>
        <translation>Vorige maand (Page Up)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next month</source>
        <translation>Volgende maand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next month (Page Down)</source>
        <translation>Volgende maand (Page Down)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Chosen days</source>
        <translation>Gekozen dagen</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::DemoOrg</name>
    <message>
        <location filename="../ui/demoorg.cpp" line="+52"/>
        <source>Simulated org (demo)</source>
        <translation>Gesimuleerde organisatie (demo)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 at %2</source>
        <translation>%1 op %2</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::DestinationPanel</name>
    <message>
        <location filename="../ui/destinationpanel.cpp" line="+28"/>
        <source>C&amp;hoose…</source>
        <comment>choose a destination folder</comment>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Destination folder</source>
        <translation>Doelmap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder for the export, e.g. a case folder on the legal file share</source>
        <translation>Map voor de export, bijv. een dossiermap op de juridische netwerkshare</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose destination folder</source>
        <translation>Doelmap kiezen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Choose the export folder</source>
        <translation>Exportmap kiezen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The folder %1 does not exist and cannot be created, because %2 is not an existing folder. Connect the network share, or choose an existing folder.</source>
        <translation>De map %1 bestaat niet en kan niet worden aangemaakt, omdat %2 geen bestaande map is. Koppel de netwerkshare of kies een bestaande map.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The folder %1 cannot be created there: %2</source>
        <translation>De map %1 kan daar niet worden aangemaakt: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 free</source>
        <comment>free disk space</comment>
        <translation>%1 vrij</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>free space unknown</source>
        <translation>vrije ruimte onbekend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder exists and is writable; %1.</source>
        <translation>De map bestaat en is beschrijfbaar; %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder will be created when the export starts; %1.</source>
        <translation>De map wordt aangemaakt als de export start; %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is a network share: keep it connected while the export runs. Interrupted downloads resume.</source>
        <translation>Dit is een netwerkshare: houd die verbonden zolang de export loopt. Onderbroken downloads worden hervat.</translation>
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
        <translation>taak %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>item %1: %2</source>
        <comment>event about an item</comment>
        <translation>item %1: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Time</source>
        <comment>column: when the event happened</comment>
        <translation>Tijd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <comment>column: kind of event</comment>
        <translation>Gebeurtenis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <comment>column: state change</comment>
        <translation>Wijziging</translation>
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
        <translation>(alle opnames)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Conversation</source>
        <comment>column: conversation id</comment>
        <translation>Gesprek</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recording</source>
        <comment>column: recording id</comment>
        <translation>Opname</translation>
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
        <translation>Grootte</translation>
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
        <translation>Reden van de server</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Waiting</source>
        <comment>item state</comment>
        <translation>Wachtend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requested</source>
        <comment>item state: in a batch download request</comment>
        <translation>Aangevraagd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready to download</source>
        <comment>item state</comment>
        <translation>Klaar om te downloaden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downloading</source>
        <comment>item state</comment>
        <translation>Bezig met downloaden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downloaded</source>
        <comment>item state</comment>
        <translation>Gedownload</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <comment>item state</comment>
        <translation>Mislukt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped</source>
        <comment>item state</comment>
        <translation>Overgeslagen</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::ExportTasksModel</name>
    <message>
        <location filename="../ui/exporttasksmodel.cpp" line="+76"/>
        <source>Kind</source>
        <comment>column: task kind</comment>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Window</source>
        <comment>column: time window of the task</comment>
        <translation>Venster</translation>
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
        <translation>Pogingen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server job id</source>
        <comment>column</comment>
        <translation>Servertaak-ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Context id</source>
        <comment>column: the server&apos;s correlation id</comment>
        <translation>Context-ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last error</source>
        <comment>column</comment>
        <translation>Laatste fout</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::FieldMessage</name>
    <message>
        <location filename="../ui/fieldmessage.cpp" line="+54"/>
        <source>Problem: %1</source>
        <translation>Probleem: %1</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::FileNameTemplatePanel</name>
    <message>
        <location filename="../ui/filenametemplatepanel.cpp" line="+49"/>
        <source>File names</source>
        <translation>Bestandsnamen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File-name template</source>
        <translation>Bestandsnaamsjabloon</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where each recording is saved inside the export folder. Placeholders: %1. A &quot;/&quot; starts a sub-folder.</source>
        <translation>Waar elke opname in de exportmap wordt opgeslagen. Plaatshouders: %1. Een &quot;/&quot; begint een submap.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Example file names</source>
        <translation>Voorbeeldbestandsnamen</translation>
    </message>
    <message>
        <location line="+62"/>
        <location line="+10"/>
        <source>For example:</source>
        <extracomment>Above example file names rendered from the template</extracomment>
        <translation>Bijvoorbeeld:</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::FilterPanel</name>
    <message>
        <location filename="../ui/filterpanel.cpp" line="+44"/>
        <source>Queues</source>
        <translation>Wachtrijen</translation>
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
        <translation>Filters</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Direction:</source>
        <translation>Richting:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Inbound</source>
        <translation>&amp;Inkomend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outbound</source>
        <translation>&amp;Uitgaand</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Media:</source>
        <comment>conversation media types</comment>
        <translation>Media:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Voice</source>
        <translation>&amp;Spraak</translation>
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
        <translation>&amp;Bericht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call&amp;back</source>
        <translation>&amp;Terugbellen</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Check at least one direction (check both to include every conversation).</source>
        <translation>Vink ten minste één richting aan (vink beide aan om elk gesprek mee te nemen).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check at least one media type (check all to include every conversation).</source>
        <translation>Vink ten minste één mediatype aan (vink alle aan om elk gesprek mee te nemen).</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::IdListPanel</name>
    <message>
        <location filename="../ui/idlistpanel.cpp" line="+47"/>
        <source>&amp;Load from file…</source>
        <translation>Uit bestand &amp;laden…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>Conversation ids</source>
        <translation>Gespreks-ID&apos;s</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Paste conversation ids here, one per line or separated by commas. A CSV file with a &quot;conversationId&quot; column can be loaded directly.</source>
        <translation>Plak hier gespreks-ID&apos;s, één per regel of gescheiden door komma&apos;s. Een CSV-bestand met een kolom &quot;conversationId&quot; kan direct worden geladen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Conversation id counts</source>
        <translation>Aantallen gespreks-ID&apos;s</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Load conversation ids</source>
        <translation>Gespreks-ID&apos;s laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Id lists (*.csv *.txt);;All files (*)</source>
        <comment>file dialog filter</comment>
        <translation>ID-lijsten (*.csv *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is larger than %2 and is unlikely to be a list of ids. Choose a CSV or text file of ids.</source>
        <translation>%1 is groter dan %2 en is waarschijnlijk geen lijst met ID&apos;s. Kies een CSV- of tekstbestand met ID&apos;s.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 cannot be read (%2). Check that the file exists and that you may open it.</source>
        <translation>%1 kan niet worden gelezen (%2). Controleer of het bestand bestaat en of u het mag openen.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>1 valid id</source>
        <translation>1 geldige ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 valid ids</source>
        <translation>%1 geldige ID&apos;s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 malformed (line %1)</source>
        <extracomment>%1 the line number of the one malformed conversation id</extracomment>
        <translation>1 ongeldig (regel %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 malformed (lines %2)</source>
        <extracomment>%1 number of malformed conversation ids, %2 their line numbers</extracomment>
        <translation>%1 ongeldig (regels %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 duplicate skipped (line %1)</source>
        <extracomment>%1 the line number of the one repeated conversation id</extracomment>
        <translation>1 duplicaat overgeslagen (regel %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 duplicates skipped (lines %2)</source>
        <extracomment>%1 number of repeated conversation ids, %2 their line numbers</extracomment>
        <translation>%1 duplicaten overgeslagen (regels %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>header line skipped</source>
        <translation>kopregel overgeslagen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Line %1: &quot;%2&quot; is not a conversation id. Correct or remove it.</source>
        <translation>Regel %1: &quot;%2&quot; is geen gespreks-ID. Corrigeer of verwijder die.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 more lines are not conversation ids either.</source>
        <translation>Nog %1 regels zijn ook geen gespreks-ID&apos;s.</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::JobActions</name>
    <message>
        <location filename="../ui/jobactions.cpp" line="+52"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pauzeren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause the export; it can resume later</source>
        <translation>De export pauzeren; hij kan later worden hervat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Resume</source>
        <translation>&amp;Hervatten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start or resume the export where it stopped</source>
        <translation>De export starten of hervatten waar hij stopte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel Export…</source>
        <translation>Export &amp;annuleren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the export for good; files already exported stay</source>
        <translation>De export definitief stoppen; al geëxporteerde bestanden blijven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry &amp;Failed Items</source>
        <translation>Mislukte items opnieuw &amp;proberen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try the items that failed again</source>
        <translation>De mislukte items opnieuw proberen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Folder</source>
        <translation>&amp;Map openen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the export&apos;s folder in the file manager</source>
        <translation>De map van de export tonen in het bestandsbeheer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Custody &amp;Report</source>
        <translation>Custody-&amp;rapport openen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open custody-report.txt: who exported what, when, and the manifest&apos;s hash</source>
        <translation>custody-report.txt openen: wie wat wanneer heeft geëxporteerd, en de hash van het manifest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Manifest</source>
        <translation>&amp;Manifest openen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open manifest.csv: one line per file with its SHA-256</source>
        <translation>manifest.csv openen: één regel per bestand met de SHA-256</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verify Files…</source>
        <translation>Bestanden &amp;verifiëren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rehash every file and compare it with the manifest</source>
        <translation>Elk bestand opnieuw hashen en vergelijken met het manifest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Duplicate as New Export</source>
        <translation>&amp;Dupliceren als nieuwe export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new export with the same organisation, dates and filters</source>
        <translation>Een nieuwe export maken met dezelfde organisatie, datums en filters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove from &amp;List…</source>
        <translation>Uit de &amp;lijst verwijderen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the export from this list; its files are not touched</source>
        <translation>De export in deze lijst verbergen; de bestanden blijven onaangeroerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy Export &amp;Id</source>
        <translation>Export-&amp;ID kopiëren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the export&apos;s id for a support request or the case file</source>
        <translation>De ID van de export kopiëren voor een supportverzoek of het dossier</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Connecting to the organisation…</source>
        <translation>Verbinden met de organisatie…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot Start Export</source>
        <translation>Export kan niet starten</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cancel Export</source>
        <translation>Export annuleren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel &quot;%1&quot;? It cannot be resumed afterwards.</source>
        <translation>&quot;%1&quot; annuleren? Hij kan daarna niet worden hervat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Files already exported stay in %1.</source>
        <translation>Al geëxporteerde bestanden blijven in %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel Export</source>
        <comment>button</comment>
        <translation>Export annuleren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep Running</source>
        <comment>button</comment>
        <translation>Laten doorlopen</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+18"/>
        <source>Cannot Retry</source>
        <translation>Opnieuw proberen niet mogelijk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The export could not be reopened. Check that the disk is not full, then try again.</source>
        <translation>De export kon niet opnieuw worden geopend. Controleer of de schijf niet vol is en probeer het opnieuw.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n failed item(s) queued again.</source>
        <translation>
            <numerusform>%n mislukt item opnieuw in de wachtrij gezet.</numerusform>
            <numerusform>%n mislukte items opnieuw in de wachtrij gezet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Folder Not Found</source>
        <translation>Map niet gevonden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 does not exist. If it is on a network share, check that the share is connected.</source>
        <translation>%1 bestaat niet. Staat het op een netwerkshare, controleer dan of die verbonden is.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>File Not Found</source>
        <translation>Bestand niet gevonden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is missing. The report is written when an export finishes; if it did, the file was moved or deleted.</source>
        <translation>%1 ontbreekt. Het rapport wordt geschreven als een export klaar is; was hij klaar, dan is het bestand verplaatst of verwijderd.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is missing. The manifest is written when an export finishes; if it did, the file was moved or deleted.</source>
        <translation>%1 ontbreekt. Het manifest wordt geschreven als een export klaar is; was hij klaar, dan is het bestand verplaatst of verwijderd.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Checking the files of &quot;%1&quot; against the manifest…</source>
        <translation>De bestanden van &quot;%1&quot; worden gecontroleerd tegen het manifest…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <comment>stop verifying</comment>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify Files</source>
        <translation>Bestanden verifiëren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 files checked (%2).</source>
        <translation>%1 bestanden gecontroleerd (%2).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Verification stopped.</source>
        <translation>Verificatie gestopt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot Verify</source>
        <translation>Verifiëren niet mogelijk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Verification Passed</source>
        <translation>Verificatie geslaagd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All %1 files of &quot;%2&quot; match the manifest.</source>
        <translation>Alle %1 bestanden van &quot;%2&quot; komen overeen met het manifest.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verification Found Problems</source>
        <translation>Verificatie heeft problemen gevonden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; does not match its manifest: %2 missing, %3 changed, %4 unreadable, %5 extra, %6 incomplete.</source>
        <translation>&quot;%1&quot; komt niet overeen met het manifest: %2 ontbreken, %3 gewijzigd, %4 onleesbaar, %5 extra, %6 onvolledig.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>missing: %1</source>
        <translation>ontbreekt: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changed: %1</source>
        <translation>gewijzigd: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unreadable: %1</source>
        <translation>onleesbaar: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>extra: %1</source>
        <translation>extra: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>incomplete: %1</source>
        <translation>onvolledig: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot Duplicate</source>
        <translation>Dupliceren niet mogelijk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The settings of this export could not be read, so it cannot be copied.</source>
        <translation>De instellingen van deze export konden niet worden gelezen, dus hij kan niet worden gekopieerd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (copy)</source>
        <comment>name of a duplicated export</comment>
        <translation>%1 (kopie)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (copy)</source>
        <comment>folder suffix of a duplicated export</comment>
        <translation> (kopie)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (copy %1)</source>
        <comment>folder suffix of a duplicated export</comment>
        <translation> (kopie %1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove from List</source>
        <translation>Uit de lijst verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove &quot;%1&quot; from the list?</source>
        <translation>&quot;%1&quot; uit de lijst verwijderen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the entry disappears. The exported files, the manifest and the custody report stay in %1, and the audit trail stays in Custody&apos;s journal.</source>
        <translation>Alleen de vermelding verdwijnt. De geëxporteerde bestanden, het manifest en het Custody-rapport blijven in %1, en de audittrail blijft in het journaal van Custody.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove from List</source>
        <comment>button</comment>
        <translation>Uit de lijst verwijderen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Export id copied.</source>
        <translation>Export-ID gekopieerd.</translation>
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
        <translation>Export-ID en map</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filter the audit trail (state, id, message)…</source>
        <translation>Audittrail filteren (status, ID, bericht)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit trail filter</source>
        <translation>Audittrailfilter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recordings of the export</source>
        <translation>Opnames van de export</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Recordings</source>
        <comment>details tab</comment>
        <translation>&amp;Opnames</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server jobs of the export</source>
        <translation>Servertaken van de export</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Server &amp;jobs</source>
        <comment>details tab</comment>
        <translation>&amp;Servertaken</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Audit trail of the export</source>
        <translation>Audittrail van de export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Audit trail</source>
        <comment>details tab</comment>
        <translation>&amp;Audittrail</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Copy</source>
        <comment>copy the selected cells</comment>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No export selected</source>
        <translation>Geen export geselecteerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select an export in the list to see its recordings, server jobs and audit trail.</source>
        <translation>Selecteer een export in de lijst om de opnames, servertaken en audittrail te zien.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 of %2 recordings, %3 failed</source>
        <translation>%1 van %2 opnames, %3 mislukt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export id: %1    Folder: %2</source>
        <translation>Export-ID: %1    Map: %2</translation>
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
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation</source>
        <comment>column</comment>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dates</source>
        <comment>column: the days exported</comment>
        <translation>Datums</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Content</source>
        <comment>column: recordings and/or conversation records</comment>
        <translation>Inhoud</translation>
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
        <translation>Voortgang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speed</source>
        <comment>column: download speed</comment>
        <translation>Snelheid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time left</source>
        <comment>column: estimated time to finish</comment>
        <translation>Resterende tijd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Destination</source>
        <comment>column: folder the export writes into</comment>
        <translation>Doel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <comment>column: when the export was created</comment>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 / %2 recordings</source>
        <comment>progress: files done / files in the export</comment>
        <translation>%1 / %2 opnames</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2 failed</source>
        <comment>progress: counts, then failed files</comment>
        <translation>%1, %2 mislukt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Finding conversations: %1 / %2 windows</source>
        <translation>Gesprekken zoeken: %1 / %2 vensters</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing exported</source>
        <comment>progress of a stopped export</comment>
        <translation>Niets geëxporteerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No recordings found</source>
        <comment>progress of a finished export</comment>
        <translation>Geen opnames gevonden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done</source>
        <comment>progress</comment>
        <translation>Klaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not started</source>
        <comment>progress</comment>
        <translation>Niet gestart</translation>
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
        <translation>minder dan een minuut</translation>
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
        <translation>%1 u %2 min</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recordings</source>
        <comment>export content</comment>
        <translation>Opnames</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>records</source>
        <comment>export content: conversation records, after another item</comment>
        <translation>gegevens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S3 bulk</source>
        <comment>export content: bulk export to the org&apos;s S3 bucket</comment>
        <translation>S3-bulk</translation>
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
        <translation>Gespreksopnames, gedownload met SHA-256-hashes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conversation records (analytics details, JSONL)</source>
        <translation>Gespreksgegevens (analysedetails, JSONL)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recording bulk export into the organisation&apos;s S3 bucket</source>
        <translation>Bulkexport van opnames naar de S3-bucket van de organisatie</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n listed conversation(s)</source>
        <translation>
            <numerusform>%n opgegeven gesprek</numerusform>
            <numerusform>%n opgegeven gesprekken</numerusform>
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
        <translation>In wachtrij</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submitting</source>
        <comment>export state</comment>
        <translation>Wordt ingediend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Processing</source>
        <comment>export state</comment>
        <translation>Wordt verwerkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downloading</source>
        <comment>export state</comment>
        <translation>Bezig met downloaden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed</source>
        <comment>export state</comment>
        <translation>Voltooid</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Completed with errors</source>
        <comment>export state</comment>
        <translation>Voltooid met fouten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs attention</source>
        <comment>export state</comment>
        <translation>Vraagt aandacht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <comment>export state</comment>
        <translation>Mislukt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused</source>
        <comment>export state</comment>
        <translation>Gepauzeerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <comment>export state</comment>
        <translation>Geannuleerd</translation>
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
        <translation>De lijst met exports kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;New Export…</source>
        <translation>&amp;Nieuwe export…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose an organisation, the days and what to export</source>
        <translation>Een organisatie, de dagen en de inhoud van de export kiezen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Show Custody</source>
        <translation>Custody &amp;tonen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
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
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find Export</source>
        <translation>Export &amp;zoeken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go to &amp;List</source>
        <translation>Naar de &amp;lijst</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Custody</source>
        <translation>&amp;Over Custody</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Custody</source>
        <translation>Over Custody</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Custody %1&lt;/b&gt;&lt;p&gt;Evidence-grade exports of call recordings and conversation records from Genesys Cloud, with manifests and SHA-256 hashes.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Custody %1&lt;/b&gt;&lt;p&gt;Exports met bewijskracht van gespreksopnames en gespreksgegevens uit Genesys Cloud, met manifesten en SHA-256-hashes.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Main</source>
        <comment>toolbar name</comment>
        <translation>Hoofd</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Show exports</source>
        <translation>Exports tonen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All exports</source>
        <comment>filter</comment>
        <translation>Alle exports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <comment>filter</comment>
        <translation>Actief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished</source>
        <comment>filter</comment>
        <translation>Afgerond</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs attention</source>
        <comment>filter</comment>
        <translation>Vraagt aandacht</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search name, organisation, folder or id</source>
        <translation>Naam, organisatie, map of ID zoeken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search exports</source>
        <translation>Exports zoeken</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exports</source>
        <translation>Exports</translation>
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
        <translation>Demo niet beschikbaar</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The simulated organisation could not start: %1</source>
        <translation>De gesimuleerde organisatie kon niet starten: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last week %1</source>
        <comment>demo export folder</comment>
        <translation>Vorige week %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Claims queue, last week</source>
        <comment>demo export name</comment>
        <translation>Wachtrij claims, vorige week</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exporting from the simulated organisation into %1</source>
        <translation>Exporteren uit de gesimuleerde organisatie naar %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No Organisation Yet</source>
        <translation>Nog geen organisatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custody has no organisation to export from. Try it with a simulated organisation now?</source>
        <translation>Custody heeft geen organisatie om uit te exporteren. Nu uitproberen met een gesimuleerde organisatie?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot Create Export</source>
        <translation>Export kan niet worden aangemaakt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Settings Unavailable</source>
        <translation>Instellingen niet beschikbaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This session runs without access to the keychain (demo or screenshot mode), so organisations cannot be added here. Start Custody normally to change the settings.</source>
        <translation>Deze sessie draait zonder toegang tot de sleutelhanger (demo- of schermafbeeldingsmodus), dus hier kunnen geen organisaties worden toegevoegd. Start Custody normaal om de instellingen te wijzigen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>An export</source>
        <translation>Een export</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export finished</source>
        <translation>Export voltooid</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&quot;%1&quot; is complete and its manifest is written.</source>
        <translation>&quot;%1&quot; is voltooid en het manifest is geschreven.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export finished with errors</source>
        <translation>Export voltooid met fouten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; finished, but some recordings could not be exported. %2</source>
        <translation>&quot;%1&quot; is klaar, maar sommige opnames konden niet worden geëxporteerd. %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export failed</source>
        <translation>Export mislukt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&quot;%1&quot; stopped: %2</source>
        <translation>&quot;%1&quot; is gestopt: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export needs attention</source>
        <translation>Export vraagt aandacht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&quot;%1&quot; paused: %2</source>
        <translation>&quot;%1&quot; gepauzeerd: %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Exports Are Running</source>
        <translation>Er lopen exports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exports are still running. Keep them running in the background?</source>
        <translation>Er lopen nog exports. Op de achtergrond laten doorlopen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custody stays in the system tray and tells you when they finish. If you quit, they pause and resume when you start Custody again.</source>
        <translation>Custody blijft in het systeemvak en meldt wanneer ze klaar zijn. Als u afsluit, pauzeren ze en worden ze hervat als u Custody weer start.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you quit, they pause and resume when you start Custody again.</source>
        <translation>Als u afsluit, pauzeren ze en worden ze hervat als u Custody weer start.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep Running in Tray</source>
        <translation>Doorlopen in systeemvak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause and Quit</source>
        <translation>Pauzeren en afsluiten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Custody is still running</source>
        <translation>Custody draait nog</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your exports continue; open Custody from the tray.</source>
        <translation>Uw exports gaan door; open Custody via het systeemvak.</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::NetworkPage</name>
    <message>
        <location filename="../ui/networkpage.cpp" line="+18"/>
        <source>Use the &amp;system&apos;s proxy settings</source>
        <translation>De proxyinstellingen van het &amp;systeem gebruiken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No proxy: connect directly</source>
        <translation>&amp;Geen proxy: direct verbinden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Manual HTTP proxy:</source>
        <translation>&amp;Handmatige HTTP-proxy:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Optional</source>
        <translation>Optioneel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proxies that ask for a password are not supported.</source>
        <translation>Proxy&apos;s die om een wachtwoord vragen, worden niet ondersteund.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Poort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>Gebr&amp;uikersnaam:</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::NewExportDialog</name>
    <message>
        <location filename="../ui/newexportdialog.cpp" line="+53"/>
        <source>B&amp;y date range</source>
        <translation>Op &amp;datumbereik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By conversation &amp;list</source>
        <translation>Op gespreks&amp;lijst</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New Export</source>
        <translation>Nieuwe export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New export</source>
        <translation>Nieuwe export</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organisation profile</source>
        <translation>Organisatieprofiel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export name</source>
        <translation>Naam van de export</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create Export</source>
        <translation>Export maken</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisatie:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <comment>name of the export</comment>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What to export</source>
        <translation>Wat te exporteren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where to save</source>
        <translation>Waar opslaan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save to:</source>
        <comment>destination folder</comment>
        <translation>Op&amp;slaan in:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File na&amp;mes:</source>
        <comment>file-name template</comment>
        <translation>Bestands&amp;namen:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Which conversations</source>
        <translation>Welke gesprekken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every conversation in the chosen days that matches the filters.</source>
        <translation>Elk gesprek op de gekozen dagen dat aan de filters voldoet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exactly the conversations whose ids you paste or load from a file.</source>
        <translation>Precies de gesprekken waarvan u de ID&apos;s plakt of uit een bestand laadt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Filters (optional)</source>
        <translation>Filters (optioneel)</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>%1, 1 conversation</source>
        <extracomment>Automatic export name: %1 organisation profile, %2 number of conversations</extracomment>
        <translation>%1, 1 gesprek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2 conversations</source>
        <translation>%1, %2 gesprekken</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, %2 to %3</source>
        <extracomment>Automatic export name: %1 organisation profile, %2 first day, %3 last day (ISO dates)</extracomment>
        <translation>%1, %2 tot %3</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::PickList</name>
    <message>
        <location filename="../ui/picklist.cpp" line="+36"/>
        <source>Search by name or id</source>
        <translation>Zoeken op naam of ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search %1</source>
        <extracomment>Accessible name of the search line above a list of queues or users; %1 is the list&apos;s title</extracomment>
        <translation>%1 zoeken</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 chosen</source>
        <translation>%1 gekozen</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Unknown (%1)</source>
        <extracomment>An entry of the queue or user list whose name is not known; %1 is its id</extracomment>
        <translation>Onbekend (%1)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>None loaded: connect to the organisation to choose from a list.</source>
        <translation>Niets geladen: maak verbinding met de organisatie om uit een lijst te kiezen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None chosen: no restriction.</source>
        <extracomment>Under a list of queues or users of which none is checked</extracomment>
        <translation>Niets gekozen: geen beperking.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 chosen</source>
        <translation>%1 van %2 gekozen</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::ProfileForm</name>
    <message>
        <location filename="../ui/profileform.cpp" line="+32"/>
        <source>&amp;Region:</source>
        <translation>&amp;Regio:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom &amp;base URL:</source>
        <translation>Eigen &amp;basis-URL:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The system &amp;keychain (recommended)</source>
        <translation>De &amp;sleutelhanger van het systeem (aanbevolen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An en&amp;vironment variable:</source>
        <translation>Een &amp;omgevingsvariabele:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Organisation profile</source>
        <translation>Organisatieprofiel</translation>
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
        <translation>Regio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://gateway.example.com</source>
        <translation>https://gateway.example.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom base URL</source>
        <translation>Eigen basis-URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the OAuth client in Genesys Cloud Admin</source>
        <translation>Van de OAuth-client in Genesys Cloud Admin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. CUSTODY_SECRET_PROD</source>
        <translation>bijv. CUSTODY_SECRET_PROD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment variable name</source>
        <translation>Naam van de omgevingsvariabele</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System time zone (%1)</source>
        <extracomment>The default time zone of a profile: use the computer&apos;s</extracomment>
        <translation>Systeemtijdzone (%1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OAuth &amp;client ID:</source>
        <translation>OAuth-&amp;client-ID:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client secret from:</source>
        <extracomment>Where the OAuth client secret is kept</extracomment>
        <translation>Clientgeheim uit:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default &amp;time zone:</source>
        <translation>Standaard&amp;tijdzone:</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::ProfilesPage</name>
    <message>
        <location filename="../ui/profilespage.cpp" line="+32"/>
        <source>&amp;Add</source>
        <extracomment>Button: add an organisation profile</extracomment>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remo&amp;ve…</source>
        <extracomment>Button: remove the selected organisation profile</extracomment>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save Profile</source>
        <translation>Profiel o&amp;pslaan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Organisation profiles</source>
        <translation>Organisatieprofielen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Profile</source>
        <translation>Profiel</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Client Secret</source>
        <extracomment>Group title: the OAuth client secret of the profile</extracomment>
        <translation>Clientgeheim</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection</source>
        <extracomment>Group title: checking that the profile can sign in</extracomment>
        <translation>Verbinding</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Name the environment variable that holds the client secret, then save the profile. Set the variable before starting Custody.</source>
        <translation>Noem de omgevingsvariabele die het clientgeheim bevat en sla daarna het profiel op. Stel de variabele in voordat u Custody start.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>New organisation</source>
        <extracomment>Name given to a new organisation profile until the user renames it</extracomment>
        <translation>Nieuwe organisatie</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saved &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; opgeslagen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The client ID changed, so the secret stored for the old one is being removed from the keychain. Store the new client&apos;s secret.</source>
        <translation>De client-ID is gewijzigd, dus het geheim van de oude wordt uit de sleutelhanger verwijderd. Sla het geheim van de nieuwe client op.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secret it kept in the keychain is being removed; it now comes from %1.</source>
        <translation>Het geheim in de sleutelhanger wordt verwijderd; het komt nu uit %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove Profile</source>
        <translation>Profiel verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the profile &quot;%1&quot;? Its client secret is deleted from the keychain as well. Exports already made are not affected.</source>
        <translation>Het profiel &quot;%1&quot; verwijderen? Het clientgeheim wordt ook uit de sleutelhanger verwijderd. Al gemaakte exports worden niet beïnvloed.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Removed &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; verwijderd.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The secret of &quot;%1&quot; could not be deleted from the keychain: %2 Delete the entry &quot;%3&quot; of &quot;%4&quot; with the system&apos;s keychain tool.</source>
        <translation>Het geheim van &quot;%1&quot; kon niet uit de sleutelhanger worden verwijderd: %2 Verwijder het item &quot;%3&quot; van &quot;%4&quot; met het sleutelhangerprogramma van het systeem.</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::RangeCalendar</name>
    <message>
        <location filename="../ui/rangecalendar.cpp" line="+48"/>
        <source>Calendar of days to export</source>
        <translation>Kalender met te exporteren dagen</translation>
    </message>
    <message>
        <location line="+309"/>
        <source>Drag across days to choose them, or use the arrow keys and Space; Shift extends the selection. Page Up and Page Down change the month.</source>
        <translation>Sleep over dagen om ze te kiezen, of gebruik de pijltjestoetsen en Spatie; Shift breidt de selectie uit. Page Up en Page Down wisselen van maand.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Selected: %1 to %2.</source>
        <translation>Geselecteerd: %1 tot %2.</translation>
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
        <translation>Nog geen dagen gekozen. Sleep over de te exporteren dagen, of kies een voorinstelling.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a time zone to count the days in.</source>
        <translation>Kies een tijdzone waarin de dagen worden geteld.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 has %2 hours</source>
        <extracomment>A day whose length is not 24 hours: %1 the date, %2 its length in hours</extracomment>
        <translation>%1 heeft %2 uur</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>1 day</source>
        <translation>1 dag</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n days</source>
        <comment>number of days chosen</comment>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 window</source>
        <translation>1 venster</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n windows</source>
        <comment>API query windows, one per day</comment>
        <translation>
            <numerusform>%n venster</numerusform>
            <numerusform>%n vensters</numerusform>
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
            <numerusform>nog %n</numerusform>
            <numerusform>nog %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(clock change: %1)</source>
        <extracomment>Appended to the range summary: %1 a list of days that are not 24 hours long</extracomment>
        <translation>(klokwijziging: %1)</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::SecretDialog</name>
    <message>
        <location filename="../ui/secretdialog.cpp" line="+18"/>
        <source>Replace Client Secret</source>
        <translation>Clientgeheim vervangen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Client secret</source>
        <translation>Clientgeheim</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the OAuth client secret of &quot;%1&quot;. Custody keeps it in the system keychain and never shows it again.</source>
        <translation>Voer het OAuth-clientgeheim van &quot;%1&quot; in. Custody bewaart het in de sleutelhanger van het systeem en toont het nooit meer.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Store in Keychain</source>
        <extracomment>Button: store the entered secret in the keychain</extracomment>
        <translation>Opslaan in sleutelhanger</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Client &amp;secret:</source>
        <translation>Client&amp;geheim:</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::SecretPanel</name>
    <message>
        <location filename="../ui/secretpanel.cpp" line="+23"/>
        <source>Replace Secret…</source>
        <translation>Geheim vervangen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget Secret</source>
        <translation>Geheim vergeten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use an Environment Variable Instead</source>
        <translation>In plaats daarvan een omgevingsvariabele gebruiken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client secret</source>
        <translation>Clientgeheim</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client secret status</source>
        <translation>Status van het clientgeheim</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting for the keychain</source>
        <translation>Wachten op de sleutelhanger</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Save the profile first; then you can store its client secret.</source>
        <translation>Sla eerst het profiel op; daarna kunt u het clientgeheim opslaan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read from the environment variable %1, which is set for this session.</source>
        <translation>Gelezen uit de omgevingsvariabele %1, die voor deze sessie is ingesteld.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read from the environment variable %1, which is NOT set for this session. Set it before starting Custody.</source>
        <translation>Gelezen uit de omgevingsvariabele %1, die voor deze sessie NIET is ingesteld. Stel die in voordat u Custody start.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checking the keychain…</source>
        <translation>Sleutelhanger wordt gecontroleerd…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stored in the keychain</source>
        <extracomment>Status of the client secret</extracomment>
        <translation>Opgeslagen in de sleutelhanger</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not set</source>
        <extracomment>Status of the client secret</extracomment>
        <translation>Niet ingesteld</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Storing the secret in the keychain…</source>
        <translation>Geheim wordt in de sleutelhanger opgeslagen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removing the secret from the keychain…</source>
        <translation>Geheim wordt uit de sleutelhanger verwijderd…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keychain is not available</source>
        <translation>De sleutelhanger is niet beschikbaar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keychain did not do what was asked</source>
        <translation>De sleutelhanger deed niet wat gevraagd werd</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::SessionBroker</name>
    <message>
        <location filename="../ui/sessionbroker.cpp" line="+51"/>
        <source>The simulated organisation could not start: %1</source>
        <translation>De gesimuleerde organisatie kon niet starten: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The organisation profile of this export no longer exists. Add it again in Settings, or duplicate the export for another organisation.</source>
        <translation>Het organisatieprofiel van deze export bestaat niet meer. Voeg het opnieuw toe in de instellingen, of dupliceer de export voor een andere organisatie.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The keychain is not available, so the secret of &quot;%1&quot; cannot be read.</source>
        <translation>De sleutelhanger is niet beschikbaar, dus het geheim van &quot;%1&quot; kan niet worden gelezen.</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="+25"/>
        <source>Custody Settings</source>
        <translation>Custody-instellingen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Organisations</source>
        <extracomment>Settings page: the Genesys Cloud organisations Custody exports from</extracomment>
        <translation>Organisaties</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transfers</source>
        <extracomment>Settings page: downloads</extracomment>
        <translation>Overdrachten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Behaviour</source>
        <extracomment>Settings page: tray, notifications, language</extracomment>
        <translation>Gedrag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network</source>
        <extracomment>Settings page: proxy</extracomment>
        <translation>Netwerk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Settings pages</source>
        <translation>Instellingenpagina&apos;s</translation>
    </message>
</context>
<context>
    <name>Custody::Ui::StatusPanel</name>
    <message>
        <location filename="../ui/statuspanel.cpp" line="+31"/>
        <source>Organisation connection</source>
        <translation>Verbinding met de organisatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API request budget</source>
        <translation>API-verzoekbudget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exports running and download speed</source>
        <translation>Lopende exports en downloadsnelheid</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not connected</source>
        <comment>status bar: no organisation connection</comment>
        <translation>Niet verbonden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Connecting…</source>
        <comment>status bar</comment>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>● Connected: %1</source>
        <comment>status bar: connected organisations</comment>
        <translation>● Verbonden: %1</translation>
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
        <translation>Snelheidslimiet tot %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>API: %1 / %2 requests per minute</source>
        <translation>API: %1 / %2 verzoeken per minuut</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No exports running</source>
        <translation>Geen lopende exports</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n export(s) running</source>
        <translation>
            <numerusform>%n export loopt</numerusform>
            <numerusform>%n exports lopen</numerusform>
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
        <translation>Tijdzone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The time zone in which the chosen days begin and end. Type part of a name to search.</source>
        <translation>De tijdzone waarin de gekozen dagen beginnen en eindigen. Typ een deel van een naam om te zoeken.</translation>
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
        <translation>Onbeperkt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chosen for each export</source>
        <translation>Per export gekozen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the default destination folder</source>
        <translation>Standaarddoelmap kiezen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Placeholders: %1</source>
        <translation>Plaatshouders: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Concurrent downloads:</source>
        <translation>&amp;Gelijktijdige downloads:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bandwidth limit:</source>
        <translation>&amp;Bandbreedtelimiet:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default &amp;destination:</source>
        <translation>Standaard&amp;doel:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default file &amp;names:</source>
        <translation>Standaardbestands&amp;namen:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Default Destination Folder</source>
        <translation>Standaarddoelmap</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Example: %1</source>
        <translation>Voorbeeld: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Claims</source>
        <translation>Claims</translation>
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
        <translation>Welkom</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Welcome to Custody</source>
        <translation>Welkom bij Custody</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Custody exports call recordings and conversation records from Genesys Cloud into a folder you choose, with a manifest and SHA-256 hashes that prove the files are complete and unchanged.</source>
        <translation>Custody exporteert gespreksopnames en gespreksgegevens uit Genesys Cloud naar een map naar keuze, met een manifest en SHA-256-hashes die bewijzen dat de bestanden volledig en ongewijzigd zijn.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Try Custody with a simulated organisation</source>
        <translation>Custody &amp;uitproberen met een gesimuleerde organisatie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Runs a practice organisation on this computer; nothing leaves it.</source>
        <translation>Start een oefenorganisatie op deze computer; er gaat niets naar buiten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add your organisation…</source>
        <translation>Uw organisatie &amp;toevoegen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The simulated organisation runs on this computer only. Its exports are real files in a demo folder, so you can open and verify them.</source>
        <translation>De gesimuleerde organisatie draait alleen op deze computer. De exports zijn echte bestanden in een demomap, die u kunt openen en verifiëren.</translation>
    </message>
</context>
<context>
    <name>Destination</name>
    <message>
        <location filename="../core/transfer/destination.cpp" line="+65"/>
        <source>an unknown amount</source>
        <comment>size in bytes that could not be determined</comment>
        <translation>een onbekende hoeveelheid</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No destination folder is set. Choose a folder for the export.</source>
        <translation>Er is geen doelmap ingesteld. Kies een map voor de export.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The destination %1 is a file, not a folder. Choose a folder for the export.</source>
        <translation>Het doel %1 is een bestand, geen map. Kies een map voor de export.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The destination folder %1 does not exist. Connect the network share or choose another folder.</source>
        <translation>De doelmap %1 bestaat niet. Koppel de netwerkshare of kies een andere map.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Custody cannot write to %1. Ask for write permission on this folder or choose another folder.</source>
        <translation>Custody kan niet schrijven in %1. Vraag schrijfrechten voor deze map aan of kies een andere map.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Custody can create files in %1 but could not remove its test file %2. Check the folder&apos;s permissions, then delete that file.</source>
        <translation>Custody kan bestanden maken in %1 maar kon het testbestand %2 niet verwijderen. Controleer de machtigingen van de map en verwijder dat bestand.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only %1 free on %2 but about %3 are needed. Free some space or choose another folder.</source>
        <translation>Slechts %1 vrij op %2, maar er is ongeveer %3 nodig. Maak ruimte vrij of kies een andere map.</translation>
    </message>
</context>
<context>
    <name>DownloadResult</name>
    <message>
        <location filename="../core/transfer/downloadresult.cpp" line="+14"/>
        <source>The download link for %1 expired before the file was complete. The part already downloaded is kept; Custody requests a new link and continues where it stopped.</source>
        <extracomment>%1 is the file being downloaded.</extracomment>
        <translation>De downloadlink voor %1 verliep voordat het bestand compleet was. Het al gedownloade deel blijft bewaard; Custody vraagt een nieuwe link aan en gaat verder waar hij stopte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The storage service refused the download link for %1. Custody requests a new link; if this keeps happening, check that the computer&apos;s clock is correct.</source>
        <extracomment>%1 is the file being downloaded.</extracomment>
        <translation>De opslagdienst weigerde de downloadlink voor %1. Custody vraagt een nieuwe link aan; blijft dit gebeuren, controleer dan of de klok van de computer juist is.</translation>
    </message>
</context>
<context>
    <name>FileNameTemplate</name>
    <message>
        <location filename="../core/transfer/filenametemplate.cpp" line="+86"/>
        <source>The file name template is empty. Enter a template such as %1.</source>
        <translation>Het bestandsnaamsjabloon is leeg. Voer een sjabloon in zoals %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file name template &quot;%1&quot; is an absolute path. Files always go inside the export folder; remove the leading drive or slash.</source>
        <translation>Het bestandsnaamsjabloon &quot;%1&quot; is een absoluut pad. Bestanden komen altijd in de exportmap; verwijder het station of de schuine streep aan het begin.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file name template &quot;%1&quot; contains &quot;..&quot;, which would leave the export folder. Remove it.</source>
        <translation>Het bestandsnaamsjabloon &quot;%1&quot; bevat &quot;..&quot;, waardoor de exportmap zou worden verlaten. Verwijder dit.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The file name template uses the unknown placeholder {%1}. Known placeholders are: %2.</source>
        <translation>Het bestandsnaamsjabloon gebruikt de onbekende plaatshouder {%1}. Bekende plaatshouders zijn: %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file name template &quot;%1&quot; has a brace without its partner. Write placeholders as {name}.</source>
        <translation>Het bestandsnaamsjabloon &quot;%1&quot; heeft een accolade zonder tegenhanger. Schrijf plaatshouders als {name}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file name template has no {recordingId}, so recordings of the same conversation would get the same name. Add {recordingId}.</source>
        <translation>Het bestandsnaamsjabloon heeft geen {recordingId}, dus opnames van hetzelfde gesprek zouden dezelfde naam krijgen. Voeg {recordingId} toe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file name template has no {conversationId}, so files could not be told apart by conversation and names could collide. Add {conversationId}.</source>
        <translation>Het bestandsnaamsjabloon heeft geen {conversationId}, dus bestanden zijn niet per gesprek te onderscheiden en namen kunnen botsen. Voeg {conversationId} toe.</translation>
    </message>
</context>
<context>
    <name>FileVerifier</name>
    <message>
        <location filename="../core/evidence/fileverifier.cpp" line="+98"/>
        <source>The manifest lists &quot;%1&quot;, which is outside the export folder; it was not checked.</source>
        <translation>Het manifest noemt &quot;%1&quot;, dat buiten de exportmap ligt; het is niet gecontroleerd.</translation>
    </message>
</context>
<context>
    <name>JsonlGzWriter</name>
    <message>
        <location filename="../core/evidence/jsonlgzwriter.cpp" line="+52"/>
        <source>Custody could not write the compressed file %1. Check that the folder is writable and the disk is not full, then run the export again.</source>
        <translation>Custody kon het gecomprimeerde bestand %1 niet schrijven. Controleer of de map beschrijfbaar is en de schijf niet vol is, en voer de export opnieuw uit.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Custody tried to write to a file that is not open. This is a bug; please report it.</source>
        <translation>Custody probeerde te schrijven naar een bestand dat niet open is. Dit is een bug; meld die alstublieft.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Custody tried to finish a file that is not open. This is a bug; please report it.</source>
        <translation>Custody probeerde een bestand af te ronden dat niet open is. Dit is een bug; meld die alstublieft.</translation>
    </message>
</context>
<context>
    <name>ManifestReader</name>
    <message>
        <location filename="../core/evidence/manifestreader.cpp" line="+166"/>
        <source>Custody could not open the manifest %1. Check that the folder holds an export and that you may read it.</source>
        <translation>Custody kon het manifest %1 niet openen. Controleer of de map een export bevat en of u die mag lezen.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The manifest %1 is not a Custody manifest: its first line lacks the columns %2. Check that you chose the right folder.</source>
        <translation>Het manifest %1 is geen Custody-manifest: de eerste regel mist de kolommen %2. Controleer of u de juiste map hebt gekozen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Line %1 of the manifest is malformed (%2); it was skipped.</source>
        <translation>Regel %1 van het manifest is ongeldig (%2); die is overgeslagen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Line %1 of the manifest has %2 fields instead of %3; it was skipped.</source>
        <translation>Regel %1 van het manifest heeft %2 velden in plaats van %3; die is overgeslagen.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Line %1 of the manifest has an invalid %2; it was skipped.</source>
        <translation>Regel %1 van het manifest heeft een ongeldige %2; die is overgeslagen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Custody could not read the manifest %1. Check the disk or network share and try again.</source>
        <translation>Custody kon het manifest %1 niet lezen. Controleer de schijf of netwerkshare en probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The manifest %1 is empty. Check that the export finished.</source>
        <translation>Het manifest %1 is leeg. Controleer of de export is voltooid.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The manifest %1 is not valid UTF-8; some text may be wrong.</source>
        <translation>Het manifest %1 is geen geldige UTF-8; sommige tekst kan onjuist zijn.</translation>
    </message>
</context>
<context>
    <name>ManifestWriter</name>
    <message>
        <location filename="../core/evidence/manifestwriter.cpp" line="+152"/>
        <source>Custody tried to add to a manifest that is not open. This is a bug; please report it.</source>
        <translation>Custody probeerde iets toe te voegen aan een manifest dat niet open is. Dit is een bug; meld die alstublieft.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Custody tried to finish a manifest that is not open. This is a bug; please report it.</source>
        <translation>Custody probeerde een manifest af te ronden dat niet open is. Dit is een bug; meld die alstublieft.</translation>
    </message>
</context>
<context>
    <name>PartFile</name>
    <message>
        <location filename="../core/evidence/partfile.cpp" line="+18"/>
        <source>Custody could not write %1. Check that the folder is writable and the disk is not full, then run the export again.</source>
        <translation>Custody kon %1 niet schrijven. Controleer of de map beschrijfbaar is en de schijf niet vol is, en voer de export opnieuw uit.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Custody tried to write a file that is not open. This is a bug; please report it.</source>
        <translation>Custody probeerde een bestand te schrijven dat niet open is. Dit is een bug; meld die alstublieft.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Custody tried to finish a file that is not open. This is a bug; please report it.</source>
        <translation>Custody probeerde een bestand af te ronden dat niet open is. Dit is een bug; meld die alstublieft.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Custody wrote %1 but could not give it its final name. Check that no other program has the file open, then run the export again.</source>
        <translation>Custody heeft %1 geschreven maar kon het niet de definitieve naam geven. Controleer of geen ander programma het bestand open heeft en voer de export opnieuw uit.</translation>
    </message>
</context>
<context>
    <name>PathSanitizer</name>
    <message>
        <location filename="../core/transfer/pathsanitizer.cpp" line="+229"/>
        <source>The path &quot;%1&quot; would be outside the export folder %2. Custody only writes inside the chosen folder; check the file name template.</source>
        <translation>Het pad &quot;%1&quot; zou buiten de exportmap %2 liggen. Custody schrijft alleen in de gekozen map; controleer het bestandsnaamsjabloon.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The export folder %1 does not exist. Choose an existing folder or connect the network share.</source>
        <translation>De exportmap %1 bestaat niet. Kies een bestaande map of koppel de netwerkshare.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+42"/>
        <source>Complaints, last fortnight</source>
        <translation>Klachten, afgelopen twee weken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test run</source>
        <translation>Testrun</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Legal hold, one day</source>
        <translation>Juridische bewaring, één dag</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Custody: evidence-grade exports from Genesys Cloud.</source>
        <translation>Custody: exports uit Genesys Cloud met bewijskracht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quit after &lt;ms&gt; milliseconds (for smoke tests).</source>
        <translation>Afsluiten na &lt;ms&gt; milliseconden (voor snelle tests).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start on a simulated organisation.</source>
        <translation>Starten met een gesimuleerde organisatie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run demo exports in a temporary folder, save a picture of the window to &lt;file&gt; and quit.</source>
        <translation>Demo-exports in een tijdelijke map uitvoeren, een afbeelding van het venster in &lt;file&gt; opslaan en afsluiten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The job store file (default: in the application data folder).</source>
        <translation>Het bestand van het takenlogboek (standaard: in de gegevensmap van de toepassing).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Custody Cannot Start</source>
        <translation>Custody kan niet starten</translation>
    </message>
</context>
</TS>
