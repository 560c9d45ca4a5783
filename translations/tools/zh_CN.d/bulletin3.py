# SPDX-License-Identifier: GPL-3.0-or-later
# zh_CN for bulletin3: printing with progress and cancel on the 月度通报 page.
ZH_CN = {
    'Printing the bulletin…': '正在打印通报…',
    'Printed %n page(s).': '已打印%n页。',
    'Printing cancelled.': '已取消打印。',
}
