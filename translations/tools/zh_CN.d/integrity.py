# SPDX-License-Identifier: GPL-3.0-or-later
# Review integrity (issue 14): rules, their explanations, the 评价核查 page and the verb.
ZH_CN = {
    # models/domain/IntegrityRules.cpp
    'Evaluator is staff of the center': '评价人为本中心工作人员',
    'One evaluator, many cases': '同一评价人评价多件办件',
    'Burst of top ratings on one window': '同一窗口短时集中“非常满意”',
    'Follow-up visit on a staff phone': '回访号码为工作人员号码',
    'Good rate at the ceiling, coverage low': '好评率满格而覆盖率偏低',
    'Evaluated before the case was finished': '办结前即已评价',
    "The evaluator's mobile number is the phone of a staff member of %1 (%2): staff may be rating their own colleagues.":
        '评价人手机号与%1工作人员（%2）的电话相同，可能存在工作人员互评。',
    'The same evaluator rated %1 different cases in the period.': '同一评价人在本期评价了%1件不同办件。',
    '%1 top ratings on window %2 between %3 and %4.': '窗口%2在%3至%4间集中出现%1条“非常满意”评价。',
    'The follow-up visit reached a phone of a staff member (%1), not the evaluator.':
        '回访接通的是工作人员（%1）的电话，而非评价人。',
    'Good rate %1 % with a coverage of only %2 % (%3 served cases): good reviews may be collected selectively.':
        '好评率%1%，覆盖率仅%2%（办件%3件），可能存在选择性邀评。',
    'Evaluated at %1, %2 minutes before the case was finished (%3).':
        '评价时间为%1，早于办结时间（%3）%2分钟。',
    # models/itemmodels/IntegrityFlagModel.cpp
    'Open': '待核查',
    'Confirmed': '属实',
    'Cleared': '已排除',
    'Rule': '规则',
    'Evaluation': '评价编号',
    'Department': '部门',
    'Window': '窗口',
    'Why it is flagged': '疑点说明',
    'Verdict': '核查结论',
    # ui/integrity/IntegrityPage.cpp
    'YYYY-MM': 'YYYY-MM',
    '&Month:': '月份(&M)：',
    'All rules': '全部规则',
    'Every item': '全部疑点',
    'Without verdict': '未核查',
    '&Check': '核查(&C)',
    '&Export CSV…': '导出 CSV(&E)…',
    'Export the flagged items': '导出疑点清单',
    'CSV files (*.csv)': 'CSV 文件 (*.csv)',
    'Note on the verdict (what was checked)': '核查说明（核实了什么）',
    'C&leared': '排除(&L)',
    'C&onfirmed': '属实(&O)',
    'Write the month like 2026-09.': '请按 2026-09 的格式填写月份。',
    'Checking %1…': '正在核查%1…',
    'The check could not run: %1': '核查未能进行：%1',
    '%1: %n flagged item(s).': '%1：疑点%n条。',
    'Select a flagged item first.': '请先选择一条疑点。',
    'Sign in to the platform first: a verdict records who gave it.': '请先登录平台：核查结论须记录核查人。',
    'The verdict was not stored: %1': '核查结论未保存：%1',
    'Verdict stored.': '核查结论已保存。',
    'Review integrity': '评价核查',
    'Review &integrity': '评价核查(&I)',
    'The export failed: %1': '导出失败：%1',
    '%n item(s) exported.': '已导出%n条。',
    # models/store/IntegrityVerdicts.cpp, CacheWriter.cpp
    'A verdict needs the item, its month and who gives it.': '核查结论须注明疑点、月份和核查人。',
    'The mobile of staff member %1 cannot be protected, so nothing of its page was stored: %2':
        '工作人员%1的手机号无法加密保护，该页数据均未保存：%2',
    # app/cli/IntegrityCommand.cpp, VerbRegistry.cpp
    'print the review-integrity flags of a month (JSON or CSV)': '输出某月的评价核查疑点（JSON 或 CSV）',
    'Only items inside CODE: a division (620800), a center (C620802) or a department\'s credit code.':
        '只输出 CODE 范围内的疑点：行政区划（620800）、中心（C620802）或部门统一社会信用代码。',
    'pingjia integrity: give the month as --month YYYY-MM, like 2026-10.':
        'pingjia integrity：请用 --month YYYY-MM 指定月份，如 2026-10。',
    'pingjia integrity: unknown format "%1"; use json or csv.':
        'pingjia integrity：未知格式“%1”，请用 json 或 csv。',
    'pingjia integrity: %1': 'pingjia integrity：%1',
    # tools/platform-sim/SimOptions.cpp
    'Plant N items of each review-integrity pattern (listed by /sim/planted).':
        '每种评价核查疑点各植入 N 条（由 /sim/planted 列出）。',
}
