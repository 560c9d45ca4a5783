// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/IntegrityQuery.h"

#include "models/store/CacheDatabase.h"
#include "models/store/IndicatorQuery.h"
#include "models/store/StoredTime.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace pingjia {

namespace {

// The department ranking of IndicatorQuery: the unit rule's counts.
std::optional<RankingTable> departmentRanking(CacheDatabase &cache, const Period &period,
                                              const QString &scopeCode, const QDateTime &now,
                                              StoreResult *error)
{
    StoreResult ignored;
    StoreResult &r = error ? *error : ignored;
    r = {};
    return IndicatorQuery(cache).ranking(UnitLevel::Department, period, scopeCode, now, &r);
}

// The staff members with a phone hash and the center they work in (a window's parent is
// its department, a department's parent its center).
const char kStaffPhones[] = R"(
    SELECT s.mobile_hash, s.org_code,
           CASE WHEN o.kind = 'department' THEN o.parent_code ELSE d.parent_code END AS center_code
      FROM staff s
      JOIN org_units o ON o.org_code = s.org_code
      LEFT JOIN org_units d ON d.org_code = o.parent_code
     WHERE s.mobile_hash IS NOT NULL AND s.withdrawn = 0)";

std::optional<qint64> optionalInt(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

bool prepareAndRun(QSqlQuery &q, const QString &sql, const QVariantList &binds)
{
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return false;
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    return q.exec();
}

QVariantList periodBinds(const Period &period)
{
    return {StoredTime::toSql(period.start()), StoredTime::toSql(period.end())};
}

// Runs `sql` on the calling thread's connection and turns each row into a Row with `read`;
// std::nullopt with `error` naming `what` when SQLite refuses.
template <typename Row, typename Read>
std::optional<QList<Row>> readRows(CacheDatabase &cache, const QString &sql,
                                   const QVariantList &binds, const char *what, StoreResult *error,
                                   Read read)
{
    Connection &c = cache.connection();
    QSqlQuery q(c.database());
    if (!prepareAndRun(q, sql, binds)) {
        *error = c.failure(q.lastError(), QStringLiteral("integrity: ") + QLatin1String(what));
        return std::nullopt;
    }
    QList<Row> out;
    while (q.next())
        out.append(read(q));
    return out;
}

} // namespace

IntegrityQuery::IntegrityQuery(CacheDatabase &cache) : m_cache(cache)
{
}

std::optional<QList<IntegrityEvaluation>> IntegrityQuery::evaluations(const Period &period,
                                                                      StoreResult *error)
{
    const QString sql = QStringLiteral(
        "SELECT e.eval_id, e.project_no, e.center_code, e.dept_code, e.window_code, e.level, "
        "e.valid, e.assess_time, c.finish_date, e.mobile_hash, e.cert_hash "
        "FROM evaluations e LEFT JOIN cases c ON c.project_no = e.project_no AND c.withdrawn = 0 "
        "WHERE e.withdrawn = 0 AND e.assess_time BETWEEN ? AND ?");
    return readRows<IntegrityEvaluation>(m_cache, sql, periodBinds(period), "evaluations", error,
                                         [](const QSqlQuery &q) {
                                             IntegrityEvaluation e;
                                             e.evalId = q.value(0).toString();
                                             e.projectNo = q.value(1).toString();
                                             e.centerCode = q.value(2).toString();
                                             e.deptCode = q.value(3).toString();
                                             e.windowCode = q.value(4).toString();
                                             e.level = q.value(5).toInt();
                                             e.valid = q.value(6).toInt() != 0;
                                             e.assessTime = StoredTime::fromSql(q.value(7));
                                             e.caseFinish = StoredTime::fromSql(q.value(8));
                                             e.mobileHash = optionalInt(q.value(9));
                                             e.certHash = optionalInt(q.value(10));
                                             return e;
                                         });
}

std::optional<QList<StaffPhone>> IntegrityQuery::staffPhones(StoreResult *error)
{
    return readRows<StaffPhone>(m_cache, QString::fromLatin1(kStaffPhones), {}, "staff phones",
                                error, [](const QSqlQuery &q) {
                                    return StaffPhone{q.value(0).toLongLong(),
                                                      q.value(2).toString(), q.value(1).toString()};
                                });
}

std::optional<QList<FollowUpCall>> IntegrityQuery::followUpCalls(const Period &period,
                                                                 StoreResult *error)
{
    const QString sql = QStringLiteral(
        "SELECT b.eval_id, e.center_code, e.dept_code, b.follow_up_phone_hash "
        "FROM bad_reviews b JOIN evaluations e ON e.eval_id = b.eval_id "
        "WHERE b.follow_up_phone_hash IS NOT NULL AND b.withdrawn = 0 AND e.withdrawn = 0 "
        "AND e.assess_time BETWEEN ? AND ?");
    return readRows<FollowUpCall>(
        m_cache, sql, periodBinds(period), "follow-up calls", error, [](const QSqlQuery &q) {
            return FollowUpCall{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                q.value(3).toLongLong()};
        });
}

