// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the office asks for: which month, scope and version, the header as edited, the
// narrative it wrote (opening, 下步工作要求) and the typical cases it picked. Figures are
// not here: they come from the cache and cannot be edited.

#include "models/reports/BulletinContent.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace pingjia {

struct BulletinRequest {
    QDate month;   // any day of the month
    QString scope; // center code, empty = the whole cache
    BulletinVersion version = BulletinVersion::Internal;
    BulletinHeader header;      // empty fields get the defaults (bulletinDefaultHeader)
    QString opening;            // empty: the standard opening
    QStringList requirements;   // 六、下步工作要求; empty: the standard paragraphs
    QStringList typicalCaseIds; // 四、典型差评 in this order
    int praisedCount = 3;       // top N named for praise
    int namedCount = 3;         // bottom N named
};

// The header with every empty field filled: title from month and scope, dates = today,
// office, signature and 印发机关 from `scopeName`'s center. `number` is kept as given.
BulletinHeader bulletinDefaultHeader(const BulletinHeader &given, QDate month,
                                     const QString &scopeName, QDate today);

// 关于2026年10月全市政务服务"好差评"情况的通报
QString bulletinDefaultTitle(QDate month, const QString &scopeName);

} // namespace pingjia
