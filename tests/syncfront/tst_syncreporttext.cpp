// SPDX-License-Identifier: GPL-3.0-or-later
// The progress line of `pingjia sync`, `pingjia demo --headless` and the sync section:
// pages are stored on a writer thread behind the receiving one, so a list can be received
// in full before anything of it is stored. The line must never read "0 stored" then
// (issue 7: "机构：已保存 0 条 · 每秒 0 条 · 已完成" for every list of a good sync).
#include "ui/sync/SyncReportText.h"

#include <QRegularExpression>
#include <QTest>

using namespace pingjia;

namespace {

// Organizations received in full (509 records, one page), not stored yet, 250 ms in.
SyncProgress orgsReceivedNotStored()
{
    SyncProgress p;
    p.current = CacheList::Orgs;
    ListProgress &orgs = p.of(CacheList::Orgs);
    orgs.received = 509;
    orgs.fetched = 0;
    orgs.done = true;
    orgs.fraction = 1;
    p.elapsedMs = 250;
    p.etaSeconds = 0;
    return p;
}

bool saysZeroStored(const QString &line)
{
    return line.contains(QRegularExpression(QStringLiteral("\\b0 stored"))) ||
           line.contains(QRegularExpression(QStringLiteral("\\b0 records/s")));
}

} // namespace

class TestSyncReportText : public QObject {
    Q_OBJECT
private slots:
    void receivedListNotYetStoredSaysNoZero()
    {
        const QString line = SyncReportText::progressLine(orgsReceivedNotStored());
        QVERIFY2(!saysZeroStored(line), qPrintable(line));
        // 509 received in 0.25 s: 2036 records/s.
        QCOMPARE(line, QStringLiteral("Organizations: 509 received · 2036 records/s · done"));
    }

    void storedCountOnceThereIsOne()
    {
        SyncProgress p;
        p.current = CacheList::Evaluations;
        p.of(CacheList::Orgs) = orgsReceivedNotStored().of(CacheList::Orgs);
        p.of(CacheList::Orgs).fetched = 509;
        ListProgress &evaluations = p.of(CacheList::Evaluations);
        evaluations.received = 4000;
        evaluations.fetched = 3000;
        evaluations.skipped = 2;
        evaluations.fraction = 0.4;
        p.elapsedMs = 2000;
        p.etaSeconds = 3;
        // (509 + 4000) received in 2 s: 2254.5, rounded 2255 records/s.
        QCOMPARE(SyncReportText::progressLine(p),
                 QStringLiteral("Evaluations: 4000 received, 3000 stored, 2 skipped · "
                                "2255 records/s · about 3 s left"));
    }

    void nothingReceivedYetSaysNoRate()
    {
        SyncProgress p;
        p.current = CacheList::Staff;
        const QString line = SyncReportText::progressLine(p);
        QVERIFY2(!saysZeroStored(line), qPrintable(line));
        QCOMPARE(line, QStringLiteral("Staff: 0 received · time left unknown"));
    }
};

QTEST_GUILESS_MAIN(TestSyncReportText)
#include "tst_syncreporttext.moc"
