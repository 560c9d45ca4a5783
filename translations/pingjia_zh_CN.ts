<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutText</name>
    <message>
        <source>Qt %1</source>
        <translation>Qt %1</translation>
    </message>
    <message>
        <source>Qt %1 (built with Qt %2)</source>
        <translation>Qt %1（构建时为 Qt %2）</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Pingjia %1&lt;/h3&gt;&lt;p&gt;Government service review supervision console: syncs the provincial platform's service evaluations, runs the bad-review work queue, tracks rectification, ranks departments and prepares the monthly bulletin.&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later). This program comes with no warranty.&lt;/p&gt;&lt;p&gt;Uses %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;政务服务好差评督办台 %1&lt;/h3&gt;&lt;p&gt;同步省级平台的好差评数据，办理差评工单，跟踪整改，开展部门排名，编制月度通报。&lt;/p&gt;&lt;p&gt;许可证：GNU 通用公共许可证第 3 版或更高版本（GPL-3.0-or-later）。本程序不提供任何担保。&lt;/p&gt;&lt;p&gt;基于 %2。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Run "pingjia --help" for usage.</source>
        <translation>运行 "pingjia --help" 查看用法。</translation>
    </message>
    <message>
        <source>PINGJIA_NOW must look like "2026-10-31 18:00:00" (China Standard Time), not "%1".</source>
        <translation>PINGJIA_NOW 的格式应为 "2026-10-31 18:00:00"（北京时间），而不是 "%1"。</translation>
    </message>
    <message>
        <source>Cannot use the home folder: %1</source>
        <translation>无法使用主目录：%1</translation>
    </message>
    <message>
        <source>No display is available for the window (DISPLAY and WAYLAND_DISPLAY are unset, or QT_QPA_PLATFORM is offscreen). Run a command instead, for example "pingjia demo --headless".</source>
        <translation>没有可用于显示窗口的显示器（未设置 DISPLAY 和 WAYLAND_DISPLAY，或 QT_QPA_PLATFORM 为 offscreen）。请改为运行命令，例如 "pingjia demo --headless"。</translation>
    </message>
</context>
<context>
    <name>AuditChain</name>
    <message>
        <source>row %1 before it is missing (deleted)</source>
        <translation>其前的第 %1 行缺失（已被删除）</translation>
    </message>
    <message>
        <source>rows %1 to %2 before it are missing (deleted)</source>
        <translation>其前的第 %1 至 %2 行缺失（已被删除）</translation>
    </message>
    <message>
        <source>it has no seal: it was added outside Pingjia</source>
        <translation>该行没有封签，系在督办台之外添加</translation>
    </message>
    <message>
        <source>it is sealed with this profile's keychain key, which is not available here, so it cannot be checked</source>
        <translation>该行以本账户钥匙串中的密钥封签，此处取不到该密钥，无法校验</translation>
    </message>
    <message>
        <source>it is not sealed with the keychain key although earlier rows are: it was added or rewritten outside Pingjia</source>
        <translation>此前各行均以钥匙串密钥封签，该行却没有，系在督办台之外添加或改写</translation>
    </message>
    <message>
        <source>its content, or a row before it, was changed after it was written</source>
        <translation>该行或其前某行的内容在写入后被改动</translation>
    </message>
    <message>
        <source>the log's head seal is missing</source>
        <translation>日志末端封签缺失</translation>
    </message>
    <message>
        <source>the log is sealed with this profile's keychain key, which is not available here, so it cannot be checked</source>
        <translation>日志以本账户钥匙串中的密钥封签，此处取不到该密钥，无法校验</translation>
    </message>
    <message>
        <source>the log's head is not sealed with this profile's keychain key: the log was rewritten outside Pingjia</source>
        <translation>日志末端未以本账户钥匙串密钥封签，日志曾在督办台之外被改写</translation>
    </message>
    <message>
        <source>the log's head seal was changed outside Pingjia</source>
        <translation>日志末端封签曾在督办台之外被改动</translation>
    </message>
    <message>
        <source>rows %1 to %2 at the end of the log are missing (deleted)</source>
        <translation>日志末尾第 %1 至 %2 行缺失（已被删除）</translation>
    </message>
    <message>
        <source>it was added after the last row Pingjia wrote</source>
        <translation>该行添加于督办台写入的最后一行之后</translation>
    </message>
    <message>
        <source>the last row was replaced</source>
        <translation>最后一行已被替换</translation>
    </message>
    <message>
        <source>audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>reveal log</source>
        <translation>个人信息查看日志</translation>
    </message>
    <message>
        <source>The %1 is broken: %2.</source>
        <translation>%1校验未通过：%2。</translation>
    </message>
    <message>
        <source>The %1 is broken at row %2: %3.</source>
        <translation>%1第 %2 行校验未通过：%3。</translation>
    </message>
    <message>
        <source>The %1 is broken at row %2 (written %3): %4.</source>
        <translation>%1第 %2 行（写入于 %3）校验未通过：%4。</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>No local work yet: there is no audit log to check.</source>
        <translation>尚无本地工作，没有需要校验的审计日志。</translation>
    </message>
    <message>
        <source>pingjia audit: %1</source>
        <translation>pingjia audit：%1</translation>
    </message>
    <message numerus="yes">
        <source>The audit log and the reveal log are intact (%n row(s), sealed with the keychain key).</source>
        <translation><numerusform>审计日志和个人信息查看日志完好（共 %n 行，以钥匙串密钥封签）。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The audit log and the reveal log are intact (%n row(s), sealed without a key: %1)</source>
        <translation><numerusform>审计日志和个人信息查看日志完好（共 %n 行，未以密钥封签：%1）</numerusform></translation>
    </message>
    <message>
        <source>Check that no row of the audit log or the reveal log was changed, deleted or added.</source>
        <translation>校验审计日志和个人信息查看日志中没有行被改动、删除或添加。</translation>
    </message>
    <message>
        <source>pingjia audit: say what to do: "pingjia audit verify".</source>
        <translation>pingjia audit：请指明操作，即 "pingjia audit verify"。</translation>
    </message>
</context>
<context>
    <name>AuditKey</name>
    <message>
        <source>No keychain key seals this audit log.</source>
        <translation>本审计日志未以钥匙串密钥封签。</translation>
    </message>
    <message>
        <source>The keychain did not answer, so the audit log is not sealed with its key: %1</source>
        <translation>系统钥匙串未响应，审计日志未以其密钥封签：%1</translation>
    </message>
    <message>
        <source>The audit log was sealed with a keychain key that is missing now; it cannot be checked and is left as it is.</source>
        <translation>审计日志曾以钥匙串密钥封签，但该密钥现已缺失；日志无法校验，保持原状。</translation>
    </message>
    <message>
        <source>The audit log is broken, so it is not sealed with a new key; run "pingjia audit verify".</source>
        <translation>审计日志校验未通过，因此不以新密钥封签；请运行 "pingjia audit verify"。</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Showing an evaluator's personal data needs a stated reason: it is protected and given to nobody without the evaluator's consent.</source>
        <translation>查看评价人个人信息须说明理由：评价人信息受保护，未经本人同意不得提供给他人。</translation>
    </message>
</context>
<context>
    <name>AuditWarning</name>
    <message>
        <source>The audit log may have been tampered with</source>
        <translation>审计日志可能已被篡改</translation>
    </message>
    <message>
        <source>The audit log or the reveal log of this computer was changed outside Pingjia, or cannot be checked. Nothing was repaired. Tell your security officer, and run "pingjia audit verify" for the details.</source>
        <translation>本机的审计日志或个人信息查看日志曾在督办台之外被改动，或无法校验。系统未作任何修复。请报告本单位安全管理员，并运行 "pingjia audit verify" 查看详情。</translation>
    </message>
</context>
<context>
    <name>BulletinArchive</name>
    <message>
        <source>"%1" is not a document number of the form 〔2026〕12号.</source>
        <translation>"%1"不是〔2026〕12号格式的发文字号。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取%1：%2</translation>
    </message>
</context>
<context>
    <name>BulletinFonts</name>
    <message>
        <source>Body text (FangSong)</source>
        <translation>正文（仿宋）</translation>
    </message>
    <message>
        <source>Office name and title (XiaoBiaoSong)</source>
        <translation>发文机关标志和标题（小标宋）</translation>
    </message>
    <message>
        <source>First-level headings (HeiTi)</source>
        <translation>一级标题（黑体）</translation>
    </message>
    <message>
        <source>Second-level headings (KaiTi)</source>
        <translation>二级标题（楷体）</translation>
    </message>
    <message>
        <source>Page numbers (SongTi)</source>
        <translation>页码（宋体）</translation>
    </message>
</context>
<context>
    <name>BulletinOdt</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>the document could not be encoded</source>
        <translation>文档无法编码</translation>
    </message>
</context>
<context>
    <name>BulletinPdf</name>
    <message>
        <source>Cannot start printing.</source>
        <translation>无法开始打印。</translation>
    </message>
    <message>
        <source>Cannot add a page.</source>
        <translation>无法添加新页。</translation>
    </message>
    <message>
        <source>Cannot finish the document.</source>
        <translation>无法完成文档输出。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>CacheCommand</name>
    <message>
        <source>There is no cache yet: "pingjia sync" makes one.</source>
        <translation>尚无缓存，运行 "pingjia sync" 即可建立。</translation>
    </message>
    <message>
        <source>pingjia cache: %1</source>
        <translation>pingjia cache：%1</translation>
    </message>
    <message>
        <source>pingjia cache: the cache file %1 is damaged:</source>
        <translation>pingjia cache：缓存文件 %1 已损坏：</translation>
    </message>
    <message>
        <source>Run "pingjia cache rebuild" to pull it from the platform again; your local work is not affected.</source>
        <translation>请运行 "pingjia cache rebuild" 从平台重新拉取；您的本地工作不受影响。</translation>
    </message>
    <message>
        <source>The cache file is intact.</source>
        <translation>缓存文件完好。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n record(s), checksum %2</source>
        <translation><numerusform>%1：%n 条记录，校验和 %2</numerusform></translation>
    </message>
    <message>
        <source>The platform reports no count or checksum per list, so these were not compared with it; "pingjia cache rebuild" pulls every list again.</source>
        <translation>平台不提供各清单的记录数或校验和，因此未与平台比对；"pingjia cache rebuild" 会重新拉取全部清单。</translation>
    </message>
    <message>
        <source>The old cache was moved to %1.</source>
        <translation>原缓存已移至 %1。</translation>
    </message>
    <message>
        <source>check: the file's integrity and each list's count and checksum. rebuild [sync options]: move the cache aside and pull it again.</source>
        <translation>check：检查文件完整性及各清单的记录数和校验和。rebuild [同步选项]：将缓存移开并重新拉取。</translation>
    </message>
    <message>
        <source>pingjia cache: say what to do: "pingjia cache check" or "pingjia cache rebuild".</source>
        <translation>pingjia cache：请指明操作："pingjia cache check" 或 "pingjia cache rebuild"。</translation>
    </message>
</context>
<context>
    <name>CacheDatabase</name>
    <message>
        <source>Cannot move the damaged cache %1 aside to %2; move or delete it by hand.</source>
        <translation>无法将损坏的缓存 %1 移到 %2，请手动移走或删除。</translation>
    </message>
    <message>
        <source>The cache holds only platform data: rebuild it (in the window, or with "pingjia cache rebuild"; the damaged file is kept aside), which pulls it from the platform again. Your local work is in another file and is not affected.</source>
        <translation>缓存中只有平台数据：请重建缓存（在窗口中操作，或运行 "pingjia cache rebuild"；损坏的文件会另行保留），重建时将从平台重新拉取。您的本地工作保存在另一个文件中，不受影响。</translation>
    </message>
</context>
<context>
    <name>CacheReader</name>
    <message>
        <source>Bad review %1 has an unknown state or result.</source>
        <translation>差评 %1 的状态或核实结果无法识别。</translation>
    </message>
    <message>
        <source>Evaluation %1 is not in the cache.</source>
        <translation>缓存中没有评价 %1。</translation>
    </message>
    <message>
        <source>The evaluator's data of %1 cannot be shown: %2</source>
        <translation>无法显示 %1 的评价人信息：%2</translation>
    </message>
    <message>
        <source>The evaluator's data of %1 was not stored (no keychain when it was synced, or none was given).</source>
        <translation>未保存 %1 的评价人信息（同步时没有可用的系统钥匙串，或平台未提供）。</translation>
    </message>
</context>
<context>
    <name>CacheWriter</name>
    <message>
        <source>An organisation without orgCode was refused.</source>
        <translation>已拒收一个没有 orgCode 的机构。</translation>
    </message>
    <message>
        <source>A staff member without staffId was refused.</source>
        <translation>已拒收一个没有 staffId 的工作人员。</translation>
    </message>
    <message>
        <source>A service item without taskCode was refused.</source>
        <translation>已拒收一个没有 taskCode 的事项。</translation>
    </message>
    <message>
        <source>A case without projectNo was refused.</source>
        <translation>已拒收一个没有 projectNo 的办件。</translation>
    </message>
    <message>
        <source>An evaluation without evalId was refused; nothing of its page was stored.</source>
        <translation>已拒收一条没有 evalId 的评价；该页数据均未保存。</translation>
    </message>
    <message>
        <source>Evaluation %1 has level %2, outside 1–5; nothing of its page was stored.</source>
        <translation>评价 %1 的等级为 %2，不在 1–5 之间；该页数据均未保存。</translation>
    </message>
    <message>
        <source>Evaluation %1 has no valid assessTime; nothing of its page was stored.</source>
        <translation>评价 %1 没有有效的 assessTime；该页数据均未保存。</translation>
    </message>
    <message>
        <source>The evaluator's data of evaluation %1 cannot be encrypted, so nothing of its page was stored: %2</source>
        <translation>评价 %1 的评价人信息无法加密，因此该页数据均未保存：%2</translation>
    </message>
    <message>
        <source>A bad-review record without evalId was refused.</source>
        <translation>已拒收一条没有 evalId 的差评处置记录。</translation>
    </message>
    <message>
        <source>The mobile of staff member %1 cannot be protected, so nothing of its page was stored: %2</source>
        <translation>工作人员%1的手机号无法加密保护，该页数据均未保存：%2</translation>
    </message>
    <message>
        <source>The follow-up phone of bad review %1 cannot be protected, so nothing of its page was stored: %2</source>
        <translation>差评%1的回访电话无法加密保护，该页数据均未保存：%2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>选项 %1 需要一个值。</translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation>未知选项：%1</translation>
    </message>
    <message>
        <source>Unsupported language "%1": use one of %2.</source>
        <translation>不支持的语言 "%1"：请使用 %2 之一。</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>未知命令：%1</translation>
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
        <translation>用法：pingjia [--home 目录] [--lang zh_CN|en] [命令 [选项]]

不带命令时打开督办台窗口。

全局选项：
  --home 目录    将该用户的全部文件（设置、缓存、日志）保存在此目录中；
                 环境变量 PINGJIA_HOME 作用相同
  --lang 语言    界面语言：zh_CN（默认）或 en
  -h, --help     显示本帮助
  --version      显示版本

命令：
</translation>
    </message>
    <message>
        <source>
PINGJIA_NOW="yyyy-MM-dd HH:mm:ss" (China Standard Time) fixes the clock.
Exit codes: 0 ok, 1 usage, 2 data or platform error.
</source>
        <translation>
PINGJIA_NOW="yyyy-MM-dd HH:mm:ss"（北京时间）可固定当前时间。
退出码：0 成功，1 用法错误，2 数据或平台错误。
</translation>
    </message>
</context>
<context>
    <name>CommonProblemRules</name>
    <message>
        <source>Common-problem rule %1 is not an object.</source>
        <translation>共性问题规则 %1 不是对象。</translation>
    </message>
    <message>
        <source>Common-problem rule %1 has an unknown category "%2".</source>
        <translation>共性问题规则 %1 的类别 "%2" 无法识别。</translation>
    </message>
    <message>
        <source>Common-problem rule %1 has no keyword list.</source>
        <translation>共性问题规则 %1 没有关键词列表。</translation>
    </message>
    <message>
        <source>Common-problem rule %1 has a keyword that is not text.</source>
        <translation>共性问题规则 %1 中有一个关键词不是文本。</translation>
    </message>
</context>
<context>
    <name>ConflictLog</name>
    <message>
        <source>Conflict %1 does not exist.</source>
        <translation>冲突 %1 不存在。</translation>
    </message>
</context>
<context>
    <name>ConflictResolver</name>
    <message>
        <source>The action of this conflict is no longer in the local work.</source>
        <translation>该冲突对应的操作已不在本地工作数据中。</translation>
    </message>
    <message>
        <source>Cannot apply it again on the platform's version: %1</source>
        <translation>无法在平台版本上重新应用该操作：%1</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>Cannot open the %1 file %2: %3</source>
        <translation>无法打开%1文件 %2：%3</translation>
    </message>
    <message>
        <source>The SQLite driver does not expose its handle.</source>
        <translation>SQLite 驱动未提供其句柄。</translation>
    </message>
    <message>
        <source>The %1 file %2 is damaged (%3).</source>
        <translation>%1文件 %2 已损坏（%3）。</translation>
    </message>
    <message>
        <source>The %1 file %2 is busy: another program or Pingjia window is writing to it (%3).</source>
        <translation>%1文件 %2 正忙：另一个程序或督办台窗口正在写入（%3）。</translation>
    </message>
    <message>
        <source>A database operation on the %1 file failed (%2: %3).</source>
        <translation>%1文件的数据库操作失败（%2：%3）。</translation>
    </message>
</context>
<context>
    <name>DataAge</name>
    <message>
        <source>less than a minute old</source>
        <translation>刚刚</translation>
    </message>
    <message>
        <source>1 minute old</source>
        <translation>1 分钟前</translation>
    </message>
    <message>
        <source>%1 minutes old</source>
        <translation>%1 分钟前</translation>
    </message>
    <message>
        <source>1 hour old</source>
        <translation>1 小时前</translation>
    </message>
    <message>
        <source>%1 hours old</source>
        <translation>%1 小时前</translation>
    </message>
    <message>
        <source>1 day old</source>
        <translation>1 天前</translation>
    </message>
    <message>
        <source>%1 days old</source>
        <translation>%1 天前</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is not a file; Pingjia cannot use it as its %2 file.</source>
        <translation>%1 不是文件，无法用作%2文件。</translation>
    </message>
    <message>
        <source>%1 is not a Pingjia %2 file (it is another SQLite database). Choose another file or folder.</source>
        <translation>%1 不是督办台的%2文件（而是其他 SQLite 数据库）。请选择其他文件或文件夹。</translation>
    </message>
    <message>
        <source>The %1 file %2 was created by a newer Pingjia (schema %3 &gt; %4). Install that version again, or use another folder.</source>
        <translation>%1文件 %2 由更新版本的督办台创建（结构版本 %3 &gt; %4）。请重新安装该版本，或改用其他文件夹。</translation>
    </message>
    <message>
        <source>The %1 file %2 is damaged (%3).</source>
        <translation>%1文件 %2 已损坏（%3）。</translation>
    </message>
    <message>
        <source>Updating the %1 file to schema %2 failed; it is unchanged. %3</source>
        <translation>将%1文件升级到结构版本 %2 失败，文件未作改动。%3</translation>
    </message>
    <message>
        <source>%1 of its %2 bytes are missing</source>
        <translation>文件应有 %2 字节，缺失 %1 字节</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Home folder: %1</source>
        <translation>主目录：%1</translation>
    </message>
    <message>
        <source>To rebuild the cache, open the window (pingjia --home %1) and choose "Rebuild the cache".</source>
        <translation>如需重建缓存，请打开窗口（pingjia --home %1）并选择“重建缓存”。</translation>
    </message>
    <message>
        <source>Cache: %1</source>
        <translation>缓存：%1</translation>
    </message>
    <message>
        <source>Cache state: empty (never synced)</source>
        <translation>缓存状态：空（从未同步）</translation>
    </message>
    <message>
        <source>Cache state: %1 evaluations, %2 bad reviews, %3 organisations</source>
        <translation>缓存状态：评价 %1 条，差评 %2 条，机构 %3 个</translation>
    </message>
    <message>
        <source>Local work: %1</source>
        <translation>本地工作：%1</translation>
    </message>
    <message>
        <source>demo: %1</source>
        <translation>demo：%1</translation>
    </message>
    <message>
        <source>demo: evaluator data is cached masked: %1</source>
        <translation>demo：评价人信息以脱敏形式缓存：%1</translation>
    </message>
    <message>
        <source>demo: the platform simulator listens on %1 (scale %2); signing in as %3.</source>
        <translation>demo：平台模拟器正在 %1 上监听（规模 %2）；以 %3 身份登录。</translation>
    </message>
    <message>
        <source>demo: the platform simulator is stopped.</source>
        <translation>demo：平台模拟器已停止。</translation>
    </message>
    <message>
        <source>Pingjia demo</source>
        <translation>督办台演示</translation>
    </message>
    <message>
        <source>Demo: syncing from the platform simulator at %1…</source>
        <translation>演示：正在从 %1 的平台模拟器同步…</translation>
    </message>
    <message>
        <source>Do not open the window: sync, report what was synced and exit.</source>
        <translation>不打开窗口：同步，输出同步结果后退出。</translation>
    </message>
    <message>
        <source>How much data the simulator makes: small (default, fast), demo, bench or a number of evaluations.</source>
        <translation>模拟器生成的数据量：small（默认，较快）、demo、bench，或评价条数。</translation>
    </message>
    <message>
        <source>SCALE</source>
        <translation>规模</translation>
    </message>
