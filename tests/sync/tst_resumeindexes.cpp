// SPDX-License-Identifier: GPL-3.0-or-later
// The choice between live indexes and a rebuild for the rest of a stopped first pull
// (ResumeIndexes.h), on spans worked out by hand.
#include "models/sync/ResumeIndexes.h"

#include <QTest>
#include <QTimeZone>

using namespace pingjia;

namespace {

QDateTime at(int month, int day)
{
    return QDateTime(QDate(2026, month, day), QTime(0, 0), QTimeZone(8 * 3600));
}

} // namespace

class TestResumeIndexes : public QObject {
    Q_OBJECT
private slots:
    void remainingPerStored()
    {
        // Ten days stored (Jan 1–11), five to come: half a row per row stored.
        QCOMPARE(pingjia::remainingPerStored({1000, at(1, 1), at(1, 11)}, at(1, 16)), 0.5);
        // Ten days stored, thirty to come: three.
        QCOMPARE(pingjia::remainingPerStored({1000, at(1, 1), at(1, 11)}, at(2, 10)), 3.0);
        // Stored up to now (the platform's clock behind the rows): nothing to come.
        QCOMPARE(pingjia::remainingPerStored({1000, at(1, 1), at(1, 11)}, at(1, 5)), 0.0);
        // No estimate: nothing stored, or all at one instant.
        QCOMPARE(pingjia::remainingPerStored({0, {}, {}}, at(1, 5)), -1.0);
        QCOMPARE(pingjia::remainingPerStored({10, at(1, 1), at(1, 1)}, at(1, 5)), -1.0);
    }

    void choice()
    {
        const StoredSpan half{1000, at(1, 1), at(1, 11)};
        // The threshold is kRebuildWhenRemainingPerStored = 0.1 rows to come per row stored:
        // ten days stored, so one day to come is 0.1.
        QVERIFY(!resumeRebuildsIndexes(ResumeIndexes::Auto, half, at(1, 11)));      // 0
        QVERIFY(!resumeRebuildsIndexes(ResumeIndexes::Auto, half, at(1, 12)));      // 0.1
        QVERIFY(resumeRebuildsIndexes(ResumeIndexes::Auto, half, at(1, 13)));       // 0.2
        QVERIFY(resumeRebuildsIndexes(ResumeIndexes::Auto, half, at(1, 21)));       // 1
        QVERIFY(resumeRebuildsIndexes(ResumeIndexes::Auto, {0, {}, {}}, at(1, 1))); // empty
        QVERIFY(!resumeRebuildsIndexes(ResumeIndexes::Auto, {10, at(1, 1), at(1, 1)}, at(9, 1)));
        // Forced either way.
        QVERIFY(resumeRebuildsIndexes(ResumeIndexes::Rebuild, half, at(1, 12)));
        QVERIFY(!resumeRebuildsIndexes(ResumeIndexes::KeepLive, half, at(12, 1)));
    }
};

QTEST_GUILESS_MAIN(TestResumeIndexes)
#include "tst_resumeindexes.moc"
