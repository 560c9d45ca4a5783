// SPDX-License-Identifier: GPL-3.0-or-later
// The sync in the window, offscreen: the real WindowSession (pages, status bar, sync
// section) on a real home, signing in through the dialog to the simulator over real HTTP
// with the real keychain (KEYRING launcher), syncing on the engine's thread.
#include "SimProcess.h"
#include "tests/platform-sim/SimHttp.h"

#include "app/HomeStores.h"
#include "app/UserHome.h"
#include "app/WindowSession.h"
#include "models/domain/Clock.h"
#include "models/domain/PlatformTime.h"
#include "models/itemmodels/BadReviewQueueModel.h"
#include "models/itemmodels/ConflictListModel.h"
#include "models/itemmodels/RefusedActionModel.h"
#include "models/secrets/InMemorySecretStore.h"
#include "models/store/LocalActionRecorder.h"
#include "models/store/LocalWorkStore.h"
#include "models/sync/SyncEngine.h"
#include "ui/ConnectionStatusBar.h"
#include "ui/MainWindow.h"
#include "ui/queue/BadReviewDetailPanel.h"
#include "ui/queue/QueuePage.h"
#include "ui/sync/SignInDialog.h"
#include "ui/sync/SkippedRecordModel.h"
#include "ui/sync/SyncFrontEnd.h"
#include "ui/sync/SyncPanel.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUuid>

using namespace pingjia;

namespace {

const QString kSimNow = QStringLiteral("2026-10-31 18:00:00");
const QString kUser = QStringLiteral("supervisor");
const QString kPassword = QStringLiteral("pw-supervisor-1");
const QString kColleague = QStringLiteral("colleague");
const QString kColleaguePassword = QStringLiteral("pw-colleague-2");
constexpr int kWaitMs = 120000; // a generous bound for a slow shared machine, not a check

QStringList simArguments(const QString &usersFile)
{
    return {"--seed", "21", "--now", kSimNow, "--scale", "small", "--users", usersFile};
}

} // namespace

class TestSyncPanel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void signInThroughTheDialogSyncsAndFeedsTheWindow();
    void unreachablePlatformIsSaidPlainly();
    void untrustedCertificateThenPinnedCa();
    void missingKeychainIsSaidPlainly();
    void conflictsShowBothVersionsAndResolve();
    void offlineStartWorksFromCacheAndReconnectSendsQueuedActions();
    void describeNamesEveryFailure_data();
    void describeNamesEveryFailure();

private:
    void openWindow(std::unique_ptr<SecretStore> secrets = {});
    void closeWindow();
    // Signs in through the dialog; the error the dialog shows (empty on success).
    QString signInThroughDialog(const QString &url, const QString &password,
                                const QString &caFile = {});
    SyncResult waitForSync();
    void signInAndSync();
    SyncPanel *panel() const;
    // For a person to look at: the window as it is, in the test artifacts.
    void saveScreenshot(const QString &name) const;
    QueuePage *queuePage() const;

    QTemporaryDir m_simDir;
    QString m_usersFile;
    SimProcess m_sim;
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<HomeStores> m_stores;
    std::unique_ptr<WindowSession> m_session;
};

void TestSyncPanel::initTestCase()
{
    QVERIFY(m_simDir.isValid());
    m_usersFile = m_simDir.filePath("users.txt");
    QFile users(m_usersFile);
    QVERIFY(users.open(QIODevice::WriteOnly));
    users.write(QStringLiteral("%1:%2:620000\n%3:%4:620000\n")
                    .arg(kUser, kPassword, kColleague, kColleaguePassword)
                    .toUtf8());
    users.close();
    QVERIFY2(m_sim.start(simArguments(m_usersFile)), qPrintable(m_sim.errorString()));
    // The console's clock is the simulator's, so local actions are not "in the future".
    Clock::setOverride(parsePlatformTime(kSimNow));
}

void TestSyncPanel::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    openWindow();
}

void TestSyncPanel::cleanup()
{
    closeWindow();
    m_home.reset();
}

