# SPDX-License-Identifier: GPL-3.0-or-later
# queue3 (issue 10): export and print of the queue view on a worker, with progress and
# Cancel; regulations cited by name, rules said in plain words where a text cited a
# seed's file number ("000 art.6", "000 第六条").
ZH_CN = {
    # QueueViewJob, QueuePage
    'Cancel': '取消',
    'Cancelling…': '正在取消…',
    'Exporting the bad-review queue to %1…': '正在将差评工单导出到 %1…',
    'Export cancelled; no file was written.': '已取消导出，未写入任何文件。',
    'Preparing the bad-review queue for printing…': '正在准备打印差评工单…',
    'Printing failed': '打印失败',
    # IndicatorText: the regulations by name
    'Taiyuan rules on good and bad reviews, ': '《太原市政务服务好差评工作制度（试行）》',
    'Pingliang business-environment plan, ':
        '《平凉市政务服务系统2024年优化营商环境大走访大排查大提升专项活动方案》',
    'Xinxiang service standards, ': '《新乡经开区政务服务标准化管理办法》',
    # Texts that cited a seed's file number ("000 art.6") now say the rule in plain words.
    'Satisfaction includes the default evaluations (a case not evaluated within 7 days counts as level 3). Units with fewer than %1 valid evaluations are greyed and not ranked. ⚑ = in the bottom %2 for %3 consecutive periods. Hover a column header for its formula.':
        '满意度含默认评价（办结后 7 日内未评价的，按“基本满意”计）。有效评价少于 %1 条的单位以灰色显示，不参与排名。⚑ 表示连续 %3 期位于末 %2 名。鼠标悬停列标题可查看计算公式。',
    '%1 · %2. Satisfaction includes the default evaluations (a case not evaluated within 7 days counts as level 3). Click a chart to drill down.':
        '%1 · %2。满意度含默认评价（办结后 7 日内未评价的，按“基本满意”计）。点击图表可查看明细。',
    'Served cases with no evaluation whose 7-day default has not come yet':
        '已办结但尚未评价、距办结未满 7 日的办件（满 7 日仍未评价的，按“基本满意”计）',
    'Served cases with no evaluation yet. Seven days (7×24 h) after it was finished, a case without an evaluation counts as 基本满意 (level 3): ask for the evaluation before.':
        '已办结但尚未评价的办件。办结满 7 日（7×24 小时）仍未评价的，按“基本满意”（3 级）计入，请在此之前邀请办事人评价。',
    'finishDate + 7×24 h: without an evaluation by then the case counts one default level-3 evaluation':
        '办结时间 + 7×24 小时：届时仍未评价的，计一条“基本满意”（3 级）默认评价',
    "Showing an evaluator's personal data needs a stated reason: it is protected and given to nobody without the evaluator's consent.":
        '查看评价人个人信息须说明理由：评价人信息受保护，未经本人同意不得提供给他人。',
    'A dissatisfied or very dissatisfied evaluation without text is invalid: it accepts no actions.':
        '“不满意”“非常不满意”评价未附文字说明的，为无效评价，不接受任何处置操作。',
}
