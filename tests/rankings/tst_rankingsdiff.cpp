// SPDX-License-Identifier: GPL-3.0-or-later
// The rollup-based figures against the straightforward aggregate (IndicatorSql::
// referenceCountsSql straight over cases and evaluations, handlingCountsSql straight over
// bad_reviews) on a cache synced from the simulator, for every unit of random levels,
// periods and "now"s: equal, every figure. The handling figures also against the domain's
// rules (BadReviewTimeliness.h) applied to the same synced handling records. Then the
// platform moves on (/sim/advance), an incremental sync brings new, withdrawn and late
// rows, the rollups refresh only the touched months, and both comparisons hold again; and
// again after a local action's answer is stored (a delay moving a deadline to the next
// month, a rectification completed): the handling rollups rebuild exactly the months those
// two records touch (old and new), no other. Last, a sync writing while a whole rollup
// build is under way (held by a test hook after it staged its rows) neither waits nor
// fails, and the next refresh brings the figures level with what it wrote.

#include "SimSyncedCache.h"

#include "models/domain/BadReviewTimeliness.h"
#include "models/domain/PlatformTime.h"
#include "models/store/CacheDatabase.h"
#include "models/store/CacheReader.h"
#include "models/store/CacheWriter.h"
#include "models/store/Connection.h"
#include "models/store/IndicatorQuery.h"
#include "models/store/IndicatorRollup.h"
#include "models/store/IndicatorSql.h"
#include "models/store/StoredTime.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace pingjia;
using namespace pingjia::rankingstest;
using IndicatorSql::Grain;

namespace {

struct Case {
    UnitLevel level;
    Grain grain;
    Period period;
    QDateTime now;
};

QString describe(const Case &c)
{
    return QStringLiteral("%1 %2 now %3")
        .arg(unitLevelToString(c.level), c.period.key(), formatPlatformTime(c.now));
}

} // namespace

class TestRankingsDiff : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void rollupsEqualTheStraightforwardAggregate();
    void handlingFiguresMirrorTheDomain();
    void afterAnIncrementalSync();
    void afterALocalActionIsStored();
    void aSyncWritesDuringARollupBuild();

private:
    QList<Case> randomCases(const QDateTime &now, int n);
    void compare(const Case &c);
    void compareHandling(const Period &period, const QDateTime &now);
    QHash<QString, UnitCounts> reference(Grain grain, const Period &p, const QDateTime &now);

    SimSyncedCache m_synced;
    QRandomGenerator m_random{20261031};
    qint64 m_handlingSeen = 0;
};

void TestRankingsDiff::initTestCase()
{
    QString error;
    QVERIFY2(m_synced.create(&error, QStringLiteral("3")), qPrintable(error));
}

QList<Case> TestRankingsDiff::randomCases(const QDateTime &now, int n)
{
    const struct {
        UnitLevel level;
        Grain grain;
    } levels[] = {{UnitLevel::Center, Grain::Center},
                  {UnitLevel::Department, Grain::Department},
                  {UnitLevel::Window, Grain::Window},
                  {UnitLevel::Staff, Grain::Staff}};
    QList<Case> cases;
    const QDate today = platformDate(now);
    for (int i = 0; i < n; ++i) {
        const auto &l = levels[m_random.bounded(4)];
        Period p;
        switch (m_random.bounded(4)) {
        case 0:
            p = Period::containing(PeriodKind::Month, today.addMonths(-m_random.bounded(12)));
            break;
        case 1:
            p = Period::containing(PeriodKind::Quarter, today.addMonths(-3 * m_random.bounded(4)));
            break;
        case 2:
            p = Period::year(today.year());
            break;
        default: {
            const QDate first = today.addDays(-m_random.bounded(300));
            p = Period::range(first, first.addDays(m_random.bounded(100)));
        }
        }
        // "now" at the sync time or up to ten days earlier, to the second: the partial
        // day of the 7-day defaults moves through the data.
        const QDateTime at = now.addSecs(-qint64(m_random.bounded(10 * 24 * 3600)));
        cases << Case{l.level, l.grain, p, m_random.bounded(2) ? now : at};
    }
    return cases;
}

