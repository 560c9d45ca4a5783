// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Turns the gathered figures and the office's request into the bulletin's content, as
// real offices write it: 版头; an opening; 一、基本情况; 二、排名情况; 三、差评处置情况;
// 四、典型差评及整改; 五、共性问题与"双归零"; 六、下步工作要求; 附件 the full ranking table.
// A pure function: no database, no clock (the facts carry the time they were read).
//
// The public version (公示版) names departments only: no window, no staff, nobody
// responsible, and staff or window names inside a comment are blacked out (××). No
// version ever holds evaluator data: the facts never carry it.

#include "models/reports/BulletinContent.h"
#include "models/reports/BulletinFacts.h"
#include "models/reports/BulletinRequest.h"

namespace pingjia {

BulletinContent assembleBulletin(const BulletinFacts &facts, const BulletinRequest &request);

// The standard narrative, editable in the page before issuing.
QString bulletinDefaultOpening(QDate month, const QString &scopeName);
QStringList bulletinDefaultRequirements();

} // namespace pingjia
