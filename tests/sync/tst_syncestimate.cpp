// SPDX-License-Identifier: GPL-3.0-or-later
// Progress without totals: the fraction from updatedAt, the ETA and the rate.
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

    void eta()
    {
        QCOMPARE(SyncEstimate::etaSeconds(0.0, 5000), qint64(-1));
        QCOMPARE(SyncEstimate::etaSeconds(0.5, 10000), qint64(10));
        QCOMPARE(SyncEstimate::etaSeconds(0.25, 10000), qint64(30));
        QCOMPARE(SyncEstimate::etaSeconds(1.0, 10000), qint64(0));
    }

    void rate()
    {
        QCOMPARE(SyncEstimate::recordsPerSecond(1000, 500), 2000.0);
        QCOMPARE(SyncEstimate::recordsPerSecond(1000, 0), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestSyncEstimate)
#include "tst_syncestimate.moc"
