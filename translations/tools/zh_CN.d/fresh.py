# zh_CN for issue 7 (the sync progress line counts what was received (已收到), and what was stored
# only once there is some).
ZH_CN = {
    '%1: %2 received': '%1：已收到 %2 条',
    ', %1 stored': '，已保存 %1 条',
}
