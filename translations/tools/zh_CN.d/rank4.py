# SPDX-License-Identifier: GPL-3.0-or-later
# zh_CN for rank4: rollups refreshed without holding the write lock, cleared flags (issue 8).
ZH_CN = {
    # pingjia::RankingModel
    'Evaluations of the period that a review-integrity rule flagged (评价核查), each counted once; a flag a supervisor cleared does not count':
        '本期被评价核查规则标记的评价条数（同一条评价只计一次；经核查已排除的标记不计入）',
}
