// SPDX-License-Identifier: GPL-3.0-or-later
// The status bar reads ConnectionStatus, which the sync layer feeds: online state, last
// sync in China Standard Time and the age of the data against the (fixed) clock.
#include "ui/ConnectionStatus.h"
#include "ui/ConnectionStatusBar.h"
#include "ui/DataAge.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace pingjia;

namespace {

QDateTime cst(int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone(28800));
}

} // namespace

class TestConnectionStatusBar : public QObject {
    Q_OBJECT

private slots:
    void startsOfflineAndNeverSynced();
    void signalsOnlyOnChange();
    void showsLastSyncAndDataAge();
    void dataAgeWords_data();
    void dataAgeWords();
};

void TestConnectionStatusBar::startsOfflineAndNeverSynced()
{
    ConnectionStatus status;
    QVERIFY(!status.isOnline());
    QVERIFY(!status.lastSync().isValid());
    ConnectionStatusBar bar(status, [] { return cst(2026, 10, 31, 18, 0); });
    QCOMPARE(bar.syncText(), QString("Last sync: never synced"));
    // A home that never signed in is not "offline": there is nothing to reach yet.
    QCOMPARE(bar.onlineText(), QString("● Not signed in"));
    status.setSignedIn(true);
    QCOMPARE(bar.onlineText(), QString("● Offline"));
}

void TestConnectionStatusBar::signalsOnlyOnChange()
{
    ConnectionStatus status;
    QSignalSpy online(&status, &ConnectionStatus::onlineChanged);
    QSignalSpy synced(&status, &ConnectionStatus::lastSyncChanged);
    status.setOnline(false);
    QCOMPARE(online.count(), 0);
    status.setOnline(true);
    status.setOnline(true);
    QCOMPARE(online.count(), 1);
    QCOMPARE(online.at(0).at(0).toBool(), true);
    status.setLastSync(cst(2026, 10, 31, 9, 0));
    status.setLastSync(cst(2026, 10, 31, 9, 0));
    QCOMPARE(synced.count(), 1);
}

void TestConnectionStatusBar::showsLastSyncAndDataAge()
{
    ConnectionStatus status;
    QDateTime now = cst(2026, 10, 31, 18, 0);
    ConnectionStatusBar bar(status, [&now] { return now; });
    status.setSignedIn(true);
    status.setOnline(true);
    QCOMPARE(bar.onlineText(), QString("● Online"));
    status.setLastSync(cst(2026, 10, 31, 15, 0));
    QCOMPARE(bar.syncText(), QString("Last sync: 2026-10-31 15:00 · data 3 hours old"));
    // The age grows with the clock without a new sync.
    now = cst(2026, 11, 2, 16, 0);
    bar.refresh();
    QCOMPARE(bar.syncText(), QString("Last sync: 2026-10-31 15:00 · data 2 days old"));
    status.setOnline(false);
    QCOMPARE(bar.onlineText(), QString("● Offline"));
}

void TestConnectionStatusBar::dataAgeWords_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("words");
    QTest::newRow("clock set back") << qint64(-500) << "less than a minute old";
    QTest::newRow("fresh") << qint64(59) << "less than a minute old";
    QTest::newRow("one minute") << qint64(60) << "1 minute old";
    QTest::newRow("minutes") << qint64(59 * 60 + 59) << "59 minutes old";
    QTest::newRow("one hour") << qint64(3600) << "1 hour old";
    QTest::newRow("hours") << qint64(23 * 3600 + 3599) << "23 hours old";
    QTest::newRow("one day") << qint64(86400) << "1 day old";
    QTest::newRow("township offline") << qint64(9 * 86400 + 5) << "9 days old";
}

void TestConnectionStatusBar::dataAgeWords()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, words);
    QCOMPARE(describeDataAge(seconds), words);
}

QTEST_MAIN(TestConnectionStatusBar)
#include "tst_connectionstatusbar.moc"
