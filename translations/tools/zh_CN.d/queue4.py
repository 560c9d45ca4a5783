# SPDX-License-Identifier: GPL-3.0-or-later
# queue4 (issue 10, "Words"): the queue, tracker and sync pages read once more as a reader
# of official documents would. Keys are ('context', 'source') pairs where they correct a
# translation another dictionary gives the bare source (they win in that context only).
ZH_CN = {
    # New strings: a print of many rows asks first (QueuePage).
    'Print the queue': '打印差评工单',
    'Print all %n bad review(s) of this view?': '是否打印当前视图中的全部 %n 条差评？',
    'The print preview lays out every page while the window waits: for %1 rows that can take minutes. Narrow the view first with the filter (a state, a department, a period), or export it to Excel instead.':
        '打印预览需先排好每一页，期间窗口无法操作：%1 条记录可能需要数分钟。请先用筛选条件（状态、部门、时间段）缩小范围，或改为导出 Excel。',
    'Narrow the view': '缩小范围',
    'Print all': '全部打印',
    # Outbox: why a later action was not sent, in words (was the wire code).
    'in conflict with the platform': '与平台冲突',
    'refused by the platform': '被平台拒绝',
    'Not sent: the earlier action %1 on this evaluation was %2.':
        '未发送：对该评价的前一项操作（%1）%2。',

    # The tracker's "Open" column is open bad reviews, not an open integrity flag.
    ('pingjia::ProgressMeasure', 'Open'): '未办结',
    ('pingjia::RectificationPage', '&From:'): '起始月份(&F)：',
    ('pingjia::RectificationPage', '&To:'): '截止月份(&T)：',
    ('pingjia::CategoryRulesDialog',
     'A bad review belongs to the first category (top to bottom) with a keyword that occurs in its comment; with none it is "Other". Separate keywords by commas or spaces.'):
        '按自上而下的顺序，差评归入评价内容中出现其关键词的第一个类别；均未出现的归入“其他”。关键词之间用逗号或空格分隔。',

    # The detail panel: one word for a missed deadline (逾期), as in the table.
    ('pingjia::BadReviewDetailPanel', '%n day(s) late'): '逾期 %n 天',
    ('pingjia::BadReviewDetailPanel', '%n hour(s) late'): '逾期 %n 小时',
    ('pingjia::BadReviewDetailPanel', 'verified %1'): '核实时已%1',
    ('pingjia::BadReviewDetailPanel', 'completed %1'): '整改完成时已%1',
    ('pingjia::BadReviewDetailPanel', 'none running'): '当前无计时中的时限',
    # Evidence of a verification or an invalid request is its 依据 throughout.
    ('pingjia::ActionPayloadText', 'Evidence'): '依据',
    ('pingjia::RequestInvalidDialog', '&Evidence:'): '依据(&E)：',
    ('pingjia::TextActionDialog', 'Describe the evidence that confirms the bad review.'):
        '请填写核实依据。',
    ('pingjia::QueueFilterBar', 'Pending upload only'): '仅显示待上传',
    ('pingjia::QueueFilterBar', 'Assessed from:'): '评价日期：',
    ('pingjia::QueueFilterBar', 'to:'): '至',
    ('pingjia::ShortcutOverview', 'Review a pending request'): '审批差评无效或延期申请',
    ('pingjia::ShortcutOverview', 'Print the queue as shown'): '打印当前视图中的差评工单',
    ('pingjia::ShortcutOverview', 'Export the queue as shown to Excel'):
        '将当前视图中的差评工单导出为 Excel',
    ('pingjia::ShortcutOverview', 'Export the queue as shown as CSV'):
        '将当前视图中的差评工单导出为 CSV',

    # The sync page and the status bar.
    ('pingjia::SyncPanel', 'Contacting the platform…'): '正在连接平台…',
    ('pingjia::SyncPanel', 'Stopped at %p%'): '已停止（完成 %p%）',
    ('SyncReportText', 'about %1 left'): '预计还需 %1',
    ('SyncReportText', '%1 h %2 min'): '%1 小时 %2 分',
    ('pingjia::SkippedRecordModel', 'List'): '数据类别',
    ('pingjia::SkippedRecordModel', 'Reason'): '原因',
    ('DataAge', 'less than a minute old'): '刚刚',
}