</context>
<context>
    <name>DemoPlatform</name>
    <message>
        <source>The platform simulator pingjia-platform-sim was not found next to pingjia, in the build tree or on PATH (or set PINGJIA_SIM).</source>
        <translation>在 pingjia 所在目录、构建目录和 PATH 中均未找到平台模拟器 pingjia-platform-sim（也可设置 PINGJIA_SIM）。</translation>
    </message>
    <message>
        <source>The platform simulator (%1) did not start: %2</source>
        <translation>平台模拟器（%1）未能启动：%2</translation>
    </message>
    <message>
        <source>%1. The demo keeps its throwaway password in memory only and caches evaluator data masked; "pingjia sync" with a real platform needs a keychain.</source>
        <translation>%1。演示仅在内存中保存一次性密码，并以脱敏形式缓存评价人信息；对接真实平台使用 "pingjia sync" 需要钥匙串。</translation>
    </message>
</context>
<context>
    <name>EvaluatorReveal</name>
    <message>
        <source>Nobody is signed in: a reveal is recorded under the name of the platform user who asks for it. Sign in first.</source>
        <translation>当前未登录：查看评价人信息须以查看人的平台账号登记，请先登录。</translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <source>Cannot write in %1: %2</source>
        <translation>无法在 %1 中写入文件：%2</translation>
    </message>
    <message>
        <source>Cannot replace %1: %2</source>
        <translation>无法替换 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>HeadlessSync</name>
    <message>
        <source>Platform: %1 (user %2)</source>
        <translation>平台：%1（用户 %2）</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>上次同步：%1</translation>
    </message>
</context>
<context>
    <name>IndicatorText</name>
    <message>
        <source>Taiyuan rules on good and bad reviews, </source>
        <translation>《太原市政务服务好差评工作制度（试行）》</translation>
    </message>
    <message>
        <source>Pingliang business-environment plan, </source>
        <translation>《平凉市政务服务系统2024年优化营商环境大走访大排查大提升专项活动方案》</translation>
    </message>
    <message>
        <source>Xinxiang service standards, </source>
        <translation>《新乡经开区政务服务标准化管理办法》</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>No system keychain is available (%1)</source>
        <translation>没有可用的系统钥匙串（%1）</translation>
    </message>
    <message>
        <source>No secret stored for %1</source>
        <translation>未保存 %1 的密钥</translation>
    </message>
    <message>
        <source>The system keychain refused access (%1)</source>
        <translation>系统钥匙串拒绝访问（%1）</translation>
    </message>
    <message>
        <source>The system keychain failed (%1)</source>
        <translation>系统钥匙串出错（%1）</translation>
    </message>
</context>
<context>
    <name>KeychainThread</name>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s). Check that the keyring is running and unlocked, then try again.</source>
        <translation><numerusform>系统钥匙串在 %n 秒内未响应。请确认密钥环已运行并已解锁，然后重试。</numerusform></translation>
    </message>
    <message>
        <source>The system keychain has not answered an earlier request yet. Check that the keyring is running and unlocked, then try again.</source>
        <translation>系统钥匙串尚未响应此前的请求。请确认密钥环已运行并已解锁，然后重试。</translation>
    </message>
    <message>
        <source>The system keychain cannot be used before the application has started.</source>
        <translation>应用程序启动前无法使用系统钥匙串。</translation>
    </message>
</context>
<context>
    <name>LocalActionRecorder</name>
    <message>
        <source>Evaluation %1 is not a bad review in the cache (unknown, withdrawn or rated 3–5).</source>
        <translation>评价 %1 在缓存中不是差评（不存在、已撤销或评价等级为 3–5）。</translation>
    </message>
</context>
<context>
    <name>LocalWorkDatabase</name>
    <message>
        <source>It holds your unsent actions and audit log, so Pingjia leaves it exactly as it is and cannot continue. Restore %1 from a backup (close Pingjia first), or move it elsewhere to start with empty local work — actions not yet sent in it would then be lost.</source>
        <translation>该文件保存着您尚未发送的操作和审计日志，因此督办台不会改动它，也无法继续运行。请先关闭督办台，再从备份恢复 %1；或将其移到别处，以空的本地工作重新开始——但其中尚未发送的操作将会丢失。</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Outbox entry %1 is unreadable.</source>
        <translation>待发送操作 %1 无法读取。</translation>
    </message>
    <message>
        <source>The action on %1 is incomplete (action id, time or record missing) and was not recorded.</source>
        <translation>对 %1 的操作不完整（缺少操作编号、时间或记录），未予记录。</translation>
    </message>
    <message>
        <source>Action %1 was already recorded.</source>
        <translation>操作 %1 已经记录过。</translation>
    </message>
    <message>
        <source>Outbox entry %1 does not exist.</source>
        <translation>待发送操作 %1 不存在。</translation>
    </message>
    <message>
        <source>Outbox entry %1 is already %2.</source>
        <translation>待发送操作 %1 已处于%2状态。</translation>
    </message>
    <message>
        <source>Not sent: the earlier action %1 on this evaluation was %2.</source>
        <translation>未发送：对该评价的前一项操作（%1）%2。</translation>
    </message>
    <message>
        <source>in conflict with the platform</source>
        <translation>与平台冲突</translation>
    </message>
    <message>
        <source>refused by the platform</source>
        <translation>被平台拒绝</translation>
    </message>
</context>
<context>
    <name>OutboxPusher</name>
    <message>
        <source>The platform answered %1.</source>
        <translation>平台返回状态码 %1。</translation>
    </message>
    <message>
        <source>The outbox entry %1 stays pending after the platform's answer.</source>
        <translation>平台答复后，待发送操作 %1 仍处于待上传状态。</translation>
    </message>
    <message>
        <source>Stopped as asked.</source>
        <translation>已按要求停止。</translation>
    </message>
</context>
<context>
    <name>PageId</name>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>The overview of indicators, open bad reviews and deadlines arrives with the dashboard feature.</source>
        <translation>本页将集中显示指标概况、未办结差评和办理时限，目前尚未开放。</translation>
    </message>
    <message>
        <source>Bad reviews</source>
        <translation>差评工单</translation>
    </message>
    <message>
        <source>The bad-review work queue (verification within 24 hours, rectification deadlines) arrives with the queue feature.</source>
        <translation>本页用于办理差评工单（24 小时内核实、按期整改），目前尚未开放。</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>整改跟踪</translation>
    </message>
    <message>
        <source>Tracking from verification to rectification and follow-up visit arrives with the rectification feature.</source>
        <translation>本页用于跟踪差评从核实、整改到回访的全过程，目前尚未开放。</translation>
    </message>
    <message>
        <source>Rankings</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Rankings of departments, windows and staff, with trends, arrive with the rankings feature.</source>
        <translation>本页将显示部门、窗口和工作人员的排名及变化趋势，目前尚未开放。</translation>
    </message>
    <message>
        <source>Monthly bulletins</source>
        <translation>月度通报</translation>
    </message>
    <message>
        <source>The monthly bulletin (PDF, XLSX, CSV, ODT) arrives with the bulletin feature.</source>
        <translation>本页用于编制月度通报（PDF、XLSX、CSV、ODT），目前尚未开放。</translation>
    </message>
    <message>
        <source>Sync &amp; settings</source>
        <translation>同步与设置</translation>
    </message>
    <message>
        <source>Platform sign-in and synchronization arrive with the sync feature.</source>
        <translation>平台登录与数据同步目前尚未开放。</translation>
    </message>
</context>
<context>
    <name>PageParser</name>
    <message>
        <source>The %1 page is unusable: %2</source>
        <translation>%1 的本页数据无法使用：%2</translation>
    </message>
    <message>
        <source>not valid JSON (%1, %2 bytes)</source>
        <translation>不是有效的 JSON（%1，%2 字节）</translation>
    </message>
    <message>
        <source>the answer is not a JSON object</source>
        <translation>返回内容不是 JSON 对象</translation>
    </message>
    <message>
        <source>"items" is missing or not a list</source>
        <translation>"items" 缺失或不是列表</translation>
    </message>
    <message>
        <source>"nextCursor" is missing or not text</source>
        <translation>"nextCursor" 缺失或不是文本</translation>
    </message>
    <message>
        <source>"nextCursor" is longer than %1 characters</source>
        <translation>"nextCursor" 超过 %1 个字符</translation>
    </message>
    <message>
        <source>"hasMore" is missing or not true/false</source>
        <translation>"hasMore" 缺失或不是 true/false</translation>
    </message>
    <message>
        <source>the entry is not a JSON object</source>
        <translation>该条目不是 JSON 对象</translation>
    </message>
</context>
<context>
    <name>PersonalDataCipher</name>
    <message>
        <source>The encryption library could not be initialised.</source>
        <translation>加密库初始化失败。</translation>
    </message>
    <message>
        <source>The personal-data key in the keychain is malformed (%1 bytes instead of %2); personal data cannot be read or stored.</source>
        <translation>钥匙串中的个人信息密钥格式错误（%1 字节，应为 %2 字节）；无法读取或保存个人信息。</translation>
    </message>
    <message>
        <source>The personal-data key cannot be read: %1</source>
        <translation>无法读取个人信息密钥：%1</translation>
    </message>
    <message>
        <source>The personal-data key cannot be stored: %1</source>
        <translation>无法保存个人信息密钥：%1</translation>
    </message>
    <message>
        <source>Encrypted personal data is truncated (%1 bytes).</source>
        <translation>加密的个人信息不完整（%1 字节）。</translation>
    </message>
    <message>
        <source>Encrypted personal data cannot be decrypted: it was damaged or encrypted with another key.</source>
        <translation>加密的个人信息无法解密：数据已损坏，或是用其他密钥加密的。</translation>
    </message>
</context>
<context>
    <name>PlatformClient</name>
    <message>
        <source>The TLS handshake with the platform failed (%1). Nothing was sent.</source>
        <translation>与平台的 TLS 握手失败（%1），未发送任何数据。</translation>
    </message>
    <message>
        <source>Stopped as asked.</source>
        <translation>已按要求停止。</translation>
    </message>
    <message>
        <source>The platform's answer to %1 is larger than %2 MB; it was not read.</source>
        <translation>平台对 %1 的答复超过 %2 MB，未予读取。</translation>
    </message>
    <message>
        <source>no answer (%1)</source>
        <translation>无响应（%1）</translation>
    </message>
    <message>
        <source>The platform refused a freshly issued token for %1. Sign in again.</source>
        <translation>平台拒绝了刚为 %1 签发的令牌，请重新登录。</translation>
    </message>
    <message>
        <source>the platform asked to slow down (429)</source>
        <translation>平台要求降低请求频率（429）</translation>
    </message>
    <message>
        <source>the platform answered %1</source>
        <translation>平台返回 %1</translation>
    </message>
    <message>
        <source>%1 at %2 failed %3 times; the last problem: %4. Everything received before is kept; try again later.</source>
        <translation>%2 上的 %1 已失败 %3 次，最后一次问题：%4。此前收到的数据均已保留，请稍后重试。</translation>
    </message>
    <message>
        <source>the platform description is not a JSON object</source>
        <translation>平台描述不是 JSON 对象</translation>
    </message>
    <message>
        <source>The refresh token cannot be kept: %1</source>
        <translation>无法保存刷新令牌：%1</translation>
    </message>
    <message>
        <source>the token answer holds no access_token</source>
        <translation>令牌答复中没有 access_token</translation>
    </message>
    <message>
        <source>The platform refused the sign-in of %1: %2</source>
        <translation>平台拒绝了 %1 的登录：%2</translation>
    </message>
    <message>
        <source>The platform answered %1 to the sign-in: %2</source>
        <translation>平台对登录返回 %1：%2</translation>
    </message>
    <message>
        <source>Signed in, but the password cannot be kept in the system keychain (%1). Pingjia keeps it nowhere else, so it cannot sync later.</source>
        <translation>已登录，但密码无法保存到系统钥匙串（%1）。本程序不会把密码存放在其他地方，因此之后无法自动同步。</translation>
    </message>
    <message>
        <source>No password is stored for %1 at %2. Sign in.</source>
        <translation>没有保存 %1 在 %2 的密码，请登录。</translation>
    </message>
    <message>
        <source>The platform refused the stored password of %1 (%2). Sign in again.</source>
        <translation>平台拒绝了 %1 已保存的密码（%2），请重新登录。</translation>
    </message>
    <message>
        <source>the answer is not a JSON object</source>
        <translation>返回内容不是 JSON 对象</translation>
    </message>
    <message>
        <source>If the platform uses HTTPS, write its address with https://.</source>
        <translation>如平台使用 HTTPS，请以 https:// 开头填写地址。</translation>
    </message>
    <message>
        <source>%1 answered %2 with a web page (HTML) instead of JSON: this address does not look like a 好差评 platform API. Check the platform address (it ends before /api/v1).</source>
        <translation>%1 对 %2 返回的是网页（HTML），而不是 JSON：该地址不像是好差评平台的接口。请检查平台地址（地址应止于 /api/v1 之前）。</translation>
    </message>
    <message>
        <source>HTTP %1 %2 and a web page (HTML), not the platform's JSON error</source>
        <translation>HTTP %1 %2，返回的是网页（HTML），而非平台的 JSON 错误说明</translation>
    </message>
    <message>
        <source>HTTP %1 %2 without the platform's JSON error</source>
        <translation>HTTP %1 %2，未附平台的 JSON 错误说明</translation>
    </message>
    <message>
        <source>The platform at %1 answers but could not serve %2 in %3 tries; the last problem: %4. Everything received before is kept; try again later.</source>
        <translation>%1 的平台有应答，但 %3 次尝试均未能完成 %2，最后一次的问题：%4。此前收到的数据均已保留，请稍后重试。</translation>
    </message>
</context>
<context>
    <name>PlatformProfile</name>
    <message>
        <source>The platform's description (/api/v1/meta) is unusable: %1</source>
        <translation>平台描述（/api/v1/meta）无法使用：%1</translation>
    </message>
    <message>
        <source>API version %1; this Pingjia speaks version %2</source>
        <translation>接口版本为 %1，本程序支持的版本为 %2</translation>
    </message>
    <message>
        <source>unknown code set "%1"</source>
        <translation>未知代码集 "%1"</translation>
    </message>
    <message>
        <source>"channels" is not an object</source>
        <translation>"channels" 不是对象</translation>
    </message>
    <message>
        <source>"policy" is not an object</source>
        <translation>"policy" 不是对象</translation>
    </message>
</context>
<context>
    <name>QueueDocuments</name>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>筛选条件：%1</translation>
    </message>
    <message>
        <source>none (every bad review)</source>
        <translation>无（全部差评）</translation>
    </message>
    <message numerus="yes">
        <source>%n bad review(s) · printed %1 (China Standard Time)</source>
        <translation><numerusform>共 %n 条差评 · 打印时间 %1（北京时间）</numerusform></translation>
    </message>
    <message>
        <source>Bad review %1</source>
        <translation>差评 %1</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>评价等级</translation>
    </message>
    <message>
        <source>Evaluated at</source>
        <translation>评价时间</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>评价渠道</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评价内容</translation>
    </message>
    <message>
        <source>(no text: invalid)</source>
        <translation>（无文字：无效评价）</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>办件</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <source>Service item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Center</source>
        <translation>中心</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Verify by</source>
        <translation>核实时限</translation>
    </message>
    <message>
        <source>Rectify by</source>
        <translation>整改时限</translation>
    </message>
    <message>
        <source>History</source>
        <translation>处置历史</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Upload status</source>
        <translation>上传状态</translation>
    </message>
    <message>
        <source>On the platform</source>
        <translation>平台记录</translation>
    </message>
    <message>
        <source>Printed %1 (China Standard Time). Evaluator personal data is not printed.</source>
        <translation>打印时间 %1（北京时间）。评价人个人信息不予打印。</translation>
    </message>
</context>
<context>
    <name>QueueExport</name>
    <message>
        <source>Evaluation ID</source>
        <translation>评价编号</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选条件</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>none (every bad review)</source>
        <translation>无（全部差评）</translation>
    </message>
    <message>
        <source>Number of bad reviews</source>
        <translation>差评条数</translation>
    </message>
    <message>
        <source>Exported at (China Standard Time)</source>
        <translation>导出时间（北京时间）</translation>
    </message>
</context>
<context>
    <name>QueuePrinting</name>
    <message>
        <source>Print preview · %1</source>
        <translation>打印预览 · %1</translation>
    </message>
    <message>
        <source>The PDF %1 could not be written.</source>
        <translation>无法写入 PDF 文件 %1。</translation>
    </message>
</context>
<context>
    <name>RectificationStats</name>
    <message>
        <source>&gt; %1 days</source>
        <translation>&gt; %1 天</translation>
    </message>
    <message numerus="yes">
        <source>≤ %n day(s)</source>
        <translation><numerusform>≤ %n 天</numerusform></translation>
    </message>
    <message>
        <source>%1–%2 days</source>
        <translation>%1–%2 天</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>pingjia sync: %1</source>
        <translation>pingjia sync：%1</translation>
    </message>
    <message>
        <source>The platform's address (http or https). Remembered for later syncs.</source>
        <translation>平台地址（http 或 https），会记住供以后同步使用。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>The platform user name. Remembered. The password comes from PINGJIA_PASSWORD or standard input.</source>
        <translation>平台用户名，会记住。密码取自 PINGJIA_PASSWORD 或标准输入。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Override the satisfaction codes the platform announces: gbt39046 (1 = very satisfied) or upload (1 = very dissatisfied).</source>
        <translation>覆盖平台声明的满意度编码：gbt39046（1 = 非常满意）或 upload（1 = 非常不满意）。</translation>
    </message>
    <message>
        <source>SET</source>
        <translation>编码集</translation>
    </message>
    <message>
        <source>Trust only this CA certificate (PEM file) for the platform.</source>
        <translation>对该平台只信任此 CA 证书（PEM 文件）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Password of %1 at %2: </source>
        <translation>%1 在 %2 的密码：</translation>
    </message>
    <message>
        <source>pingjia sync: no password given. Set PINGJIA_PASSWORD or type it on standard input; it is never a command-line argument.</source>
        <translation>pingjia sync：未提供密码。请设置 PINGJIA_PASSWORD 或在标准输入中输入；密码绝不能作为命令行参数。</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>已以 %2 身份登录 %1。</translation>
    </message>
