# SPDX-License-Identifier: GPL-3.0-or-later
# zh_CN for bulletin5-preview: the print preview's pages prepared on a worker.
ZH_CN = {
    # BulletinPreview
    'Stop preparing the pages': '停止生成预览页面',
    'Preparing the pages…': '正在生成预览页面…',
    'Preparing %n page(s)…': '正在生成预览，共%n页…',
    'Preview cancelled.': '已取消预览。',
    'The pages cannot be shown: %1': '无法显示预览页面：%1',
}
