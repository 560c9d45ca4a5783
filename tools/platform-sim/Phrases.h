// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QList>
#include <QString>
#include <QStringList>

namespace pingjia {

class Rng;

// Platform data, not UI text: the Chinese a real platform would hold.
struct ServiceItemTemplate {
    const char *name;
    const char *taskType; // GB/T 39046 A.1 two-digit code
};

struct DepartmentKind {
    const char *suffix;     // appended to the area name: 市场监督管理局
    const char *creditKind; // first two characters of the credit code
    double volume;          // relative share of cases
    QList<ServiceItemTemplate> items;
};

const QList<DepartmentKind> &countyDepartmentKinds();   // province, city, county centers
const QList<DepartmentKind> &townshipDepartmentKinds(); // township/street centers
const QList<DepartmentKind> &villageDepartmentKinds();  // village/community stations

QString personName(Rng &rng);
QString badComment(Rng &rng, int level);
QString maliciousComment(Rng &rng);
QString goodComment(Rng &rng, int level);
// Evaluation detail codes (evalDetail) matching the comment's kind of problem.
QString detailCodes(Rng &rng, int level);

QString verifyEvidence(Rng &rng);
QString invalidEvidence(Rng &rng, bool malicious);
QString rectifyMeasures(Rng &rng);
QString rectifyChanges(Rng &rng);
QString delayReason(Rng &rng);
QString followUpNote(Rng &rng);

} // namespace pingjia
