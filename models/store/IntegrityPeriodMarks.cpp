// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/IntegrityPeriodMarks.h"

#include "models/store/CacheDatabase.h"
#include "models/store/IntegrityMemo.h"
#include "models/store/StoredTime.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace pingjia {

namespace {

const QString kVersion = QStringLiteral("period-marks-1");
const QChar kSeparator(0x1f); // unit separator: no mark holds it
constexpr int kSinceColumns = 6;

// Newest stamp and largest row id of evaluations, cases and bad reviews.
const char kSinceSql[] = "SELECT coalesce((SELECT max(updated_at) FROM evaluations), ''), "
                         "coalesce((SELECT max(id) FROM evaluations), 0), "
                         "coalesce((SELECT max(updated_at) FROM cases), ''), "
                         "coalesce((SELECT max(rowid) FROM cases), 0), "
                         "coalesce((SELECT max(updated_at) FROM bad_reviews), ''), "
                         "coalesce((SELECT max(rowid) FROM bad_reviews), 0)";

// The period's rows written since (binds: the period's bounds, then each table's stamp and
// row id), as the rules join them (IntegrityQuery: kPeriodRows, the cases of the period's
// evaluations, followUpCalls); then the staff's and org units' marks. The unary + keeps
// SQLite from reading the period's rows by time: it reads the rows written since.
QString changedSql()
{
    return QStringLiteral(
               "SELECT (SELECT count(*) || ' ' || coalesce(max(updated_at), '') "
               "FROM evaluations WHERE +assess_time BETWEEN ? AND ? "
               "AND (updated_at >= ? OR id > ?)), "
               "(SELECT count(*) || ' ' || coalesce(max(c.updated_at), '') FROM cases c "
               "WHERE (c.updated_at >= ? OR c.rowid > ?) AND EXISTS (SELECT 1 FROM evaluations e "
               "WHERE e.project_no = c.project_no AND +e.assess_time BETWEEN ? AND ?)), "
               "(SELECT count(*) || ' ' || coalesce(max(b.updated_at), '') FROM bad_reviews b "
               "WHERE (b.updated_at >= ? OR b.rowid > ?) AND EXISTS (SELECT 1 FROM evaluations e "
               "WHERE e.eval_id = b.eval_id AND +e.assess_time BETWEEN ? AND ?)), %1")
        .arg(QLatin1String(IntegrityMemo::staffAndOrgMarksSql()));
}

std::optional<QStringList> oneRow(CacheDatabase &cache, const QString &sql,
                                  const QVariantList &binds, StoreResult &error)
{
    Connection &c = cache.connection();
    QSqlQuery q(c.database());
    q.setForwardOnly(true);
    bool ok = q.prepare(sql);
    for (int i = 0; ok && i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    if (!ok || !q.exec() || !q.next()) {
        error = c.failure(q.lastError(), QStringLiteral("integrity: period marks"));
        return std::nullopt;
    }
    QStringList row;
    for (int i = 0; i < q.record().count(); ++i)
        row << q.value(i).toString();
    return row;
}

} // namespace

std::optional<QStringList> IntegrityPeriodMarks::changedSince(const Period &period,
                                                              const QStringList &since,
                                                              StoreResult &error)
{
    const QVariant start = StoredTime::toSql(period.start());
    const QVariant end = StoredTime::toSql(period.end());
    const QVariantList binds{
        start, end, since.at(0), since.at(1).toLongLong(), since.at(2), since.at(3).toLongLong(),
        start, end, since.at(4), since.at(5).toLongLong(), start,       end};
    return oneRow(m_cache, changedSql(), binds, error);
}

std::optional<QString> IntegrityPeriodMarks::now(const Period &period, StoreResult *error)
{
    StoreResult ignored;
    StoreResult &r = error ? *error : ignored;
    r = {};
    const auto since = oneRow(m_cache, QString::fromLatin1(kSinceSql), {}, r);
    const auto changed = since ? changedSince(period, *since, r) : std::nullopt;
    if (!changed)
        return std::nullopt;
    return (QStringList{kVersion} << *since << *changed).join(kSeparator);
}

std::optional<bool> IntegrityPeriodMarks::hold(const Period &period, const QString &stored,
                                               StoreResult *error)
{
    StoreResult ignored;
    StoreResult &r = error ? *error : ignored;
    r = {};
    const QStringList parts = stored.split(kSeparator);
    if (parts.size() <= 1 + kSinceColumns || parts.constFirst() != kVersion)
        return false;
    const QStringList since = parts.mid(1, kSinceColumns);
    const auto changed = changedSince(period, since, r);
    if (!changed)
        return std::nullopt;
    return parts.mid(1 + kSinceColumns) == *changed;
}

} // namespace pingjia
