# SPDX-License-Identifier: GPL-3.0-or-later
# zh_CN for the queue's speed work and the tracker's totals (queue-perf).
ZH_CN = {
    'Counting…': '正在统计…',
    'All open': '全部未办结',
    'Open bad reviews, whatever their age': '全部未办结差评（不分时长）',
    'Age': '评价至今',
    '%1 of %n reached': '%n 个单位中 %1 个已实现',
    'Updating the queue…': '正在更新工单…',
    '%1 of its %2 bytes are missing': '文件应有 %2 字节，缺失 %1 字节',
}
