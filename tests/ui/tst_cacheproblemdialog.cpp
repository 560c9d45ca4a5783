// SPDX-License-Identifier: GPL-3.0-or-later
// The startup dialog for an unusable cache: the way forward (rebuild) only where it
// helps, the local-work file named as safe, the store's message in the details, and a
// real click on the buttons.
#include "ui/CacheProblemDialog.h"

#include <QAbstractButton>
#include <QPushButton>
#include <QTest>
#include <QTimer>

using namespace pingjia;

class TestCacheProblemDialog : public QObject {
    Q_OBJECT

private slots:
    void corruptCacheOffersRebuild();
    void newerCacheAlsoMentionsTheNewerVersion();
    void busyCacheOffersOnlyQuit();
    void clickingRebuildIsRecorded();
};

void TestCacheProblemDialog::corruptCacheOffersRebuild()
{
    const StoreResult problem =
        StoreResult::failure(StoreErrorKind::Corrupt, "The cache file /h/cache.sqlite is damaged.");
    CacheProblemDialog dialog(problem, "/h/cache.sqlite", "/h/localwork.sqlite");
    QVERIFY(dialog.rebuildButton());
    QVERIFY(dialog.quitButton());
    QVERIFY(dialog.informativeText().contains("/h/localwork.sqlite"));
    QVERIFY(dialog.informativeText().contains("not deleted"));
    QVERIFY(dialog.detailedText().contains("is damaged"));
    QVERIFY(dialog.detailedText().contains("/h/cache.sqlite"));
    QVERIFY(dialog.defaultButton() == dialog.rebuildButton());
    QVERIFY(!dialog.rebuildChosen());
}

void TestCacheProblemDialog::newerCacheAlsoMentionsTheNewerVersion()
{
    CacheProblemDialog dialog(StoreResult::failure(StoreErrorKind::NewerSchema, "schema 9 > 1"),
                              "/h/cache.sqlite", "/h/localwork.sqlite");
    QVERIFY(dialog.rebuildButton());
    QVERIFY(dialog.informativeText().contains("newer Pingjia"));
}

void TestCacheProblemDialog::busyCacheOffersOnlyQuit()
{
    CacheProblemDialog dialog(StoreResult::failure(StoreErrorKind::Busy, "busy"), "/h/cache.sqlite",
                              "/h/localwork.sqlite");
    QVERIFY(!dialog.rebuildButton());
    QVERIFY(dialog.quitButton());
    QVERIFY(dialog.informativeText().contains("/h/localwork.sqlite"));
    QVERIFY(!CacheProblemDialog::rebuildHelps(StoreErrorKind::Io));
}

void TestCacheProblemDialog::clickingRebuildIsRecorded()
{
    CacheProblemDialog dialog(StoreResult::failure(StoreErrorKind::Corrupt, "damaged"),
                              "/h/cache.sqlite", "/h/localwork.sqlite");
    // Clicked from inside the modal loop, as a user would.
    QTimer::singleShot(0, &dialog,
                       [&dialog] { QTest::mouseClick(dialog.rebuildButton(), Qt::LeftButton); });
    dialog.exec();
    QVERIFY(dialog.rebuildChosen());

    CacheProblemDialog quit(StoreResult::failure(StoreErrorKind::Corrupt, "damaged"),
                            "/h/cache.sqlite", "/h/localwork.sqlite");
    QTimer::singleShot(0, &quit, [&quit] { QTest::mouseClick(quit.quitButton(), Qt::LeftButton); });
    quit.exec();
    QVERIFY(!quit.rebuildChosen());
}

QTEST_MAIN(TestCacheProblemDialog)
#include "tst_cacheproblemdialog.moc"