void TestSyncPanel::openWindow(std::unique_ptr<SecretStore> secrets)
{
    const UserHome home = UserHome::inDirectory(m_home->path());
    m_settings = home.openSettings();
    m_stores = std::make_unique<HomeStores>(home);
    const StoreResult opened =
        m_stores->open([](const StoreResult &) { return HomeStores::CacheChoice::GiveUp; });
    QVERIFY2(opened.ok(), qPrintable(opened.message));
    m_session = std::make_unique<WindowSession>(home, *m_settings, *m_stores, std::move(secrets));
    m_session->window().resize(1280, 800);
    m_session->window().show();
    m_session->window().showPage(PageId::SyncSettings);
    QVERIFY(panel());
    QVERIFY(queuePage());
    for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(panel()->skippedModel()),
                                      static_cast<QAbstractItemModel *>(panel()->conflictModel()),
                                      static_cast<QAbstractItemModel *>(panel()->refusedModel()),
                                      static_cast<QAbstractItemModel *>(queuePage()->model())})
        new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     panel());
}

void TestSyncPanel::closeWindow()
{
    m_session.reset();
    m_stores.reset();
    m_settings.reset();
}

void TestSyncPanel::saveScreenshot(const QString &name) const
{
    const QString artifacts = qEnvironmentVariable("PINGJIA_TEST_ARTIFACTS");
    if (!artifacts.isEmpty() && QDir().mkpath(artifacts))
        m_session->window().grab().save(artifacts + u'/' + name);
}

SyncPanel *TestSyncPanel::panel() const
{
    return m_session->window().findChild<SyncPanel *>();
}

QueuePage *TestSyncPanel::queuePage() const
{
    return qobject_cast<QueuePage *>(m_session->window().page(PageId::BadReviews));
}

QString TestSyncPanel::signInThroughDialog(const QString &url, const QString &password,
                                           const QString &caFile)
{
    panel()->openSignIn();
    SignInDialog *dialog = panel()->signInDialog();
    if (!dialog || !dialog->isVisible())
        return QStringLiteral("no sign-in dialog");
    dialog->urlEdit()->setText(url);
    dialog->userEdit()->setText(kUser);
    dialog->passwordEdit()->setText(password);
    dialog->caFileEdit()->setText(caFile);
    QSignalSpy finished(&m_session->sync(), &SyncFrontEnd::signInFinished);
    QTest::mouseClick(dialog->signInButton(), Qt::LeftButton);
    if (!finished.wait(kWaitMs))
        return QStringLiteral("the sign-in never finished");
    const auto error = finished.constFirst().constFirst().value<SyncError>();
    if (error.ok())
        return dialog->isVisible() ? QStringLiteral("the dialog stayed open") : QString();
    const QString shown = dialog->message();
    dialog->reject();
    return shown.isEmpty() ? QStringLiteral("the dialog showed nothing") : shown;
}

SyncResult TestSyncPanel::waitForSync()
{
    QSignalSpy finished(&m_session->sync(), &SyncFrontEnd::syncFinished);
    if (!finished.wait(kWaitMs))
        return {};
    return finished.constFirst().constFirst().value<SyncResult>();
}

void TestSyncPanel::signInAndSync()
{
    QSignalSpy finished(&m_session->sync(), &SyncFrontEnd::syncFinished);
    const QString error = signInThroughDialog(m_sim.baseUrl().toString(), kPassword);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(finished.wait(kWaitMs));
    const auto result = finished.constFirst().constFirst().value<SyncResult>();
    QVERIFY2(result.ok(), qPrintable(result.error.message));
}