QHash<QString, UnitCounts> TestRankingsDiff::reference(Grain grain, const Period &p,
                                                       const QDateTime &now)
{
    QSqlQuery q(m_synced.cache->connection().database());
    if (!q.prepare(IndicatorSql::referenceCountsSql(grain)))
        qWarning() << q.lastError().text();
    const auto window = IndicatorSql::defaultFinishWindow(p, now);
    q.bindValue(QStringLiteral(":ps"), IndicatorSql::periodStart(p));
    q.bindValue(QStringLiteral(":pe"), IndicatorSql::periodEnd(p));
    q.bindValue(QStringLiteral(":dfrom"), window.from);
    q.bindValue(QStringLiteral(":dto"), window.to);
    QHash<QString, UnitCounts> out;
    if (!q.exec())
        qWarning() << q.lastError().text();
    while (q.next()) {
        UnitCounts &u = out[q.value(0).toString()];
        u.servedCases = q.value(1).toLongLong();
        u.evaluatedCases = q.value(2).toLongLong();
        u.evaluations = q.value(3).toLongLong();
        u.validEvaluations = q.value(4).toLongLong();
        u.invalidEvaluations = u.evaluations - u.validEvaluations;
        for (int l = 0; l < 5; ++l)
            u.levels[l] = q.value(5 + l).toLongLong();
        u.defaultEvaluations = q.value(10).toLongLong();
    }
    QSqlQuery h(m_synced.cache->connection().database());
    if (!h.prepare(IndicatorSql::handlingCountsSql(grain)))
        qWarning() << h.lastError().text();
    h.bindValue(QStringLiteral(":ps"), IndicatorSql::periodStart(p));
    h.bindValue(QStringLiteral(":pe"), IndicatorSql::periodEnd(p));
    h.bindValue(QStringLiteral(":now"), StoredTime::toText(now));
    if (!h.exec())
        qWarning() << h.lastError().text();
    while (h.next()) {
        UnitCounts &u = out[h.value(0).toString()];
        u.verifyDue = h.value(1).toLongLong();
        u.verifiedByDeadline = h.value(2).toLongLong();
        u.rectificationDue = h.value(3).toLongLong();
        u.rectifiedByDeadline = h.value(4).toLongLong();
        u.confirmedBadReviews = h.value(5).toLongLong();
        u.rectifiedBadReviews = h.value(6).toLongLong();
        u.followedUp = h.value(7).toLongLong();
        u.followUpSatisfactionSum = h.value(8).toLongLong();
        u.followUpSatisfactionCount = h.value(9).toLongLong();
    }
    return out;
}

