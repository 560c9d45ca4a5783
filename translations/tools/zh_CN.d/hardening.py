# zh_CN for issue 12 (hardening): the tamper-evident audit log, `pingjia audit verify`,
# `pingjia cache check|rebuild`, the keychain thread's timeout messages.
ZH_CN = {
    # AuditChain
    'row %1 before it is missing (deleted)': '其前的第 %1 行缺失（已被删除）',
    'rows %1 to %2 before it are missing (deleted)': '其前的第 %1 至 %2 行缺失（已被删除）',
    'it has no seal: it was added outside Pingjia': '该行没有封签，系在督办台之外添加',
    "it is sealed with this profile's keychain key, which is not available here, so it cannot be checked":
        '该行以本账户钥匙串中的密钥封签，此处取不到该密钥，无法校验',
    'it is not sealed with the keychain key although earlier rows are: it was added or rewritten outside Pingjia':
        '此前各行均以钥匙串密钥封签，该行却没有，系在督办台之外添加或改写',
    'its content, or a row before it, was changed after it was written':
        '该行或其前某行的内容在写入后被改动',
    "the log's head seal is missing": '日志末端封签缺失',
    "the log is sealed with this profile's keychain key, which is not available here, so it cannot be checked":
        '日志以本账户钥匙串中的密钥封签，此处取不到该密钥，无法校验',
    "the log's head is not sealed with this profile's keychain key: the log was rewritten outside Pingjia":
        '日志末端未以本账户钥匙串密钥封签，日志曾在督办台之外被改写',
    "the log's head seal was changed outside Pingjia": '日志末端封签曾在督办台之外被改动',
    'rows %1 to %2 at the end of the log are missing (deleted)': '日志末尾第 %1 至 %2 行缺失（已被删除）',
    'it was added after the last row Pingjia wrote': '该行添加于督办台写入的最后一行之后',
    'the last row was replaced': '最后一行已被替换',
    'audit log': '审计日志',
    'reveal log': '个人信息查看日志',
    'The %1 is broken: %2.': '%1校验未通过：%2。',
    'The %1 is broken at row %2: %3.': '%1第 %2 行校验未通过：%3。',
    'The %1 is broken at row %2 (written %3): %4.': '%1第 %2 行（写入于 %3）校验未通过：%4。',
    # AuditKey
    'No keychain key seals this audit log.': '本审计日志未以钥匙串密钥封签。',
    'The keychain did not answer, so the audit log is not sealed with its key: %1':
        '系统钥匙串未响应，审计日志未以其密钥封签：%1',
    'The audit log was sealed with a keychain key that is missing now; it cannot be checked and is left as it is.':
        '审计日志曾以钥匙串密钥封签，但该密钥现已缺失；日志无法校验，保持原状。',
    'The audit log is broken, so it is not sealed with a new key; run "pingjia audit verify".':
        '审计日志校验未通过，因此不以新密钥封签；请运行 "pingjia audit verify"。',
    # AuditCommand
    'No local work yet: there is no audit log to check.': '尚无本地工作，没有需要校验的审计日志。',
    'pingjia audit: %1': 'pingjia audit：%1',
    'The audit log and the reveal log are intact (%n row(s), sealed with the keychain key).':
        '审计日志和个人信息查看日志完好（共 %n 行，以钥匙串密钥封签）。',
    'The audit log and the reveal log are intact (%n row(s), sealed without a key: %1)':
        '审计日志和个人信息查看日志完好（共 %n 行，未以密钥封签：%1）',
    'Check that no row of the audit log or the reveal log was changed, deleted or added.':
        '校验审计日志和个人信息查看日志中没有行被改动、删除或添加。',
    'pingjia audit: say what to do: "pingjia audit verify".':
        'pingjia audit：请指明操作，即 "pingjia audit verify"。',
    'verify that the audit log was not tampered with': '校验审计日志未被篡改',
    'check the local cache, or rebuild it from the platform': '检查本地缓存，或从平台重建缓存',
    # AuditWarning
    'The audit log may have been tampered with': '审计日志可能已被篡改',
    'The audit log or the reveal log of this computer was changed outside Pingjia, or cannot be checked. Nothing was repaired. Tell your security officer, and run "pingjia audit verify" for the details.':
        '本机的审计日志或个人信息查看日志曾在督办台之外被改动，或无法校验。系统未作任何修复。'
        '请报告本单位安全管理员，并运行 "pingjia audit verify" 查看详情。',
    # CacheCommand, CacheDatabase
    'There is no cache yet: "pingjia sync" makes one.': '尚无缓存，运行 "pingjia sync" 即可建立。',
    'pingjia cache: %1': 'pingjia cache：%1',
    'pingjia cache: the cache file %1 is damaged:': 'pingjia cache：缓存文件 %1 已损坏：',
    'Run "pingjia cache rebuild" to pull it from the platform again; your local work is not affected.':
        '请运行 "pingjia cache rebuild" 从平台重新拉取；您的本地工作不受影响。',
    'The cache file is intact.': '缓存文件完好。',
    '%1: %n record(s), checksum %2': '%1：%n 条记录，校验和 %2',
    'The platform reports no count or checksum per list, so these were not compared with it; "pingjia cache rebuild" pulls every list again.':
        '平台不提供各清单的记录数或校验和，因此未与平台比对；"pingjia cache rebuild" 会重新拉取全部清单。',
    'The old cache was moved to %1.': '原缓存已移至 %1。',
    'check: the file\'s integrity and each list\'s count and checksum. rebuild [sync options]: move the cache aside and pull it again.':
        'check：检查文件完整性及各清单的记录数和校验和。rebuild [同步选项]：将缓存移开并重新拉取。',
    'pingjia cache: say what to do: "pingjia cache check" or "pingjia cache rebuild".':
        'pingjia cache：请指明操作："pingjia cache check" 或 "pingjia cache rebuild"。',
    'The cache holds only platform data: rebuild it (in the window, or with "pingjia cache rebuild"; the damaged file is kept aside), which pulls it from the platform again. Your local work is in another file and is not affected.':
        '缓存中只有平台数据：请重建缓存（在窗口中操作，或运行 "pingjia cache rebuild"；损坏的文件会另行保留），'
        '重建时将从平台重新拉取。您的本地工作保存在另一个文件中，不受影响。',
    # KeychainThread
    'The system keychain did not answer within %n second(s). Check that the keyring is running and unlocked, then try again.':
        '系统钥匙串在 %n 秒内未响应。请确认密钥环已运行并已解锁，然后重试。',
    'The system keychain has not answered an earlier request yet. Check that the keyring is running and unlocked, then try again.':
        '系统钥匙串尚未响应此前的请求。请确认密钥环已运行并已解锁，然后重试。',
    'The system keychain cannot be used before the application has started.':
        '应用程序启动前无法使用系统钥匙串。',
}
