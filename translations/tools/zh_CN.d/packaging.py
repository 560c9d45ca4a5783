# SPDX-License-Identifier: GPL-3.0-or-later
# Packaging (issue 13): the About dialog.
ZH_CN = {
    'Qt %1': 'Qt %1',
    'Qt %1 (built with Qt %2)': 'Qt %1（构建时为 Qt %2）',
    '<h3>Pingjia %1</h3>'
    '<p>Government service review supervision console: syncs the provincial platform\'s '
    'service evaluations, runs the bad-review work queue, tracks rectification, ranks '
    'departments and prepares the monthly bulletin.</p>'
    '<p>Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later). '
    'This program comes with no warranty.</p>'
    '<p>Uses %2.</p>':
    '<h3>政务服务好差评督办台 %1</h3>'
    '<p>同步省级平台的好差评数据，办理差评工单，跟踪整改，开展部门排名，编制月度通报。</p>'
    '<p>许可证：GNU 通用公共许可证第 3 版或更高版本（GPL-3.0-or-later）。本程序不提供任何担保。</p>'
    '<p>基于 %2。</p>',
}