void TestRankingsDiff::compare(const Case &c)
{
    IndicatorQuery query(*m_synced.cache);
    StoreResult error;
    const auto table = query.ranking(c.level, c.period, {}, c.now, &error);
    QVERIFY2(table, qPrintable(error.message));
    const QHash<QString, UnitCounts> expected = reference(c.grain, c.period, c.now);
    QSet<QString> listed;
    for (const RankedUnit &u : table->units) {
        listed.insert(u.unitCode);
        const UnitCounts &mine = u.counts;
        const UnitCounts ref = expected.value(u.unitCode);
        m_handlingSeen += ref.verifyDue + ref.rectificationDue + ref.confirmedBadReviews;
        if (!(mine == ref)) {
            QFAIL(qPrintable(
                QStringLiteral("%1: unit %2 served %3/%4 evaluated %5/%6 evaluations %7/%8 "
                               "valid %9/%10 defaults %11/%12")
                    .arg(describe(c), u.unitCode)
                    .arg(mine.servedCases)
                    .arg(ref.servedCases)
                    .arg(mine.evaluatedCases)
                    .arg(ref.evaluatedCases)
                    .arg(mine.evaluations)
                    .arg(ref.evaluations)
                    .arg(mine.validEvaluations)
                    .arg(ref.validEvaluations)
                    .arg(mine.defaultEvaluations)
                    .arg(ref.defaultEvaluations) +
                QStringLiteral(
                    " verify %1/%2 by %3/%4 rectification %5/%6 by %7/%8 confirmed %9/%10")
                    .arg(mine.verifyDue)
                    .arg(ref.verifyDue)
                    .arg(mine.verifiedByDeadline)
                    .arg(ref.verifiedByDeadline)
                    .arg(mine.rectificationDue)
                    .arg(ref.rectificationDue)
                    .arg(mine.rectifiedByDeadline)
                    .arg(ref.rectifiedByDeadline)
                    .arg(mine.confirmedBadReviews)
                    .arg(ref.confirmedBadReviews) +
                QStringLiteral(" rectified %1/%2 followed %3/%4 satisfaction %5/%6 of %7/%8")
                    .arg(mine.rectifiedBadReviews)
                    .arg(ref.rectifiedBadReviews)
                    .arg(mine.followedUp)
                    .arg(ref.followedUp)
                    .arg(mine.followUpSatisfactionSum)
                    .arg(ref.followUpSatisfactionSum)
                    .arg(mine.followUpSatisfactionCount)
                    .arg(ref.followUpSatisfactionCount)));
        }
    }
    // Every unit with activity is in the table.
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (!it.key().isEmpty() && !(it.value() == UnitCounts{}))
            QVERIFY2(listed.contains(it.key()),
                     qPrintable(describe(c) + QLatin1Char(' ') + it.key()));
    }
}

void TestRankingsDiff::rollupsEqualTheStraightforwardAggregate()
{
    for (const Case &c : randomCases(parsePlatformTime(kSimNow), 24)) {
        compare(c);
        if (QTest::currentTestFailed())
            return;
    }
    // The handling figures were not all zero (the comparison could fail).
    QVERIFY(m_handlingSeen > 0);
    // "now" inside the deadlines' spread: some verify and rectification deadlines not yet due.
    const QDateTime now = parsePlatformTime(kSimNow);
    for (const QDateTime &at : {now.addDays(-12), now.addDays(-3).addSecs(7 * 3600 + 1)}) {
        compare({UnitLevel::Department, Grain::Department, Period::month(2026, 10), at});
        compare({UnitLevel::Staff, Grain::Staff, Period::quarter(2026, 4), at});
        compare({UnitLevel::Center, Grain::Center,
                 Period::range(QDate(2026, 9, 17), QDate(2026, 10, 20)), at});
        if (QTest::currentTestFailed())
            return;
    }
}

