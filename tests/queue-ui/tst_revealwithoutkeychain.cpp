// SPDX-License-Identifier: GPL-3.0-or-later
// Evaluator data stored encrypted, but this machine has no keychain (no D-Bus session):
// the Reveal button says so plainly in the detail panel, asks no reason, logs nothing
// and shows nothing — and the masked data stays what it was.
#include "models/domain/Clock.h"
#include "models/domain/PlatformTime.h"
#include "models/secrets/InMemorySecretStore.h"
#include "models/secrets/KeychainSecretStore.h"
#include "models/secrets/PersonalDataCipher.h"
#include "models/store/CacheDatabase.h"
#include "models/store/CacheWriter.h"
#include "models/store/LocalWorkDatabase.h"
#include "models/store/LocalWorkStore.h"
#include "ui/queue/BadReviewDetailPanel.h"
#include "ui/queue/QueuePage.h"
#include "ui/queue/QueueWorkspace.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace pingjia;

class TestRevealWithoutKeychain : public QObject {
    Q_OBJECT
private slots:
    void saysSoAndLogsNothing();
};

void TestRevealWithoutKeychain::saysSoAndLogsNothing()
{
    QTemporaryDir dir;
    CacheDatabase cache(dir.filePath(QStringLiteral("cache.sqlite")));
    LocalWorkDatabase work(dir.filePath(QStringLiteral("localwork.sqlite")));
    QVERIFY(cache.open().ok() && work.open().ok());

    // Synced elsewhere with a key (as on a machine with a keychain).
    InMemorySecretStore elsewhere;
    PersonalDataCipher writerCipher(elsewhere);
    Evaluation e;
    e.evalId = QStringLiteral("E1");
    e.projectNo = QStringLiteral("P1");
    e.deptCode = QStringLiteral("D1");
    e.centerCode = QStringLiteral("C620802");
    e.channelCode = QStringLiteral("4");
    e.rawSatisfaction = QStringLiteral("5");
    e.level = 1;
    e.text = QStringLiteral("排队太久");
    e.assessTime = parsePlatformTime(QStringLiteral("2026-10-31 09:00:00"));
    e.updatedAt = e.assessTime;
    e.userName = QStringLiteral("张三丰");
    e.mobile = QStringLiteral("13812345678");
    e.certNo = QStringLiteral("620802199001011234");
    CacheWriter writer(cache, &writerCipher);
    QVERIFY(writer.upsertEvaluations({e}).ok());

    Clock::setOverride(parsePlatformTime(QStringLiteral("2026-10-31 12:00:00")));
    auto workspace =
        std::make_shared<QueueWorkspace>(cache, work, std::make_unique<KeychainSecretStore>(),
                                         [] { return QStringLiteral("supervisor1"); });
    QueuePage page(workspace);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(page.selectEvaluation(QStringLiteral("E1")));
    BadReviewDetailPanel *panel = page.detailPanel();
    QVERIFY(panel->revealButton()->isEnabled()); // stored encrypted: revealable in principle
    QTest::mouseClick(panel->revealButton(), Qt::LeftButton);

    QVERIFY(!page.revealDialog()); // no reason asked for nothing
    auto *revealed = panel->findChild<QLabel *>("revealed");
    QVERIFY(revealed->isVisible());
    QVERIFY2(revealed->text().contains(QStringLiteral("keychain"), Qt::CaseInsensitive),
             qPrintable(revealed->text()));
    QVERIFY(!revealed->text().contains(QStringLiteral("张三丰")));
    QVERIFY(!panel->findChild<QLabel *>("evaluator")->text().contains(QStringLiteral("张三丰")));
    LocalWorkStore store(work);
    QVERIFY(store.reveals().isEmpty());
    Clock::clearOverride();
}

int main(int argc, char **argv)
{
    // No session bus, no X11 autolaunch: QtKeychain has no backend here.
    QTemporaryDir home;
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    qunsetenv("DISPLAY");
    qunsetenv("WAYLAND_DISPLAY");
    const QByteArray h = QFile::encodeName(home.path());
    qputenv("HOME", h);
    qputenv("XDG_RUNTIME_DIR", h + "/run");
    qputenv("XDG_CONFIG_HOME", h + "/config");
    qputenv("XDG_DATA_HOME", h + "/data");
    qputenv("XDG_CACHE_HOME", h + "/cache");
    QApplication app(argc, argv);
    TestRevealWithoutKeychain test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_revealwithoutkeychain.moc"
