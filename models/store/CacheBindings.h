// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The cached lists as column tables (internal to the store): each column's name next to
// how a record fills it. CacheWriter binds a record by walking its table, and
// CacheColumns (what CacheReader selects) takes the names from the same tables, so the
// column list, the upsert and the binding order cannot drift apart. A list's first
// column is its key.

#include "models/domain/HandlingRecord.h"
#include "models/domain/PlatformRecords.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <optional>

namespace pingjia {

class SqliteStatement;

namespace CacheBindings {

template <typename Row> struct BoundColumn {
    const char *name;
    void (*bind)(SqliteStatement &q, int index, const Row &row);
};

// What an evaluation row stores besides the record: derived at write time.
struct EvaluationRow {
    const Evaluation *record = nullptr;
    bool valid = false;
    QByteArray userNameEnc, mobileEnc, certEnc; // empty without a cipher (→ NULL)
    std::optional<qint64> mobileHash, certHash; // PersonalDataCipher::keyedHash
};

// A staff row: the record and its protected mobile.
struct StaffRow {
    const StaffMember *record = nullptr;
    QByteArray mobileEnc;
    std::optional<qint64> mobileHash;
};

// A bad-review row: the record and the keyed hash of the number its follow-up visit
// reached (FollowUp::phone, never stored itself).
struct BadReviewRow {
    const HandlingRecord *record = nullptr;
    std::optional<qint64> followUpPhoneHash;
};

const QList<BoundColumn<OrgUnit>> &orgs();
const QList<BoundColumn<StaffRow>> &staff();
const QList<BoundColumn<ServiceItem>> &items();
const QList<BoundColumn<ServiceCase>> &cases();
const QList<BoundColumn<EvaluationRow>> &evaluations();
const QList<BoundColumn<BadReviewRow>> &badReviews();

template <typename Row> QStringList names(const QList<BoundColumn<Row>> &columns)
{
    QStringList out;
    out.reserve(columns.size());
    for (const BoundColumn<Row> &c : columns)
        out.append(QString::fromLatin1(c.name));
    return out;
}

// Binds `row` to the statement's parameters 1..n in table order.
template <typename Row>
void bindRow(SqliteStatement &q, const QList<BoundColumn<Row>> &columns, const Row &row)
{
    int index = 1;
    for (const BoundColumn<Row> &c : columns)
        c.bind(q, index++, row);
}

} // namespace CacheBindings
} // namespace pingjia