void TestRankingsDiff::compareHandling(const Period &period, const QDateTime &now)
{
    struct Facts {
        QString dept;
        QDateTime assess;
        bool counts = false;
    };
    QHash<QString, Facts> evaluations;
    QSqlQuery q(m_synced.cache->connection().database());
    QVERIFY(q.exec(QStringLiteral("SELECT eval_id, dept_code, assess_time, valid, withdrawn FROM "
                                  "evaluations WHERE level <= 2")));
    while (q.next()) {
        evaluations.insert(q.value(0).toString(),
                           {q.value(1).toString(), parsePlatformTime(q.value(2).toString()),
                            q.value(3).toInt() == 1 && q.value(4).toInt() == 0});
    }
    QHash<QString, UnitCounts> expected;
    CacheReader reader(*m_synced.cache);
    int records = 0;
    const StoreResult r = reader.forEachBadReview([&](const HandlingRecord &h) {
        const Facts f = evaluations.value(h.evalId);
        if (h.withdrawn || !f.counts)
            return true;
        ++records;
        UnitCounts &u = expected[f.dept];
        if (period.contains(h.verifyDeadline) && h.verifyDeadline <= now) {
            ++u.verifyDue;
            u.verifiedByDeadline += verifiedByDeadline(h) ? 1 : 0;
        }
        const QDateTime effective = h.effectiveRectificationDeadline();
        const bool confirmed = h.verifyResult == VerifyResult::Confirmed;
        if (confirmed && effective.isValid() && period.contains(effective) && effective <= now) {
            ++u.rectificationDue;
            u.rectifiedByDeadline += rectifiedByDeadline(h) ? 1 : 0;
        }
        if (confirmed && period.contains(f.assess)) {
            ++u.confirmedBadReviews;
            u.rectifiedBadReviews += isRectificationDone(h.state) ? 1 : 0;
            if (isFollowedUp(h.state)) {
                ++u.followedUp;
                if (h.followUp) {
                    u.followUpSatisfactionSum += h.followUp->satisfaction;
                    ++u.followUpSatisfactionCount;
                }
            }
        }
        return true;
    });
    QVERIFY2(r.ok(), qPrintable(r.message));
    QVERIFY(records > 0);
    IndicatorQuery query(*m_synced.cache);
    const auto table = query.ranking(UnitLevel::Department, period, {}, now);
    QVERIFY(table);
    qint64 due = 0;
    for (const RankedUnit &u : table->units) {
        const UnitCounts e = expected.value(u.unitCode);
        const UnitCounts &m = u.counts;
        const QString where = period.key() + QLatin1Char(' ') + u.unitCode;
        QVERIFY2(m.verifyDue == e.verifyDue && m.verifiedByDeadline == e.verifiedByDeadline,
                 qPrintable(where));
        QVERIFY2(m.rectificationDue == e.rectificationDue &&
                     m.rectifiedByDeadline == e.rectifiedByDeadline,
                 qPrintable(where));
        QVERIFY2(m.confirmedBadReviews == e.confirmedBadReviews &&
                     m.rectifiedBadReviews == e.rectifiedBadReviews && m.followedUp == e.followedUp,
                 qPrintable(where));
        QVERIFY2(m.followUpSatisfactionSum == e.followUpSatisfactionSum &&
                     m.followUpSatisfactionCount == e.followUpSatisfactionCount,
                 qPrintable(where));
        due += m.verifyDue + m.rectificationDue;
    }
    Q_UNUSED(due);
}

void TestRankingsDiff::handlingFiguresMirrorTheDomain()
{
    const QDateTime now = parsePlatformTime(kSimNow);
    for (const Period &p :
         {Period::month(2026, 8), Period::month(2026, 10), Period::quarter(2026, 3)}) {
        compareHandling(p, now);
        if (QTest::currentTestFailed())
            return;
    }
}

void TestRankingsDiff::afterAnIncrementalSync()
{
    // Build the rollups as of now, then let the platform move on three days.
    IndicatorRollup before(m_synced.cache->connection());
    QVERIFY(before.refresh().ok());
    QVERIFY(m_synced.advance(72));
    QString error;
    QVERIFY2(m_synced.syncAgain(&error), qPrintable(error));
    IndicatorRollup rollup(m_synced.cache->connection());
    QVERIFY(!rollup.isFresh());
    qint64 months = 0;
    QVERIFY(rollup.refresh(&months).ok());
    QSqlQuery all(m_synced.cache->connection().database());
    QVERIFY(all.exec(QStringLiteral("SELECT count(DISTINCT month) FROM indicator_month")) &&
            all.next());
    QVERIFY2(
        months > 0 && months < all.value(0).toLongLong(),
        qPrintable(
            QStringLiteral("rebuilt %1 of %2 months").arg(months).arg(all.value(0).toLongLong())));
    QVERIFY(rollup.isFresh());
    const QDateTime now = parsePlatformTime(kSimNow).addSecs(72 * 3600);
    for (const Case &c : randomCases(now, 16)) {
        compare(c);
        if (QTest::currentTestFailed())
            return;
    }
    compareHandling(Period::month(2026, 10), now);
    compareHandling(Period::month(2026, 11), now);
}