void TestSyncPanel::signInThroughTheDialogSyncsAndFeedsTheWindow()
{
    // A home that never signed in is "not signed in", not "offline".
    QVERIFY2(m_session->window().connectionStatusBar()->onlineText().contains("Not signed in"),
             qPrintable(m_session->window().connectionStatusBar()->onlineText()));
    QVERIFY(panel()->connectionText().contains("Not signed in"));
    QVERIFY(!panel()->retryButton()->isVisible());
    ConnectionStatusBar *statusBar = m_session->window().connectionStatusBar();
    QVERIFY(statusBar->syncText().contains("never"));
    QCOMPARE(queuePage()->model()->rowCount(), 0);
    QVERIFY(!panel()->syncButton()->isEnabled()); // nothing to sync before a sign-in

    const QString wrong = signInThroughDialog(m_sim.baseUrl().toString(), "wrong-password");
    QVERIFY2(wrong.contains("Wrong user name or password"), qPrintable(wrong));
    QVERIFY(!m_settings->contains("account/platform"));

    QList<int> seen;
    connect(panel()->progressBar(), &QProgressBar::valueChanged, this,
            [&seen](int value) { seen.append(value); });
    signInAndSync();
    if (QTest::currentTestFailed())
        return;

    // The bar moved through intermediate values to the end.
    QVERIFY2(seen.size() >= 3, qPrintable(QString::number(seen.size())));
    QVERIFY(std::any_of(seen.begin(), seen.end(), [](int v) { return v > 0 && v < 1000; }));
    QCOMPARE(panel()->progressBar()->value(), 1000);
    saveScreenshot(QStringLiteral("sync-panel.png"));
    QVERIFY2(panel()->resultText().contains("Evaluations: "), qPrintable(panel()->resultText()));
    QVERIFY2(panel()->accountText().contains(kUser), qPrintable(panel()->accountText()));
    QVERIFY2(panel()->pendingText().startsWith("No action"), qPrintable(panel()->pendingText()));

    // The status bar: online, with the time of this sync.
    QVERIFY(m_session->connection().isOnline());
    QVERIFY2(statusBar->onlineText().contains("Online"), qPrintable(statusBar->onlineText()));
    QVERIFY2(statusBar->syncText().startsWith("Last sync: ") &&
                 !statusBar->syncText().contains("never"),
             qPrintable(statusBar->syncText()));

    // The queue page was told and shows the synced bad reviews.
    QTRY_VERIFY_WITH_TIMEOUT(queuePage()->model()->rowCount() > 0, kWaitMs);

    // Remembered for the next start, without the password.
    QCOMPARE(m_settings->value("account/user").toString(), kUser);
    QCOMPARE(m_settings->value("account/platform").toString(),
             PlatformAccount::normalizeUrl(m_sim.baseUrl().toString()));

    // Sync now (F5 on the visible page) pulls only what changed.
    QTRY_VERIFY_WITH_TIMEOUT(panel()->syncButton()->isEnabled(), kWaitMs);
    QSignalSpy again(&m_session->sync(), &SyncFrontEnd::syncFinished);
    m_session->window().activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&m_session->window()));
    QTest::keyClick(&m_session->window(), Qt::Key_F5);
    QVERIFY(again.wait(kWaitMs));
    QVERIFY(again.constFirst().constFirst().value<SyncResult>().ok());
}

void TestSyncPanel::unreachablePlatformIsSaidPlainly()
{
    SimProcess gone;
    QVERIFY2(gone.start(simArguments(m_usersFile)), qPrintable(gone.errorString()));
    const QString url = gone.baseUrl().toString();
    gone.stop();
    const QString shown = signInThroughDialog(url, kPassword);
    QVERIFY2(shown.contains("cannot be reached"), qPrintable(shown));
    QVERIFY(!m_session->connection().isOnline());
}

