<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Application</name>
    <message>
        <source>Run &quot;pingjia --help&quot; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PINGJIA_NOW must look like &quot;2026-10-31 18:00:00&quot; (China Standard Time), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use the home folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No display is available for the window (DISPLAY and WAYLAND_DISPLAY are unset, or QT_QPA_PLATFORM is offscreen). Run a command instead, for example &quot;pingjia demo --headless&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CacheDatabase</name>
    <message>
        <source>The cache holds only platform data: rebuild it (the damaged file is kept aside) and sync again. Your local work is in another file and is not affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the damaged cache %1 aside to %2; move or delete it by hand.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CacheReader</name>
    <message>
        <source>Bad review %1 has an unknown state or result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation %1 is not in the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evaluator&apos;s data of %1 cannot be shown: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evaluator&apos;s data of %1 was not stored (no keychain when it was synced, or none was given).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CacheWriter</name>
    <message>
        <source>An organisation without orgCode was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A staff member without staffId was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A service item without taskCode was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case without projectNo was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An evaluation without evalId was refused; nothing of its page was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation %1 has level %2, outside 1–5; nothing of its page was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation %1 has no valid assessTime; nothing of its page was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evaluator&apos;s data of evaluation %1 cannot be encrypted, so nothing of its page was stored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bad-review record without evalId was refused.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>The option %1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported language &quot;%1&quot;: use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: pingjia [--home DIR] [--lang zh_CN|en] [COMMAND [OPTIONS]]

Without a command, opens the console window.

