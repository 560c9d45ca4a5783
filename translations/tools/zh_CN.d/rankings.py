# SPDX-License-Identifier: GPL-3.0-or-later
# zh_CN for the rankings engine (issue 8): periods, unit levels, ranking settings, the
# indicator queries and `pingjia rankings`.
ZH_CN = {
    # pingjia::Period
    '"%1" is not a range of days: both dates must exist and the second must not be earlier than the first.':
        '“%1”不是有效的日期区间：两个日期须真实存在，且结束日期不得早于开始日期。',
    '"%1" is not a period: use a month (2026-10), a quarter (2026-Q4), a year (2026) or a range of days (2026-10-01~2026-10-15).':
        '“%1”不是有效的统计期：请填写月份（2026-10）、季度（2026-Q4）、年度（2026）或日期区间（2026-10-01~2026-10-15）。',
    '%2/%1': '%1年%2月',
    'Q%2 %1': '%1年第%2季度',
    'Year %1': '%1年',
    '%1 to %2': '%1 至 %2',
    # pingjia::UnitLevel (Center, Department, Window, Staff: zh_CN.py already has them)
    'Area': '地区',
    # pingjia::Ranking
    'Ranking setting "%1" must be a number from %2 to %3.': '排名设置“%1”须为 %2 至 %3 之间的数值。',
    'Ranking setting "%1" must be a whole number.': '排名设置“%1”须为整数。',
    '%1 valid evaluations (minimum sample %2)': '有效评价 %1 条（不足最低样本量 %2 条，不参与排名）',
    # pingjia::IndicatorRollup, pingjia::IndicatorQuery, pingjia::UnitDirectory
    'Cancelled.': '已取消。',
    'preparing the indicator rollups': '准备指标汇总表',
    'updating the indicator rollups': '更新指标汇总表',
    'reading the indicator rollups': '读取指标汇总表',
    'No area, center, department or window with the code "%1" is in the cache; use a division code (620800), a center (C620802), a department\'s credit code or a window (W620802-007).':
        '本地缓存中没有代码为“%1”的地区、中心、部门或窗口；请填写行政区划代码（620800）、中心代码（C620802）、部门统一社会信用代码或窗口代码（W620802-007）。',
    'indicator figures': '统计指标',
    'handling figures': '差评处置指标',
    'evaluations by channel': '分渠道评价数',
    'open bad reviews': '未办结差评',
    'cases not yet evaluated': '待评价办件',
    'reading the org units': '读取机构',
    'reading the staff': '读取工作人员',
    'everything in the cache': '本地缓存中的全部数据',
    # Verbs: pingjia rankings
    'The month YYYY-MM (platform time, UTC+8).': '统计月份 YYYY-MM（平台时间，UTC+8）。',
    'The quarter YYYY-Qn.': '统计季度 YYYY-Qn。',
    'The year YYYY.': '统计年度 YYYY。',
    'First day of a range (YYYY-MM-DD), with --to.': '日期区间的第一天（YYYY-MM-DD），与 --to 同用。',
    'Last day of a range (YYYY-MM-DD), inclusive.': '日期区间的最后一天（YYYY-MM-DD，含当日）。',
    'pingjia rankings: give exactly one period: --month YYYY-MM, --quarter YYYY-Qn, --year YYYY or --from D --to D.':
        'pingjia rankings：请指定且只指定一个统计期：--month YYYY-MM、--quarter YYYY-Qn、--year YYYY 或 --from D --to D。',
    'pingjia rankings: --%1 "%2" is not valid; write it like %3.': 'pingjia rankings：--%1“%2”无效，请按 %3 的格式填写。',
    'pingjia rankings: --from and --to go together.': 'pingjia rankings：--from 与 --to 须同时指定。',
    'pingjia rankings: --from "%1" --to "%2" is not a range of days; write the dates like 2026-10-01, the first not after the last.':
        'pingjia rankings：--from“%1”--to“%2”不是有效的日期区间；日期请按 2026-10-01 的格式填写，开始日期不得晚于结束日期。',
    'Ranking settings ignored: %1': '排名设置有误，已按默认值处理：%1',
    'Units ranked: area, center, department (default), window or staff.':
        '排名对象：area（地区）、center（中心）、department（部门，默认）、window（窗口）或 staff（工作人员）。',
    'Only units inside CODE: a division (620800), a center (C620802), a department\'s credit code or a window.':
        '只统计 CODE 范围内的单位：行政区划（620800）、中心（C620802）、部门统一社会信用代码或窗口。',
    'pingjia rankings: unknown level "%1"; use area, center, department, window or staff.':
        'pingjia rankings：未知的排名对象“%1”，请使用 area、center、department、window 或 staff。',
    'pingjia rankings: unknown format "%1"; use json or csv.': 'pingjia rankings：未知的输出格式“%1”，请使用 json 或 csv。',
    'pingjia rankings: %1': 'pingjia rankings：%1',
    '%1: %2 unit(s), %3 ranked (%4).': '%1：共 %2 个单位，其中 %3 个参与排名（%4）。',
}
