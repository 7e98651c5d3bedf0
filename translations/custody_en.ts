<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Custody::Api::ApiError</name>
    <message numerus="yes">
        <location filename="../core/api/apierror.cpp" line="+283"/>
        <source>Genesys Cloud is limiting how many requests this OAuth client may send%1. Custody waits %n second(s) and then continues by itself; nothing needs to be done.</source>
        <extracomment>%1 is the server&apos;s explanation in parentheses or empty.</extracomment>
        <translation>
            <numerusform>Genesys Cloud is limiting how many requests this OAuth client may send%1. Custody waits %n second and then continues by itself; nothing needs to be done.</numerusform>
            <numerusform>Genesys Cloud is limiting how many requests this OAuth client may send%1. Custody waits %n seconds and then continues by itself; nothing needs to be done.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Custody::Jobs::ExportRun</name>
    <message numerus="yes">
        <location filename="../core/jobs/exportrun.cpp" line="+182"/>
        <source>%n file(s) exported; %1 item(s) could not be exported (see custody-report.txt).</source>
        <translation>
            <numerusform>%n file exported; %1 item(s) could not be exported (see custody-report.txt).</numerusform>
            <numerusform>%n files exported; %1 item(s) could not be exported (see custody-report.txt).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n file(s) exported and verified by SHA-256.</source>
        <translation>
            <numerusform>%n file exported and verified by SHA-256.</numerusform>
            <numerusform>%n files exported and verified by SHA-256.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Custody::Plan::ExportSpec</name>
    <message numerus="yes">
        <location filename="../core/plan/specvalidator.cpp" line="+48"/>
        <source>%n more ids are not valid either.</source>
        <translation>
            <numerusform>%n more id is not valid either.</numerusform>
            <numerusform>%n more ids are not valid either.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Custody::Secrets::CredentialResult</name>
    <message numerus="yes">
        <location filename="../core/secrets/credentialresult.cpp" line="+64"/>
        <source>The keychain did not answer within %n second(s); it may be waiting for a password prompt that cannot be shown. %1</source>
        <translation>
            <numerusform>The keychain did not answer within %n second; it may be waiting for a password prompt that cannot be shown. %1</numerusform>
            <numerusform>The keychain did not answer within %n seconds; it may be waiting for a password prompt that cannot be shown. %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Custody::Ui::JobActions</name>
    <message numerus="yes">
        <location filename="../ui/jobactions.cpp" line="+219"/>
        <source>%n failed item(s) queued again.</source>
        <translation>
            <numerusform>%n failed item queued again.</numerusform>
            <numerusform>%n failed items queued again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Custody::Ui::JobsTableModel</name>
    <message numerus="yes">
        <location filename="../ui/jobstablemodeltext.cpp" line="+104"/>
        <source>%n listed conversation(s)</source>
        <translation>
            <numerusform>%n listed conversation</numerusform>
            <numerusform>%n listed conversations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Custody::Ui::RangeSummary</name>
    <message numerus="yes">
        <location filename="../ui/rangesummary.cpp" line="+64"/>
        <source>%n days</source>
        <comment>number of days chosen</comment>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n windows</source>
        <comment>API query windows, one per day</comment>
        <translation>
            <numerusform>%n window</numerusform>
            <numerusform>%n windows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n more</source>
        <comment>more days of unusual length</comment>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Custody::Ui::StatusPanel</name>
    <message numerus="yes">
        <location filename="../ui/statuspanel.cpp" line="+103"/>
        <source>%n export(s) running</source>
        <translation>
            <numerusform>%n export running</numerusform>
            <numerusform>%n exports running</numerusform>
        </translation>
    </message>
</context>
</TS>