void TestSyncPanel::untrustedCertificateThenPinnedCa()
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        QSKIP("openssl is not installed");
    QTemporaryDir dir;
    const QString cert = dir.filePath("cert.pem");
    const QString key = dir.filePath("key.pem");
    QProcess req;
    req.start(openssl,
              {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert,
               "-days", "2", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"});
    QVERIFY(req.waitForFinished(kWaitMs));
    QCOMPARE(req.exitCode(), 0);
    SimProcess https;
    QVERIFY2(
        https.start(simArguments(m_usersFile) + QStringList{"--tls-cert", cert, "--tls-key", key}),
        qPrintable(https.errorString()));
    QCOMPARE(https.baseUrl().scheme(), QStringLiteral("https"));

    const QString untrusted = signInThroughDialog(https.baseUrl().toString(), kPassword);
    QVERIFY2(untrusted.contains("certificate is not trusted"), qPrintable(untrusted));

    QSignalSpy synced(&m_session->sync(), &SyncFrontEnd::syncFinished);
    const QString pinned = signInThroughDialog(https.baseUrl().toString(), kPassword, cert);
    QVERIFY2(pinned.isEmpty(), qPrintable(pinned));
    QCOMPARE(m_settings->value("account/caFile").toString(), cert);
    QVERIFY(synced.wait(kWaitMs));
    QVERIFY(synced.constFirst().constFirst().value<SyncResult>().ok());
}

void TestSyncPanel::missingKeychainIsSaidPlainly()
{
    closeWindow();
    auto unavailable = std::make_unique<InMemorySecretStore>();
    unavailable->setUnavailable(true);
    openWindow(std::move(unavailable));
    const QString shown = signInThroughDialog(m_sim.baseUrl().toString(), kPassword);
    QVERIFY2(shown.contains("No system keychain"), qPrintable(shown));
    QVERIFY2(shown.contains("never in a file"), qPrintable(shown));
    QVERIFY(!m_settings->contains("account/platform"));
}

void TestSyncPanel::conflictsShowBothVersionsAndResolve()
{
    signInAndSync();
    if (QTest::currentTestFailed())
        return;

    // Two bad reviews the supervisor acts on here while a colleague acts on the platform.
    SimHttp http(m_sim.baseUrl());
    const QString token = http.signIn(kColleague, kColleaguePassword);
    QVERIFY(!token.isEmpty());
    SimHttp::Walk walk;
    QVERIFY(http.walk("bad-reviews", token, 5000, &walk));
    QJsonObject unverified;
    QJsonObject confirmed;
    for (const QJsonObject &r : std::as_const(walk.items)) {
        if (r["status"].toString() != "normal")
            continue;
        if (unverified.isEmpty() && r["state"].toString() == "unverified")
            unverified = r;
        if (confirmed.isEmpty() && r["state"].toString() == "confirmed" &&
            !r["delayPending"].toBool() && !r["reformDeadline"].toString().isEmpty())
            confirmed = r;
    }
    QVERIFY(!unverified.isEmpty() && !confirmed.isEmpty());
    const QString unverifiedId = unverified["evalId"].toString();
    const QString confirmedId = confirmed["evalId"].toString();
    // The plan names the department of the evaluation.
    SimHttp::Walk evaluations;
    QVERIFY(http.walk("evaluations", token, 5000, &evaluations));
    QString deptCode;
    for (const QJsonObject &e : std::as_const(evaluations.items)) {
        if (e["evalId"].toString() == confirmedId)
            deptCode = e["deptCode"].toString();
    }
    QVERIFY(!deptCode.isEmpty());

    auto platformAction = [&](const QJsonObject &record, const QString &type,
                              const QJsonObject &payload) {
        return http.postJson(
            QStringLiteral("/api/v1/bad-reviews/%1/actions").arg(record["evalId"].toString()),
            {{"actionId", QUuid::createUuid().toString(QUuid::WithoutBraces)},
             {"type", type},
             {"baseVersion", record["version"].toInt()},
             {"at", kSimNow},
             {"payload", payload}},
            token);
    };
    const QDateTime later = parsePlatformTime(confirmed["reformDeadline"].toString()).addDays(10);
    QCOMPARE(platformAction(unverified, "request_invalid",
                            {{"result", "mistaken"}, {"evidence", "核实为误评"}})
                 .status,
             200);
    QCOMPARE(platformAction(
                 confirmed, "request_delay",
                 {{"reason", "需协调多部门"}, {"proposedDeadline", formatPlatformTime(later)}})
                 .status,
             200);

    LocalActionRecorder recorder(m_stores->cache(), m_stores->localWork());
    QVERIFY(
        recorder.record(unverifiedId, ActionType::Verify, {{"evidence", "监控录像"}}, kUser).ok());
    const RecordedAction plan = recorder.record(
        confirmedId, ActionType::Plan,
        {{"deptCode", deptCode}, {"person", "王科长"}, {"measures", "增设引导岗"}}, kUser);
    QVERIFY2(plan.ok(), qPrintable(plan.message()));

    QTest::mouseClick(panel()->syncButton(), Qt::LeftButton);
    const SyncResult result = waitForSync();
    QVERIFY2(result.ok(), qPrintable(result.error.message));
    QCOMPARE(result.push.conflicts, 2);

    // Both versions side by side: this console's and the platform's.
    ConflictListModel *conflicts = panel()->conflictModel();
    QCOMPARE(conflicts->rowCount(), 2);
    int unverifiedRow = -1;
    int confirmedRow = -1;
    for (int row = 0; row < conflicts->rowCount(); ++row) {
        const QString mine =
            conflicts->index(row, ConflictListModel::LocalColumn).data().toString();
        const QString theirs =
            conflicts->index(row, ConflictListModel::PlatformColumn).data().toString();
        QVERIFY2(mine.contains("version") && theirs.contains("version") && mine != theirs,
                 qPrintable(mine + " | " + theirs));
        QVERIFY2(theirs.contains(kColleague), qPrintable(theirs));
        const QString id =
            conflicts->index(row, ConflictListModel::EvaluationColumn).data().toString();
        (id == unverifiedId ? unverifiedRow : confirmedRow) = row;
    }
    QVERIFY(unverifiedRow >= 0 && confirmedRow >= 0);
    QVERIFY2(panel()->pendingText().contains("2 conflict"), qPrintable(panel()->pendingText()));
    saveScreenshot(QStringLiteral("sync-panel-conflicts.png"));

    // Keep the platform's version of the first: the conflict goes, nothing is sent.
    QVERIFY(panel()->conflictView()->isVisible()); // the tab that needs a decision shows
    panel()->conflictView()->selectRow(unverifiedRow);
    QTest::mouseClick(panel()->findChild<QPushButton *>("conflictKeepPlatform"), Qt::LeftButton);
    QCOMPARE(conflicts->rowCount(), 1);

    // Apply mine again on the second: a new action on the platform's version, sent at once.
    QSignalSpy pushed(&m_session->sync(), &SyncFrontEnd::pushFinished);
    panel()->conflictView()->selectRow(0);
    QTest::mouseClick(panel()->findChild<QPushButton *>("conflictReapply"), Qt::LeftButton);
    QCOMPARE(conflicts->rowCount(), 0);
    QVERIFY(pushed.wait(kWaitMs));
    QCOMPARE(pushed.constFirst().constFirst().value<PushResult>().acked, 1);
    QTRY_VERIFY_WITH_TIMEOUT(panel()->pendingText().startsWith("No action"), kWaitMs);

    StoreResult error;
    const QList<ConflictEntry> all = LocalWorkStore(m_stores->localWork()).conflicts(true, &error);
    QStringList resolutions;
    for (const ConflictEntry &c : all)
        resolutions << c.resolution;
    resolutions.sort();
    QCOMPARE(resolutions, (QStringList{"keep_platform", "reapplied"}));
    // The platform now has the plan on top of the colleague's delay request.
    const HttpReply record = http.get("/sim/dump");
    QVERIFY(record.body.contains(confirmedId.toUtf8()));
}

void TestSyncPanel::offlineStartWorksFromCacheAndReconnectSendsQueuedActions()
{
    SimProcess own;
    QVERIFY2(own.start(simArguments(m_usersFile)), qPrintable(own.errorString()));
    const QString url = own.baseUrl().toString();
    QSignalSpy finished(&m_session->sync(), &SyncFrontEnd::syncFinished);
    QVERIFY(signInThroughDialog(url, kPassword).isEmpty());
    QVERIFY(finished.wait(kWaitMs));
    QVERIFY(finished.constFirst().constFirst().value<SyncResult>().ok());
    const int port = own.baseUrl().port();
    QCOMPARE(own.stop(), 0);

    // A new start with the platform down: the console opens on the cache.
    closeWindow();
    openWindow();
    QVERIFY2(panel()->accountText().contains(kUser), qPrintable(panel()->accountText()));
    QTRY_VERIFY_WITH_TIMEOUT(queuePage()->model()->rowCount() > 0, kWaitMs);
    // The last sync comes from the cache (read on the engine's thread).
    QTRY_VERIFY_WITH_TIMEOUT(
        !m_session->window().connectionStatusBar()->syncText().contains("never"), kWaitMs);
    QVERIFY(!m_session->connection().isOnline());
    // Signed in but unreachable: "offline" (not "not signed in"), and the sync page says
    // so with the next attempt and a button to retry now.
    QVERIFY2(m_session->window().connectionStatusBar()->onlineText().contains("Offline"),
             qPrintable(m_session->window().connectionStatusBar()->onlineText()));
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->sync().isBusy(), kWaitMs); // the start-up probe
    panel()->refreshLocalWork();
    QTRY_VERIFY_WITH_TIMEOUT(panel()->connectionText().contains("Cannot reach the platform"),
                             kWaitMs);
    QVERIFY2(panel()->connectionText().contains("Next attempt"),
             qPrintable(panel()->connectionText()));
    QVERIFY(panel()->retryButton()->isVisible());

    // An action recorded offline waits: a verify on the first bad review that allows one.
    LocalActionRecorder recorder(m_stores->cache(), m_stores->localWork());
    QString unverified;
    BadReviewQueueModel *model = queuePage()->model();
    for (int row = 0; row < model->rowCount() && unverified.isEmpty(); ++row) {
        const QString id =
            model->data(model->index(row, 0), BadReviewQueueModel::EvalIdRole).toString();
        if (recorder.allowedActions(id, kUser).contains(ActionType::Verify))
            unverified = id;
    }
    QVERIFY(!unverified.isEmpty());
    QVERIFY(
        recorder.record(unverified, ActionType::Verify, {{"evidence", "电话核实"}}, kUser).ok());
    QCOMPARE(m_session->sync().pendingUploads(), 1);
    m_session->sync().localWorkChanged(); // what the queue's workspace does after recording
    QVERIFY2(m_session->window().connectionStatusBar()->pendingText().contains("1"),
             qPrintable(m_session->window().connectionStatusBar()->pendingText()));

    // A push that gets no answer leaves the action "waiting to upload", not "sent".
    SyncOptions quick = m_session->sync().engine().options();
    quick.client.retry.maxTries = 2;
    quick.client.retry.baseDelayMs = 20;
    quick.client.retry.maxDelayMs = 50;
    m_session->sync().engine().setOptions(quick);
    QSignalSpy failedPush(&m_session->sync(), &SyncFrontEnd::pushFinished);
    QVERIFY(m_session->sync().engine().pushOutbox());
    QVERIFY(failedPush.wait(kWaitMs));
    QVERIFY(!failedPush.constFirst().constFirst().value<PushResult>().error.ok());
    QCOMPARE(toString(LocalWorkStore(m_stores->localWork()).actions(unverified).first().status),
             QStringLiteral("pending"));
    // The bad review's history says the same: waiting to upload, nothing sent.
    queuePage()->refresh();
    QVERIFY(queuePage()->selectEvaluation(unverified));
    QTreeWidget *history = queuePage()->detailPanel()->timeline();
    QStringList localStates;
    for (int i = 0; i < history->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = history->topLevelItem(i);
        if (item->data(BadReviewDetailPanel::StatusColumn, Qt::UserRole).toString() != "platform")
            localStates << item->text(BadReviewDetailPanel::StatusColumn);
    }
    QCOMPARE(localStates, QStringList{"Waiting to upload (not sent yet)"});
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->sync().isBusy(), kWaitMs);
    panel()->refreshLocalWork();
    QVERIFY2(panel()->connectionText().contains("Last error"),
             qPrintable(panel()->connectionText()));

    // The platform comes back on the same address; the reconnect timer sends the action.
    SimProcess back;
    QVERIFY2(back.start(simArguments(m_usersFile) + QStringList{"--port", QString::number(port)}),
             qPrintable(back.errorString()));
    QSignalSpy pushed(&m_session->sync(), &SyncFrontEnd::pushFinished);
    QSignalSpy online(&m_session->connection(), &ConnectionStatus::onlineChanged);
    m_session->sync().engine().setReconnectInterval(200);
    QVERIFY(pushed.wait(kWaitMs));
    QCOMPARE(pushed.constFirst().constFirst().value<PushResult>().acked, 1);
    QVERIFY(m_session->connection().isOnline());
    QCOMPARE(m_session->sync().pendingUploads(), 0);
}

void TestSyncPanel::describeNamesEveryFailure_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("headline");
    QTest::newRow("credentials") << int(SyncErrorKind::Credentials) << "Wrong user name";
    QTest::newRow("network") << int(SyncErrorKind::Network) << "cannot be reached";
    QTest::newRow("tls") << int(SyncErrorKind::Tls) << "certificate is not trusted";
    QTest::newRow("keychain") << int(SyncErrorKind::Keychain) << "No system keychain";
    QTest::newRow("platform") << int(SyncErrorKind::Platform) << "sign-in failed";
}

void TestSyncPanel::describeNamesEveryFailure()
{
    QFETCH(int, kind);
    QFETCH(QString, headline);
    const QString text =
        SignInDialog::describe({SyncErrorKind(kind), QStringLiteral("details here"), 0, {}});
    QVERIFY2(text.contains(headline), qPrintable(text));
    QVERIFY2(text.contains("details here"), qPrintable(text));
}

QTEST_MAIN(TestSyncPanel)
#include "tst_syncpanel.moc"
