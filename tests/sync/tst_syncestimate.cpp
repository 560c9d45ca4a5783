// SPDX-License-Identifier: GPL-3.0-or-later
// Progress without totals: the fraction from updatedAt, the ETA of what remains (lists
// not started included) and the rate.
#include "models/domain/PlatformTime.h"
#include "models/sync/SyncEstimate.h"

#include <QTest>

using namespace pingjia;

class TestSyncEstimate : public QObject {
    Q_OBJECT
private slots:
    void fractionFollowsUpdatedAt()
    {
        const QDateTime first = parsePlatformTime(QStringLiteral("2025-10-31 18:00:00"));
        const QDateTime now = parsePlatformTime(QStringLiteral("2026-10-31 18:00:00"));
        const QDateTime half = first.addSecs(first.secsTo(now) / 2);
        QCOMPARE(SyncEstimate::fraction(first, first, now), 0.0);
        QCOMPARE(SyncEstimate::fraction(first, half, now), 0.5);
        QCOMPARE(SyncEstimate::fraction(first, now, now), 1.0);
        QCOMPARE(SyncEstimate::fraction(first, now.addDays(1), now), 1.0); // clock skew
        QCOMPARE(SyncEstimate::fraction(QDateTime(), half, now), 0.0);
        QCOMPARE(SyncEstimate::fraction(now, now, now), 1.0); // nothing to wait for
    }

    // 1,000 records/s; the list being pulled is cases.
    static SyncProgress progressAtCases(double casesFraction, qint64 casesFetched)
    {
        SyncProgress p;
        p.current = CacheList::Cases;
        p.recordsPerSecond = 1000;
        for (CacheList done : {CacheList::Orgs, CacheList::Staff, CacheList::Items})
            p.of(done).done = true;
        p.of(CacheList::Cases).fraction = casesFraction;
        p.of(CacheList::Cases).fetched = casesFetched;
        return p;
    }

    void etaCountsTheListsNotStartedYet()
    {
        SyncEstimate::Expected expected;
        expected[std::size_t(CacheList::Evaluations)] = 60000; // cached, pulled from the start
        expected[std::size_t(CacheList::BadReviews)] = 0;      // from a cursor
        // Cases a quarter through with 5,000 records: 15,000 to come; then 60,000
        // evaluations: 75,000 records at 1,000/s.
        QCOMPARE(SyncEstimate::etaSeconds(progressAtCases(0.25, 5000), expected), qint64(75));
        // Not the 15 s the list being pulled alone would give.
    }

    void etaIsUnknownUntilEveryRemainingListIsKnown()
    {
        SyncEstimate::Expected expected; // a first pull: nothing cached, no cursors
        QCOMPARE(SyncEstimate::etaSeconds(progressAtCases(0.5, 5000), expected), qint64(-1));
        expected[std::size_t(CacheList::Evaluations)] = 10000;
        expected[std::size_t(CacheList::BadReviews)] = 500;
        // Half of the cases (5,000 more) + 10,500 = 15,500 records at 1,000/s.
        QCOMPARE(SyncEstimate::etaSeconds(progressAtCases(0.5, 5000), expected), qint64(16));
        // No fraction yet and no expectation for the current list: unknown.
        QCOMPARE(SyncEstimate::etaSeconds(progressAtCases(0.0, 0), expected), qint64(-1));
        // No rate yet: unknown.
        SyncProgress still = progressAtCases(0.5, 5000);
        still.recordsPerSecond = 0;
        QCOMPARE(SyncEstimate::etaSeconds(still, expected), qint64(-1));
    }

    void etaOfAListPulledAgainUsesTheCachedCount()
    {
        SyncEstimate::Expected expected;
        expected[std::size_t(CacheList::Cases)] = 8000;
        expected[std::size_t(CacheList::Evaluations)] = 0;
        expected[std::size_t(CacheList::BadReviews)] = 0;
        // Before the first page's fraction: 8,000 − 3,000 = 5,000 records at 1,000/s.
        QCOMPARE(SyncEstimate::etaSeconds(progressAtCases(0.0, 3000), expected), qint64(5));
    }

    void etaIsZeroWhenEverythingIsDone()
    {
        SyncProgress p;
        p.current = CacheList::BadReviews;
        p.recordsPerSecond = 10;
        for (ListProgress &l : p.lists)
            l.done = true;
        QCOMPARE(SyncEstimate::etaSeconds(p, {}), qint64(0));
    }

    void rate()
    {
        QCOMPARE(SyncEstimate::recordsPerSecond(1000, 500), 2000.0);
        QCOMPARE(SyncEstimate::recordsPerSecond(1000, 0), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestSyncEstimate)
#include "tst_syncestimate.moc"