Global options:
  --home DIR     keep every file of this user (settings, cache, logs) in DIR;
                 the environment variable PINGJIA_HOME does the same
  --lang LANG    user-interface language: zh_CN (default) or en
  -h, --help     show this help
  --version      show the version

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
PINGJIA_NOW=&quot;yyyy-MM-dd HH:mm:ss&quot; (China Standard Time) fixes the clock.
Exit codes: 0 ok, 1 usage, 2 data or platform error.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>Cannot open the %1 file %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite driver does not expose its handle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 file %2 is damaged (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 file %2 is busy: another program or Pingjia window is writing to it (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database operation on the %1 file failed (%2: %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataAge</name>
    <message>
        <source>less than a minute old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 minute old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 minutes old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hours old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days old</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is not a file; Pingjia cannot use it as its %2 file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Pingjia %2 file (it is another SQLite database). Choose another file or folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 file %2 was created by a newer Pingjia (schema %3 &gt; %4). Install that version again, or use another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 file %2 is damaged (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the %1 file to schema %2 failed; it is unchanged. %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>not created yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local work: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo: ran headless; the platform simulator and sync arrive with the sync feature, so nothing was synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not open the window: report what was done and exit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>No system keychain is available (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret stored for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain refused access (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain failed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalWorkDatabase</name>
    <message>
        <source>It holds your unsent actions and audit log, so Pingjia leaves it exactly as it is and cannot continue. Restore %1 from a backup (close Pingjia first), or move it elsewhere to start with empty local work — actions not yet sent in it would then be lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalWorkStore</name>
    <message>
        <source>Outbox entry %1 is unreadable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action on %1 is incomplete (action id, time or record missing) and was not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1 was already recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox entry %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox entry %1 is already %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the earlier action %1 on this evaluation was %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing an evaluator&apos;s personal data needs a stated reason (000 art.5).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageId</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The overview of indicators, open bad reviews and deadlines arrives with the dashboard feature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bad-review work queue (verification within 24 hours, rectification deadlines) arrives with the queue feature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking from verification to rectification and follow-up visit arrives with the rectification feature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rankings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rankings of departments, windows and staff, with trends, arrive with the rankings feature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly bulletins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The monthly bulletin (PDF, XLSX, CSV, ODT) arrives with the bulletin feature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp; settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform sign-in and synchronization arrive with the sync feature.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonalDataCipher</name>
    <message>
        <source>The encryption library could not be initialised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The personal-data key in the keychain is malformed (%1 bytes instead of %2); personal data cannot be read or stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The personal-data key cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The personal-data key cannot be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted personal data is truncated (%1 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted personal data cannot be decrypted: it was damaged or encrypted with another key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserHome</name>
    <message>
        <source>%1 exists but is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 is not writable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Verbs</name>
    <message>
        <source>the bulletin feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pingjia %1 is not available yet: it arrives with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bad-review queue feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rankings feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sync feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start the platform simulator, sync and open the window (--headless: report and exit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync the local cache with the provincial platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the bad-review work queue (JSON or CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the rankings of a month (JSON or CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the monthly bulletin (PDF, ODT, XLSX or CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the options of this command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pingjia %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;pingjia %1 --help&quot; for its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pingjia %1: unexpected argument: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pingjia</name>
    <message>
        <source>%1 is not a time &quot;yyyy-MM-dd HH:mm:ss&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing or not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evaluation was withdrawn: its handling record accepts no actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bad review without text is invalid (000 art.6): it accepts no actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A delay request is already pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no pending delay request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed when the bad review is &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be later than the current deadline %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pingjia::CalendarSection</name>
    <message>
        <source>Holiday calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification deadlines count working days of the national holiday calendar (with make-up working days). For a year the calendar does not cover, deadlines count weekends only and are shown as estimates. Load the new year&apos;s file here when it is published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored calendar file is not used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load calendar file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No year is covered: every deadline is an estimate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years covered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load holiday calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday calendar (*.tsv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a usable holiday calendar: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lists no days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store the calendar in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pingjia::ChannelTable</name>
    <message>
        <source>Hall evaluator device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PC / web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone (incl. 12345)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-service terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel table: an empty channel code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel table: the name of channel %1 is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown channel (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pingjia::ConnectionStatusBar</name>
    <message>
        <source>● Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync: never synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local cache holds no platform data yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync: %1 · data %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times are China Standard Time (UTC+8).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pingjia::DeadlinePolicy</name>
    <message>
        <source>policy: verifyHours must be a whole number from 1 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy: rectifyDays must be a whole number from 1 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy: rectifyDayKind must be &quot;working&quot; or &quot;natural&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pingjia::EvaluationLevel</name>
    <message>
        <source>Very dissatisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basically satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pingjia::FollowUp</name>
    <message>
        <source>followUp.satisfaction must be a whole number from 1 to 5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pingjia::HandlingRecord</name>
    <message>
        <source>unknown state &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown verifyResult &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>followUp is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history[%1]: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pingjia::HandlingState</name>
    <message>
        <source>Invalid (no text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not adopted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectifying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mistaken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malicious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify as confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve invalid request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject invalid request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan rectification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete rectification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pingjia::HandlingStateMachine</name>
    <message>
        <source>The action has no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action has no actor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action has no valid time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 made this request and cannot also decide on it: a second person must approve or reject it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history holds no valid invalid request to approve.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pingjia::HistoryEntry</name>
    <message>
        <source>unknown action type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payload is not an object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pingjia::MainWindow</name>
    <message>
        <source>Government Service Review Supervision Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Pingjia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language set to %1. It takes effect when Pingjia restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Pingjia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Pingjia %1&lt;/h3&gt;&lt;p&gt;Government service review supervision console: syncs the provincial platform&apos;s service evaluations, runs the bad-review work queue, tracks rectification, ranks departments and prepares the monthly bulletin.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pingjia::PayloadReader</name>
    <message>
        <source>&quot;%1&quot; is required and must be non-empty text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a time &quot;yyyy-MM-dd HH:mm:ss&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from 1 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pingjia::SecretStore</name>
    <message>
        <source>No system keychain is available (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret stored for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pingjia::SettingsPage</name>
    <message>
        <source>Platform sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language takes effect when Pingjia restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings, the local cache, the local-work file and the logs of this user are all kept in this folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pingjia::WorkingCalendar</name>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected DATE&lt;TAB&gt;off|work, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither off nor work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a weekday, it cannot be an extra working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed both as off and as work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holiday calendar does not cover %1: working days in %1 are counted with weekends only, so this deadline is an estimate. Add the State Council holiday notice for %1 to calendar.tsv.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
