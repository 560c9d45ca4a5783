<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AboutText</name>
    <message>
        <source>Qt %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Qt %1 (built with Qt %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;h3&gt;Pingjia %1&lt;/h3&gt;&lt;p&gt;Government service review supervision console: syncs the provincial platform's service evaluations, runs the bad-review work queue, tracks rectification, ranks departments and prepares the monthly bulletin.&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later). This program comes with no warranty.&lt;/p&gt;&lt;p&gt;Uses %2.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Run "pingjia --help" for usage.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PINGJIA_NOW must look like "2026-10-31 18:00:00" (China Standard Time), not "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot use the home folder: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No display is available for the window (DISPLAY and WAYLAND_DISPLAY are unset, or QT_QPA_PLATFORM is offscreen). Run a command instead, for example "pingjia demo --headless".</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AuditChain</name>
    <message>
        <source>row %1 before it is missing (deleted)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rows %1 to %2 before it are missing (deleted)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it has no seal: it was added outside Pingjia</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it is sealed with this profile's keychain key, which is not available here, so it cannot be checked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it is not sealed with the keychain key although earlier rows are: it was added or rewritten outside Pingjia</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its content, or a row before it, was changed after it was written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the log's head seal is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the log is sealed with this profile's keychain key, which is not available here, so it cannot be checked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the log's head is not sealed with this profile's keychain key: the log was rewritten outside Pingjia</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the log's head seal was changed outside Pingjia</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rows %1 to %2 at the end of the log are missing (deleted)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it was added after the last row Pingjia wrote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the last row was replaced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>audit log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reveal log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The %1 is broken: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The %1 is broken at row %2: %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The %1 is broken at row %2 (written %3): %4.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>No local work yet: there is no audit log to check.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pingjia audit: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The audit log and the reveal log are intact (%n row(s), sealed with the keychain key).</source>
        <translation><numerusform>The audit log and the reveal log are intact (%n row, sealed with the keychain key).</numerusform><numerusform>The audit log and the reveal log are intact (%n rows, sealed with the keychain key).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The audit log and the reveal log are intact (%n row(s), sealed without a key: %1)</source>
        <translation><numerusform>The audit log and the reveal log are intact (%n row, sealed without a key: %1)</numerusform><numerusform>The audit log and the reveal log are intact (%n rows, sealed without a key: %1)</numerusform></translation>
    </message>
    <message>
        <source>Check that no row of the audit log or the reveal log was changed, deleted or added.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pingjia audit: say what to do: "pingjia audit verify".</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AuditKey</name>
    <message>
        <source>No keychain key seals this audit log.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The keychain did not answer, so the audit log is not sealed with its key: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The audit log was sealed with a keychain key that is missing now; it cannot be checked and is left as it is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The audit log is broken, so it is not sealed with a new key; run "pingjia audit verify".</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Showing an evaluator's personal data needs a stated reason: it is protected and given to nobody without the evaluator's consent.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AuditWarning</name>
    <message>
        <source>The audit log may have been tampered with</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The audit log or the reveal log of this computer was changed outside Pingjia, or cannot be checked. Nothing was repaired. Tell your security officer, and run "pingjia audit verify" for the details.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BulletinArchive</name>
    <message>
        <source>"%1" is not a document number of the form 〔2026〕12号.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BulletinFonts</name>
    <message>
        <source>Body text (FangSong)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Office name and title (XiaoBiaoSong)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First-level headings (HeiTi)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Second-level headings (KaiTi)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page numbers (SongTi)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BulletinOdt</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the document could not be encoded</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BulletinPdf</name>
    <message>
        <source>Cannot start printing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot add a page.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot finish the document.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CacheCommand</name>
    <message>
        <source>There is no cache yet: "pingjia sync" makes one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pingjia cache: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pingjia cache: the cache file %1 is damaged:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run "pingjia cache rebuild" to pull it from the platform again; your local work is not affected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The cache file is intact.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1: %n record(s), checksum %2</source>
        <translation><numerusform>%1: %n record, checksum %2</numerusform><numerusform>%1: %n records, checksum %2</numerusform></translation>
    </message>
    <message>
        <source>The platform reports no count or checksum per list, so these were not compared with it; "pingjia cache rebuild" pulls every list again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The old cache was moved to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>check: the file's integrity and each list's count and checksum. rebuild [sync options]: move the cache aside and pull it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pingjia cache: say what to do: "pingjia cache check" or "pingjia cache rebuild".</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CacheDatabase</name>
    <message>
        <source>Cannot move the damaged cache %1 aside to %2; move or delete it by hand.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The cache holds only platform data: rebuild it (in the window, or with "pingjia cache rebuild"; the damaged file is kept aside), which pulls it from the platform again. Your local work is in another file and is not affected.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CacheReader</name>
    <message>
        <source>Bad review %1 has an unknown state or result.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evaluation %1 is not in the cache.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The evaluator's data of %1 cannot be shown: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The evaluator's data of %1 was not stored (no keychain when it was synced, or none was given).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CacheWriter</name>
    <message>
        <source>An organisation without orgCode was refused.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A staff member without staffId was refused.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A service item without taskCode was refused.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A case without projectNo was refused.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An evaluation without evalId was refused; nothing of its page was stored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evaluation %1 has level %2, outside 1–5; nothing of its page was stored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evaluation %1 has no valid assessTime; nothing of its page was stored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The evaluator's data of evaluation %1 cannot be encrypted, so nothing of its page was stored: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A bad-review record without evalId was refused.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The mobile of staff member %1 cannot be protected, so nothing of its page was stored: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The follow-up phone of bad review %1 cannot be protected, so nothing of its page was stored: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>The option %1 needs a value.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unsupported language "%1": use one of %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>
PINGJIA_NOW="yyyy-MM-dd HH:mm:ss" (China Standard Time) fixes the clock.
Exit codes: 0 ok, 1 usage, 2 data or platform error.
</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CommonProblemRules</name>
    <message>
        <source>Common-problem rule %1 is not an object.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Common-problem rule %1 has an unknown category "%2".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Common-problem rule %1 has no keyword list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Common-problem rule %1 has a keyword that is not text.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConflictLog</name>
    <message>
        <source>Conflict %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConflictResolver</name>
    <message>
        <source>The action of this conflict is no longer in the local work.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot apply it again on the platform's version: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>Cannot open the %1 file %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The SQLite driver does not expose its handle.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The %1 file %2 is damaged (%3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The %1 file %2 is busy: another program or Pingjia window is writing to it (%3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A database operation on the %1 file failed (%2: %3).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DataAge</name>
    <message>
        <source>less than a minute old</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 minute old</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 minutes old</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 hour old</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 hours old</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 day old</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 days old</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is not a file; Pingjia cannot use it as its %2 file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a Pingjia %2 file (it is another SQLite database). Choose another file or folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The %1 file %2 was created by a newer Pingjia (schema %3 &gt; %4). Install that version again, or use another folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The %1 file %2 is damaged (%3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Updating the %1 file to schema %2 failed; it is unchanged. %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of its %2 bytes are missing</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Home folder: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To rebuild the cache, open the window (pingjia --home %1) and choose "Rebuild the cache".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cache: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cache state: empty (never synced)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cache state: %1 evaluations, %2 bad reviews, %3 organisations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Local work: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>demo: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>demo: evaluator data is cached masked: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>demo: the platform simulator listens on %1 (scale %2); signing in as %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>demo: the platform simulator is stopped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pingjia demo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Demo: syncing from the platform simulator at %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Do not open the window: sync, report what was synced and exit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How much data the simulator makes: small (default, fast), demo, bench or a number of evaluations.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SCALE</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DemoPlatform</name>
    <message>
        <source>The platform simulator pingjia-platform-sim was not found next to pingjia, in the build tree or on PATH (or set PINGJIA_SIM).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The platform simulator (%1) did not start: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1. The demo keeps its throwaway password in memory only and caches evaluator data masked; "pingjia sync" with a real platform needs a keychain.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EvaluatorReveal</name>
    <message>
        <source>Nobody is signed in: a reveal is recorded under the name of the platform user who asks for it. Sign in first.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <source>Cannot write in %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot replace %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HeadlessSync</name>
    <message>
        <source>Platform: %1 (user %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>IndicatorText</name>
    <message>
        <source>Taiyuan rules on good and bad reviews, </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pingliang business-environment plan, </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Xinxiang service standards, </source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>No system keychain is available (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No secret stored for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The system keychain refused access (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The system keychain failed (%1)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KeychainThread</name>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s). Check that the keyring is running and unlocked, then try again.</source>
        <translation><numerusform>The system keychain did not answer within %n second. Check that the keyring is running and unlocked, then try again.</numerusform><numerusform>The system keychain did not answer within %n seconds. Check that the keyring is running and unlocked, then try again.</numerusform></translation>
    </message>
    <message>
        <source>The system keychain has not answered an earlier request yet. Check that the keyring is running and unlocked, then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The system keychain cannot be used before the application has started.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LocalActionRecorder</name>
    <message>
        <source>Evaluation %1 is not a bad review in the cache (unknown, withdrawn or rated 3–5).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LocalWorkDatabase</name>
    <message>
        <source>It holds your unsent actions and audit log, so Pingjia leaves it exactly as it is and cannot continue. Restore %1 from a backup (close Pingjia first), or move it elsewhere to start with empty local work — actions not yet sent in it would then be lost.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Outbox entry %1 is unreadable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The action on %1 is incomplete (action id, time or record missing) and was not recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Action %1 was already recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outbox entry %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outbox entry %1 is already %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not sent: the earlier action %1 on this evaluation was %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>in conflict with the platform</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>refused by the platform</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OutboxPusher</name>
    <message>
        <source>The platform answered %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The outbox entry %1 stays pending after the platform's answer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopped as asked.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PageId</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The overview of indicators, open bad reviews and deadlines arrives with the dashboard feature.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bad reviews</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The bad-review work queue (verification within 24 hours, rectification deadlines) arrives with the queue feature.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rectification</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tracking from verification to rectification and follow-up visit arrives with the rectification feature.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rankings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rankings of departments, windows and staff, with trends, arrive with the rankings feature.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Monthly bulletins</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The monthly bulletin (PDF, XLSX, CSV, ODT) arrives with the bulletin feature.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sync &amp; settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Platform sign-in and synchronization arrive with the sync feature.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PageParser</name>
    <message>
        <source>The %1 page is unusable: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not valid JSON (%1, %2 bytes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the answer is not a JSON object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"items" is missing or not a list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"nextCursor" is missing or not text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"nextCursor" is longer than %1 characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"hasMore" is missing or not true/false</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the entry is not a JSON object</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PersonalDataCipher</name>
    <message>
        <source>The encryption library could not be initialised.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The personal-data key in the keychain is malformed (%1 bytes instead of %2); personal data cannot be read or stored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The personal-data key cannot be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The personal-data key cannot be stored: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Encrypted personal data is truncated (%1 bytes).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Encrypted personal data cannot be decrypted: it was damaged or encrypted with another key.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PlatformClient</name>
    <message>
        <source>The TLS handshake with the platform failed (%1). Nothing was sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopped as asked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The platform's answer to %1 is larger than %2 MB; it was not read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no answer (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The platform refused a freshly issued token for %1. Sign in again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the platform asked to slow down (429)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the platform answered %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 at %2 failed %3 times; the last problem: %4. Everything received before is kept; try again later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the platform description is not a JSON object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The refresh token cannot be kept: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the token answer holds no access_token</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The platform refused the sign-in of %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The platform answered %1 to the sign-in: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed in, but the password cannot be kept in the system keychain (%1). Pingjia keeps it nowhere else, so it cannot sync later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No password is stored for %1 at %2. Sign in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The platform refused the stored password of %1 (%2). Sign in again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the answer is not a JSON object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>If the platform uses HTTPS, write its address with https://.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 answered %2 with a web page (HTML) instead of JSON: this address does not look like a 好差评 platform API. Check the platform address (it ends before /api/v1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HTTP %1 %2 and a web page (HTML), not the platform's JSON error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HTTP %1 %2 without the platform's JSON error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The platform at %1 answers but could not serve %2 in %3 tries; the last problem: %4. Everything received before is kept; try again later.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PlatformProfile</name>
    <message>
        <source>The platform's description (/api/v1/meta) is unusable: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>API version %1; this Pingjia speaks version %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown code set "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"channels" is not an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"policy" is not an object</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QueueDocuments</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none (every bad review)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n bad review(s) · printed %1 (China Standard Time)</source>
        <translation><numerusform>%n bad review · printed %1 (China Standard Time)</numerusform><numerusform>%n bad reviews · printed %1 (China Standard Time)</numerusform></translation>
    </message>
    <message>
        <source>Bad review %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evaluated at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no text: invalid)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not synced yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Service item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Center</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verify by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rectify by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Upload status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On the platform</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Printed %1 (China Standard Time). Evaluator personal data is not printed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QueueExport</name>
    <message>
        <source>Evaluation ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none (every bad review)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number of bad reviews</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exported at (China Standard Time)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QueuePrinting</name>
    <message>
        <source>Print preview · %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The PDF %1 could not be written.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RectificationStats</name>
    <message>
        <source>&gt; %1 days</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>≤ %n day(s)</source>
        <translation><numerusform>≤ %n day</numerusform><numerusform>≤ %n days</numerusform></translation>
    </message>
    <message>
        <source>%1–%2 days</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>pingjia sync: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The platform's address (http or https). Remembered for later syncs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The platform user name. Remembered. The password comes from PINGJIA_PASSWORD or standard input.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Override the satisfaction codes the platform announces: gbt39046 (1 = very satisfied) or upload (1 = very dissatisfied).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SET</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trust only this CA certificate (PEM file) for the platform.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password of %1 at %2: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pingjia sync: no password given. Set PINGJIA_PASSWORD or type it on standard input; it is never a command-line argument.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SyncCredentials</name>
    <message>
        <source>"%1" is not a platform address: give an http or https URL such as https://hcp.example.gov.cn.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The user name is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No platform is configured yet. The first time, run "pingjia sync --platform URL --user NAME" (the password from PINGJIA_PASSWORD or standard input); later a bare "pingjia sync" is enough.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the CA file %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown code set "%1": use gbt39046 or upload.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SyncReportText</name>
    <message>
        <source>Organizations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Service items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evaluations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bad-review handling</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, %1 skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 records/s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>about %1 left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>time left unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 records stored in %2 (%3 records/s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 received, %3 stored, %4 skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (the platform forgot where we were: pulled again from the start)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>kept, shortened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>kept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2: %3 (%4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Records left out or changed (%1):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  … and %1 more (see the log file)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Upload stopped: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The platform is unreachable (offline): %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The cached data still works.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n local action(s) stay pending and go out when the platform answers again.</source>
        <translation><numerusform>%n local action stay pending and go out when the platform answers again.</numerusform><numerusform>%n local actions stay pending and go out when the platform answers again.</numerusform></translation>
    </message>
    <message>
        <source>No usable system keychain: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pingjia keeps the platform password and refresh token only in the system keychain (Secret Service), never in a file. Start a desktop session with an unlocked keyring (e.g. gnome-keyring) and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The platform's certificate is not trusted: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>If the platform uses its own certificate authority, pin its CA file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in to the platform first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, %1 stored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Upload: no action was waiting.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This upload: %1 acknowledged, %2 conflicts, %3 refused, %4 still waiting</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SyncSession</name>
    <message>
        <source>The platform answered %1 to /api/v1/meta: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A platform address (http or https) and a user name are needed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not signed in to a platform.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopped as asked; everything received so far is kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The platform refused to list %1 from the start: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The platform answered %1 to the %2 list: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The platform's %1 list does not move on from its cursor.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not signed in: give the platform address and user first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key that protects the evaluators' personal data is not available, so nothing was stored: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 answered /api/v1/meta with %2; a 好差评 platform API answers there with its description in JSON. Check the platform address (it ends before /api/v1).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TablePrinter</name>
    <message>
        <source>Print preview</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TlsTrust</name>
    <message>
        <source>Cannot read the CA file %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the platform</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>If the platform uses a private CA, pin its CA file in the connection settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The pinned CA file %1 did not vouch for it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The certificate of %1 is not trusted (%2). Nothing was sent. %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>UserHome</name>
    <message>
        <source>%1 exists but is not a folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The folder %1 is not writable.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Verbs</name>
    <message>
        <source>pingjia %1 is not available yet: it arrives with %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>start the platform simulator, sync and open the window (--headless: report and exit)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sync the local cache with the provincial platform</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>print the bad-review work queue (JSON or CSV)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>print the rankings of a month (JSON or CSV)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>write the monthly bulletin (PDF, ODT, XLSX or CSV)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the options of this command.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pingjia %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run "pingjia %1 --help" for its options.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pingjia %1: unexpected argument: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only bad reviews in state S (comma-separated: %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only those past their verification or rectification deadline now (PINGJIA_NOW when set).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Output format: json (default) or csv.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pingjia queue: unknown state "%1"; use one of: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pingjia queue: unknown format "%1"; use json or csv.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PINGJIA_NOW is not a time of the form "yyyy-MM-dd HH:mm:ss"; using the current time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pingjia queue: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n bad review(s).</source>
        <translation><numerusform>%n bad review.</numerusform><numerusform>%n bad reviews.</numerusform></translation>
    </message>
    <message>
        <source>pingjia bulletin: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run "pingjia bulletin --help" for its options.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The month of the bulletin (YYYY-MM).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only this area, center or department (code); default: the whole cache.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The public version (公示版): departments only, no window or staff names. Default: the internal version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The document number, e.g. 〔2026〕12号; default: the next one of the archive.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The typical cases to print (evaluation ids, comma-separated; "none" for none). Default: the first %1 proposed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issue it: record the file in the archive (default: a draft, not recorded).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file to write: .pdf, .odt, .xlsx, .csv, or a folder for one CSV per table.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--month YYYY-MM is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a month of the form YYYY-MM.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--out FILE is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot tell the format of "%1": use .pdf, .odt, .xlsx, .csv or a folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a document number of the form 〔2026〕12号.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a folder of CSV files cannot be issued; issue the PDF, ODT, XLSX or one CSV file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the cache %1 does not exist: run "pingjia sync" first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the document number %1 was already given to another bulletin (see the archive).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft written (not issued: add --issue to record it in the archive).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The month YYYY-MM (platform time, UTC+8).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The quarter YYYY-Qn.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The year YYYY.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First day of a range (YYYY-MM-DD), with --to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last day of a range (YYYY-MM-DD), inclusive.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pingjia rankings: give exactly one period: --month YYYY-MM, --quarter YYYY-Qn, --year YYYY or --from D --to D.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pingjia rankings: --%1 "%2" is not valid; write it like %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pingjia rankings: --from and --to go together.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pingjia rankings: --from "%1" --to "%2" is not a range of days; write the dates like 2026-10-01, the first not after the last.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ranking settings ignored: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Units ranked: area, center, department (default), window or staff.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only units inside CODE: a division (620800), a center (C620802), a department's credit code or a window.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pingjia rankings: unknown level "%1"; use area, center, department, window or staff.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pingjia rankings: unknown format "%1"; use json or csv.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pingjia rankings: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 unit(s), %3 ranked (%4).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only items inside CODE: a division (620800), a center (C620802) or a department's credit code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pingjia integrity: give the month as --month YYYY-MM, like 2026-10.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pingjia integrity: unknown format "%1"; use json or csv.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pingjia integrity: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1: %n flagged item(s).</source>
        <translation><numerusform>%1: %n flagged item.</numerusform><numerusform>%1: %n flagged items.</numerusform></translation>
    </message>
    <message>
        <source>verify that the audit log was not tampered with</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>check the local cache, or rebuild it from the platform</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>print the review-integrity flags of a month (JSON or CSV)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rank without the evaluations the review-integrity rules flagged (they leave the evaluation counts, levels and the rates and score made of them; see pingjia integrity).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WindowSession</name>
    <message>
        <source>Pingjia cannot start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The damaged cache was moved to %1; sync to fill the new one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The local-work file cannot be used.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The cache could not be rebuilt.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pingjia</name>
    <message>
        <source>Table %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write the image %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the chart as .png or .svg.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Satisfaction and bad rate, last 12 months</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Calendar month, UTC+8</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Valid evaluations by level, with satisfaction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evaluations by channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Channel code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The platform's pf code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The platform's name of the channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Top and bottom five departments by score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Top five</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bottom five</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Department code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Competition ranking on the score (1, 2, 2, 4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SVG vector image (*.svg)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unit code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not ranked because</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The platform's code of the unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ranking rules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minimum valid evaluations to be ranked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bottom K (repeatedly last)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consecutive periods M (repeatedly last)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weight: satisfaction rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weight: good rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weight: 1 − bad rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weight: coverage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weight: verified on time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weight: rectified on time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Smoothing: Wilson lower bound, z</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Without the evaluations flagged by the review-integrity rules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pingjia::ActionPayloadText</name>
    <message>
        <source>Result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Responsible department</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Responsible person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Measures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Proposed deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot rectify</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Satisfaction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>phone call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>text message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>visit in person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent, awaiting the platform's answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Acknowledged by the platform</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conflict with the platform</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refused by the platform</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting to upload (not sent yet)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pingjia::AgeingModel</name>
    <message>
        <source>Open bad reviews evaluated %1 ago</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open bad reviews, whatever their age</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open bad reviews</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pingjia::BadReviewDetailPanel</name>
    <message>
        <source>—</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (not synced yet)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>status %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a bad review to see its comment, case, staff member and history.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deadlines:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comment:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Service item:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Staff and window:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Channel:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evaluator:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>R&amp;eveal evaluator data…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shows the evaluator's name, mobile and ID number after you give a reason; the reveal is logged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Upload status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>History of the bad review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> · pending upload</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no text)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · accepted %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> · finished %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not synced yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1
Window: %2
Department: %3
Center: %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>anonymous</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, mobile %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No encrypted evaluator data is stored for this evaluation (anonymous, or synced without a keychain).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On the platform</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verify by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rectify by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (delayed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A delay request awaits a decision.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>⚠ Overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name: %1
Mobile: %2
ID number: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · %2 · invalid: no text</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation><numerusform>%n day late</numerusform><numerusform>%n days late</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) late</source>
        <translation><numerusform>%n hour late</numerusform><numerusform>%n hours late</numerusform></translation>
    </message>
    <message>
        <source>verified %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>completed %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pingjia::BadReviewQueueModel</name>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>overdue %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Estimated deadline: the holiday calendar does not cover that year yet, so only weekends were counted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recorded here; waiting for the platform to acknowledge it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no text: invalid)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> · delay requested</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> · pending upload</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>≈ %1 (estimate)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evaluated at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Center</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verify within</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rectify within</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pingjia::BulkAssignDialog</name>
    <message>
        <source>Assign to a department</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>A rectification plan is recorded for each of the %n selected bad review(s) that is confirmed. The others are listed afterwards with the reason.</source>
        <translation><numerusform>A rectification plan is recorded for each of the %n selected bad review that is confirmed. The others are listed afterwards with the reason.</numerusform><numerusform>A rectification plan is recorded for each of the %n selected bad reviews that is confirmed. The others are listed afterwards with the reason.</numerusform></translation>
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pingjia::BulletinArchiveView</name>
    <message>
        <source>Number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issued by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issued at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open issued file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Public (公示版)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Internal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The issued file %1 is no longer there (moved or deleted).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file %1 was changed after it was issued: it is not the bulletin %2 as issued (SHA-256 differs).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pingjia::BulletinCaseList</name>
    <message>
        <source>followed up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rectified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>in rectification</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1  %2 · %3 (%4)
%5</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pingjia::BulletinExport</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write %1: no permission to write in %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write %1: it is a folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write %1: the file is read-only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Documents are written by writeBulletin(), not as tables.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The bulletin has no table to write.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pingjia::BulletinFactsQuery</name>
    <message>
        <source>The bulletin was cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A bulletin covers an area, a center or a department, not a window (%1).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pingjia::BulletinFontsSection</name>
    <message>
        <source>Bulletin fonts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Official documents use FangSong for the body, XiaoBiaoSong for the title, HeiTi and KaiTi for headings. A face that is not installed is replaced by the closest installed one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore defaults</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not installed; using %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pingjia::BulletinHeaderForm</name>
    <message>
        <source>e.g. 〔2026〕12号</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issuing office (发文机关):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Document number (文号):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recipients (主送):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date written (成文日期):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signature (落款):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy to (抄送):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Printed by (印发机关):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Printed on (印发日期):</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pingjia::BulletinIssue</name>
    <message>
        <source>A folder of CSV files cannot be issued; issue the PDF, ODT, XLSX or one CSV file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2 version) issued by %3 on %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>public</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>internal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This month was already issued:
%1
Issuing it again adds a new record; the earlier ones stay in the archive.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pingjia::BulletinJob</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pingjia::BulletinPage</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Internal version (may name windows and staff)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Public version (公示版: departments only)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opening (leave empty for the standard one):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>六、下步工作要求 (one paragraph each, separated by an empty line):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Remember header and requirements for this scope</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Figures and tables come from the cache and cannot be edited.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Header</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>T&amp;ypical cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Te&amp;xt as written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pa&amp;ges as printed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Figures of %1 for %2 read at %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not a document number of the form 〔2026〕12号.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This number was already given to another bulletin.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF (*.pdf);;OpenDocument text (*.odt);;Excel workbook (*.xlsx);;CSV, the ranking table (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read figures again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print pre&amp;view</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Issue…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Monthly bulletin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the bulletin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issue again?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issue the bulletin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a document number of the form 〔2026〕12号.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The document number %1 was already given to another bulletin.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The figures have not been read yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot tell the format of %1: use .pdf, .odt, .xlsx or .csv.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A folder of CSV files cannot be issued.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Another task is running; try again when it has finished.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft saved to %1 (not issued).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issued %1 as %2 (SHA-256 %3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No program is set up to open %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The bulletin of everything synced, an area or a center</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Printed %n page(s).</source>
        <translation><numerusform>Printed %n page.</numerusform><numerusform>Printed %n pages.</numerusform></translation>
    </message>
    <message>
        <source>Printing cancelled.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pingjia::BulletinPreview</name>
    <message>
        <source>−</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>+</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fit width</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fit the page width to the view</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print through the system dialog</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation><numerusform>%n page</numerusform><numerusform>%n pages</numerusform></translation>
    </message>
    <message>
        <source>Printing the bulletin…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop preparing the pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preparing the pages…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Preparing %n page(s)…</source>
        <translation><numerusform>Preparing %n page…</numerusform><numerusform>Preparing %n pages…</numerusform></translation>
    </message>
    <message>
        <source>Preview cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The pages cannot be shown: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pingjia::BusyIndicator</name>
    <message>
        <source>Computing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Computing</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pingjia::CacheProblemDialog</name>
    <message>
        <source>The local cache cannot be used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The local cache cannot be used.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The cache only mirrors the provincial platform, so it can be rebuilt: Pingjia moves the file aside (it is not deleted) and starts an empty cache, which the next sync fills again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alternatively quit and run the newer Pingjia that wrote the file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close other programs or Pingjia windows that may use the file, check the folder's permissions and start Pingjia again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your local work (unsent actions and the audit log) is kept in %1 and is not touched.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cache file: %1

%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rebuild the cache</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pingjia::CalendarSection</name>
    <message>
        <source>Holiday calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rectification deadlines count working days of the national holiday calendar (with make-up working days). For a year the calendar does not cover, deadlines count weekends only and are shown as estimates. Load the new year's file here when it is published.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The stored calendar file is not used: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Load calendar file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No year is covered: every deadline is an estimate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Years covered: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Load holiday calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Holiday calendar (*.tsv *.txt);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a usable holiday calendar: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 lists no days.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot store the calendar in %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pingjia::CategoryRulesDialog</name>
    <message>
        <source>Common-problem categories</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A bad review belongs to the first category (top to bottom) with a keyword that occurs in its comment; with none it is "Other". Separate keywords by commas or spaces.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give at least one keyword for "%1".</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pingjia::ChannelTable</name>
    <message>
        <source>Hall evaluator device</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PC / web</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mobile app</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>QR code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone (incl. 12345)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Self-service terminal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>channel table: an empty channel code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>channel table: the name of channel %1 is not text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown channel (%1)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pingjia::ChartPanel</name>
    <message>
        <source>Save image…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save this chart as PNG or SVG</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export data…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the figures behind this chart as CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no chart to save yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export chart data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pingjia::ChaseListModel</name>
    <message>
        <source>Department</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Service item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Counts as satisfied at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>finishDate of the served case (proStatus 3), UTC+8</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Default time minus now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>finishDate + 7×24 h: without an evaluation by then the case counts one default level-3 evaluation</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pingjia::ChaseListPage</name>
    <message>
        <source>&amp;Department:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export Excel…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cases awaiting evaluation · %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The cache is not open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All departments (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cases awaiting evaluation; the oldest %2 are listed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cases awaiting evaluation, oldest first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export chase list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Served cases with no evaluation yet. Seven days (7×24 h) after it was finished, a case without an evaluation counts as 基本满意 (level 3): ask for the evaluation before.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pingjia::CommonProblemModel</name>
    <message>
        <source>Service item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pingjia::ConflictListModel</name>
    <message>
        <source>%1 · version %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> · last: %1 by %2 at %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not sent by the platform (sync to fetch it)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evaluation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mine (this console)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Platform's version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pingjia::ConnectionStatusBar</name>
    <message>
        <source>● Online</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>● Offline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last sync: never synced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The local cache holds no platform data yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last sync: %1 · data %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Times are China Standard Time (UTC+8).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>● Not signed in</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n action(s) waiting to upload</source>
        <translation><numerusform>%n action waiting to upload</numerusform><numerusform>%n actions waiting to upload</numerusform></translation>
    </message>
</context>
<context>
    <name>pingjia::DashboardPage</name>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cases a&amp;waiting evaluation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read the cache again (F5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The cache is not open: the overview cannot be computed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · %2 (overview)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (overview)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · %2. Reading the charts' figures…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · %2. Satisfaction includes the default evaluations (a case not evaluated within 7 days counts as level 3). Click a chart to drill down.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pingjia::DeadlinePolicy</name>
    <message>
        <source>policy: verifyHours must be a whole number from 1 to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>policy: rectifyDays must be a whole number from 1 to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>policy: rectifyDayKind must be "working" or "natural"</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pingjia::DeadlineText</name>
    <message>
        <source>%1 (est.)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pingjia::DoubleZeroModel</name>
    <message>
        <source>(no unit)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not reached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Center</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open bad reviews</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recurring problems</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Double zero</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 of %n reached</source>
        <translation><numerusform>%1 of %n reached</numerusform><numerusform>%1 of %n reached</numerusform></translation>
    </message>
</context>
<context>
    <name>pingjia::EvaluationLevel</name>
    <message>
        <source>Very dissatisfied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Basically satisfied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Satisfied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Very satisfied</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pingjia::FollowUpDialog</name>
    <message>
        <source>— choose —</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evaluator's &amp;satisfaction with the fix:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visit in person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Optional: what the evaluator said</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the evaluator's satisfaction.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose how the evaluator was contacted.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pingjia::HandlingActionDialog</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pingjia::HandlingRecord</name>
    <message>
        <source>unknown state "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown verifyResult "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown status "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>version must be a whole number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>followUp is not an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>history is not a list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>history[%1]: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a time "yyyy-MM-dd HH:mm:ss"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is missing or not text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not true or false</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown action type "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>at is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>payload is not an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>followUp.satisfaction must be a whole number from 1 to 5</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pingjia::HandlingRollup</name>
    <message>
        <source>updating the handling rollups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading the handling rollups</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pingjia::HandlingState</name>
    <message>
        <source>Invalid (no text)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unverified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalid requested</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not adopted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rectifying</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rectified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not verified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mistaken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Malicious</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verify as confirmed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Request invalid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approve invalid request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reject invalid request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan rectification</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Complete rectification</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-up visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Request delay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approve delay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reject delay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pingjia::HandlingStateMachine</name>
    <message>
        <source>The action has no id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The action has no actor.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The action has no valid time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 made this request and cannot also decide on it: a second person must approve or reject it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The history holds no valid invalid request to approve.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The evaluation was withdrawn: its handling record accepts no actions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A delay request is already pending.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no pending delay request.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not allowed when the bad review is "%2".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is required and must be non-empty text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" must be text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" must be one of: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" must be a time "yyyy-MM-dd HH:mm:ss".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" must be a whole number from 1 to 5.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" must be true or false.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" must be later than the current deadline %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A dissatisfied or very dissatisfied evaluation without text is invalid: it accepts no actions.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pingjia::IndicatorQuery</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No area, center, department or window with the code "%1" is in the cache; use a division code (620800), a center (C620802), a department's credit code or a window (W620802-007).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>indicator figures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>handling figures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>evaluations by channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>open bad reviews</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cases not yet evaluated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>flagged evaluations</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pingjia::IndicatorRollup</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>preparing the indicator rollups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>updating the indicator rollups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading the indicator rollups</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pingjia::IntegrityFlagModel</name>
    <message>
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cleared</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evaluation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why it is flagged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pingjia::IntegrityPage</name>
    <message>
        <source>Review &amp;integrity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All rules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Without verdict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cleared</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the flagged items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note on the verdict (what was checked)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;leared</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;onfirmed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the month like 2026-09.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The check could not run: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1: %n flagged item(s).</source>
        <translation><numerusform>%1: %n flagged item.</numerusform><numerusform>%1: %n flagged items.</numerusform></translation>
    </message>
    <message>
        <source>Select a flagged item first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in to the platform first: a verdict records who gave it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The verdict was not stored: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verdict stored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Review integrity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n item(s) exported.</source>
        <translation><numerusform>%n item exported.</numerusform><numerusform>%n items exported.</numerusform></translation>
    </message>
</context>
<context>
    <name>pingjia::IntegrityText</name>
    <message>
        <source>Evaluator is staff of the center</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One evaluator, many cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Burst of top ratings on one window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-up visit on a staff phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Good rate at the ceiling, coverage low</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evaluated before the case was finished</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The evaluator's mobile number is the phone of a staff member of %1 (%2): staff may be rating their own colleagues.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The same evaluator rated %1 different cases in the period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 top ratings on window %2 between %3 and %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The follow-up visit reached a phone of a staff member (%1), not the evaluator.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Good rate %1 % with a coverage of only %2 % (%3 served cases): good reviews may be collected selectively.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evaluated at %1, %2 minutes before the case was finished (%3).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pingjia::IntegrityVerdicts</name>
    <message>
        <source>A verdict needs the item, its month and who gives it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pingjia::JsonFields::Reader</name>
    <message>
        <source>%1 is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is longer than %2 characters (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a time "yyyy-MM-dd HH:mm:ss"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not true or false</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown %1 "%2"</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pingjia::KeyFigureCard</name>
    <message>
        <source>Previous: %1 · %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>As of now</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pingjia::KeyFiguresModel</name>
    <message>
        <source>Number of evaluations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Satisfaction (incl. 7-day defaults)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bad rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open bad reviews</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overdue bad reviews</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cases awaiting evaluation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Valid bad reviews now unverified, awaiting a decision on invalidity, confirmed, in rectification or awaiting the follow-up visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open bad reviews past their running deadline now (verification within 24 h, rectification by the effective deadline)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 pp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Previous period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Served cases with no evaluation whose 7-day default has not come yet</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pingjia::MainWindow</name>
    <message>
        <source>Government Service Review Supervision Console</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Service Reviews</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Supervision console</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About Pingjia</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language set to %1. It takes effect when Pingjia restarts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About Pingjia</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pingjia::OptionalDateEdit</name>
    <message>
        <source>any</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pingjia::Period</name>
    <message>
        <source>"%1" is not a range of days: both dates must exist and the second must not be earlier than the first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a period: use a month (2026-10), a quarter (2026-Q4), a year (2026) or a range of days (2026-10-01~2026-10-15).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%2/%1</source>
        <comment>month label: %1 year, %2 month (zh: 2026年10月)</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Q%2 %1</source>
        <comment>quarter label: %1 year, %2 quarter 1-4 (zh: 2026年第4季度)</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Year %1</source>
        <comment>year label (zh: 2026年)</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>range of days</comment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pingjia::PeriodPicker</name>
    <message>
        <source>Month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date range</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Previous period (Alt+Left)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind of period (Alt+Up / Alt+Down)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (year)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next period (Alt+Right)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Month %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Q%1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pingjia::PlanDialog</name>
    <message>
        <source>Rectification due by %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pingjia::PlatformErrorText</name>
    <message>
        <source>Someone changed this bad review on the platform before the action arrived. Nothing was overwritten: compare both versions and choose.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The platform does not allow this step in the bad review's current state. Sync to see its state, then choose a step that fits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The person who made a request cannot also approve or reject it. Ask a second person to decide.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The platform found the action's details incomplete or wrong. Record the step again with every field filled in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The platform no longer knows where the last sync stopped. That list is fetched again from the start; nothing stored is lost.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The platform refused the page size the console asked for.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The platform does not have this record (or this address): it may be outside your scope or withdrawn.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The platform does not accept this kind of request at this address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The platform could not read the request.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrong user name or password. Check both and sign in again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The platform no longer accepts the stored sign-in. Sign in again with your password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The platform does not support this way of signing in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The platform wants a sign-in first. Sign in again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The platform did not accept the sign-in token. Sign in again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sign-in has expired. The console renews it by itself; if this stays, sign in again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The platform asked the console to slow down. It tries again by itself after the wait the platform named.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The platform had an internal error. The console tries again by itself; nothing recorded here is lost.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The platform refused the request.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The platform said: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Platform error code: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The platform said: %1 (error code %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pingjia::ProblemCategory</name>
    <message>
        <source>Waiting time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Service attitude</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Materials asked repeatedly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>System failure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pingjia::ProgressMeasure</name>
    <message>
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In rectification</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delayed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rectified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Followed up</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pingjia::QueueActionController</name>
    <message>
        <source>Verify…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confirm the bad review as true, with the evidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Request invalid…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ask to declare it mistaken or malicious; a second person decides</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Review invalid request…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approve or reject the request to declare it invalid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan rectification…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Responsible department, person and measures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Complete…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record what was changed: the rectification is finished</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Request delay…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A later deadline, or cannot rectify; a second person decides</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Review delay request…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approve (with the new deadline) or reject the delay request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-up visit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The evaluator's satisfaction with the rectification</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reopen…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start a new rectification for a closed or not adopted bad review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assign selected to a department…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A rectification plan for every selected confirmed bad review (B)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not possible for this bad review now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was not recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Plans recorded for %1 of %n bad review(s).</source>
        <translation><numerusform>Plans recorded for %1 of %n bad review.</numerusform><numerusform>Plans recorded for %1 of %n bad reviews.</numerusform></translation>
    </message>
    <message>
        <source>Assignment to a department</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n could not be planned:</source>
        <translation><numerusform>%n could not be planned:</numerusform><numerusform>%n could not be planned:</numerusform></translation>
    </message>
    <message>
        <source>Sign in first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 recorded for %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pingjia::QueueFilterBar</name>
    <message>
        <source>Search comments (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search comments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open (not yet closed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due within 24 h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Levels 1–2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Valid and invalid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Valid only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalid only (no text)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show every bad review again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove these additional conditions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Department:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assessed from:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>to:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All centers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All departments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>requests awaiting the approval of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>awaiting the follow-up visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>delayed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>states: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n department(s)</source>
        <translation><numerusform>%n department</numerusform><numerusform>%n departments</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n center(s)</source>
        <translation><numerusform>%n center</numerusform><numerusform>%n centers</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n channel(s)</source>
        <translation><numerusform>%n channel</numerusform><numerusform>%n channels</numerusform></translation>
    </message>
    <message>
        <source>service items: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>selected levels</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n listed evaluation(s)</source>
        <translation><numerusform>%n listed evaluation</numerusform><numerusform>%n listed evaluations</numerusform></translation>
    </message>
    <message>
        <source>Also filtered: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — also filtered: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pending upload only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only bad reviews with actions recorded here that the platform has not yet acknowledged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>search: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>evaluated %1 – %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pingjia::QueuePage</name>
    <message>
        <source>Bad reviews</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The bad-review queue cannot open its data files.
%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No bad review matches the filter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is no longer in the cache.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n bad review(s) match.</source>
        <translation><numerusform>%n bad review match.</numerusform><numerusform>%n bad reviews match.</numerusform></translation>
    </message>
    <message>
        <source>No bad reviews in the cache yet. Sign in and sync on the Sync &amp; settings page; the queue works offline after that.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Detail panel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show or hide the detail panel (F6)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the queue…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The queue as shown (filter, columns, every row) with a print preview (Ctrl+P)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bad-review queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print this bad review…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The full record of the selected bad review with its history, for a paper file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Updating the queue…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Upload: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The queue as shown (filter, columns, every row) as an Excel workbook (Ctrl+E)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The queue as shown as CSV, UTF-8 (Ctrl+Shift+E)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bad-review queue %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the bad-review queue</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Exported %n bad review(s) to %1.</source>
        <translation><numerusform>Exported %n bad review to %1.</numerusform><numerusform>Exported %n bad reviews to %1.</numerusform></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exporting the bad-review queue to %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preparing the bad-review queue for printing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Printing failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the queue</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Print all %n bad review(s) of this view?</source>
        <translation><numerusform>Print all %n bad review of this view?</numerusform><numerusform>Print all %n bad reviews of this view?</numerusform></translation>
    </message>
    <message>
        <source>The print preview lays out every page while the window waits: for %1 rows that can take minutes. Narrow the view first with the filter (a state, a department, a period), or export it to Excel instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Narrow the view</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print all</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pingjia::QueueViewJob</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pingjia::QueueWorkspace</name>
    <message>
        <source>The cache file is not open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The local-work file is not open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No keychain is available on this computer, so evaluator data cannot be decrypted here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a JSON array</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The saved common-problem rules are unreadable (%1); the defaults are used until you save new ones.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nobody is signed in. Actions and reveals are recorded under the name of the platform user who takes them, so sign in first (Sync &amp; settings → Sign in); after one sign-in the console also works offline.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pingjia::Ranking</name>
    <message>
        <source>Ranking setting "%1" must be a number from %2 to %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ranking setting "%1" must be a whole number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 valid evaluations (minimum sample %2)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pingjia::RankingModel</name>
    <message>
        <source>Rank</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Repeatedly last</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Competition ranking on the score (1, 2, 2, 4); empty for a unit below the minimum sample of valid evaluations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rank in the previous period of the same kind minus this rank (↑ moved up)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In the bottom K of the ranked units for M consecutive periods of the same kind (settings)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rank %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not ranked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (bottom)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ranked last repeatedly:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recent periods:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>⚑ Repeatedly last</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Flagged evaluations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evaluations of the period that a review-integrity rule flagged (评价核查), each counted once; a flag a supervisor cleared does not count</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pingjia::RankingsPage</name>
    <message>
        <source>Area ranking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Center ranking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Department ranking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Window ranking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Staff ranking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (Alt+%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The table as CSV, UTF-8 (Ctrl+Shift+E)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export Excel…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The table as XLSX with each column's formula (Ctrl+E)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print preview of the table (Ctrl+P)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The cache is not open: rankings cannot be computed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · %2 (rankings)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bad reviews</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export ranking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Without flagged evaluations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rank without the evaluations the review-integrity rules flagged (评价核查): they leave the evaluation counts, the levels and the rates and score made of them; cases, coverage, defaults and handling stay.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>without flagged evaluations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Satisfaction includes the default evaluations (a case not evaluated within 7 days counts as level 3). Units with fewer than %1 valid evaluations are greyed and not ranked. ⚑ = in the bottom %2 for %3 consecutive periods. Hover a column header for its formula.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 units, %3 ranked, %4 repeatedly last, %5 evaluations flagged by the review-integrity rules. Enter or double-click opens the unit's bad reviews of the period.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pingjia::RecordReaders</name>
    <message>
        <source>a text longer than %1 characters was cut</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown level "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown kind "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown proStatus %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown satisfaction code "%1" for the %2 code set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>assessNumber %1 is out of range</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>userProp %1 is out of range</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown channel code "%1"; kept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>updatedAt is missing</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pingjia::RectificationPage</name>
    <message>
        <source>Where every bad review stands, from verification to the follow-up visit. Double-click a number (or select it and press Enter) to list its bad reviews in the queue.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The rectification tracker cannot open its data files.
%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By department</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By center</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Common problems</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Double zero</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rectification progress per unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open bad reviews by age (days since the evaluation)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ageing of open bad reviews</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By service item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit categories…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Common problems per month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A problem recurs when %1 or more adopted bad reviews share it in one month; recurring numbers are marked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Double zero is reached when a unit has no open bad review and no recurring common problem in the month.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Double zero per unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No unit has bad reviews up to this month.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 of %n unit(s) reached double zero.</source>
        <translation><numerusform>%1 of %n unit reached double zero.</numerusform><numerusform>%1 of %n units reached double zero.</numerusform></translation>
    </message>
    <message>
        <source>open, %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tracker: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tracker: %1 · %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pingjia::RectificationPlanForm</name>
    <message>
        <source>Name of the person responsible</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What will be done, and by when</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Responsible &amp;department:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Responsible &amp;person:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Measures:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the responsible department from the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name the responsible person.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Describe the rectification measures.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pingjia::RectificationStatsModel</name>
    <message>
        <source>Total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no unit)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Center</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pingjia::RefusedActionModel</name>
    <message>
        <source>Evaluation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Platform's own words</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pingjia::RequestDelayDialog</name>
    <message>
        <source>Current rectification deadline: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why the rectification cannot finish in time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Proposed deadline (end of day):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Cannot rectify (the problem cannot be fixed here)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the reason for the delay.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The proposed deadline must be after the current one (%1).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pingjia::RequestInvalidDialog</name>
    <message>
        <source>A second person must approve this request before the bad review is not adopted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Mistaken (the evaluator chose the wrong level)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>M&amp;alicious (not about the service)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Result:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. the evaluator confirmed by phone that they meant "very satisfied"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose mistaken or malicious.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the evidence for the request.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pingjia::RevealReasonDialog</name>
    <message>
        <source>Reveal evaluator data · %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The evaluator's name, mobile number and ID number are protected. Say why you need them: your name, the time and the reason are recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>— choose —</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verification call to the evaluator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-up visit after rectification</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other (explain below)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reveal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pingjia::ReviewDecision</name>
    <message>
        <source>Decision:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Required: why it is rejected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose approve or reject.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say why the request is rejected.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pingjia::ReviewDelayDialog</name>
    <message>
        <source>Review delay request · %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Current deadline: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 reported on %2 that this cannot be rectified and proposes %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 asked on %2 for a delay until %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You made this request: a second person must decide on it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Approve the delay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reject the delay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New &amp;deadline (end of day):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The new deadline must be after the current one (%1).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pingjia::ReviewInvalidDialog</name>
    <message>
        <source>Review invalid request · %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 asked on %2 to declare this bad review %3.
Evidence: %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You made this request: a second person must decide on it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Approve: not adopted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reject: the bad review stands as confirmed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pingjia::SavedView</name>
    <message>
        <source>Unverified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Awaiting my approval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Awaiting follow-up visit</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pingjia::SavedViewBar</name>
    <message>
        <source>All bad reviews</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every bad review in the cache (Alt+0)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (Alt+%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pingjia::ScopePicker</name>
    <message>
        <source>&amp;Scope:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rank within everything synced, an area or a center</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Everything synced</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pingjia::SecretStore</name>
    <message>
        <source>No system keychain is available (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No secret stored for %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pingjia::SettingsPage</name>
    <message>
        <source>Platform sync</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A new language takes effect when Pingjia restarts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Home folder:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Settings, the local cache, the local-work file and the logs of this user are all kept in this folder.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pingjia::ShortcutOverview</name>
    <message>
        <source>Everywhere</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bad-review queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rectification tracker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rankings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Monthly bulletins</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sync &amp; settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This overview of shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search the comments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All bad reviews</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved view 1: unverified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved view 2: due today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved view 3: overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved view 4: awaiting my approval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved view 5: awaiting the follow-up visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the detail of the row (Esc: back to the table)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verify</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Request invalid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Review a pending request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan rectification</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Complete the rectification</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Request a delay, or report that it cannot be rectified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-up visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assign the selected rows to a department</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reveal the evaluator's data (a reason is asked and logged)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show or hide the detail panel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the queue as shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dialogs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel the sync</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What it does</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the queue as shown to Excel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the queue as shown as CSV</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pingjia::SignInDialog</name>
    <message>
        <source>Sign in to the platform</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>optional: the platform's own CA certificate (PEM)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Platform &amp;address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pinned &amp;CA file:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The password and the platform's refresh token are kept in the system keychain only, never in a file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The platform cannot be reached.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The platform's certificate is not trusted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No system keychain is available.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sign-in failed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the platform's address, starting with https:// (or http://).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the user name and the password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the CA file %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A sync is running. Wait for it or cancel it, then sign in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The platform's CA certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pingjia::SimLauncher</name>
    <message>
        <source>cannot start %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 exited (code %2) before listening</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unexpected first line from %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 did not start listening within %2 ms</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pingjia::SkippedRecordModel</name>
    <message>
        <source>List</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pingjia::SyncPanel</name>
    <message>
        <source>Sign &amp;in…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sync now (F5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The platform needs the password again: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Left out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep the platform's version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Apply mine again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Someone changed these records on the platform before your action arrived. Nothing was overwritten: choose which version stays.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refused by the platform</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not signed in. Sign in to the provincial platform to sync; the console works from the local cache meanwhile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No usable system keychain (%1): passwords cannot be kept and evaluator data is cached masked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last sync %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopped; everything received so far is kept.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n action(s) waiting for upload</source>
        <translation><numerusform>%n action waiting for upload</numerusform><numerusform>%n actions waiting for upload</numerusform></translation>
    </message>
    <message numerus="yes">
        <source> · %n conflict(s) to decide</source>
        <translation><numerusform> · %n conflict to decide</numerusform><numerusform> · %n conflicts to decide</numerusform></translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refused by the platform (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conflict not resolved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not signed in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connected to the platform.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contacting the platform…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot reach the platform.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last error: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next attempt by itself in about %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No attempt is scheduled: use Retry now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopped at %p%</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No action is waiting for upload.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in first: the resolution is recorded under the name of the platform user signed in.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pingjia::SyncStatusProgress</name>
    <message>
        <source>Syncing %p%</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pingjia::TextActionDialog</name>
    <message>
        <source>What was changed:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. added a guide at the entrance; queue times now posted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Describe what was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason for reopening:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. the evaluator reports the problem again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the reason for reopening.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evidence (what was checked):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. surveillance video reviewed, the complaint is true</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Describe the evidence that confirms the bad review.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pingjia::UnitDirectory</name>
    <message>
        <source>reading the org units</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading the staff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>everything in the cache</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pingjia::UnitLevel</name>
    <message>
        <source>Area</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Center</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pingjia::WorkingCalendar</name>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected DATE&lt;TAB&gt;off|work, got "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a date yyyy-MM-dd</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is neither off nor work</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is a weekday, it cannot be an extra working day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is listed both as off and as work</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The holiday calendar does not cover %1: working days in %1 are counted with weekends only, so this deadline is an estimate. Add the State Council holiday notice for %1 to calendar.tsv.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pingjia::XlsxWriter</name>
    <message>
        <source>The table “%1” has more rows than a sheet holds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Formula</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot add the sheet “%1”.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