void TestRankingsDiff::afterALocalActionIsStored()
{
    // Two records as the outbox stores the platform's answers (OutboxPusher::storeRecord):
    // a confirmed one whose approved delay moves its deadline into the next month, and an
    // open one completed. Chosen from the cache: confirmed, valid, open, the latest
    // deadlines before December; the delay moves the first into December.
    IndicatorRollup rollup(m_synced.cache->connection());
    QVERIFY(rollup.refresh().ok());
    QVERIFY(rollup.isFresh());
    QSqlQuery q(m_synced.cache->connection().database());
    QVERIFY(q.exec(QStringLiteral(
        "SELECT b.eval_id FROM bad_reviews b JOIN evaluations e ON e.eval_id = b.eval_id WHERE "
        "b.verify_result = 'confirmed' AND b.withdrawn = 0 AND e.valid = 1 AND e.withdrawn = 0 "
        "AND b.state IN ('confirmed', 'rectifying') AND coalesce(b.delay_deadline, "
        "b.rectification_deadline) < '2026-12-01 00:00:00' ORDER BY coalesce(b.delay_deadline, "
        "b.rectification_deadline) DESC, b.eval_id LIMIT 2")));
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    q.finish();
    QCOMPARE(ids.size(), 2);
    // The months the two writes touch, worked out from the rows: every deadline's and the
    // assess month, before (OLD) and after (NEW: the delay's December).
    QVERIFY(q.exec(
        QStringLiteral(
            "SELECT substr(b.verify_deadline, 1, 7), substr(b.rectification_deadline, 1, 7), "
            "substr(b.delay_deadline, 1, 7), substr(e.assess_time, 1, 7) FROM bad_reviews b JOIN "
            "evaluations e ON e.eval_id = b.eval_id WHERE b.eval_id IN ('%1', '%2')")
            .arg(ids[0], ids[1])));
    QSet<QString> touched{QStringLiteral("2026-12")};
    while (q.next()) {
        for (int col = 0; col < 4; ++col) {
            if (!q.value(col).isNull())
                touched.insert(q.value(col).toString());
        }
    }
    q.finish();
    // A row under a month nobody touched: a whole rebuild would drop it.
    QVERIFY(q.exec(QStringLiteral("INSERT INTO indicator_handling_month (grain, unit_code, "
                                  "month, verify_due) VALUES (2, 'sentinel', '2001-01', 7)")));
    CacheReader reader(*m_synced.cache);
    auto delayed = reader.badReview(ids[0]);
    auto completed = reader.badReview(ids[1]);
    QVERIFY(delayed && completed);
    delayed->delayDeadline = parsePlatformTime(QStringLiteral("2026-12-04 17:00:00"));
    delayed->delayReason = QStringLiteral("test");
    delayed->version += 1;
    completed->state = HandlingState::Rectified;
    completed->history << HistoryEntry{};
    completed->history.last().actionId = QStringLiteral("test-complete");
    completed->history.last().actor = QStringLiteral("test");
    completed->history.last().type = ActionType::Complete;
    completed->history.last().at = parsePlatformTime(QStringLiteral("2026-10-02 09:00:00"));
    completed->version += 1;
    QVERIFY(CacheWriter(*m_synced.cache, nullptr).upsertBadReviews({*delayed, *completed}).ok());
    QVERIFY(!rollup.isFresh());
    QStringList rebuilt;
    QVERIFY(rollup.refresh(nullptr, &rebuilt).ok());
    QStringList expected = touched.values();
    expected.sort();
    QCOMPARE(rebuilt, expected);
    QVERIFY(q.exec(QStringLiteral("SELECT verify_due FROM indicator_handling_month WHERE "
                                  "unit_code = 'sentinel'")) &&
            q.next());
    QCOMPARE(q.value(0).toInt(), 7);
    q.finish();
    QVERIFY(q.exec(QStringLiteral("DELETE FROM indicator_handling_month WHERE unit_code = "
                                  "'sentinel'")));
    const QDateTime now = parsePlatformTime(kSimNow).addSecs(72 * 3600);
    for (const Period &p :
         {Period::month(2026, 10), Period::month(2026, 11), Period::month(2026, 12)}) {
        compare({UnitLevel::Department, Grain::Department, p, now});
        compare({UnitLevel::Window, Grain::Window, p, now});
        compareHandling(p, now);
        if (QTest::currentTestFailed())
            return;
    }
    // At the year's end the delayed deadline is due in December.
    const QDateTime yearEnd = parsePlatformTime(QStringLiteral("2026-12-31 23:00:00"));
    compare({UnitLevel::Department, Grain::Department, Period::month(2026, 12), yearEnd});
    compareHandling(Period::month(2026, 12), yearEnd);
    QVERIFY(rollup.isFresh());
}