</context>
<context>
    <name>SyncCredentials</name>
    <message>
        <source>"%1" is not a platform address: give an http or https URL such as https://hcp.example.gov.cn.</source>
        <translation>"%1" 不是平台地址：请填写 http 或 https 地址，例如 https://hcp.example.gov.cn。</translation>
    </message>
    <message>
        <source>The user name is empty.</source>
        <translation>用户名为空。</translation>
    </message>
    <message>
        <source>No platform is configured yet. The first time, run "pingjia sync --platform URL --user NAME" (the password from PINGJIA_PASSWORD or standard input); later a bare "pingjia sync" is enough.</source>
        <translation>尚未配置平台。首次使用请运行 "pingjia sync --platform URL --user NAME"（密码取自 PINGJIA_PASSWORD 或标准输入）；以后直接运行 "pingjia sync" 即可。</translation>
    </message>
    <message>
        <source>Cannot read the CA file %1.</source>
        <translation>无法读取 CA 文件 %1。</translation>
    </message>
    <message>
        <source>Unknown code set "%1": use gbt39046 or upload.</source>
        <translation>未知的编码集 "%1"：请使用 gbt39046 或 upload。</translation>
    </message>
</context>
<context>
    <name>SyncReportText</name>
    <message>
        <source>Organizations</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Service items</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>办件</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Bad-review handling</source>
        <translation>差评处置</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>, %1 skipped</source>
        <translation>，跳过 %1 条</translation>
    </message>
    <message>
        <source>%1 records/s</source>
        <translation>每秒 %1 条</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>预计还需 %1</translation>
    </message>
    <message>
        <source>time left unknown</source>
        <translation>剩余时间未知</translation>
    </message>
    <message>
        <source>%1 records stored in %2 (%3 records/s)</source>
        <translation>已保存 %1 条记录，用时 %2（每秒 %3 条）</translation>
    </message>
    <message>
        <source>%1: %2 received, %3 stored, %4 skipped</source>
        <translation>%1：收到 %2 条，保存 %3 条，跳过 %4 条</translation>
    </message>
    <message>
        <source> (the platform forgot where we were: pulled again from the start)</source>
        <translation>（平台已无法从中断处继续：已从头重新获取）</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>kept, shortened</source>
        <translation>已保留（已截短）</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>已保留</translation>
    </message>
    <message>
        <source>%1 %2: %3 (%4)</source>
        <translation>%1 %2：%3（%4）</translation>
    </message>
    <message>
        <source>Records left out or changed (%1):</source>
        <translation>未保存或有改动的记录（%1 条）：</translation>
    </message>
    <message>
        <source>  … and %1 more (see the log file)</source>
        <translation>  … 另有 %1 条（见日志文件）</translation>
    </message>
    <message>
        <source>Upload stopped: %1</source>
        <translation>上传已中止：%1</translation>
    </message>
    <message>
        <source>The platform is unreachable (offline): %1</source>
        <translation>无法连接平台（离线）：%1</translation>
    </message>
    <message>
        <source>The cached data still works.</source>
        <translation>缓存数据仍可正常使用。</translation>
    </message>
    <message numerus="yes">
        <source>%n local action(s) stay pending and go out when the platform answers again.</source>
        <translation><numerusform>%n 条本地操作仍待上传，平台恢复响应后将自动发送。</numerusform></translation>
    </message>
    <message>
        <source>No usable system keychain: %1</source>
        <translation>没有可用的系统钥匙串：%1</translation>
    </message>
    <message>
        <source>Pingjia keeps the platform password and refresh token only in the system keychain (Secret Service), never in a file. Start a desktop session with an unlocked keyring (e.g. gnome-keyring) and try again.</source>
        <translation>本程序只将平台密码和刷新令牌保存在系统钥匙串（Secret Service）中，从不写入文件。请在已解锁钥匙环（如 gnome-keyring）的桌面会话中重试。</translation>
    </message>
    <message>
        <source>The platform's certificate is not trusted: %1</source>
        <translation>平台证书不受信任：%1</translation>
    </message>
    <message>
        <source>If the platform uses its own certificate authority, pin its CA file.</source>
        <translation>如果平台使用自己的证书颁发机构，请指定其 CA 文件。</translation>
    </message>
    <message>
        <source>Sign in to the platform first.</source>
        <translation>请先登录平台。</translation>
    </message>
    <message>
        <source>%1: %2 received</source>
        <translation>%1：已收到 %2 条</translation>
    </message>
    <message>
        <source>, %1 stored</source>
        <translation>，已保存 %1 条</translation>
    </message>
    <message>
        <source>Upload: no action was waiting.</source>
        <translation>上传：没有待上传的操作。</translation>
    </message>
    <message>
        <source>This upload: %1 acknowledged, %2 conflicts, %3 refused, %4 still waiting</source>
        <translation>本次上传：平台确认 %1 条，冲突 %2 条，被拒绝 %3 条，仍待上传 %4 条</translation>
    </message>
</context>
<context>
    <name>SyncSession</name>
    <message>
        <source>The platform answered %1 to /api/v1/meta: %2</source>
        <translation>平台对 /api/v1/meta 返回 %1：%2</translation>
    </message>
    <message>
        <source>A platform address (http or https) and a user name are needed.</source>
        <translation>需要平台地址（http 或 https）和用户名。</translation>
    </message>
    <message>
        <source>Not signed in to a platform.</source>
        <translation>尚未登录平台。</translation>
    </message>
    <message>
        <source>Stopped as asked; everything received so far is kept.</source>
        <translation>已按要求停止，已收到的数据均已保留。</translation>
    </message>
    <message>
        <source>The platform refused to list %1 from the start: %2</source>
        <translation>平台拒绝从头列出 %1：%2</translation>
    </message>
    <message>
        <source>The platform answered %1 to the %2 list: %3</source>
        <translation>平台对 %2 列表返回 %1：%3</translation>
    </message>
    <message>
        <source>The platform's %1 list does not move on from its cursor.</source>
        <translation>平台的 %1 列表停留在当前游标，不再前进。</translation>
    </message>
    <message>
        <source>Not signed in: give the platform address and user first.</source>
        <translation>尚未登录：请先填写平台地址和用户名。</translation>
    </message>
    <message>
        <source>The key that protects the evaluators' personal data is not available, so nothing was stored: %1</source>
        <translation>用于保护评价人个人信息的密钥不可用，因此未保存任何数据：%1</translation>
    </message>
    <message>
        <source>%1 answered /api/v1/meta with %2; a 好差评 platform API answers there with its description in JSON. Check the platform address (it ends before /api/v1).</source>
        <translation>%1 对 /api/v1/meta 返回了 %2；好差评平台接口应在此以 JSON 返回平台说明。请检查平台地址（地址应止于 /api/v1 之前）。</translation>
    </message>
</context>
<context>
    <name>TablePrinter</name>
    <message>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
</context>
<context>
    <name>TlsTrust</name>
    <message>
        <source>Cannot read the CA file %1: %2</source>
        <translation>无法读取 CA 文件 %1：%2</translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation>CA 文件 %1 中没有 PEM 证书。</translation>
    </message>
    <message>
        <source>the platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>If the platform uses a private CA, pin its CA file in the connection settings.</source>
        <translation>如果平台使用私有 CA，请在连接设置中指定其 CA 文件。</translation>
    </message>
    <message>
        <source>The pinned CA file %1 did not vouch for it.</source>
        <translation>指定的 CA 文件 %1 无法验证该证书。</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted (%2). Nothing was sent. %3</source>
        <translation>%1 的证书不受信任（%2），未发送任何数据。%3</translation>
    </message>
</context>
<context>
    <name>UserHome</name>
    <message>
        <source>%1 exists but is not a folder.</source>
        <translation>%1 已存在，但不是文件夹。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹%1。</translation>
    </message>
    <message>
        <source>The folder %1 is not writable.</source>
        <translation>文件夹 %1 不可写。</translation>
    </message>
</context>
<context>
    <name>Verbs</name>
    <message>
        <source>pingjia %1 is not available yet: it arrives with %2.</source>
        <translation>pingjia %1 暂不可用：%2尚未开放。</translation>
    </message>
    <message>
        <source>start the platform simulator, sync and open the window (--headless: report and exit)</source>
        <translation>启动平台模拟器、同步并打开窗口（--headless：输出结果后退出）</translation>
    </message>
    <message>
        <source>sync the local cache with the provincial platform</source>
        <translation>将本地缓存与省级平台同步</translation>
    </message>
    <message>
        <source>print the bad-review work queue (JSON or CSV)</source>
        <translation>输出差评工单（JSON 或 CSV）</translation>
    </message>
    <message>
        <source>print the rankings of a month (JSON or CSV)</source>
        <translation>输出某月的排名（JSON 或 CSV）</translation>
    </message>
    <message>
        <source>write the monthly bulletin (PDF, ODT, XLSX or CSV)</source>
        <translation>生成月度通报（PDF、ODT、XLSX 或 CSV）</translation>
    </message>
    <message>
        <source>Show the options of this command.</source>
        <translation>显示此命令的选项。</translation>
    </message>
    <message>
        <source>pingjia %1: %2</source>
        <translation>pingjia %1：%2</translation>
    </message>
    <message>
        <source>Run "pingjia %1 --help" for its options.</source>
        <translation>运行 "pingjia %1 --help" 查看其选项。</translation>
    </message>
    <message>
        <source>pingjia %1: unexpected argument: %2</source>
        <translation>pingjia %1：多余的参数：%2</translation>
    </message>
    <message>
        <source>Only bad reviews in state S (comma-separated: %1).</source>
        <translation>仅列出状态为 S 的差评（以逗号分隔：%1）。</translation>
    </message>
    <message>
        <source>Only those past their verification or rectification deadline now (PINGJIA_NOW when set).</source>
        <translation>仅列出当前已超过核实或整改时限的差评（设置了 PINGJIA_NOW 时以其为准）。</translation>
    </message>
    <message>
        <source>Output format: json (default) or csv.</source>
        <translation>输出格式：json（默认）或 csv。</translation>
    </message>
    <message>
        <source>pingjia queue: unknown state "%1"; use one of: %2.</source>
        <translation>pingjia queue：未知状态 "%1"，请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>pingjia queue: unknown format "%1"; use json or csv.</source>
        <translation>pingjia queue：未知格式 "%1"，请使用 json 或 csv。</translation>
    </message>
    <message>
        <source>PINGJIA_NOW is not a time of the form "yyyy-MM-dd HH:mm:ss"; using the current time.</source>
        <translation>PINGJIA_NOW 不是 "yyyy-MM-dd HH:mm:ss" 格式的时间，将使用当前时间。</translation>
    </message>
    <message>
        <source>pingjia queue: %1</source>
        <translation>pingjia queue：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n bad review(s).</source>
        <translation><numerusform>%n 条差评。</numerusform></translation>
    </message>
    <message>
        <source>pingjia bulletin: %1</source>
        <translation>pingjia bulletin：%1</translation>
    </message>
    <message>
        <source>Run "pingjia bulletin --help" for its options.</source>
        <translation>运行 "pingjia bulletin --help" 查看选项。</translation>
    </message>
    <message>
        <source>The month of the bulletin (YYYY-MM).</source>
        <translation>通报月份（YYYY-MM）。</translation>
    </message>
    <message>
        <source>Only this area, center or department (code); default: the whole cache.</source>
        <translation>仅限该地区、中心或部门（代码）；默认：缓存中的全部数据。</translation>
    </message>
    <message>
        <source>The public version (公示版): departments only, no window or staff names. Default: the internal version.</source>
        <translation>公示版：仅点名部门，不出现窗口和工作人员姓名。默认：内部版。</translation>
    </message>
    <message>
        <source>The document number, e.g. 〔2026〕12号; default: the next one of the archive.</source>
        <translation>发文字号，如〔2026〕12号；默认：存档中的下一个文号。</translation>
    </message>
    <message>
        <source>The typical cases to print (evaluation ids, comma-separated; "none" for none). Default: the first %1 proposed.</source>
        <translation>要通报的典型差评（评价编号，以逗号分隔；"none" 表示不通报）。默认：推荐列表的前%1条。</translation>
    </message>
    <message>
        <source>Issue it: record the file in the archive (default: a draft, not recorded).</source>
        <translation>印发：将文件登记存档（默认只生成草稿，不登记）。</translation>
    </message>
    <message>
        <source>The file to write: .pdf, .odt, .xlsx, .csv, or a folder for one CSV per table.</source>
        <translation>输出文件：.pdf、.odt、.xlsx、.csv，或文件夹（每个表格一个CSV文件）。</translation>
    </message>
    <message>
        <source>--month YYYY-MM is required.</source>
        <translation>必须指定 --month YYYY-MM。</translation>
    </message>
    <message>
        <source>"%1" is not a month of the form YYYY-MM.</source>
        <translation>"%1"不是YYYY-MM格式的月份。</translation>
    </message>
    <message>
        <source>--out FILE is required.</source>
        <translation>必须指定 --out 文件。</translation>
    </message>
    <message>
        <source>cannot tell the format of "%1": use .pdf, .odt, .xlsx, .csv or a folder.</source>
        <translation>无法判断"%1"的格式，请使用 .pdf、.odt、.xlsx、.csv 或文件夹。</translation>
    </message>
    <message>
        <source>"%1" is not a document number of the form 〔2026〕12号.</source>
        <translation>"%1"不是〔2026〕12号格式的发文字号。</translation>
    </message>
    <message>
        <source>a folder of CSV files cannot be issued; issue the PDF, ODT, XLSX or one CSV file.</source>
        <translation>由多个CSV文件组成的文件夹不能印发，请印发PDF、ODT、XLSX或单个CSV文件。</translation>
    </message>
    <message>
        <source>the cache %1 does not exist: run "pingjia sync" first.</source>
        <translation>缓存%1不存在，请先运行 "pingjia sync"。</translation>
    </message>
    <message>
        <source>the document number %1 was already given to another bulletin (see the archive).</source>
        <translation>发文字号%1已被其他通报使用（见存档）。</translation>
    </message>
    <message>
        <source>Draft written (not issued: add --issue to record it in the archive).</source>
        <translation>已生成草稿（未印发；加 --issue 可登记存档）。</translation>
    </message>
    <message>
        <source>The month YYYY-MM (platform time, UTC+8).</source>
        <translation>统计月份 YYYY-MM（平台时间，UTC+8）。</translation>
    </message>
    <message>
        <source>The quarter YYYY-Qn.</source>
        <translation>统计季度 YYYY-Qn。</translation>
    </message>
    <message>
        <source>The year YYYY.</source>
        <translation>统计年度 YYYY。</translation>
    </message>
    <message>
        <source>First day of a range (YYYY-MM-DD), with --to.</source>
        <translation>日期区间的第一天（YYYY-MM-DD），与 --to 同用。</translation>
    </message>
    <message>
        <source>Last day of a range (YYYY-MM-DD), inclusive.</source>
        <translation>日期区间的最后一天（YYYY-MM-DD，含当日）。</translation>
    </message>
    <message>
        <source>pingjia rankings: give exactly one period: --month YYYY-MM, --quarter YYYY-Qn, --year YYYY or --from D --to D.</source>
        <translation>pingjia rankings：请指定且只指定一个统计期：--month YYYY-MM、--quarter YYYY-Qn、--year YYYY 或 --from D --to D。</translation>
    </message>
    <message>
        <source>pingjia rankings: --%1 "%2" is not valid; write it like %3.</source>
        <translation>pingjia rankings：--%1“%2”无效，请按 %3 的格式填写。</translation>
    </message>
    <message>
        <source>pingjia rankings: --from and --to go together.</source>
        <translation>pingjia rankings：--from 与 --to 须同时指定。</translation>
    </message>
    <message>
        <source>pingjia rankings: --from "%1" --to "%2" is not a range of days; write the dates like 2026-10-01, the first not after the last.</source>
        <translation>pingjia rankings：--from“%1”--to“%2”不是有效的日期区间；日期请按 2026-10-01 的格式填写，开始日期不得晚于结束日期。</translation>
    </message>
    <message>
        <source>Ranking settings ignored: %1</source>
        <translation>排名设置有误，已按默认值处理：%1</translation>
    </message>
    <message>
        <source>Units ranked: area, center, department (default), window or staff.</source>
        <translation>排名对象：area（地区）、center（中心）、department（部门，默认）、window（窗口）或 staff（工作人员）。</translation>
    </message>
    <message>
        <source>Only units inside CODE: a division (620800), a center (C620802), a department's credit code or a window.</source>
        <translation>只统计 CODE 范围内的单位：行政区划（620800）、中心（C620802）、部门统一社会信用代码或窗口。</translation>
    </message>
    <message>
        <source>pingjia rankings: unknown level "%1"; use area, center, department, window or staff.</source>
        <translation>pingjia rankings：未知的排名对象“%1”，请使用 area、center、department、window 或 staff。</translation>
    </message>
    <message>
        <source>pingjia rankings: unknown format "%1"; use json or csv.</source>
        <translation>pingjia rankings：未知的输出格式“%1”，请使用 json 或 csv。</translation>
    </message>
    <message>
        <source>pingjia rankings: %1</source>
        <translation>pingjia rankings：%1</translation>
    </message>
    <message>
        <source>%1: %2 unit(s), %3 ranked (%4).</source>
        <translation>%1：共 %2 个单位，其中 %3 个参与排名（%4）。</translation>
    </message>
    <message>
        <source>Only items inside CODE: a division (620800), a center (C620802) or a department's credit code.</source>
        <translation>只输出 CODE 范围内的疑点：行政区划（620800）、中心（C620802）或部门统一社会信用代码。</translation>
    </message>
    <message>
        <source>pingjia integrity: give the month as --month YYYY-MM, like 2026-10.</source>
        <translation>pingjia integrity：请用 --month YYYY-MM 指定月份，如 2026-10。</translation>
    </message>
    <message>
        <source>pingjia integrity: unknown format "%1"; use json or csv.</source>
        <translation>pingjia integrity：未知格式“%1”，请用 json 或 csv。</translation>
    </message>
    <message>
        <source>pingjia integrity: %1</source>
        <translation>pingjia integrity：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n flagged item(s).</source>
        <translation><numerusform>%1：疑点%n条。</numerusform></translation>
    </message>
    <message>
        <source>verify that the audit log was not tampered with</source>
        <translation>校验审计日志未被篡改</translation>
    </message>
    <message>
        <source>check the local cache, or rebuild it from the platform</source>
        <translation>检查本地缓存，或从平台重建缓存</translation>
    </message>
    <message>
        <source>print the review-integrity flags of a month (JSON or CSV)</source>
        <translation>输出某月的评价核查疑点（JSON 或 CSV）</translation>
    </message>
    <message>
        <source>Rank without the evaluations the review-integrity rules flagged (they leave the evaluation counts, levels and the rates and score made of them; see pingjia integrity).</source>
        <translation>剔除评价核查规则标记的评价后再排名（这些评价不计入评价数、各等级评价数及由此计算的比率和得分；详见 pingjia integrity）。</translation>
    </message>