// The period's evaluations, the staff phones and the follow-up calls (no units yet).
std::optional<IntegrityInput> IntegrityQuery::rows(const Period &period, StoreResult &r)
{
    IntegrityInput in;
    auto evaluations = this->evaluations(period, &r);
    if (!evaluations)
        return std::nullopt;
    in.evaluations = std::move(*evaluations);
    auto staff = staffPhones(&r);
    if (!staff)
        return std::nullopt;
    in.staff = std::move(*staff);
    auto calls = followUpCalls(period, &r);
    if (!calls)
        return std::nullopt;
    in.followUpCalls = std::move(*calls);
    return in;
}

std::optional<IntegrityInput> IntegrityQuery::input(const Period &period, const QString &scopeCode,
                                                    const QDateTime &now, StoreResult *error)
{
    const auto ranking = departmentRanking(m_cache, period, scopeCode, now, error);
    return ranking ? input(*ranking, error) : std::nullopt;
}

std::optional<IntegrityInput> IntegrityQuery::input(const RankingTable &departments,
                                                    StoreResult *error)
{
    StoreResult ignored;
    StoreResult &r = error ? *error : ignored;
    r = {};
    auto in = rows(departments.period, r);
    if (!in)
        return std::nullopt;
    for (const RankedUnit &u : departments.units)
        in->units.append(IntegrityUnit{u.unitCode, u.counts});
    return in;
}

QList<IntegrityFlag> IntegrityQuery::runRules(const IntegrityInput &in,
                                              const IntegritySettings &settings)
{
    QList<IntegrityFlag> out;
    out += staffEvaluatorFlags(in.evaluations, in.staff);
    out += repeatEvaluatorFlags(in.evaluations, settings);
    out += levelFiveBurstFlags(in.evaluations, settings);
    out += followUpStaffPhoneFlags(in.followUpCalls, in.staff);
    out += ceilingLowCoverageFlags(in.units, settings);
    out += evaluatedBeforeFinishFlags(in.evaluations);
    std::stable_sort(out.begin(), out.end(), [](const IntegrityFlag &a, const IntegrityFlag &b) {
        if (a.rule != b.rule)
            return int(a.rule) < int(b.rule);
        return a.evalId != b.evalId ? a.evalId < b.evalId : a.unitCode < b.unitCode;
    });
    return out;
}

std::optional<QList<IntegrityFlag>>
IntegrityQuery::evaluationFlags(const Period &period, const IntegritySettings &settings,
                                StoreResult *error)
{
    StoreResult ignored;
    StoreResult &r = error ? *error : ignored;
    r = {};
    const auto in = rows(period, r);
    if (!in)
        return std::nullopt;
    return runRules(*in, settings); // no units: the unit rule flags nothing
}

std::optional<QList<IntegrityFlag>>
IntegrityQuery::flags(const Period &period, const QString &scopeCode, const QDateTime &now,
                      const IntegritySettings &settings, StoreResult *error)
{
    const auto ranking = departmentRanking(m_cache, period, scopeCode, now, error);
    return ranking ? flags(*ranking, settings, error) : std::nullopt;
}

std::optional<QList<IntegrityFlag>> IntegrityQuery::flags(const RankingTable &departments,
                                                          const IntegritySettings &settings,
                                                          StoreResult *error)
{
    const auto in = input(departments, error);
    if (!in)
        return std::nullopt;
    QList<IntegrityFlag> all = runRules(*in, settings);
    if (departments.scopeCode.isEmpty())
        return all;
    QSet<QString> inScope;
    for (const IntegrityUnit &u : in->units)
        inScope.insert(u.unitCode);
    all.removeIf([&](const IntegrityFlag &f) { return !inScope.contains(f.unitCode); });
    return all;
}

std::optional<QStringList> IntegrityQuery::ids(const QString &sql, const Period &period,
                                               StoreResult *error)
{
    Connection &c = m_cache.connection();
    QSqlQuery q(c.database());
    if (!prepareAndRun(q, sql, periodBinds(period))) {
        if (error)
            *error = c.failure(q.lastError(), QStringLiteral("integrity: candidates"));
        return std::nullopt;
    }
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    out.sort();
    return out;
}

std::optional<QStringList> IntegrityQuery::staffEvaluatorIds(const Period &period,
                                                             StoreResult *error)
{
    // Mirrors staffEvaluatorFlags (models/domain/IntegrityRules.h): the evaluator's mobile
    // hash equals the phone hash of a staff member of the evaluated center.
    return ids(QStringLiteral("SELECT DISTINCT e.eval_id FROM evaluations e JOIN (%1) sp "
                              "ON sp.mobile_hash = e.mobile_hash "
                              "AND sp.center_code = e.center_code "
                              "WHERE e.withdrawn = 0 AND e.assess_time BETWEEN ? AND ?")
                   .arg(QString::fromLatin1(kStaffPhones)),
               period, error);
}

std::optional<QStringList> IntegrityQuery::evaluatedBeforeFinishIds(const Period &period,
                                                                    StoreResult *error)
{
    // Mirrors evaluatedBeforeFinishFlags (models/domain/IntegrityRules.h): assessed before
    // the case's finishDate (stored times compare as text: "yyyy-MM-dd HH:mm:ss").
    return ids(QStringLiteral("SELECT e.eval_id FROM evaluations e JOIN cases c "
                              "ON c.project_no = e.project_no AND c.withdrawn = 0 "
                              "WHERE e.withdrawn = 0 AND e.assess_time BETWEEN ? AND ? "
                              "AND c.finish_date IS NOT NULL AND e.assess_time < c.finish_date"),
               period, error);
}

} // namespace pingjia
