<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
    <name>CacheDatabase</name>
    <message>
        <source>The cache holds only platform data: rebuild it (the damaged file is kept aside) and sync again. Your local work is in another file and is not affected.</source>
        <translation>缓存中只有平台数据：请重建缓存（损坏的文件会另行保留）并重新同步。您的本地工作保存在另一个文件中，不受影响。</translation>
    </message>
    <message>
        <source>Cannot move the damaged cache %1 aside to %2; move or delete it by hand.</source>
        <translation>无法将损坏的缓存 %1 移到 %2，请手动移走或删除。</translation>
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
        <translation>不到 1 分钟前</translation>
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
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>not created yet</source>
        <translation>尚未创建</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>Home folder: %1</source>
        <translation>主目录：%1</translation>
    </message>
    <message>
        <source>Cache: %1 (%2)</source>
        <translation>缓存：%1（%2）</translation>
    </message>
    <message>
        <source>Local work: %1 (%2)</source>
        <translation>本地工作：%1（%2）</translation>
    </message>
    <message>
        <source>demo: ran headless; the platform simulator and sync arrive with the sync feature, so nothing was synced.</source>
        <translation>demo：已在无界面模式下运行；平台模拟器和同步将随同步功能提供，因此本次未同步任何数据。</translation>
    </message>
    <message>
        <source>Do not open the window: report what was done and exit.</source>
        <translation>不打开窗口：输出执行情况后退出。</translation>
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
    <name>LocalWorkDatabase</name>
    <message>
        <source>It holds your unsent actions and audit log, so Pingjia leaves it exactly as it is and cannot continue. Restore %1 from a backup (close Pingjia first), or move it elsewhere to start with empty local work — actions not yet sent in it would then be lost.</source>
        <translation>该文件保存着您尚未发送的操作和审计日志，因此督办台不会改动它，也无法继续运行。请先关闭督办台，再从备份恢复 %1；或将其移到别处，以空的本地工作重新开始——但其中尚未发送的操作将会丢失。</translation>
    </message>
</context>
<context>
    <name>LocalWorkStore</name>
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
        <translation>未发送：此前对该评价的操作 %1 %2。</translation>
    </message>
    <message>
        <source>Conflict %1 does not exist.</source>
        <translation>冲突 %1 不存在。</translation>
    </message>
    <message>
        <source>Showing an evaluator's personal data needs a stated reason (000 art.5).</source>
        <translation>查看评价人个人信息须说明理由（000 第五条）。</translation>
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
        <translation>指标概况、未办结差评和办理时限将随概览功能提供。</translation>
    </message>
    <message>
        <source>Bad reviews</source>
        <translation>差评工单</translation>
    </message>
    <message>
        <source>The bad-review work queue (verification within 24 hours, rectification deadlines) arrives with the queue feature.</source>
        <translation>差评工单（24 小时内核实、整改时限）将随差评工单功能提供。</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>整改跟踪</translation>
    </message>
    <message>
        <source>Tracking from verification to rectification and follow-up visit arrives with the rectification feature.</source>
        <translation>从核实、整改到回访的全程跟踪将随整改跟踪功能提供。</translation>
    </message>
    <message>
        <source>Rankings</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Rankings of departments, windows and staff, with trends, arrive with the rankings feature.</source>
        <translation>部门、窗口和工作人员的排名及趋势将随排名功能提供。</translation>
    </message>
    <message>
        <source>Monthly bulletins</source>
        <translation>月度通报</translation>
    </message>
    <message>
        <source>The monthly bulletin (PDF, XLSX, CSV, ODT) arrives with the bulletin feature.</source>
        <translation>月度通报（PDF、XLSX、CSV、ODT）将随通报功能提供。</translation>
    </message>
    <message>
        <source>Sync &amp; settings</source>
        <translation>同步与设置</translation>
    </message>
    <message>
        <source>Platform sign-in and synchronization arrive with the sync feature.</source>
        <translation>平台登录与数据同步将随同步功能提供。</translation>
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
    <name>UserHome</name>
    <message>
        <source>%1 exists but is not a folder.</source>
        <translation>%1 已存在，但不是文件夹。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The folder %1 is not writable.</source>
        <translation>文件夹 %1 不可写。</translation>
    </message>
</context>
<context>
    <name>Verbs</name>
    <message>
        <source>the bulletin feature</source>
        <translation>月度通报功能</translation>
    </message>
    <message>
        <source>pingjia %1 is not available yet: it arrives with %2.</source>
        <translation>pingjia %1 暂不可用：将随%2一同提供。</translation>
    </message>
    <message>
        <source>the bad-review queue feature</source>
        <translation>差评工单功能</translation>
    </message>
    <message>
        <source>the rankings feature</source>
        <translation>排名功能</translation>
    </message>
    <message>
        <source>the sync feature</source>
        <translation>同步功能</translation>
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
</context>
<context>
    <name>pingjia</name>
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
        <source>The evaluation was withdrawn: its handling record accepts no actions.</source>
        <translation>该评价已撤销：其处置记录不接受任何操作。</translation>
    </message>
    <message>
        <source>A bad review without text is invalid (000 art.6): it accepts no actions.</source>
        <translation>无文字内容的差评为无效评价（000 第六条）：不接受任何操作。</translation>
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
        <translation>差评处于“%2”状态时不允许“%1”。</translation>
    </message>
    <message>
        <source>"%1" must be later than the current deadline %2.</source>
        <translation>“%1”必须晚于当前时限 %2。</translation>
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
        <translation>无法读取 %1：%2</translation>
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
        <translation>上次同步：%1 · 数据更新于%2</translation>
    </message>
    <message>
        <source>Times are China Standard Time (UTC+8).</source>
        <translation>时间均为北京时间（UTC+8）。</translation>
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
    <name>pingjia::FollowUp</name>
    <message>
        <source>followUp.satisfaction must be a whole number from 1 to 5</source>
        <translation>followUp.satisfaction 必须是 1 到 5 之间的整数</translation>
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
        <translation>差评无效申请中</translation>
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
        <translation>%1 提出了此申请，不能同时审批：须由另一人批准或驳回。</translation>
    </message>
    <message>
        <source>The history holds no valid invalid request to approve.</source>
        <translation>处置历史中没有可批准的有效差评无效申请。</translation>
    </message>
</context>
<context>
    <name>pingjia::HistoryEntry</name>
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
        <source>&lt;h3&gt;Pingjia %1&lt;/h3&gt;&lt;p&gt;Government service review supervision console: syncs the provincial platform's service evaluations, runs the bad-review work queue, tracks rectification, ranks departments and prepares the monthly bulletin.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;政务服务好差评督办台 %1&lt;/h3&gt;&lt;p&gt;同步省级平台的好差评数据，办理差评工单，跟踪整改，开展部门排名，编制月度通报。&lt;/p&gt;&lt;p&gt;依据 GNU 通用公共许可证第 3 版或更高版本授权。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>pingjia::PayloadReader</name>
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
</TS>