</context>
<context>
    <name>WindowSession</name>
    <message>
        <source>Pingjia cannot start</source>
        <translation>督办台无法启动</translation>
    </message>
    <message>
        <source>The damaged cache was moved to %1; sync to fill the new one.</source>
        <translation>已将损坏的缓存移至 %1；请同步以填充新缓存。</translation>
    </message>
    <message>
        <source>The local-work file cannot be used.</source>
        <translation>本地工作文件无法使用。</translation>
    </message>
    <message>
        <source>The cache could not be rebuilt.</source>
        <translation>缓存重建失败。</translation>
    </message>
</context>
<context>
    <name>pingjia</name>
    <message>
        <source>Table %1</source>
        <translation>表%1</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Cannot write the image %1.</source>
        <translation>无法写入图片 %1。</translation>
    </message>
    <message>
        <source>Save the chart as .png or .svg.</source>
        <translation>图表只能保存为 .png 或 .svg 文件。</translation>
    </message>
    <message>
        <source>Satisfaction and bad rate, last 12 months</source>
        <translation>近 12 个月满意度与差评率</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Calendar month, UTC+8</source>
        <translation>自然月（北京时间）</translation>
    </message>
    <message>
        <source>Valid evaluations by level, with satisfaction</source>
        <translation>各等级有效评价分布及满意度</translation>
    </message>
    <message>
        <source>Evaluations by channel</source>
        <translation>各渠道评价数</translation>
    </message>
    <message>
        <source>Channel code</source>
        <translation>渠道代码</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>评价渠道</translation>
    </message>
    <message>
        <source>The platform's pf code</source>
        <translation>平台评价渠道代码（pf）</translation>
    </message>
    <message>
        <source>The platform's name of the channel</source>
        <translation>平台公布的渠道名称</translation>
    </message>
    <message>
        <source>Top and bottom five departments by score</source>
        <translation>综合得分前五名与后五名部门</translation>
    </message>
    <message>
        <source>Top five</source>
        <translation>前五名</translation>
    </message>
    <message>
        <source>Bottom five</source>
        <translation>后五名</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Department code</source>
        <translation>部门代码</translation>
    </message>
    <message>
        <source>Competition ranking on the score (1, 2, 2, 4)</source>
        <translation>按综合得分并列排名（1、2、2、4）</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV 文件，UTF-8 编码 (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>SVG vector image (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Unit code</source>
        <translation>单位代码</translation>
    </message>
    <message>
        <source>Not ranked because</source>
        <translation>未排名原因</translation>
    </message>
    <message>
        <source>The platform's code of the unit</source>
        <translation>平台上的单位代码</translation>
    </message>
    <message>
        <source>Ranking rules</source>
        <translation>排名规则</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>取值</translation>
    </message>
    <message>
        <source>Minimum valid evaluations to be ranked</source>
        <translation>参与排名的最少有效评价数</translation>
    </message>
    <message>
        <source>Bottom K (repeatedly last)</source>
        <translation>末位名数 K（连续排名靠后）</translation>
    </message>
    <message>
        <source>Consecutive periods M (repeatedly last)</source>
        <translation>连续期数 M（连续排名靠后）</translation>
    </message>
    <message>
        <source>Weight: satisfaction rate</source>
        <translation>权重：满意率</translation>
    </message>
    <message>
        <source>Weight: good rate</source>
        <translation>权重：好评率</translation>
    </message>
    <message>
        <source>Weight: 1 − bad rate</source>
        <translation>权重：1 − 差评率</translation>
    </message>
    <message>
        <source>Weight: coverage</source>
        <translation>权重：评价覆盖率</translation>
    </message>
    <message>
        <source>Weight: verified on time</source>
        <translation>权重：按时核实率</translation>
    </message>
    <message>
        <source>Weight: rectified on time</source>
        <translation>权重：按时整改率</translation>
    </message>
    <message>
        <source>Smoothing: Wilson lower bound, z</source>
        <translation>小样本修正：Wilson 下限，z 值</translation>
    </message>
    <message>
        <source>Without the evaluations flagged by the review-integrity rules</source>
        <translation>剔除评价核查规则标记的评价</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>pingjia::ActionPayloadText</name>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Responsible department</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>整改内容</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Proposed deadline</source>
        <translation>申请延至</translation>
    </message>
    <message>
        <source>New deadline</source>
        <translation>新时限</translation>
    </message>
    <message>
        <source>Cannot rectify</source>
        <translation>无法整改</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>phone call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>text message</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>visit in person</source>
        <translation>上门走访</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Sent, awaiting the platform's answer</source>
        <translation>已发送，等待平台答复</translation>
    </message>
    <message>
        <source>Acknowledged by the platform</source>
        <translation>平台已确认</translation>
    </message>
    <message>
        <source>Conflict with the platform</source>
        <translation>与平台冲突</translation>
    </message>
    <message>
        <source>Refused by the platform</source>
        <translation>被平台拒绝</translation>
    </message>
    <message>
        <source>Waiting to upload (not sent yet)</source>
        <translation>待上传（尚未发送）</translation>
    </message>
</context>
<context>
    <name>pingjia::AgeingModel</name>
    <message>
        <source>Open bad reviews evaluated %1 ago</source>
        <translation>评价至今 %1 的未办结差评</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>全部未办结</translation>
    </message>
    <message>
        <source>Open bad reviews, whatever their age</source>
        <translation>全部未办结差评（不分时长）</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>评价至今</translation>
    </message>
    <message>
        <source>Open bad reviews</source>
        <translation>未办结差评</translation>
    </message>
</context>
<context>
    <name>pingjia::BadReviewDetailPanel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 (not synced yet)</source>
        <translation>%1（尚未同步）</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>待办理</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>状态 %1</translation>
    </message>
    <message>
        <source>Select a bad review to see its comment, case, staff member and history.</source>
        <translation>请选择一条差评，查看评价内容、办件、工作人员和处置历史。</translation>
    </message>
    <message>
        <source>Deadlines:</source>
        <translation>办理时限：</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>评价内容：</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>办件：</translation>
    </message>
    <message>
        <source>Service item:</source>
        <translation>事项：</translation>
    </message>
    <message>
        <source>Staff and window:</source>
        <translation>工作人员与窗口：</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>评价渠道：</translation>
    </message>
    <message>
        <source>Evaluator:</source>
        <translation>评价人：</translation>
    </message>
    <message>
        <source>R&amp;eveal evaluator data…</source>
        <translation>查看评价人信息(&amp;E)…</translation>
    </message>
    <message>
        <source>Shows the evaluator's name, mobile and ID number after you give a reason; the reveal is logged.</source>
        <translation>说明理由后显示评价人的姓名、手机号和证件号码；查看记录会被登记。</translation>
    </message>
    <message>
        <source>History</source>
        <translation>处置历史</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Upload status</source>
        <translation>上传状态</translation>
    </message>
    <message>
        <source>History of the bad review</source>
        <translation>差评处置历史</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source> · pending upload</source>
        <translation> · 待上传</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>（无文字）</translation>
    </message>
    <message>
        <source>%1 · accepted %2</source>
        <translation>%1 · 受理于 %2</translation>
    </message>
    <message>
        <source> · finished %1</source>
        <translation> · 办结于 %1</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <source>%1
Window: %2
Department: %3
Center: %4</source>
        <translation>%1
窗口：%2
部门：%3
中心：%4</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <source>%1, mobile %2</source>
        <translation>%1，手机 %2</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（无姓名）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>No encrypted evaluator data is stored for this evaluation (anonymous, or synced without a keychain).</source>
        <translation>该评价没有保存加密的评价人信息（匿名评价，或同步时没有可用的钥匙串）。</translation>
    </message>
    <message>
        <source>On the platform</source>
        <translation>平台记录</translation>
    </message>
    <message>
        <source>Verify by %1</source>
        <translation>须于 %1 前核实</translation>
    </message>
    <message>
        <source>Rectify by %1</source>
        <translation>须于 %1 前整改</translation>
    </message>
    <message>
        <source> (delayed)</source>
        <translation>（已延期）</translation>
    </message>
    <message>
        <source>A delay request awaits a decision.</source>
        <translation>有延期申请待审批。</translation>
    </message>
    <message>
        <source>⚠ Overdue</source>
        <translation>⚠ 已逾期</translation>
    </message>
    <message>
        <source>none running</source>
        <translation>当前无计时中的时限</translation>
    </message>
    <message>
        <source>Name: %1
Mobile: %2
ID number: %3</source>
        <translation>姓名：%1
手机：%2
证件号码：%3</translation>
    </message>
    <message>
        <source>%1 · %2 · invalid: no text</source>
        <translation>%1 · %2 · 无效评价（无文字内容）</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation><numerusform>逾期 %n 天</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) late</source>
        <translation><numerusform>逾期 %n 小时</numerusform></translation>
    </message>
    <message>
        <source>verified %1</source>
        <translation>核实时已%1</translation>
    </message>
    <message>
        <source>completed %1</source>
        <translation>整改完成时已%1</translation>
    </message>
</context>
<context>
    <name>pingjia::BadReviewQueueModel</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>已逾期 %1</translation>
    </message>
    <message>
        <source>Estimated deadline: the holiday calendar does not cover that year yet, so only weekends were counted.</source>
        <translation>估算时限：节假日日历尚未覆盖该年份，因此仅扣除了周末。</translation>
    </message>
    <message>
        <source>Recorded here; waiting for the platform to acknowledge it.</source>
        <translation>已在本地记录，等待平台确认。</translation>
    </message>
    <message>
        <source>(no text: invalid)</source>
        <translation>（无文字：无效评价）</translation>
    </message>
    <message>
        <source> · delay requested</source>
        <translation> · 已申请延期</translation>
    </message>
    <message>
        <source> · pending upload</source>
        <translation> · 待上传</translation>
    </message>
    <message>
        <source>≈ %1 (estimate)</source>
        <translation>≈ %1（估算）</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>评价等级</translation>
    </message>
    <message>
        <source>Evaluated at</source>
        <translation>评价时间</translation>
    </message>
    <message>
        <source>Center</source>
        <translation>中心</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>评价渠道</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评价内容</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Verify within</source>
        <translation>核实剩余时间</translation>
    </message>
    <message>
        <source>Rectify within</source>
        <translation>整改剩余时间</translation>
    </message>
</context>
<context>
    <name>pingjia::BulkAssignDialog</name>
    <message>
        <source>Assign to a department</source>
        <translation>交办部门</translation>
    </message>
    <message numerus="yes">
        <source>A rectification plan is recorded for each of the %n selected bad review(s) that is confirmed. The others are listed afterwards with the reason.</source>
        <translation><numerusform>将为所选 %n 条差评中已核实属实的每一条记录整改措施；其余差评随后会连同原因一并列出。</numerusform></translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>交办</translation>
    </message>
</context>
<context>
    <name>pingjia::BulletinArchiveView</name>
    <message>
        <source>Number</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>印发人</translation>
    </message>
    <message>
        <source>Issued at</source>
        <translation>印发时间</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>&amp;Open issued file</source>
        <translation>打开已印发文件(&amp;O)</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Public (公示版)</source>
        <translation>公示版</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>内部版</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>The issued file %1 is no longer there (moved or deleted).</source>
        <translation>已印发的文件%1已不存在（被移动或删除）。</translation>
    </message>
    <message>
        <source>The file %1 was changed after it was issued: it is not the bulletin %2 as issued (SHA-256 differs).</source>
        <translation>文件%1在印发后被修改过，已不是印发时的通报%2（SHA-256 不一致）。</translation>
    </message>
</context>
<context>
    <name>pingjia::BulletinCaseList</name>
    <message>
        <source>followed up</source>
        <translation>已回访</translation>
    </message>
    <message>
        <source>rectified</source>
        <translation>已整改</translation>
    </message>
    <message>
        <source>in rectification</source>
        <translation>整改中</translation>
    </message>
    <message>
        <source>%1  %2 · %3 (%4)
%5</source>
        <translation>%1  %2 · %3（%4）
%5</translation>
    </message>
</context>
<context>
    <name>pingjia::BulletinExport</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹%1。</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation>无法写入%1：文件夹%2不存在。</translation>
    </message>
    <message>
        <source>Cannot write %1: no permission to write in %2.</source>
        <translation>无法写入%1：没有在%2中写入的权限。</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a folder.</source>
        <translation>无法写入%1：这是一个文件夹。</translation>
    </message>
    <message>
        <source>Cannot write %1: the file is read-only.</source>
        <translation>无法写入%1：文件为只读。</translation>
    </message>
    <message>
        <source>Documents are written by writeBulletin(), not as tables.</source>
        <translation>公文由 writeBulletin() 生成，不能作为表格导出。</translation>
    </message>
    <message>
        <source>The bulletin has no table to write.</source>
        <translation>通报中没有可导出的表格。</translation>
    </message>
</context>
<context>
    <name>pingjia::BulletinFactsQuery</name>
    <message>
        <source>The bulletin was cancelled.</source>
        <translation>通报生成已取消。</translation>
    </message>
    <message>
        <source>A bulletin covers an area, a center or a department, not a window (%1).</source>
        <translation>通报的范围应为地区、政务服务中心或部门，不能是窗口（%1）。</translation>
    </message>
</context>
<context>
    <name>pingjia::BulletinFontsSection</name>
    <message>
        <source>Bulletin fonts</source>
        <translation>通报字体</translation>
    </message>
    <message>
        <source>Official documents use FangSong for the body, XiaoBiaoSong for the title, HeiTi and KaiTi for headings. A face that is not installed is replaced by the closest installed one.</source>
        <translation>公文正文用仿宋，标题用小标宋，一级标题用黑体，二级标题用楷体。所选字体未安装时，自动改用已安装的最接近字体。</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>恢复默认</translation>
    </message>
    <message>
        <source>%1 is not installed; using %2</source>
        <translation>未安装“%1”，改用“%2”</translation>
    </message>
</context>
<context>
    <name>pingjia::BulletinHeaderForm</name>
    <message>
        <source>e.g. 〔2026〕12号</source>
        <translation>如〔2026〕12号</translation>
    </message>
    <message>
        <source>Issuing office (发文机关):</source>
        <translation>发文机关：</translation>
    </message>
    <message>
        <source>Document number (文号):</source>
        <translation>发文字号：</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Recipients (主送):</source>
        <translation>主送机关：</translation>
    </message>
    <message>
        <source>Date written (成文日期):</source>
        <translation>成文日期：</translation>
    </message>
    <message>
        <source>Signature (落款):</source>
        <translation>落款：</translation>
    </message>
    <message>
        <source>Copy to (抄送):</source>
        <translation>抄送：</translation>
    </message>
    <message>
        <source>Printed by (印发机关):</source>
        <translation>印发机关：</translation>
    </message>
    <message>
        <source>Printed on (印发日期):</source>
        <translation>印发日期：</translation>
    </message>
</context>
<context>
    <name>pingjia::BulletinIssue</name>
    <message>
        <source>A folder of CSV files cannot be issued; issue the PDF, ODT, XLSX or one CSV file.</source>
        <translation>由多个CSV文件组成的文件夹不能印发，请印发PDF、ODT、XLSX或单个CSV文件。</translation>
    </message>
    <message>
        <source>%1 (%2 version) issued by %3 on %4</source>
        <translation>%1（%2）由%3于%4印发</translation>
    </message>
    <message>
        <source>public</source>
        <translation>公示版</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>内部版</translation>
    </message>
    <message>
        <source>This month was already issued:
%1
Issuing it again adds a new record; the earlier ones stay in the archive.</source>
        <translation>本月通报已印发过：
%1
再次印发将新增一条记录，原有记录保留在存档中。</translation>
    </message>
</context>
<context>
    <name>pingjia::BulletinJob</name>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>正在读取数据…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入%1…</translation>
    </message>
</context>
<context>
    <name>pingjia::BulletinPage</name>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>&amp;Internal version (may name windows and staff)</source>
        <translation>内部版（可点名窗口和工作人员）(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Public version (公示版: departments only)</source>
        <translation>公示版（仅点名部门）(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Opening (leave empty for the standard one):</source>
        <translation>开头语（留空则使用标准开头）：</translation>
    </message>
    <message>
        <source>六、下步工作要求 (one paragraph each, separated by an empty line):</source>
        <translation>六、下步工作要求（每段之间空一行）：</translation>
    </message>
    <message>
        <source>&amp;Remember header and requirements for this scope</source>
        <translation>记住本范围的版头版记和工作要求(&amp;R)</translation>
    </message>
    <message>
        <source>Figures and tables come from the cache and cannot be edited.</source>
        <translation>数据和表格取自本地缓存，不可编辑。</translation>
    </message>
    <message>
        <source>&amp;Header</source>
        <translation>版头版记(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>正文(&amp;T)</translation>
    </message>
    <message>
        <source>T&amp;ypical cases</source>
        <translation>典型差评(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>存档(&amp;A)</translation>
    </message>
    <message>
        <source>Te&amp;xt as written</source>
        <translation>文字稿(&amp;X)</translation>
    </message>
    <message>
        <source>Pa&amp;ges as printed</source>
        <translation>版式预览(&amp;G)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Figures of %1 for %2 read at %3.</source>
        <translation>已于%3读取%2 %1的数据。</translation>
    </message>
    <message>
        <source>Not a document number of the form 〔2026〕12号.</source>
        <translation>发文字号格式应为〔2026〕12号。</translation>
    </message>
    <message>
        <source>This number was already given to another bulletin.</source>
        <translation>该文号已被其他通报使用。</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;OpenDocument text (*.odt);;Excel workbook (*.xlsx);;CSV, the ranking table (*.csv)</source>
        <translation>PDF (*.pdf);;OpenDocument 文本 (*.odt);;Excel 工作簿 (*.xlsx);;CSV 排名表 (*.csv)</translation>
    </message>
    <message>
        <source>Read figures again</source>
        <translation>重新读取数据</translation>
    </message>
    <message>
        <source>Print pre&amp;view</source>
        <translation>打印预览(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>另存为(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Issue…</source>
        <translation>印发(&amp;I)…</translation>
    </message>
    <message>
        <source>Monthly bulletin</source>
        <translation>月度通报</translation>
    </message>
    <message>
        <source>Save the bulletin</source>
        <translation>保存通报</translation>
    </message>
    <message>
        <source>Issue again?</source>
        <translation>再次印发？</translation>
    </message>
    <message>
        <source>Issue the bulletin</source>
        <translation>印发通报</translation>
    </message>
    <message>
        <source>"%1" is not a document number of the form 〔2026〕12号.</source>
        <translation>"%1"不是〔2026〕12号格式的发文字号。</translation>
    </message>
    <message>
        <source>The document number %1 was already given to another bulletin.</source>
        <translation>发文字号%1已被其他通报使用。</translation>
    </message>
    <message>
        <source>The figures have not been read yet.</source>
        <translation>尚未读取数据。</translation>
    </message>
    <message>
        <source>Cannot tell the format of %1: use .pdf, .odt, .xlsx or .csv.</source>
        <translation>无法判断%1的格式，请使用 .pdf、.odt、.xlsx 或 .csv。</translation>
    </message>
    <message>
        <source>A folder of CSV files cannot be issued.</source>
        <translation>由多个CSV文件组成的文件夹不能印发。</translation>
    </message>
    <message>
        <source>Another task is running; try again when it has finished.</source>
        <translation>另一项任务正在进行，请待其完成后再试。</translation>
    </message>
    <message>
        <source>Draft saved to %1 (not issued).</source>
        <translation>草稿已保存到%1（未印发）。</translation>
    </message>
    <message>
        <source>Issued %1 as %2 (SHA-256 %3).</source>
        <translation>%1已印发为%2（SHA-256 %3）。</translation>
    </message>
    <message>
        <source>No program is set up to open %1.</source>
        <translation>没有可打开%1的程序。</translation>
    </message>
    <message>
        <source>The bulletin of everything synced, an area or a center</source>
        <translation>通报范围：全部已同步数据、某一地区或某一中心</translation>
    </message>
    <message numerus="yes">
        <source>Printed %n page(s).</source>
        <translation><numerusform>已打印%n页。</numerusform></translation>
    </message>
    <message>
        <source>Printing cancelled.</source>
        <translation>已取消打印。</translation>
    </message>
</context>
<context>
    <name>pingjia::BulletinPreview</name>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>Fit the page width to the view</source>
        <translation>按页面宽度显示</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Print through the system dialog</source>
        <translation>通过系统打印对话框打印</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation><numerusform>共%n页</numerusform></translation>
    </message>
    <message>
        <source>Printing the bulletin…</source>
        <translation>正在打印通报…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop preparing the pages</source>
        <translation>停止生成预览页面</translation>
    </message>
    <message>
        <source>Preparing the pages…</source>
        <translation>正在生成预览页面…</translation>
    </message>
    <message numerus="yes">
        <source>Preparing %n page(s)…</source>
        <translation><numerusform>正在生成预览，共%n页…</numerusform></translation>
    </message>
    <message>
        <source>Preview cancelled.</source>
        <translation>已取消预览。</translation>
    </message>
    <message>
        <source>The pages cannot be shown: %1</source>
        <translation>无法显示预览页面：%1</translation>
    </message>
</context>
<context>
    <name>pingjia::BusyIndicator</name>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>Computing</source>
        <translation>正在计算</translation>
    </message>
</context>
<context>
    <name>pingjia::CacheProblemDialog</name>
    <message>
        <source>The local cache cannot be used</source>
        <translation>本地缓存无法使用</translation>
    </message>
    <message>
        <source>The local cache cannot be used.</source>
        <translation>本地缓存无法使用。</translation>
    </message>
    <message>
        <source>The cache only mirrors the provincial platform, so it can be rebuilt: Pingjia moves the file aside (it is not deleted) and starts an empty cache, which the next sync fills again.</source>
        <translation>缓存只是省级平台数据的副本，因此可以重建：本程序会把该文件移到一旁（不会删除），并新建一个空缓存，下次同步时重新填充。</translation>
    </message>
    <message>
        <source>Alternatively quit and run the newer Pingjia that wrote the file.</source>
        <translation>也可以退出，改用写入该文件的新版本督办台。</translation>
    </message>
    <message>
        <source>Close other programs or Pingjia windows that may use the file, check the folder's permissions and start Pingjia again.</source>
        <translation>请关闭可能正在使用该文件的其他程序或督办台窗口，检查文件夹权限后重新启动本程序。</translation>
    </message>
    <message>
        <source>Your local work (unsent actions and the audit log) is kept in %1 and is not touched.</source>
        <translation>您的本地工作（尚未发送的操作和审计日志）保存在 %1 中，不受影响。</translation>
    </message>
    <message>
        <source>Cache file: %1

%2</source>
        <translation>缓存文件：%1

%2</translation>
    </message>
    <message>
        <source>Rebuild the cache</source>
        <translation>重建缓存</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>pingjia::CalendarSection</name>
    <message>
        <source>Holiday calendar</source>
        <translation>节假日日历</translation>
    </message>
    <message>
        <source>Rectification deadlines count working days of the national holiday calendar (with make-up working days). For a year the calendar does not cover, deadlines count weekends only and are shown as estimates. Load the new year's file here when it is published.</source>
        <translation>整改时限按国家法定节假日安排（含调休上班日）计算工作日。日历未覆盖的年份仅扣除周末，所得时限标为估算。国务院办公厅发布新一年的放假安排后，请在此载入该年的日历文件。</translation>
    </message>
    <message>
        <source>The stored calendar file is not used: %1</source>
        <translation>已保存的日历文件未被采用：%1</translation>
    </message>
    <message>
        <source>Load calendar file…</source>
        <translation>载入日历文件…</translation>
    </message>
    <message>
        <source>No year is covered: every deadline is an estimate.</source>
        <translation>未覆盖任何年份：所有时限均为估算。</translation>
    </message>
    <message>
        <source>Years covered: %1</source>
        <translation>已覆盖年份：%1</translation>
    </message>
    <message>
        <source>Load holiday calendar</source>
        <translation>载入节假日日历</translation>
    </message>
    <message>
        <source>Holiday calendar (*.tsv *.txt);;All files (*)</source>
        <translation>节假日日历 (*.tsv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取%1：%2</translation>
    </message>
    <message>
        <source>%1 is not a usable holiday calendar: %2</source>
        <translation>%1 不是可用的节假日日历：%2</translation>
    </message>
    <message>
        <source>%1 lists no days.</source>
        <translation>%1 未列出任何日期。</translation>
    </message>
    <message>
        <source>Cannot store the calendar in %1: %2</source>
        <translation>无法将日历保存到 %1：%2</translation>
    </message>
</context>
<context>
    <name>pingjia::CategoryRulesDialog</name>
    <message>
        <source>Common-problem categories</source>
        <translation>共性问题类别</translation>
    </message>
    <message>
        <source>A bad review belongs to the first category (top to bottom) with a keyword that occurs in its comment; with none it is "Other". Separate keywords by commas or spaces.</source>
        <translation>按自上而下的顺序，差评归入评价内容中出现其关键词的第一个类别；均未出现的归入“其他”。关键词之间用逗号或空格分隔。</translation>
    </message>
    <message>
        <source>Give at least one keyword for "%1".</source>
        <translation>请为“%1”至少填写一个关键词。</translation>
    </message>
</context>
<context>
    <name>pingjia::ChannelTable</name>
    <message>
        <source>Hall evaluator device</source>
        <translation>窗口评价器</translation>
    </message>
    <message>
        <source>PC / web</source>
        <translation>PC 端</translation>
    </message>
    <message>
        <source>Mobile app</source>
        <translation>移动端</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>二维码</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>Phone (incl. 12345)</source>
        <translation>电话（含 12345）</translation>
    </message>
    <message>
        <source>Self-service terminal</source>
        <translation>自助终端</translation>
    </message>
    <message>
        <source>Unknown channel</source>
        <translation>未知渠道</translation>
    </message>
    <message>
        <source>channel table: an empty channel code</source>
        <translation>渠道表：渠道代码为空</translation>
    </message>
    <message>
        <source>channel table: the name of channel %1 is not text</source>
        <translation>渠道表：渠道 %1 的名称不是文本</translation>
    </message>
    <message>
        <source>unknown channel (%1)</source>
        <translation>未知渠道（%1）</translation>
    </message>
</context>
<context>
    <name>pingjia::ChartPanel</name>
    <message>
        <source>Save image…</source>
        <translation>保存图片…</translation>
    </message>
    <message>
        <source>Save this chart as PNG or SVG</source>
        <translation>将图表保存为 PNG 或 SVG</translation>
    </message>
    <message>
        <source>Export data…</source>
        <translation>导出数据…</translation>
    </message>
    <message>
        <source>Export the figures behind this chart as CSV</source>
        <translation>将图表所依据的数据导出为 CSV</translation>
    </message>
    <message>
        <source>There is no chart to save yet.</source>
        <translation>暂无可保存的图表。</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>Export chart data</source>
        <translation>导出图表数据</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>pingjia::ChaseListModel</name>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Service item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>办件编号</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>办结时间</translation>
    </message>
    <message>
        <source>Counts as satisfied at</source>
        <translation>默认评价时间</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>finishDate of the served case (proStatus 3), UTC+8</source>
        <translation>办件办结时间（办件状态 3），北京时间</translation>
    </message>
    <message>
        <source>Default time minus now</source>
        <translation>默认评价时间减当前时间</translation>
    </message>
    <message>
        <source>due</source>
        <translation>已到期</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>finishDate + 7×24 h: without an evaluation by then the case counts one default level-3 evaluation</source>
        <translation>办结时间 + 7×24 小时：届时仍未评价的，计一条“基本满意”（3 级）默认评价</translation>
    </message>
</context>
<context>
    <name>pingjia::ChaseListPage</name>
    <message>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <source>Cases awaiting evaluation · %1</source>
        <translation>待评价办件 · %1</translation>
    </message>
    <message>
        <source>The cache is not open.</source>
        <translation>本地缓存未打开。</translation>
    </message>
    <message>
        <source>All departments (%1)</source>
        <translation>全部部门（%1）</translation>
    </message>
    <message>
        <source>%1 cases awaiting evaluation; the oldest %2 are listed.</source>
        <translation>共 %1 件待评价办件，列出最早的 %2 件。</translation>
    </message>
    <message>
        <source>%1 cases awaiting evaluation, oldest first.</source>
        <translation>共 %1 件待评价办件，按办结时间从早到晚排列。</translation>
    </message>
    <message>
        <source>Export chase list</source>
        <translation>导出待评价办件</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Served cases with no evaluation yet. Seven days (7×24 h) after it was finished, a case without an evaluation counts as 基本满意 (level 3): ask for the evaluation before.</source>
        <translation>已办结但尚未评价的办件。办结满 7 日（7×24 小时）仍未评价的，按“基本满意”（3 级）计入，请在此之前邀请办事人评价。</translation>
    </message>
</context>
<context>
    <name>pingjia::CommonProblemModel</name>
    <message>
        <source>Service item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>pingjia::ConflictListModel</name>
    <message>
        <source>%1 · version %2</source>
        <translation>%1 · 版本 %2</translation>
    </message>
    <message>
        <source> · last: %1 by %2 at %3</source>
        <translation> · 最近：%2 于 %3 %1</translation>
    </message>
    <message>
        <source>not sent by the platform (sync to fetch it)</source>
        <translation>平台未发送（请同步以获取）</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>评价编号</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Mine (this console)</source>
        <translation>我的版本（本督办台）</translation>
    </message>
    <message>
        <source>Platform's version</source>
        <translation>平台版本</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>情况说明</translation>
    </message>
</context>
<context>
    <name>pingjia::ConnectionStatusBar</name>
    <message>
        <source>● Online</source>
        <translation>● 在线</translation>
    </message>
    <message>
        <source>● Offline</source>
        <translation>● 离线</translation>
    </message>
    <message>
        <source>Last sync: never synced</source>
        <translation>上次同步：从未同步</translation>
    </message>
    <message>
        <source>The local cache holds no platform data yet.</source>
        <translation>本地缓存中还没有平台数据。</translation>
    </message>
    <message>
        <source>Last sync: %1 · data %2</source>
        <translation>上次同步：%1（%2）</translation>
    </message>
    <message>
        <source>Times are China Standard Time (UTC+8).</source>
        <translation>时间均为北京时间（UTC+8）。</translation>
    </message>
    <message>
        <source>● Not signed in</source>
        <translation>● 未登录</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) waiting to upload</source>
        <translation><numerusform>%n 条操作待上传</numerusform></translation>
    </message>
</context>
<context>
    <name>pingjia::DashboardPage</name>
    <message>
        <source>&amp;Overview</source>
        <translation>总览(&amp;O)</translation>
    </message>
    <message>
        <source>Cases a&amp;waiting evaluation</source>
        <translation>待评价办件(&amp;W)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Read the cache again (F5)</source>
        <translation>重新读取本地缓存（F5）</translation>
    </message>
    <message>
        <source>The cache is not open: the overview cannot be computed.</source>
        <translation>本地缓存未打开，无法计算总览。</translation>
    </message>
    <message>
        <source>%1 · %2 (overview)</source>
        <translation>%1 · %2（总览）</translation>
    </message>
    <message>
        <source> (overview)</source>
        <translation>（总览）</translation>
    </message>
    <message>
        <source>%1 · %2. Reading the charts' figures…</source>
        <translation>%1 · %2。正在读取图表数据…</translation>
    </message>
    <message>
        <source>%1 · %2. Satisfaction includes the default evaluations (a case not evaluated within 7 days counts as level 3). Click a chart to drill down.</source>
        <translation>%1 · %2。满意度含默认评价（办结后 7 日内未评价的，按“基本满意”计）。点击图表可查看明细。</translation>
    </message>
</context>
<context>
    <name>pingjia::DeadlinePolicy</name>
    <message>
        <source>policy: verifyHours must be a whole number from 1 to %1</source>
        <translation>时限规则：verifyHours 必须是 1 到 %1 之间的整数</translation>
    </message>
    <message>
        <source>policy: rectifyDays must be a whole number from 1 to %1</source>
        <translation>时限规则：rectifyDays 必须是 1 到 %1 之间的整数</translation>
    </message>
    <message>
        <source>policy: rectifyDayKind must be "working" or "natural"</source>
        <translation>时限规则：rectifyDayKind 必须是 "working" 或 "natural"</translation>
    </message>
</context>
<context>
    <name>pingjia::DeadlineText</name>
    <message>
        <source>%1 (est.)</source>
        <translation>%1（估算）</translation>
    </message>
</context>
<context>
    <name>pingjia::DoubleZeroModel</name>
    <message>
        <source>(no unit)</source>
        <translation>（无单位）</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>已实现</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>未实现</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Center</source>
        <translation>中心</translation>
    </message>
    <message>
        <source>Open bad reviews</source>
        <translation>未办结差评</translation>
    </message>
    <message>
        <source>Recurring problems</source>
        <translation>反复出现的问题</translation>
    </message>
    <message>
        <source>Double zero</source>
        <translation>双归零</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n reached</source>
        <translation><numerusform>%n 个单位中 %1 个已实现</numerusform></translation>
    </message>
</context>
<context>
    <name>pingjia::EvaluationLevel</name>
    <message>
        <source>Very dissatisfied</source>
        <translation>非常不满意</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Basically satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation>非常满意</translation>
    </message>
</context>
<context>
    <name>pingjia::FollowUpDialog</name>
    <message>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <source>Evaluator's &amp;satisfaction with the fix:</source>
        <translation>评价人对整改的满意度(&amp;S)：</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>电话回访</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>短信回访</translation>
    </message>
    <message>
        <source>Visit in person</source>
        <translation>上门回访</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>回访方式(&amp;M)：</translation>
    </message>
    <message>
        <source>Optional: what the evaluator said</source>
        <translation>可选：评价人的反馈</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Choose the evaluator's satisfaction.</source>
        <translation>请选择评价人的满意度。</translation>
    </message>
    <message>
        <source>Choose how the evaluator was contacted.</source>
        <translation>请选择联系评价人的方式。</translation>
    </message>
</context>
<context>
    <name>pingjia::HandlingActionDialog</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>pingjia::HandlingRecord</name>
    <message>
        <source>unknown state "%1"</source>
        <translation>未知状态 "%1"</translation>
    </message>
    <message>
        <source>unknown verifyResult "%1"</source>
        <translation>未知核实结果 "%1"</translation>
    </message>
    <message>
        <source>unknown status "%1"</source>
        <translation>未知记录状态 "%1"</translation>
    </message>
    <message>
        <source>version must be a whole number</source>
        <translation>version 必须是整数</translation>
    </message>
    <message>
        <source>followUp is not an object</source>
        <translation>followUp 不是对象</translation>
    </message>
    <message>
        <source>history is not a list</source>
        <translation>history 不是列表</translation>
    </message>
    <message>
        <source>history[%1]: %2</source>
        <translation>history[%1]：%2</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>不是对象</translation>
    </message>
    <message>
        <source>%1 is not a time "yyyy-MM-dd HH:mm:ss"</source>
        <translation>%1 不是 "yyyy-MM-dd HH:mm:ss" 格式的时间</translation>
    </message>
    <message>
        <source>%1 is missing or not text</source>
        <translation>%1 缺失或不是文本</translation>
    </message>
    <message>
        <source>%1 is not text</source>
        <translation>%1 不是文本</translation>
    </message>
    <message>
        <source>%1 is not true or false</source>
        <translation>%1 不是 true 或 false</translation>
    </message>
    <message>
        <source>unknown action type "%1"</source>
        <translation>未知操作类型 "%1"</translation>
    </message>
    <message>
        <source>at is missing</source>
        <translation>缺少 at</translation>
    </message>
    <message>
        <source>payload is not an object</source>
        <translation>payload 不是对象</translation>
    </message>
    <message>
        <source>followUp.satisfaction must be a whole number from 1 to 5</source>
        <translation>followUp.satisfaction 必须是 1 到 5 之间的整数</translation>
    </message>
</context>
<context>
    <name>pingjia::HandlingRollup</name>
    <message>
        <source>updating the handling rollups</source>
        <translation>更新差评处置汇总表</translation>
    </message>
    <message>
        <source>reading the handling rollups</source>
        <translation>读取差评处置汇总表</translation>
    </message>
</context>
<context>
    <name>pingjia::HandlingState</name>
    <message>
        <source>Invalid (no text)</source>
        <translation>无效评价（无文字）</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>待核实</translation>
    </message>
    <message>
        <source>Invalid requested</source>
        <translation>无效申请待审批</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>属实</translation>
    </message>
    <message>
        <source>Not adopted</source>
        <translation>不予采纳</translation>
    </message>
    <message>
        <source>Rectifying</source>
        <translation>整改中</translation>
    </message>
    <message>
        <source>Rectified</source>
        <translation>整改完成</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>未核实</translation>
    </message>
    <message>
        <source>Mistaken</source>
        <translation>误评</translation>
    </message>
    <message>
        <source>Malicious</source>
        <translation>恶意差评</translation>
    </message>
    <message>
        <source>Verify as confirmed</source>
        <translation>核实属实</translation>
    </message>
    <message>
        <source>Request invalid</source>
        <translation>申请差评无效</translation>
    </message>
    <message>
        <source>Approve invalid request</source>
        <translation>批准差评无效申请</translation>
    </message>
    <message>
        <source>Reject invalid request</source>
        <translation>驳回差评无效申请</translation>
    </message>
    <message>
        <source>Plan rectification</source>
        <translation>制定整改措施</translation>
    </message>
    <message>
        <source>Complete rectification</source>
        <translation>完成整改</translation>
    </message>
    <message>
        <source>Follow-up visit</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Request delay</source>
        <translation>申请延期</translation>
    </message>
    <message>
        <source>Approve delay</source>
        <translation>批准延期</translation>
    </message>
    <message>
        <source>Reject delay</source>
        <translation>驳回延期</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新办理</translation>
    </message>
</context>
<context>
    <name>pingjia::HandlingStateMachine</name>
    <message>
        <source>The action has no id.</source>
        <translation>该操作没有编号。</translation>
    </message>
    <message>
        <source>The action has no actor.</source>
        <translation>该操作没有操作人。</translation>
    </message>
    <message>
        <source>The action has no valid time.</source>
        <translation>该操作没有有效时间。</translation>
    </message>
    <message>
        <source>%1 made this request and cannot also decide on it: a second person must approve or reject it.</source>
        <translation>本申请由 %1 提出，申请人不能审批本人的申请，须由另一人批准或驳回。</translation>
    </message>
    <message>
        <source>The history holds no valid invalid request to approve.</source>
        <translation>处置历史中没有可批准的有效差评无效申请。</translation>
    </message>
    <message>
        <source>The evaluation was withdrawn: its handling record accepts no actions.</source>
        <translation>该评价已撤销：其处置记录不接受任何操作。</translation>
    </message>
    <message>
        <source>A delay request is already pending.</source>
        <translation>已有待审批的延期申请。</translation>
    </message>
    <message>
        <source>There is no pending delay request.</source>
        <translation>没有待审批的延期申请。</translation>
    </message>
    <message>
        <source>"%1" is not allowed when the bad review is "%2".</source>
        <translation>差评处于“%2”状态，不能办理“%1”。</translation>
    </message>
    <message>
        <source>"%1" is required and must be non-empty text.</source>
        <translation>“%1”为必填项，且必须是非空文本。</translation>
    </message>
    <message>
        <source>"%1" must be text.</source>
        <translation>“%1”必须是文本。</translation>
    </message>
    <message>
        <source>"%1" must be one of: %2.</source>
        <translation>“%1”必须是以下之一：%2。</translation>
    </message>
    <message>
        <source>"%1" must be a time "yyyy-MM-dd HH:mm:ss".</source>
        <translation>“%1”必须是 "yyyy-MM-dd HH:mm:ss" 格式的时间。</translation>
    </message>
    <message>
        <source>"%1" must be a whole number from 1 to 5.</source>
        <translation>“%1”必须是 1 到 5 之间的整数。</translation>
    </message>
    <message>
        <source>"%1" must be true or false.</source>
        <translation>“%1”必须是 true 或 false。</translation>
    </message>
    <message>
        <source>"%1" must be later than the current deadline %2.</source>
        <translation>“%1”必须晚于当前时限 %2。</translation>
    </message>
    <message>
        <source>A dissatisfied or very dissatisfied evaluation without text is invalid: it accepts no actions.</source>
        <translation>“不满意”“非常不满意”评价未附文字说明的，为无效评价，不接受任何处置操作。</translation>
    </message>
</context>
<context>
    <name>pingjia::IndicatorQuery</name>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>No area, center, department or window with the code "%1" is in the cache; use a division code (620800), a center (C620802), a department's credit code or a window (W620802-007).</source>
        <translation>本地缓存中没有代码为“%1”的地区、中心、部门或窗口；请填写行政区划代码（620800）、中心代码（C620802）、部门统一社会信用代码或窗口代码（W620802-007）。</translation>
    </message>
    <message>
        <source>indicator figures</source>
        <translation>统计指标</translation>
    </message>
    <message>
        <source>handling figures</source>
        <translation>差评处置指标</translation>
    </message>
    <message>
        <source>evaluations by channel</source>
        <translation>分渠道评价数</translation>
    </message>
    <message>
        <source>open bad reviews</source>
        <translation>未办结差评</translation>
    </message>
    <message>
        <source>cases not yet evaluated</source>
        <translation>待评价办件</translation>
    </message>
    <message>
        <source>flagged evaluations</source>
        <translation>核查标记评价</translation>
    </message>
</context>
<context>
    <name>pingjia::IndicatorRollup</name>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>preparing the indicator rollups</source>
        <translation>准备指标汇总表</translation>
    </message>
    <message>
        <source>updating the indicator rollups</source>
        <translation>更新指标汇总表</translation>
    </message>
    <message>
        <source>reading the indicator rollups</source>
        <translation>读取指标汇总表</translation>
    </message>
</context>
<context>
    <name>pingjia::IntegrityFlagModel</name>
    <message>
        <source>Open</source>
        <translation>待核查</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>属实</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>已排除</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>评价编号</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Why it is flagged</source>
        <translation>疑点说明</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>核查结论</translation>
    </message>
</context>
<context>
    <name>pingjia::IntegrityPage</name>
    <message>
        <source>Review &amp;integrity</source>
        <translation>评价核查(&amp;I)</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <source>All rules</source>
        <translation>全部规则</translation>
    </message>
    <message>
        <source>Every item</source>
        <translation>全部疑点</translation>
    </message>
    <message>
        <source>Without verdict</source>
        <translation>未核查</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>已排除</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>属实</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>核查(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the flagged items</source>
        <translation>导出疑点清单</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Note on the verdict (what was checked)</source>
        <translation>核查说明（核实了什么）</translation>
    </message>
    <message>
        <source>C&amp;leared</source>
        <translation>排除(&amp;L)</translation>
    </message>
    <message>
        <source>C&amp;onfirmed</source>
        <translation>属实(&amp;O)</translation>
    </message>
    <message>
        <source>Write the month like 2026-09.</source>
        <translation>请按 2026-09 的格式填写月份。</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>正在核查%1…</translation>
    </message>
    <message>
        <source>The check could not run: %1</source>
        <translation>核查未能进行：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n flagged item(s).</source>
        <translation><numerusform>%1：疑点%n条。</numerusform></translation>
    </message>
    <message>
        <source>Select a flagged item first.</source>
        <translation>请先选择一条疑点。</translation>
    </message>
    <message>
        <source>Sign in to the platform first: a verdict records who gave it.</source>
        <translation>请先登录平台：核查结论须记录核查人。</translation>
    </message>
    <message>
        <source>The verdict was not stored: %1</source>
        <translation>核查结论未保存：%1</translation>
    </message>
    <message>
        <source>Verdict stored.</source>
        <translation>核查结论已保存。</translation>
    </message>
    <message>
        <source>Review integrity</source>
        <translation>评价核查</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) exported.</source>
        <translation><numerusform>已导出%n条。</numerusform></translation>
    </message>
</context>
<context>
    <name>pingjia::IntegrityText</name>
    <message>
        <source>Evaluator is staff of the center</source>
        <translation>评价人为本中心工作人员</translation>
    </message>
    <message>
        <source>One evaluator, many cases</source>
        <translation>同一评价人评价多件办件</translation>
    </message>
    <message>
        <source>Burst of top ratings on one window</source>
        <translation>同一窗口短时集中“非常满意”</translation>
    </message>
    <message>
        <source>Follow-up visit on a staff phone</source>
        <translation>回访号码为工作人员号码</translation>
    </message>
    <message>
        <source>Good rate at the ceiling, coverage low</source>
        <translation>好评率满格而覆盖率偏低</translation>
    </message>
    <message>
        <source>Evaluated before the case was finished</source>
        <translation>办结前即已评价</translation>
    </message>
    <message>
        <source>The evaluator's mobile number is the phone of a staff member of %1 (%2): staff may be rating their own colleagues.</source>
        <translation>评价人手机号与%1工作人员（%2）的电话相同，可能存在工作人员互评。</translation>
    </message>
    <message>
        <source>The same evaluator rated %1 different cases in the period.</source>
        <translation>同一评价人在本期评价了%1件不同办件。</translation>
    </message>
    <message>
        <source>%1 top ratings on window %2 between %3 and %4.</source>
        <translation>窗口%2在%3至%4间集中出现%1条“非常满意”评价。</translation>
    </message>
    <message>
        <source>The follow-up visit reached a phone of a staff member (%1), not the evaluator.</source>
        <translation>回访接通的是工作人员（%1）的电话，而非评价人。</translation>
    </message>
    <message>
        <source>Good rate %1 % with a coverage of only %2 % (%3 served cases): good reviews may be collected selectively.</source>
        <translation>好评率%1%，覆盖率仅%2%（办件%3件），可能存在选择性邀评。</translation>
    </message>
    <message>
        <source>Evaluated at %1, %2 minutes before the case was finished (%3).</source>
        <translation>评价时间为%1，早于办结时间（%3）%2分钟。</translation>
    </message>
</context>
<context>
    <name>pingjia::IntegrityVerdicts</name>
    <message>
        <source>A verdict needs the item, its month and who gives it.</source>
        <translation>核查结论须注明疑点、月份和核查人。</translation>
    </message>
</context>
<context>
    <name>pingjia::JsonFields::Reader</name>
    <message>
        <source>%1 is empty</source>
        <translation>%1 为空</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>缺少 %1</translation>
    </message>
    <message>
        <source>%1 is not text</source>
        <translation>%1 不是文本</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters (%3)</source>
        <translation>%1 超过 %2 个字符（%3）</translation>
    </message>
    <message>
        <source>%1 is not a time "yyyy-MM-dd HH:mm:ss"</source>
        <translation>%1 不是 "yyyy-MM-dd HH:mm:ss" 格式的时间</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 不是整数</translation>
    </message>
    <message>
        <source>%1 is not true or false</source>
        <translation>%1 不是 true 或 false</translation>
    </message>
    <message>
        <source>unknown %1 "%2"</source>
        <translation>未知的 %1 "%2"</translation>
    </message>
</context>
<context>
    <name>pingjia::KeyFigureCard</name>
    <message>
        <source>Previous: %1 · %2</source>
        <translation>上期：%1 · %2</translation>
    </message>
    <message>
        <source>As of now</source>
        <translation>截至目前</translation>
    </message>
</context>
<context>
    <name>pingjia::KeyFiguresModel</name>
    <message>
        <source>Number of evaluations</source>
        <translation>评价数</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>评价覆盖率</translation>
    </message>
    <message>
        <source>Satisfaction (incl. 7-day defaults)</source>
        <translation>满意度（含 7 日默认评价）</translation>
    </message>
    <message>
        <source>Bad rate</source>
        <translation>差评率</translation>
    </message>
    <message>
        <source>Open bad reviews</source>
        <translation>未办结差评</translation>
    </message>
    <message>
        <source>Overdue bad reviews</source>
        <translation>逾期差评</translation>
    </message>
    <message>
        <source>Cases awaiting evaluation</source>
        <translation>待评价办件</translation>
    </message>
    <message>
        <source>Valid bad reviews now unverified, awaiting a decision on invalidity, confirmed, in rectification or awaiting the follow-up visit</source>
        <translation>当前处于待核实、无效申请待审批、已确认属实、整改中或待回访状态的有效差评</translation>
    </message>
    <message>
        <source>Open bad reviews past their running deadline now (verification within 24 h, rectification by the effective deadline)</source>
        <translation>当前已超过办理时限的未办结差评（24 小时内核实；按有效整改期限整改）</translation>
    </message>
    <message>
        <source>%1 pp</source>
        <translation>%1 个百分点</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>本期</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>上期</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>升降</translation>
    </message>
    <message>
        <source>Served cases with no evaluation whose 7-day default has not come yet</source>
        <translation>已办结但尚未评价、距办结未满 7 日的办件（满 7 日仍未评价的，按“基本满意”计）</translation>
    </message>
</context>
<context>
    <name>pingjia::MainWindow</name>
    <message>
        <source>Government Service Review Supervision Console</source>
        <translation>政务服务好差评督办台</translation>
    </message>
    <message>
        <source>Service Reviews</source>
        <translation>好差评督办台</translation>
    </message>
    <message>
        <source>Supervision console</source>
        <translation>政务服务评价督办</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1（Ctrl+%2）</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Pingjia</source>
        <translation>关于督办台(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>Language set to %1. It takes effect when Pingjia restarts.</source>
        <translation>界面语言已设为%1，重新启动后生效。</translation>
    </message>
    <message>
        <source>About Pingjia</source>
        <translation>关于督办台</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>快捷键(&amp;K)</translation>
    </message>
</context>
<context>
    <name>pingjia::OptionalDateEdit</name>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
</context>
<context>
    <name>pingjia::Period</name>
    <message>
        <source>"%1" is not a range of days: both dates must exist and the second must not be earlier than the first.</source>
        <translation>“%1”不是有效的日期区间：两个日期须真实存在，且结束日期不得早于开始日期。</translation>
    </message>
    <message>
        <source>"%1" is not a period: use a month (2026-10), a quarter (2026-Q4), a year (2026) or a range of days (2026-10-01~2026-10-15).</source>
        <translation>“%1”不是有效的统计期：请填写月份（2026-10）、季度（2026-Q4）、年度（2026）或日期区间（2026-10-01~2026-10-15）。</translation>
    </message>
    <message>
        <source>%2/%1</source>
        <comment>month label: %1 year, %2 month (zh: 2026年10月)</comment>
        <translation>%1年%2月</translation>
    </message>
    <message>
        <source>Q%2 %1</source>
        <comment>quarter label: %1 year, %2 quarter 1-4 (zh: 2026年第4季度)</comment>
        <translation>%1年第%2季度</translation>
    </message>
    <message>
        <source>Year %1</source>
        <comment>year label (zh: 2026年)</comment>
        <translation>%1年</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>range of days</comment>
        <translation>%1 至 %2</translation>
    </message>
</context>
<context>
    <name>pingjia::PeriodPicker</name>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>自定义区间</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>统计期：</translation>
    </message>
    <message>
        <source>Previous period (Alt+Left)</source>
        <translation>上一期（Alt+←）</translation>
    </message>
    <message>
        <source>Kind of period (Alt+Up / Alt+Down)</source>
        <translation>统计期类型（Alt+↑ / Alt+↓）</translation>
    </message>
    <message>
        <source> (year)</source>
        <translation>年</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Next period (Alt+Right)</source>
        <translation>下一期（Alt+→）</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>%1月</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>第%1季度</translation>
    </message>
</context>
<context>
    <name>pingjia::PlanDialog</name>
    <message>
        <source>Rectification due by %1.</source>
        <translation>整改时限：%1。</translation>
    </message>
</context>
<context>
    <name>pingjia::PlatformErrorText</name>
    <message>
        <source>Someone changed this bad review on the platform before the action arrived. Nothing was overwritten: compare both versions and choose.</source>
        <translation>本操作送达前，已有人在平台上修改了这条差评。双方内容均未被覆盖，请对照两个版本后选择保留哪一个。</translation>
    </message>
    <message>
        <source>The platform does not allow this step in the bad review's current state. Sync to see its state, then choose a step that fits.</source>
        <translation>这条差评在平台上的当前状态不允许进行此项操作。请先同步查看其最新状态，再选择相应操作。</translation>
    </message>
    <message>
        <source>The person who made a request cannot also approve or reject it. Ask a second person to decide.</source>
        <translation>申请人不能审批本人提出的申请，请由另一名工作人员审批。</translation>
    </message>
    <message>
        <source>The platform found the action's details incomplete or wrong. Record the step again with every field filled in.</source>
        <translation>平台认为本次操作填写的内容不完整或有误，请补全各项内容后重新办理。</translation>
    </message>
    <message>
        <source>The platform no longer knows where the last sync stopped. That list is fetched again from the start; nothing stored is lost.</source>
        <translation>平台已无法从上次同步中断处继续，将从头重新获取该类数据；已保存的数据不会丢失。</translation>
    </message>
    <message>
        <source>The platform refused the page size the console asked for.</source>
        <translation>平台拒绝了本督办台请求的每页条数。</translation>
    </message>
    <message>
        <source>The platform does not have this record (or this address): it may be outside your scope or withdrawn.</source>
        <translation>平台上没有这条记录（或该地址不存在），可能不在您的权限范围内，或已被撤回。</translation>
    </message>
    <message>
        <source>The platform does not accept this kind of request at this address.</source>
        <translation>平台在该地址不受理此类请求。</translation>
    </message>
    <message>
        <source>The platform could not read the request.</source>
        <translation>平台无法识别本次请求。</translation>
    </message>
    <message>
        <source>Wrong user name or password. Check both and sign in again.</source>
        <translation>用户名或密码错误，请核对后重新登录。</translation>
    </message>
    <message>
        <source>The platform no longer accepts the stored sign-in. Sign in again with your password.</source>
        <translation>平台已不再认可保存的登录凭据，请输入密码重新登录。</translation>
    </message>
    <message>
        <source>The platform does not support this way of signing in.</source>
        <translation>平台不支持这种登录方式。</translation>
    </message>
    <message>
        <source>The platform wants a sign-in first. Sign in again.</source>
        <translation>平台要求先登录，请重新登录。</translation>
    </message>
    <message>
        <source>The platform did not accept the sign-in token. Sign in again.</source>
        <translation>平台未认可登录令牌，请重新登录。</translation>
    </message>
    <message>
        <source>The sign-in has expired. The console renews it by itself; if this stays, sign in again.</source>
        <translation>登录已过期。督办台会自动续期；如仍提示此信息，请重新登录。</translation>
    </message>
    <message>
        <source>The platform asked the console to slow down. It tries again by itself after the wait the platform named.</source>
        <translation>平台要求降低访问频率，督办台将按平台指定的时间间隔自动重试。</translation>
    </message>
    <message>
        <source>The platform had an internal error. The console tries again by itself; nothing recorded here is lost.</source>
        <translation>平台内部出错，督办台将自动重试；本机记录的内容不会丢失。</translation>
    </message>
    <message>
        <source>The platform refused the request.</source>
        <translation>平台拒绝了本次请求。</translation>
    </message>
    <message>
        <source>The platform said: %1</source>
        <translation>平台原文：%1</translation>
    </message>
    <message>
        <source>Platform error code: %1</source>
        <translation>平台错误代码：%1</translation>
    </message>
    <message>
        <source>The platform said: %1 (error code %2)</source>
        <translation>平台原文：%1（错误代码 %2）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>pingjia::ProblemCategory</name>
    <message>
        <source>Waiting time</source>
        <translation>等候时间</translation>
    </message>
    <message>
        <source>Service attitude</source>
        <translation>服务态度</translation>
    </message>
    <message>
        <source>Materials asked repeatedly</source>
        <translation>材料反复提交</translation>
    </message>
    <message>
        <source>System failure</source>
        <translation>系统故障</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>pingjia::ProgressMeasure</name>
    <message>
        <source>Open</source>
        <translation>未办结</translation>
    </message>
    <message>
        <source>In rectification</source>
        <translation>整改中</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>已延期</translation>
    </message>
    <message>
        <source>Rectified</source>
        <translation>整改完成</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>已回访</translation>
    </message>
</context>
<context>
    <name>pingjia::QueueActionController</name>
    <message>
        <source>Verify…</source>
        <translation>核实…</translation>
    </message>
    <message>
        <source>Confirm the bad review as true, with the evidence</source>
        <translation>核实差评属实，并附上证据</translation>
    </message>
    <message>
        <source>Request invalid…</source>
        <translation>申请差评无效…</translation>
    </message>
    <message>
        <source>Ask to declare it mistaken or malicious; a second person decides</source>
        <translation>申请认定为误评或恶意差评，由另一人审批</translation>
    </message>
    <message>
        <source>Review invalid request…</source>
        <translation>审批差评无效申请…</translation>
    </message>
    <message>
        <source>Approve or reject the request to declare it invalid</source>
        <translation>批准或驳回差评无效申请</translation>
    </message>
    <message>
        <source>Plan rectification…</source>
        <translation>制定整改措施…</translation>
    </message>
    <message>
        <source>Responsible department, person and measures</source>
        <translation>责任部门、责任人和整改措施</translation>
    </message>
    <message>
        <source>Complete…</source>
        <translation>完成整改…</translation>
    </message>
    <message>
        <source>Record what was changed: the rectification is finished</source>
        <translation>记录整改内容：整改完成</translation>
    </message>
    <message>
        <source>Request delay…</source>
        <translation>申请延期…</translation>
    </message>
    <message>
        <source>A later deadline, or cannot rectify; a second person decides</source>
        <translation>申请延长时限或无法整改，由另一人审批</translation>
    </message>
    <message>
        <source>Review delay request…</source>
        <translation>审批延期申请…</translation>
    </message>
    <message>
        <source>Approve (with the new deadline) or reject the delay request</source>
        <translation>批准（并给出新时限）或驳回延期申请</translation>
    </message>
    <message>
        <source>Follow-up visit…</source>
        <translation>回访…</translation>
    </message>
    <message>
        <source>The evaluator's satisfaction with the rectification</source>
        <translation>评价人对整改的满意度</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>重新办理…</translation>
    </message>
    <message>
        <source>Start a new rectification for a closed or not adopted bad review</source>
        <translation>对已办结或不予采纳的差评重新开始整改</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Assign selected to a department…</source>
        <translation>将所选差评交办部门…</translation>
    </message>
    <message>
        <source>A rectification plan for every selected confirmed bad review (B)</source>
        <translation>为每条所选的属实差评制定整改措施（B）</translation>
    </message>
    <message>
        <source>%1 is not possible for this bad review now.</source>
        <translation>该差评当前不能办理“%1”。</translation>
    </message>
    <message>
        <source>%1 was not recorded</source>
        <translation>未能办理“%1”</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Plans recorded for %1 of %n bad review(s).</source>
        <translation><numerusform>已为 %n 条差评中的 %1 条记录整改措施。</numerusform></translation>
    </message>
    <message>
        <source>Assignment to a department</source>
        <translation>交办部门</translation>
    </message>
    <message numerus="yes">
        <source>%n could not be planned:</source>
        <translation><numerusform>%n 条无法制定整改措施：</numerusform></translation>
    </message>
    <message>
        <source>Sign in first</source>
        <translation>请先登录</translation>
    </message>
    <message>
        <source>%1 recorded for %2.</source>
        <translation>已为 %2 记录“%1”。</translation>
    </message>
</context>
<context>
    <name>pingjia::QueueFilterBar</name>
    <message>
        <source>Search comments (Ctrl+F)</source>
        <translation>搜索评价内容（Ctrl+F）</translation>
    </message>
    <message>
        <source>Search comments</source>
        <translation>搜索评价内容</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Open (not yet closed)</source>
        <translation>未办结</translation>
    </message>
    <message>
        <source>Any deadline</source>
        <translation>全部时限</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <source>Due within 24 h</source>
        <translation>24 小时内到期</translation>
    </message>
    <message>
        <source>Levels 1–2</source>
        <translation>1–2 级</translation>
    </message>
    <message>
        <source>Valid and invalid</source>
        <translation>有效及无效评价</translation>
    </message>
    <message>
        <source>Valid only</source>
        <translation>仅有效评价</translation>
    </message>
    <message>
        <source>Invalid only (no text)</source>
        <translation>仅无效评价（无文字）</translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Show every bad review again</source>
        <translation>重新显示全部差评</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove these additional conditions</source>
        <translation>移除这些附加条件</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>部门：</translation>
    </message>
    <message>
        <source>Assessed from:</source>
        <translation>评价日期：</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>至</translation>
    </message>
    <message>
        <source>All centers</source>
        <translation>全部中心</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <source>requests awaiting the approval of %1</source>
        <translation>等待 %1 审批的申请</translation>
    </message>
    <message>
        <source>awaiting the follow-up visit</source>
        <translation>待回访</translation>
    </message>
    <message>
        <source>delayed</source>
        <translation>已延期</translation>
    </message>
    <message>
        <source>states: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n department(s)</source>
        <translation><numerusform>%n 个部门</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n center(s)</source>
        <translation><numerusform>%n 个中心</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n channel(s)</source>
        <translation><numerusform>%n 个渠道</numerusform></translation>
    </message>
    <message>
        <source>service items: %1</source>
        <translation>事项：%1</translation>
    </message>
    <message>
        <source>selected levels</source>
        <translation>所选等级</translation>
    </message>
    <message numerus="yes">
        <source>%n listed evaluation(s)</source>
        <translation><numerusform>%n 条指定评价</numerusform></translation>
    </message>
    <message>
        <source>Also filtered: %1</source>
        <translation>附加条件：%1</translation>
    </message>
    <message>
        <source>%1 — also filtered: %2</source>
        <translation>%1 — 附加条件：%2</translation>
    </message>
    <message>
        <source>Pending upload only</source>
        <translation>仅显示待上传</translation>
    </message>
    <message>
        <source>Only bad reviews with actions recorded here that the platform has not yet acknowledged</source>
        <translation>仅显示在本地记录了操作、但平台尚未确认的差评</translation>
    </message>
    <message>
        <source>search: %1</source>
        <translation>搜索：%1</translation>
    </message>
    <message>
        <source>evaluated %1 – %2</source>
        <translation>评价时间 %1 至 %2</translation>
    </message>
</context>
<context>
    <name>pingjia::QueuePage</name>
    <message>
        <source>Bad reviews</source>
        <translation>差评工单</translation>
    </message>
    <message>
        <source>The bad-review queue cannot open its data files.
%1</source>
        <translation>无法打开差评工单所需的数据文件。
%1</translation>
    </message>
    <message>
        <source>No bad review matches the filter.</source>
        <translation>没有符合筛选条件的差评。</translation>
    </message>
    <message>
        <source>%1 is no longer in the cache.</source>
        <translation>%1 已不在缓存中。</translation>
    </message>
    <message numerus="yes">
        <source>%n bad review(s) match.</source>
        <translation><numerusform>共 %n 条差评符合条件。</numerusform></translation>
    </message>
    <message>
        <source>No bad reviews in the cache yet. Sign in and sync on the Sync &amp; settings page; the queue works offline after that.</source>
        <translation>缓存中还没有差评。请在“同步与设置”页面登录并同步；此后断网也可办理工单。</translation>
    </message>
    <message>
        <source>Detail panel</source>
        <translation>详情面板</translation>
    </message>
    <message>
        <source>Show or hide the detail panel (F6)</source>
        <translation>显示或隐藏详情面板（F6）</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Print the queue…</source>
        <translation>打印工单…</translation>
    </message>
    <message>
        <source>The queue as shown (filter, columns, every row) with a print preview (Ctrl+P)</source>
        <translation>按当前筛选条件和列打印全部差评，打印前可预览（Ctrl+P）</translation>
    </message>
    <message>
        <source>Bad-review queue</source>
        <translation>差评工单</translation>
    </message>
    <message>
        <source>Print this bad review…</source>
        <translation>打印本条差评…</translation>
    </message>
    <message>
        <source>The full record of the selected bad review with its history, for a paper file</source>
        <translation>打印所选差评的完整记录及处置历史，供存档</translation>
    </message>
    <message>
        <source>Updating the queue…</source>
        <translation>正在更新工单…</translation>
    </message>
    <message>
        <source>Upload: %1.</source>
        <translation>上传状态：%1。</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出为 Excel…</translation>
    </message>
    <message>
        <source>The queue as shown (filter, columns, every row) as an Excel workbook (Ctrl+E)</source>
        <translation>按当前筛选条件和列，将全部差评导出为 Excel 工作簿（Ctrl+E）</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>导出为 CSV…</translation>
    </message>
    <message>
        <source>The queue as shown as CSV, UTF-8 (Ctrl+Shift+E)</source>
        <translation>按当前筛选条件和列，将全部差评导出为 CSV 文件（UTF-8 编码，Ctrl+Shift+E）</translation>
    </message>
    <message>
        <source>Bad-review queue %1</source>
        <translation>差评工单 %1</translation>
    </message>
    <message>
        <source>Export the bad-review queue</source>
        <translation>导出差评工单</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n bad review(s) to %1.</source>
        <translation><numerusform>已将 %n 条差评导出至 %1。</numerusform></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Exporting the bad-review queue to %1…</source>
        <translation>正在将差评工单导出到 %1…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>已取消导出，未写入任何文件。</translation>
    </message>
    <message>
        <source>Preparing the bad-review queue for printing…</source>
        <translation>正在准备打印差评工单…</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>打印失败</translation>
    </message>
    <message>
        <source>Print the queue</source>
        <translation>打印差评工单</translation>
    </message>
    <message numerus="yes">
        <source>Print all %n bad review(s) of this view?</source>
        <translation><numerusform>是否打印当前视图中的全部 %n 条差评？</numerusform></translation>
    </message>
    <message>
        <source>The print preview lays out every page while the window waits: for %1 rows that can take minutes. Narrow the view first with the filter (a state, a department, a period), or export it to Excel instead.</source>
        <translation>打印预览需先排好每一页，期间窗口无法操作：%1 条记录可能需要数分钟。请先用筛选条件（状态、部门、时间段）缩小范围，或改为导出 Excel。</translation>
    </message>
    <message>
        <source>Narrow the view</source>
        <translation>缩小范围</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>全部打印</translation>
    </message>
</context>
<context>
    <name>pingjia::QueueViewJob</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>pingjia::QueueWorkspace</name>
    <message>
        <source>The cache file is not open.</source>
        <translation>缓存文件未打开。</translation>
    </message>
    <message>
        <source>The local-work file is not open.</source>
        <translation>本地工作文件未打开。</translation>
    </message>
    <message>
        <source>No keychain is available on this computer, so evaluator data cannot be decrypted here.</source>
        <translation>本机没有可用的钥匙串，因此无法在此解密评价人信息。</translation>
    </message>
    <message>
        <source>not a JSON array</source>
        <translation>不是 JSON 数组</translation>
    </message>
    <message>
        <source>The saved common-problem rules are unreadable (%1); the defaults are used until you save new ones.</source>
        <translation>已保存的共性问题规则无法读取（%1）；在保存新规则之前使用默认规则。</translation>
    </message>
    <message>
        <source>Nobody is signed in. Actions and reveals are recorded under the name of the platform user who takes them, so sign in first (Sync &amp; settings → Sign in); after one sign-in the console also works offline.</source>
        <translation>当前未登录。处置操作和查看评价人信息均以操作人的平台账号记录，请先登录（同步与设置 → 登录）；登录一次后，断网时也可继续办理。</translation>
    </message>
</context>
<context>
    <name>pingjia::Ranking</name>
    <message>
        <source>Ranking setting "%1" must be a number from %2 to %3.</source>
        <translation>排名设置“%1”须为 %2 至 %3 之间的数值。</translation>
    </message>
    <message>
        <source>Ranking setting "%1" must be a whole number.</source>
        <translation>排名设置“%1”须为整数。</translation>
    </message>
    <message>
        <source>%1 valid evaluations (minimum sample %2)</source>
        <translation>有效评价 %1 条（不足最低样本量 %2 条，不参与排名）</translation>
    </message>
</context>
<context>
    <name>pingjia::RankingModel</name>
    <message>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>升降</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Repeatedly last</source>
        <translation>连续排名靠后</translation>
    </message>
    <message>
        <source>Competition ranking on the score (1, 2, 2, 4); empty for a unit below the minimum sample of valid evaluations</source>
        <translation>按综合得分并列排名（1、2、2、4）；有效评价数低于最少样本量的单位不排名</translation>
    </message>
    <message>
        <source>Rank in the previous period of the same kind minus this rank (↑ moved up)</source>
        <translation>上一同类统计期名次减本期名次（↑ 表示上升）</translation>
    </message>
    <message>
        <source>In the bottom K of the ranked units for M consecutive periods of the same kind (settings)</source>
        <translation>连续 M 个同类统计期位于参与排名单位的末 K 名（K、M 见设置）</translation>
    </message>
    <message>
        <source>rank %1 of %2</source>
        <translation>第%1名/共%2个</translation>
    </message>
    <message>
        <source>not ranked</source>
        <translation>未排名</translation>
    </message>
    <message>
        <source> (bottom)</source>
        <translation>（末位）</translation>
    </message>
    <message>
        <source>Ranked last repeatedly:</source>
        <translation>连续排名靠后：</translation>
    </message>
    <message>
        <source>Recent periods:</source>
        <translation>近期名次：</translation>
    </message>
    <message>
        <source>⚑ Repeatedly last</source>
        <translation>⚑ 连续排名靠后</translation>
    </message>
    <message>
        <source>Flagged evaluations</source>
        <translation>核查标记评价数</translation>
    </message>
    <message>
        <source>Evaluations of the period that a review-integrity rule flagged (评价核查), each counted once; a flag a supervisor cleared does not count</source>
        <translation>本期被评价核查规则标记的评价条数（同一条评价只计一次；经核查已排除的标记不计入）</translation>
    </message>
</context>
<context>
    <name>pingjia::RankingsPage</name>
    <message>
        <source>Area ranking</source>
        <translation>地区排名</translation>
    </message>
    <message>
        <source>Center ranking</source>
        <translation>中心排名</translation>
    </message>
    <message>
        <source>Department ranking</source>
        <translation>部门排名</translation>
    </message>
    <message>
        <source>Window ranking</source>
        <translation>窗口排名</translation>
    </message>
    <message>
        <source>Staff ranking</source>
        <translation>工作人员排名</translation>
    </message>
    <message>
        <source>%1 (Alt+%2)</source>
        <translation>%1（Alt+%2）</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>The table as CSV, UTF-8 (Ctrl+Shift+E)</source>
        <translation>将表格导出为 UTF-8 编码的 CSV（Ctrl+Shift+E）</translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <source>The table as XLSX with each column's formula (Ctrl+E)</source>
        <translation>将表格导出为 XLSX，附各列计算公式（Ctrl+E）</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Print preview of the table (Ctrl+P)</source>
        <translation>表格打印预览（Ctrl+P）</translation>
    </message>
    <message>
        <source>The cache is not open: rankings cannot be computed.</source>
        <translation>本地缓存未打开，无法计算排名。</translation>
    </message>
    <message>
        <source>%1 · %2 (rankings)</source>
        <translation>%1 · %2（排名）</translation>
    </message>
    <message>
        <source>Bad reviews</source>
        <translation>差评工单</translation>
    </message>
    <message>
        <source>Export ranking</source>
        <translation>导出排名</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Without flagged evaluations</source>
        <translation>剔除核查标记评价</translation>
    </message>
    <message>
        <source>Rank without the evaluations the review-integrity rules flagged (评价核查): they leave the evaluation counts, the levels and the rates and score made of them; cases, coverage, defaults and handling stay.</source>
        <translation>剔除评价核查规则标记的评价后再排名：这些评价不计入评价数、各等级评价数及由此计算的各项比率和得分；办件数、覆盖率、默认评价和差评处置指标不变。</translation>
    </message>
    <message>
        <source>without flagged evaluations</source>
        <translation>已剔除核查标记评价</translation>
    </message>
    <message>
        <source>Satisfaction includes the default evaluations (a case not evaluated within 7 days counts as level 3). Units with fewer than %1 valid evaluations are greyed and not ranked. ⚑ = in the bottom %2 for %3 consecutive periods. Hover a column header for its formula.</source>
        <translation>满意度含默认评价（办结后 7 日内未评价的，按“基本满意”计）。有效评价少于 %1 条的单位以灰色显示，不参与排名。⚑ 表示连续 %3 期位于末 %2 名。鼠标悬停列标题可查看计算公式。</translation>
    </message>
    <message>
        <source>%1: %2 units, %3 ranked, %4 repeatedly last, %5 evaluations flagged by the review-integrity rules. Enter or double-click opens the unit's bad reviews of the period.</source>
        <translation>%1：共 %2 个单位，%3 个参与排名，%4 个连续排名靠后，%5 条评价被评价核查规则标记。按回车键或双击可打开该单位本期的差评工单。</translation>
    </message>
</context>
<context>
    <name>pingjia::RecordReaders</name>
    <message>
        <source>a text longer than %1 characters was cut</source>
        <translation>超过 %1 个字符的文本已被截断</translation>
    </message>
    <message>
        <source>unknown level "%1"</source>
        <translation>未知层级 "%1"</translation>
    </message>
    <message>
        <source>unknown kind "%1"</source>
        <translation>未知类型 "%1"</translation>
    </message>
    <message>
        <source>unknown proStatus %1</source>
        <translation>未知办件状态 %1</translation>
    </message>
    <message>
        <source>unknown satisfaction code "%1" for the %2 code set</source>
        <translation>%2 代码集中没有满意度代码 "%1"</translation>
    </message>
    <message>
        <source>assessNumber %1 is out of range</source>
        <translation>assessNumber %1 超出范围</translation>
    </message>
    <message>
        <source>userProp %1 is out of range</source>
        <translation>userProp %1 超出范围</translation>
    </message>
    <message>
        <source>unknown channel code "%1"; kept</source>
        <translation>未知渠道代码 "%1"，已保留</translation>
    </message>
    <message>
        <source>updatedAt is missing</source>
        <translation>缺少 updatedAt</translation>
    </message>
</context>
<context>
    <name>pingjia::RectificationPage</name>
    <message>
        <source>Where every bad review stands, from verification to the follow-up visit. Double-click a number (or select it and press Enter) to list its bad reviews in the queue.</source>
        <translation>每条差评从核实到回访的办理进度。双击数字（或选中后按回车）可在差评工单中列出对应差评。</translation>
    </message>
    <message>
        <source>The rectification tracker cannot open its data files.
%1</source>
        <translation>无法打开整改跟踪所需的数据文件。
%1</translation>
    </message>
    <message>
        <source>By department</source>
        <translation>按部门</translation>
    </message>
    <message>
        <source>By center</source>
        <translation>按中心</translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>办理进度(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Common problems</source>
        <translation>共性问题(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Double zero</source>
        <translation>双归零(&amp;D)</translation>
    </message>
    <message>
        <source>Rectification progress per unit</source>
        <translation>各单位整改进度</translation>
    </message>
    <message>
        <source>Open bad reviews by age (days since the evaluation)</source>
        <translation>未办结差评时长分布（自评价之日起计算天数）</translation>
    </message>
    <message>
        <source>Ageing of open bad reviews</source>
        <translation>未办结差评时长分布</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>按类别</translation>
    </message>
    <message>
        <source>By service item</source>
        <translation>按事项</translation>
    </message>
    <message>
        <source>&amp;Edit categories…</source>
        <translation>编辑类别(&amp;E)…</translation>
    </message>
    <message>
        <source>Common problems per month</source>
        <translation>每月共性问题</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>分组(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>起始月份(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>截止月份(&amp;T)：</translation>
    </message>
    <message>
        <source>A problem recurs when %1 or more adopted bad reviews share it in one month; recurring numbers are marked.</source>
        <translation>同一个月内有 %1 条及以上被采纳的差评属于同一问题时，视为反复出现的问题，相应数字会被标出。</translation>
    </message>
    <message>
        <source>Double zero is reached when a unit has no open bad review and no recurring common problem in the month.</source>
        <translation>单位在当月既无未办结差评、也无反复出现的共性问题时，即实现“双归零”。</translation>
    </message>
    <message>
        <source>Double zero per unit</source>
        <translation>各单位双归零情况</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <source>No unit has bad reviews up to this month.</source>
        <translation>截至本月，各单位均无差评。</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n unit(s) reached double zero.</source>
        <translation><numerusform>%n 个单位中有 %1 个实现双归零。</numerusform></translation>
    </message>
    <message>
        <source>open, %1</source>
        <translation>未办结，%1</translation>
    </message>
    <message>
        <source>Tracker: %1</source>
        <translation>整改跟踪：%1</translation>
    </message>
    <message>
        <source>Tracker: %1 · %2</source>
        <translation>整改跟踪：%1 · %2</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
</context>
<context>
    <name>pingjia::RectificationPlanForm</name>
    <message>
        <source>Name of the person responsible</source>
        <translation>责任人姓名</translation>
    </message>
    <message>
        <source>What will be done, and by when</source>
        <translation>将采取的措施及完成时间</translation>
    </message>
    <message>
        <source>Responsible &amp;department:</source>
        <translation>责任部门(&amp;D)：</translation>
    </message>
    <message>
        <source>Responsible &amp;person:</source>
        <translation>责任人(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Measures:</source>
        <translation>整改措施(&amp;M)：</translation>
    </message>
    <message>
        <source>Choose the responsible department from the list.</source>
        <translation>请从列表中选择责任部门。</translation>
    </message>
    <message>
        <source>Name the responsible person.</source>
        <translation>请填写责任人。</translation>
    </message>
    <message>
        <source>Describe the rectification measures.</source>
        <translation>请填写整改措施。</translation>
    </message>
</context>
<context>
    <name>pingjia::RectificationStatsModel</name>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>(no unit)</source>
        <translation>（无单位）</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Center</source>
        <translation>中心</translation>
    </message>
</context>
<context>
    <name>pingjia::RefusedActionModel</name>
    <message>
        <source>Evaluation</source>
        <translation>评价编号</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Platform's own words</source>
        <translation>平台原文</translation>
    </message>
</context>
<context>
    <name>pingjia::RequestDelayDialog</name>
    <message>
        <source>Current rectification deadline: %1.</source>
        <translation>当前整改时限：%1。</translation>
    </message>
    <message>
        <source>Why the rectification cannot finish in time</source>
        <translation>整改无法按时完成的原因</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Proposed deadline (end of day):</source>
        <translation>申请延至（当日 24 时）(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Cannot rectify (the problem cannot be fixed here)</source>
        <translation>无法整改（该问题无法在本级解决）(&amp;C)</translation>
    </message>
    <message>
        <source>Give the reason for the delay.</source>
        <translation>请填写延期理由。</translation>
    </message>
    <message>
        <source>The proposed deadline must be after the current one (%1).</source>
        <translation>申请延至的日期必须晚于当前时限（%1）。</translation>
    </message>
</context>
<context>
    <name>pingjia::RequestInvalidDialog</name>
    <message>
        <source>A second person must approve this request before the bad review is not adopted.</source>
        <translation>须经另一人批准，该差评方可不予采纳。</translation>
    </message>
    <message>
        <source>&amp;Mistaken (the evaluator chose the wrong level)</source>
        <translation>误评（评价人选错了等级）(&amp;M)</translation>
    </message>
    <message>
        <source>M&amp;alicious (not about the service)</source>
        <translation>恶意差评（与服务无关）(&amp;A)</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>认定结果：</translation>
    </message>
    <message>
        <source>e.g. the evaluator confirmed by phone that they meant "very satisfied"</source>
        <translation>例如：评价人电话确认本意是“非常满意”</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>依据(&amp;E)：</translation>
    </message>
    <message>
        <source>Choose mistaken or malicious.</source>
        <translation>请选择误评或恶意差评。</translation>
    </message>
    <message>
        <source>Give the evidence for the request.</source>
        <translation>请填写申请依据。</translation>
    </message>
</context>
<context>
    <name>pingjia::RevealReasonDialog</name>
    <message>
        <source>Reveal evaluator data · %1</source>
        <translation>查看评价人信息 · %1</translation>
    </message>
    <message>
        <source>The evaluator's name, mobile number and ID number are protected. Say why you need them: your name, the time and the reason are recorded.</source>
        <translation>评价人的姓名、手机号和证件号码受保护。请说明查看理由：您的姓名、查看时间和理由都会被记录。</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <source>Verification call to the evaluator</source>
        <translation>电话联系评价人核实</translation>
    </message>
    <message>
        <source>Follow-up visit after rectification</source>
        <translation>整改后回访</translation>
    </message>
    <message>
        <source>Other (explain below)</source>
        <translation>其他（请在下方说明）</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>用途(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>详情(&amp;D)：</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>pingjia::ReviewDecision</name>
    <message>
        <source>Decision:</source>
        <translation>审批意见：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Required: why it is rejected</source>
        <translation>必填：驳回理由</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>Choose approve or reject.</source>
        <translation>请选择批准或驳回。</translation>
    </message>
    <message>
        <source>Say why the request is rejected.</source>
        <translation>请说明驳回理由。</translation>
    </message>
</context>
<context>
    <name>pingjia::ReviewDelayDialog</name>
    <message>
        <source>Review delay request · %1</source>
        <translation>审批延期申请 · %1</translation>
    </message>
    <message>
        <source>Current deadline: %1.</source>
        <translation>当前时限：%1。</translation>
    </message>
    <message>
        <source>%1 reported on %2 that this cannot be rectified and proposes %3.</source>
        <translation>%1 于 %2 报告该问题无法整改，并提出时限 %3。</translation>
    </message>
    <message>
        <source>%1 asked on %2 for a delay until %3.</source>
        <translation>%1 于 %2 申请延期至 %3。</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>理由：%1</translation>
    </message>
    <message>
        <source>You made this request: a second person must decide on it.</source>
        <translation>此申请由您提出：须由另一人审批。</translation>
    </message>
    <message>
        <source>&amp;Approve the delay</source>
        <translation>批准延期(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reject the delay</source>
        <translation>驳回延期(&amp;R)</translation>
    </message>
    <message>
        <source>New &amp;deadline (end of day):</source>
        <translation>新时限（当日 24 时）(&amp;D)：</translation>
    </message>
    <message>
        <source>The new deadline must be after the current one (%1).</source>
        <translation>新时限必须晚于当前时限（%1）。</translation>
    </message>
</context>
<context>
    <name>pingjia::ReviewInvalidDialog</name>
    <message>
        <source>Review invalid request · %1</source>
        <translation>审批差评无效申请 · %1</translation>
    </message>
    <message>
        <source>%1 asked on %2 to declare this bad review %3.
Evidence: %4</source>
        <translation>%1 于 %2 申请将该差评认定为%3。
依据：%4</translation>
    </message>
    <message>
        <source>You made this request: a second person must decide on it.</source>
        <translation>此申请由您提出：须由另一人审批。</translation>
    </message>
    <message>
        <source>&amp;Approve: not adopted</source>
        <translation>批准：不予采纳(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reject: the bad review stands as confirmed</source>
        <translation>驳回：差评认定属实(&amp;R)</translation>
    </message>
</context>
<context>
    <name>pingjia::SavedView</name>
    <message>
        <source>Unverified</source>
        <translation>待核实</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Awaiting my approval</source>
        <translation>待我审批</translation>
    </message>
    <message>
        <source>Awaiting follow-up visit</source>
        <translation>待回访</translation>
    </message>
</context>
<context>
    <name>pingjia::SavedViewBar</name>
    <message>
        <source>All bad reviews</source>
        <translation>全部差评</translation>
    </message>
    <message>
        <source>Every bad review in the cache (Alt+0)</source>
        <translation>缓存中的全部差评（Alt+0）</translation>
    </message>
    <message>
        <source>%1 (Alt+%2)</source>
        <translation>%1（Alt+%2）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>pingjia::ScopePicker</name>
    <message>
        <source>&amp;Scope:</source>
        <translation>范围(&amp;S)：</translation>
    </message>
    <message>
        <source>Rank within everything synced, an area or a center</source>
        <translation>在全部范围、某一地区或某一政务服务中心内排名</translation>
    </message>
    <message>
        <source>Everything synced</source>
        <translation>全部已同步范围</translation>
    </message>
</context>
<context>
    <name>pingjia::SecretStore</name>
    <message>
        <source>No system keychain is available (%1)</source>
        <translation>没有可用的系统钥匙串（%1）</translation>
    </message>
    <message>
        <source>No secret stored for %1</source>
        <translation>未保存 %1 的密钥</translation>
    </message>
</context>
<context>
    <name>pingjia::SettingsPage</name>
    <message>
        <source>Platform sync</source>
        <translation>平台同步</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>界面语言：</translation>
    </message>
    <message>
        <source>A new language takes effect when Pingjia restarts.</source>
        <translation>更改语言后需重新启动本程序才能生效。</translation>
    </message>
    <message>
        <source>Home folder:</source>
        <translation>主目录：</translation>
    </message>
    <message>
        <source>Settings, the local cache, the local-work file and the logs of this user are all kept in this folder.</source>
        <translation>该用户的设置、本地缓存、本地工作文件和日志都保存在此文件夹中。</translation>
    </message>
</context>
<context>
    <name>pingjia::ShortcutOverview</name>
    <message>
        <source>Everywhere</source>
        <translation>全局</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Bad-review queue</source>
        <translation>差评工单</translation>
    </message>
    <message>
        <source>Rectification tracker</source>
        <translation>整改跟踪</translation>
    </message>
    <message>
        <source>Rankings</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Monthly bulletins</source>
        <translation>月度通报</translation>
    </message>
    <message>
        <source>Sync &amp; settings</source>
        <translation>同步与设置</translation>
    </message>
    <message>
        <source>This overview of shortcuts</source>
        <translation>打开本快捷键一览</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Search the comments</source>
        <translation>搜索评价内容</translation>
    </message>
    <message>
        <source>All bad reviews</source>
        <translation>全部差评</translation>
    </message>
    <message>
        <source>Saved view 1: unverified</source>
        <translation>常用视图 1：待核实</translation>
    </message>
    <message>
        <source>Saved view 2: due today</source>
        <translation>常用视图 2：今日到期</translation>
    </message>
    <message>
        <source>Saved view 3: overdue</source>
        <translation>常用视图 3：已逾期</translation>
    </message>
    <message>
        <source>Saved view 4: awaiting my approval</source>
        <translation>常用视图 4：待我审批</translation>
    </message>
    <message>
        <source>Saved view 5: awaiting the follow-up visit</source>
        <translation>常用视图 5：待回访</translation>
    </message>
    <message>
        <source>Open the detail of the row (Esc: back to the table)</source>
        <translation>打开所选差评的详情（Esc 返回列表）</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>核实</translation>
    </message>
    <message>
        <source>Request invalid</source>
        <translation>申请差评无效</translation>
    </message>
    <message>
        <source>Review a pending request</source>
        <translation>审批差评无效或延期申请</translation>
    </message>
    <message>
        <source>Plan rectification</source>
        <translation>制定整改措施</translation>
    </message>
    <message>
        <source>Complete the rectification</source>
        <translation>完成整改</translation>
    </message>
    <message>
        <source>Request a delay, or report that it cannot be rectified</source>
        <translation>申请延期，或报告无法整改</translation>
    </message>
    <message>
        <source>Follow-up visit</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新办理</translation>
    </message>
    <message>
        <source>Assign the selected rows to a department</source>
        <translation>将所选差评交办部门</translation>
    </message>
    <message>
        <source>Reveal the evaluator's data (a reason is asked and logged)</source>
        <translation>查看评价人信息（须说明理由并登记）</translation>
    </message>
    <message>
        <source>Show or hide the detail panel</source>
        <translation>显示或隐藏详情面板</translation>
    </message>
    <message>
        <source>Print the queue as shown</source>
        <translation>打印当前视图中的差评工单</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Dialogs</source>
        <translation>对话框</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Cancel the sync</source>
        <translation>取消同步</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>功能</translation>
    </message>
    <message>
        <source>Export the queue as shown to Excel</source>
        <translation>将当前视图中的差评工单导出为 Excel</translation>
    </message>
    <message>
        <source>Export the queue as shown as CSV</source>
        <translation>将当前视图中的差评工单导出为 CSV</translation>
    </message>
</context>
<context>
    <name>pingjia::SignInDialog</name>
    <message>
        <source>Sign in to the platform</source>
        <translation>登录平台</translation>
    </message>
    <message>
        <source>optional: the platform's own CA certificate (PEM)</source>
        <translation>可选：平台自有的 CA 证书（PEM）</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Platform &amp;address:</source>
        <translation>平台地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Pinned &amp;CA file:</source>
        <translation>指定 CA 文件(&amp;C)：</translation>
    </message>
    <message>
        <source>The password and the platform's refresh token are kept in the system keychain only, never in a file.</source>
        <translation>密码和平台刷新令牌只保存在系统钥匙串中，从不写入文件。</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>The platform cannot be reached.</source>
        <translation>无法连接平台。</translation>
    </message>
    <message>
        <source>The platform's certificate is not trusted.</source>
        <translation>平台证书不受信任。</translation>
    </message>
    <message>
        <source>No system keychain is available.</source>
        <translation>没有可用的系统钥匙串。</translation>
    </message>
    <message>
        <source>The sign-in failed.</source>
        <translation>登录失败。</translation>
    </message>
    <message>
        <source>Give the platform's address, starting with https:// (or http://).</source>
        <translation>请填写平台地址，以 https://（或 http://）开头。</translation>
    </message>
    <message>
        <source>Give the user name and the password.</source>
        <translation>请填写用户名和密码。</translation>
    </message>
    <message>
        <source>Cannot read the CA file %1.</source>
        <translation>无法读取 CA 文件 %1。</translation>
    </message>
    <message>
        <source>A sync is running. Wait for it or cancel it, then sign in.</source>
        <translation>正在同步。请等待同步完成或取消同步后再登录。</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>正在登录 %1…</translation>
    </message>
    <message>
        <source>The platform's CA certificate</source>
        <translation>平台的 CA 证书</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>pingjia::SimLauncher</name>
    <message>
        <source>cannot start %1: %2</source>
        <translation>无法启动 %1：%2</translation>
    </message>
    <message>
        <source>%1 exited (code %2) before listening</source>
        <translation>%1 在开始监听前已退出（退出码 %2）</translation>
    </message>
    <message>
        <source>unexpected first line from %1: %2</source>
        <translation>%1 输出的首行不符合预期：%2</translation>
    </message>
    <message>
        <source>%1 did not start listening within %2 ms</source>
        <translation>%1 未在 %2 毫秒内开始监听</translation>
    </message>
</context>
<context>
    <name>pingjia::SkippedRecordModel</name>
    <message>
        <source>List</source>
        <translation>数据类别</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
</context>
<context>
    <name>pingjia::SyncPanel</name>
    <message>
        <source>Sign &amp;in…</source>
        <translation>登录(&amp;I)…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>Sync now (F5)</source>
        <translation>立即同步（F5）</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>取消（Esc）</translation>
    </message>
    <message>
        <source>The platform needs the password again: %1</source>
        <translation>平台要求重新输入密码：%1</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Keep the platform's version</source>
        <translation>保留平台版本</translation>
    </message>
    <message>
        <source>Apply mine again</source>
        <translation>重新应用我的操作</translation>
    </message>
    <message>
        <source>Someone changed these records on the platform before your action arrived. Nothing was overwritten: choose which version stays.</source>
        <translation>您的操作送达之前，已有人在平台上修改了这些记录。双方内容均未被覆盖，请选择保留哪个版本。</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Refused by the platform</source>
        <translation>被平台拒绝</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>已以 %2 身份登录 %1。</translation>
    </message>
    <message>
        <source>Not signed in. Sign in to the provincial platform to sync; the console works from the local cache meanwhile.</source>
        <translation>尚未登录。登录省级平台后即可同步；在此之前督办台使用本地缓存。</translation>
    </message>
    <message>
        <source>No usable system keychain (%1): passwords cannot be kept and evaluator data is cached masked.</source>
        <translation>没有可用的系统钥匙串（%1）：无法保存密码，评价人信息以脱敏形式缓存。</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>Last sync %1: %2</source>
        <translation>上次同步 %1：%2</translation>
    </message>
    <message>
        <source>Stopped; everything received so far is kept.</source>
        <translation>已停止；已收到的数据全部保留。</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) waiting for upload</source>
        <translation><numerusform>%n 条操作待上传</numerusform></translation>
    </message>
    <message numerus="yes">
        <source> · %n conflict(s) to decide</source>
        <translation><numerusform> · %n 个冲突待处理</numerusform></translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>冲突（%1）</translation>
    </message>
    <message>
        <source>Refused by the platform (%1)</source>
        <translation>被平台拒绝（%1）</translation>
    </message>
    <message>
        <source>Conflict not resolved</source>
        <translation>冲突未解决</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>立即重试(&amp;R)</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>未登录。</translation>
    </message>
    <message>
        <source>Connected to the platform.</source>
        <translation>已连接平台。</translation>
    </message>
    <message>
        <source>Contacting the platform…</source>
        <translation>正在连接平台…</translation>
    </message>
    <message>
        <source>Cannot reach the platform.</source>
        <translation>无法连接平台。</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>最近一次错误：%1</translation>
    </message>
    <message>
        <source>Next attempt by itself in about %1.</source>
        <translation>约 %1 后自动重试。</translation>
    </message>
    <message>
        <source>No attempt is scheduled: use Retry now.</source>
        <translation>未安排自动重试，请点击“立即重试”。</translation>
    </message>
    <message>
        <source>Stopped at %p%</source>
        <translation>已停止（完成 %p%）</translation>
    </message>
    <message>
        <source>No action is waiting for upload.</source>
        <translation>没有待上传的操作。</translation>
    </message>
    <message>
        <source>Sign in first: the resolution is recorded under the name of the platform user signed in.</source>
        <translation>请先登录：冲突处理结果以当前登录的平台账号记录。</translation>
    </message>
</context>
<context>
    <name>pingjia::SyncStatusProgress</name>
    <message>
        <source>Syncing %p%</source>
        <translation>正在同步 %p%</translation>
    </message>
</context>
<context>
    <name>pingjia::TextActionDialog</name>
    <message>
        <source>What was changed:</source>
        <translation>整改内容：</translation>
    </message>
    <message>
        <source>e.g. added a guide at the entrance; queue times now posted</source>
        <translation>例如：在入口增设引导员；公示排队时间</translation>
    </message>
    <message>
        <source>Describe what was changed.</source>
        <translation>请填写整改内容。</translation>
    </message>
    <message>
        <source>Reason for reopening:</source>
        <translation>重新办理的理由：</translation>
    </message>
    <message>
        <source>e.g. the evaluator reports the problem again</source>
        <translation>例如：评价人再次反映该问题</translation>
    </message>
    <message>
        <source>Give the reason for reopening.</source>
        <translation>请填写重新办理的理由。</translation>
    </message>
    <message>
        <source>Evidence (what was checked):</source>
        <translation>核实依据（核查情况）：</translation>
    </message>
    <message>
        <source>e.g. surveillance video reviewed, the complaint is true</source>
        <translation>例如：已调阅监控录像，投诉情况属实</translation>
    </message>
    <message>
        <source>Describe the evidence that confirms the bad review.</source>
        <translation>请填写核实依据。</translation>
    </message>
</context>
<context>
    <name>pingjia::UnitDirectory</name>
    <message>
        <source>reading the org units</source>
        <translation>读取机构</translation>
    </message>
    <message>
        <source>reading the staff</source>
        <translation>读取工作人员</translation>
    </message>
    <message>
        <source>everything in the cache</source>
        <translation>本地缓存中的全部数据</translation>
    </message>
</context>
<context>
    <name>pingjia::UnitLevel</name>
    <message>
        <source>Area</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Center</source>
        <translation>中心</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
</context>
<context>
    <name>pingjia::WorkingCalendar</name>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>expected DATE&lt;TAB&gt;off|work, got "%1"</source>
        <translation>应为 日期&lt;TAB&gt;off|work，实际为 "%1"</translation>
    </message>
    <message>
        <source>"%1" is not a date yyyy-MM-dd</source>
        <translation>"%1" 不是 yyyy-MM-dd 格式的日期</translation>
    </message>
    <message>
        <source>"%1" is neither off nor work</source>
        <translation>"%1" 既不是 off 也不是 work</translation>
    </message>
    <message>
        <source>%1 is a weekday, it cannot be an extra working day</source>
        <translation>%1 是工作日，不能再列为调休上班日</translation>
    </message>
    <message>
        <source>%1 is listed both as off and as work</source>
        <translation>%1 同时被列为休息日和上班日</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The holiday calendar does not cover %1: working days in %1 are counted with weekends only, so this deadline is an estimate. Add the State Council holiday notice for %1 to calendar.tsv.</source>
        <translation>节假日日历未覆盖 %1 年：%1 年的工作日仅扣除周末计算，此时限为估算。请将国务院办公厅 %1 年的放假通知加入日历文件。</translation>
    </message>
</context>
<context>
    <name>pingjia::XlsxWriter</name>
    <message>
        <source>The table “%1” has more rows than a sheet holds.</source>
        <translation>表格“%1”的行数超过一个工作表的容量。</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>计算公式</translation>
    </message>
    <message>
        <source>Cannot add the sheet “%1”.</source>
        <translation>无法添加工作表“%1”。</translation>
    </message>
</context>
</TS>
