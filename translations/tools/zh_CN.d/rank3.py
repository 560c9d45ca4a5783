# SPDX-License-Identifier: GPL-3.0-or-later
# zh_CN for rank3: handling rollups, review-integrity flags in the rankings (issue 14).
ZH_CN = {
    # pingjia::HandlingRollup, pingjia::IndicatorQuery
    'updating the handling rollups': '更新差评处置汇总表',
    'reading the handling rollups': '读取差评处置汇总表',
    'flagged evaluations': '核查标记评价',
    # pingjia::RankingModel
    'Flagged evaluations': '核查标记评价数',
    'Evaluations of the period that a review-integrity rule flagged (评价核查), each counted once':
        '本期被评价核查规则标记的评价条数（同一条评价只计一次）',
    # pingjia::RankingsPage
    'Without flagged evaluations': '剔除核查标记评价',
    'Rank without the evaluations the review-integrity rules flagged (评价核查): they leave the evaluation counts, the levels and the rates and score made of them; cases, coverage, defaults and handling stay.':
        '剔除评价核查规则标记的评价后再排名：这些评价不计入评价数、各等级评价数及由此计算的各项比率和得分；办件数、覆盖率、默认评价和差评处置指标不变。',
    'without flagged evaluations': '已剔除核查标记评价',
    '%1: %2 units, %3 ranked, %4 repeatedly last, %5 evaluations flagged by the review-integrity rules. Enter or double-click opens the unit\'s bad reviews of the period.':
        '%1：共 %2 个单位，%3 个参与排名，%4 个连续排名靠后，%5 条评价被评价核查规则标记。按回车键或双击可打开该单位本期的差评工单。',
    # RankingExport
    'Without the evaluations flagged by the review-integrity rules': '剔除评价核查规则标记的评价',
    'yes': '是',
    'no': '否',
    # Verbs (pingjia rankings)
    'Rank without the evaluations the review-integrity rules flagged (they leave the evaluation counts, levels and the rates and score made of them; see pingjia integrity).':
        '剔除评价核查规则标记的评价后再排名（这些评价不计入评价数、各等级评价数及由此计算的比率和得分；详见 pingjia integrity）。',
}
