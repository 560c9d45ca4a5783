// SPDX-License-Identifier: GPL-3.0-or-later
// The cache's whole-file integrity check runs after the window is shown, on a worker
// thread: opening a cache with damaged pages in its middle succeeds (open() no longer
// reads every page), the check finds the damage, and the window paints while the check
// is held on its worker; a damaged cache found that way is offered for rebuilding.
#include "../store/StoreFixtures.h"
#include "app/StartupCacheCheck.h"
#include "app/UserHome.h"
#include "app/WindowSession.h"
#include "models/secrets/InMemorySecretStore.h"
#include "models/secrets/PersonalDataCipher.h"
#include "models/store/CacheDatabase.h"
#include "models/store/CacheWriter.h"
#include "models/store/LocalWorkDatabase.h"
#include "ui/CacheProblemDialog.h"
#include "ui/MainWindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QSemaphore>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <atomic>

using namespace pingjia;

namespace {

// A real cache spanning many pages, closed cleanly, with pages 8–10 overwritten: the
// header and the schema stay readable, the damage shows only when those pages are read.
void writeDamagedCache(const QString &file)
{
    {
        InMemorySecretStore secrets;
        PersonalDataCipher cipher(secrets);
        CacheDatabase cache(file);
        QVERIFY(cache.open().ok());
        CacheWriter writer(cache, &cipher);
        QList<Evaluation> list;
        for (int i = 0; i < 3000; ++i)
            list << fixtures::evaluation(i, i % 5 + 1, QStringLiteral("排队两个小时无人引导"));
        QVERIFY(writer.upsertEvaluations(list).ok());
        cache.connection().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        cache.closeThisThread();
    }
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.size() > 40 * 4096);
    f.seek(8 * 4096);
    f.write(QByteArray(3 * 4096, '\xAB'));
}

// Sets `painted` at the first paint of `window` or of a widget inside it.
class PaintWatch : public QObject {
public:
    PaintWatch(QWidget *window, std::function<void()> painted)
        : m_window(window), m_painted(std::move(painted))
    {
        qApp->installEventFilter(this);
    }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_done && event->type() == QEvent::Paint && watched->isWidgetType() &&
            (watched == m_window || m_window->isAncestorOf(static_cast<QWidget *>(watched)))) {
            m_done = true;
            m_painted();
        }
        return false;
    }

private:
    QWidget *m_window;
    std::function<void()> m_painted;
    bool m_done = false;
};

} // namespace

class TestCacheCheck : public QObject {
    Q_OBJECT
private slots:
    void damagedPagesOpenAndTheCheckFindsThem();
    void windowPaintsBeforeTheCheckAndOffersRebuild();
};

void TestCacheCheck::damagedPagesOpenAndTheCheckFindsThem()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("cache.sqlite"));
    writeDamagedCache(file);
    if (QTest::currentTestFailed())
        return;
    CacheDatabase cache(file);
    const StoreResult opened = cache.open();
    QVERIFY2(opened.ok(), qPrintable(opened.message)); // no page of the damage was read

    StartupCacheCheck check(cache);
    QSignalSpy finished(&check, &StartupCacheCheck::finished);
    check.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    const auto result = finished.first().first().value<StoreResult>();
    QCOMPARE(result.kind, StoreErrorKind::Corrupt);
    QVERIFY2(result.message.contains(QStringLiteral("damaged")), qPrintable(result.message));
}

void TestCacheCheck::windowPaintsBeforeTheCheckAndOffersRebuild()
{
    QTemporaryDir dir;
    const UserHome home = UserHome::inDirectory(dir.path());
    QString error;
    QVERIFY2(home.ensureExists(&error), qPrintable(error));
    writeDamagedCache(home.cacheFile());
    if (QTest::currentTestFailed())
        return;
    QSettings settings(dir.filePath(QStringLiteral("pingjia.ini")), QSettings::IniFormat);

    // The check waits on its worker until the window has painted; had the check run on
    // the GUI thread before the first paint, it would wait in vain (and say so).
    QSemaphore painted;
    std::atomic_bool checkWaitedInVain{false};
    bool paintedFirst = false;
    bool dialogSeen = false;
    QString statusAfterRebuild;
    std::unique_ptr<PaintWatch> watch;
    WindowStart start;
    start.secrets = std::make_unique<InMemorySecretStore>();
    start.beforeCacheCheck = [&] {
        if (!painted.tryAcquire(1, 60000))
            checkWaitedInVain = true;
    };
    start.shown = [&](WindowSession &session) {
        MainWindow *window = &session.window();
        watch = std::make_unique<PaintWatch>(window, [&] {
            paintedFirst = true;
            painted.release();
        });
        // Answers the dialog the check brings up, then closes the window.
        auto *poll = new QTimer(window);
        QObject::connect(poll, &QTimer::timeout, window,
                         [&dialogSeen, &statusAfterRebuild, window, poll] {
                             for (QWidget *w : QApplication::topLevelWidgets()) {
                                 if (auto *dialog = qobject_cast<CacheProblemDialog *>(w);
                                     dialog && dialog->isVisible() && !dialogSeen) {
                                     dialogSeen = true;
                                     dialog->rebuildButton()->click();
                                     return;
                                 }
                             }
                             if (dialogSeen) {
                                 poll->stop();
                                 statusAfterRebuild = window->statusBar()->currentMessage();
                                 window->close();
                             }
                         });
        poll->start(50);
    };
    const int code = runWindow(home, settings, std::move(start));

    QVERIFY(paintedFirst);
    QVERIFY(!checkWaitedInVain);
    QVERIFY(dialogSeen);
    QCOMPARE(code, 0);
    QVERIFY2(statusAfterRebuild.contains(QStringLiteral(".corrupt-")),
             qPrintable(statusAfterRebuild));
    // The damaged file kept aside (with its WAL, when it had one).
    QStringList kept =
        QDir(dir.path()).entryList({QStringLiteral("cache.sqlite.corrupt-*")}, QDir::Files);
    kept.removeIf([](const QString &name) { return name.endsWith(QLatin1String("-wal")); });
    QCOMPARE(kept.size(), 1);
}

QTEST_MAIN(TestCacheCheck)
#include "tst_cachecheck.moc"
