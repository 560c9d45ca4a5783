// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// 四、典型差评及整改: the confirmed bad reviews of the month the office may cite, with
// what the comment said, what was done and how the follow-up went. Only the comment text
// and the handling are taken: never the evaluator's name, mobile or ID (000 art.5). The
// user picks a few from the proposed list; the assembler prints the picked ones.

#include "models/store/BadReviewFilter.h"
#include "models/store/StoreResult.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace pingjia {

class BadReviewQuery;

struct BulletinTypicalCase {
    QString evalId;
    QDateTime assessTime;
    QString deptName;
    QString windowName; // internal version only
    QString staffName;  // internal version only
    QString serviceItem;
    QString comment;              // the evaluation's text as written
    QString measures;             // plan.measures (整改措施)
    QString responsible;          // plan.person: internal version only
    QString changes;              // complete.changes (整改结果)
    int followUpSatisfaction = 0; // 1..5, 0 = no follow-up yet
    QString followUpNote;
    bool closed = false; // the follow-up visit is done
};

// Confirmed bad reviews assessed in the month in `scope`, the
// ones furthest along first (closed, rectified, rectifying, confirmed), then newest.
// At most `limit`.
QList<BulletinTypicalCase> proposeTypicalCases(BadReviewQuery &query, const BadReviewFilter &scope,
                                               QDate month, int limit,
                                               StoreResult *error = nullptr);

// The details of these bad reviews, in the order given (unknown ids left out).
QList<BulletinTypicalCase> typicalCases(BadReviewQuery &query, const QStringList &evalIds,
                                        StoreResult *error = nullptr);

} // namespace pingjia
