// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The section builders of BulletinAssembler, one file each (internal to models/reports).

#include "models/reports/BulletinContent.h"
#include "models/reports/BulletinFacts.h"
#include "models/reports/BulletinRequest.h"

namespace pingjia::bulletinsections {

BulletinBlock paragraph(const QString &text, const QString &editableKey = {});
BulletinBlock subHeading(const QString &text);
BulletinBlock tableBlock(const BulletinTable &table);
BulletinBlock chartBlock(const BulletinChart &chart);

BulletinSection overview(const BulletinFacts &facts);                                     // 一
BulletinSection ranking(const BulletinFacts &facts, const BulletinRequest &request);      // 二
BulletinSection handling(const BulletinFacts &facts, const BulletinRequest &request);     // 三
BulletinSection typicalCases(const BulletinFacts &facts, const BulletinRequest &request); // 四
BulletinSection problems(const BulletinFacts &facts);                                     // 五
// 二's last part in the internal version: review-integrity flags per department (none in
// the public version or when they were not gathered).
QList<BulletinBlock> integrity(const BulletinFacts &facts, const BulletinRequest &request);
// Numbers the tables "表1", "表2", … in the order they appear (a version may leave one out).
void numberTables(BulletinContent &content);
// 附件: every department with its figures, ranked ones first.
BulletinTable rankingTable(const BulletinFacts &facts);

} // namespace pingjia::bulletinsections