void TestRankingsDiff::aSyncWritesDuringARollupBuild()
{
    // A whole build (the long one: ~40 s of CPU at 1M), held after it staged its rows.
    IndicatorRollup rollup(m_synced.cache->connection());
    QVERIFY(rollup.invalidate().ok());
    QSqlQuery q(m_synced.cache->connection().database());
    QVERIFY(
        q.exec(QStringLiteral(
            "SELECT b.eval_id, e.eval_id FROM bad_reviews b JOIN evaluations e ON e.eval_id = "
            "b.eval_id WHERE b.verify_result = 'confirmed' AND b.withdrawn = 0 AND e.valid = 1 AND "
            "e.withdrawn = 0 AND b.state IN ('confirmed', 'rectifying') AND e.assess_time >= "
            "'2026-10-01 00:00:00' ORDER BY b.eval_id LIMIT 1")) &&
        q.next());
    const QString id = q.value(0).toString();
    q.finish();
    QVERIFY(q.exec(QStringLiteral("SELECT max(updated_at) FROM evaluations")) && q.next());
    const QString later = formatPlatformTime(parsePlatformTime(q.value(0).toString()).addSecs(1));
    q.finish();
    auto record = CacheReader(*m_synced.cache).badReview(id);
    QVERIFY(record);
    record->delayDeadline = parsePlatformTime(QStringLiteral("2027-01-08 17:00:00"));
    record->delayReason = QStringLiteral("test");
    record->version += 1;

    // The sync, on its own connection with no busy timeout at all: a write lock held by
    // the build would fail it at once ("database is locked").
    bool hookRan = false;
    StoreResult written;
    IndicatorRollup::setBuildHookForTest([&] {
        hookRan = true;
        CacheDatabase sync(m_synced.cache->path());
        if (written = sync.open(); !written.ok())
            return;
        if (written = sync.connection().exec(QStringLiteral("PRAGMA busy_timeout = 0"));
            !written.ok())
            return;
        if (written = CacheWriter(sync, nullptr).upsertBadReviews({*record}); !written.ok())
            return;
        // And an evaluation the platform withdrew, stamped after everything seen so far.
        written = sync.connection().exec(
            QStringLiteral("UPDATE evaluations SET withdrawn = 1, updated_at = '%1' WHERE "
                           "eval_id = (SELECT min(eval_id) FROM evaluations WHERE withdrawn = 0 "
                           "AND assess_time >= '2026-11-01 00:00:00')")
                .arg(later));
    });
    const StoreResult built = rollup.refresh();
    IndicatorRollup::setBuildHookForTest({});
    QVERIFY(hookRan);
    QVERIFY2(written.ok(), qPrintable(written.message));
    QVERIFY2(built.ok(), qPrintable(built.message));
    // The build was stored (as of its snapshot), and what the sync wrote is still to do.
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM indicator_month")) && q.next());
    QVERIFY(q.value(0).toLongLong() > 0);
    q.finish();
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM indicator_handling_dirty WHERE month = "
                                  "'2027-01'")) &&
            q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    q.finish();
    QVERIFY(!rollup.isFresh());
    QVERIFY(rollup.refresh().ok());
    QVERIFY(rollup.isFresh());
    const QDateTime now = parsePlatformTime(QStringLiteral("2027-01-31 23:00:00"));
    for (const Period &p :
         {Period::month(2026, 10), Period::month(2026, 11), Period::month(2027, 1)}) {
        compare({UnitLevel::Department, Grain::Department, p, now});
        compare({UnitLevel::Staff, Grain::Staff, p, now});
        compareHandling(p, now);
        if (QTest::currentTestFailed())
            return;
    }
}

QTEST_GUILESS_MAIN(TestRankingsDiff)
#include "tst_rankingsdiff.moc"
