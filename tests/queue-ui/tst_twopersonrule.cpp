// SPDX-License-Identifier: GPL-3.0-or-later
// Who acts, on the path of `pingjia demo`: a home synced from the simulator as user
// "demo", whose settings remember no account (the demo never writes one), opened in the
// real window. Before anybody signs in, actions and reveals are refused with a message
// saying to sign in. Signed in as demo (not remembered, as the demo does), a request to
// declare a bad review invalid is recorded as demo, demo's own approval is refused
// locally (the two-person rule), the request goes to the platform under demo's name; a
// second user signs in and approves, and the platform accepts it. The reveal is logged
// under the signed-in user. Expected actors are the users this test signs in as; the
// platform's side is read from the simulator's /sim/dump.
#include "SyncedHome.h"
#include "tests/platform-sim/SimHttp.h"

#include "app/HomeStores.h"
#include "app/UserHome.h"
#include "app/WindowSession.h"
#include "models/store/BadReviewQuery.h"
#include "models/store/LocalWorkStore.h"
#include "ui/ConnectionStatusBar.h"
#include "ui/MainWindow.h"
#include "ui/queue/BadReviewDetailPanel.h"
#include "ui/queue/QueueActionController.h"
#include "ui/queue/QueuePage.h"
#include "ui/queue/RequestInvalidDialog.h"
#include "ui/queue/RevealReasonDialog.h"
#include "ui/queue/ReviewDecision.h"
#include "ui/queue/ReviewInvalidDialog.h"
#include "ui/sync/SyncFrontEnd.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace pingjia;
using namespace pingjia::queueui;

namespace {
const QString kLead = QStringLiteral("lead");
const QString kLeadPassword = QStringLiteral("pw-lead-7");
constexpr int kWaitMs = 120000; // a bound for a loaded machine, not a check
} // namespace

class TestTwoPersonRule : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void withoutSignInActionsAndRevealsAreRefused();
    void demoSignInIsTheActor();
    void ownApprovalIsRefusedLocally();
    void requestReachesThePlatformAsDemo();
    void revealIsLoggedUnderTheSignedInUser();
    void secondUserApprovesAndThePlatformAccepts();

private:
    void signIn(const QString &user, const QString &password);
    QueuePage *queue() { return qobject_cast<QueuePage *>(window().page(PageId::BadReviews)); }
    MainWindow &window() { return m_session->window(); }
    SyncFrontEnd &sync() { return m_session->sync(); }
    QList<OutboxEntry> outbox(const QString &evalId)
    {
        return LocalWorkStore(m_home.work()).actions(evalId);
    }
    void select(const QString &evalId);
    void accept(QDialog *dialog);
    // The platform's handling record of `evalId`, from /sim/dump.
    QJsonObject platformRecord(const QString &evalId);

    QTemporaryDir m_usersDir;
    SyncedHome m_home;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<HomeStores> m_stores;
    std::unique_ptr<WindowSession> m_session;
    QString m_requested;
};

void TestTwoPersonRule::initTestCase()
{
    QVERIFY(m_usersDir.isValid());
    const QString usersFile = m_usersDir.filePath(QStringLiteral("users.txt"));
    QFile users(usersFile);
    QVERIFY(users.open(QIODevice::WriteOnly));
    users.write(
        QStringLiteral("%1:%1:62\n%2:%3:62\n").arg(kSimUser, kLead, kLeadPassword).toUtf8());
    users.close();
    QString error;
    QVERIFY2(m_home.create(&error, {QStringLiteral("--users"), usersFile}), qPrintable(error));

    const UserHome home = UserHome::inDirectory(m_home.path());
    m_settings = home.openSettings();
    QVERIFY(m_settings->value(QStringLiteral("account/user")).toString().isEmpty());
    m_stores = std::make_unique<HomeStores>(home);
    QVERIFY(m_stores->open({}).ok());
    m_session = std::make_unique<WindowSession>(home, *m_settings, *m_stores);
    sync().setRememberAccount(false); // as `pingjia demo` does
    window().show();
    window().showPage(PageId::BadReviews);
    QVERIFY(queue());
}

void TestTwoPersonRule::cleanupTestCase()
{
    m_session.reset();
    m_stores.reset();
}

void TestTwoPersonRule::select(const QString &evalId)
{
    QVERIFY2(queue()->selectEvaluation(evalId), qPrintable(evalId));
}

void TestTwoPersonRule::accept(QDialog *dialog)
{
    auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(ok);
    QVERIFY2(ok->isEnabled(), "the dialog is complete");
    const QPointer<QDialog> open(dialog);
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!open, 60000); // closed and deleted: the next dialog may open
}

void TestTwoPersonRule::signIn(const QString &user, const QString &password)
{
    QSignalSpy signedIn(&sync(), &SyncFrontEnd::signInFinished);
    QSignalSpy synced(&sync(), &SyncFrontEnd::syncFinished);
    QVERIFY(sync().signIn(m_home.sim().baseUrl().toString(), user, password));
    QVERIFY(signedIn.wait(kWaitMs));
    const auto error = signedIn.constFirst().constFirst().value<SyncError>();
    QVERIFY2(error.ok(), qPrintable(error.message));
    QVERIFY(synced.wait(kWaitMs)); // a sign-in is followed by a sync
    QTRY_VERIFY_WITH_TIMEOUT(!sync().isBusy(), kWaitMs);
}

QJsonObject TestTwoPersonRule::platformRecord(const QString &evalId)
{
    SimHttp http(m_home.sim().baseUrl());
    for (const DumpLine &line : http.dump()) {
        if (line.list == QLatin1String("bad-reviews") &&
            line.item.value(QLatin1String("evalId")).toString() == evalId)
            return line.item;
    }
    return {};
}

void TestTwoPersonRule::withoutSignInActionsAndRevealsAreRefused()
{
    QCOMPARE(sync().currentUser(), QString());
    QVERIFY2(window().connectionStatusBar()->onlineText().contains(QLatin1String("Not signed in")),
             qPrintable(window().connectionStatusBar()->onlineText()));

    BadReviewQuery query(m_home.cache(), &m_home.work());
    BadReviewFilter unverified;
    unverified.states = {HandlingState::Unverified};
    unverified.validity = BadReviewFilter::Validity::Valid;
    const QStringList ids =
        query.evalIds(unverified, BadReviewSort::AssessTime, Qt::DescendingOrder, Clock::now());
    QVERIFY(!ids.isEmpty());
    m_requested = ids.first();
    select(m_requested);
    QVERIFY(!queue()->actions()->open(ActionType::RequestInvalid));
    QMessageBox *message = queue()->actions()->currentMessage();
    QVERIFY(message);
    QCOMPARE(message->objectName(), QStringLiteral("signInRequiredMessage"));
    QVERIFY2(message->text().contains(QLatin1String("sign in")), qPrintable(message->text()));
    message->close();
    QTRY_VERIFY_WITH_TIMEOUT(!queue()->actions()->currentMessage(), 60000);
    QVERIFY(outbox(m_requested).isEmpty());

    // The reveal: refused before any dialog, nothing logged.
    BadReviewDetailPanel *panel = queue()->detailPanel();
    QVERIFY(panel->revealButton()->isEnabled());
    QTest::mouseClick(panel->revealButton(), Qt::LeftButton);
    QVERIFY(!queue()->revealDialog());
    auto *revealed = panel->findChild<QLabel *>(QStringLiteral("revealed"));
    QVERIFY2(revealed->text().contains(QLatin1String("sign in")), qPrintable(revealed->text()));
    QVERIFY(LocalWorkStore(m_home.work()).reveals().isEmpty());
}

void TestTwoPersonRule::demoSignInIsTheActor()
{
    signIn(kSimUser, kSimUser);
    QCOMPARE(sync().currentUser(), kSimUser);
    // Not remembered, as in the demo: the actor comes from the sign-in itself.
    QVERIFY(m_settings->value(QStringLiteral("account/user")).toString().isEmpty());
    QVERIFY(!window().connectionStatusBar()->onlineText().contains(QLatin1String("Not signed")));
}

void TestTwoPersonRule::ownApprovalIsRefusedLocally()
{
    QVERIFY(!m_requested.isEmpty());
    select(m_requested);
    auto *request =
        qobject_cast<RequestInvalidDialog *>(queue()->actions()->open(ActionType::RequestInvalid));
    QVERIFY(request);
    request->mistakenButton()->click();
    request->evidenceEdit()->setPlainText(QStringLiteral("评价人来电称误点了非常不满意"));
    accept(request);
    QList<OutboxEntry> entries = outbox(m_requested);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().actor, kSimUser);

    select(m_requested);
    auto *review =
        qobject_cast<ReviewInvalidDialog *>(queue()->actions()->open(ActionType::ApproveInvalid));
    QVERIFY(review);
    review->decision()->approveButton()->click();
    review->decision()->noteEdit()->setPlainText(QStringLiteral("同意"));
    accept(review);
    QMessageBox *refused = queue()->actions()->currentMessage();
    QVERIFY(refused);
    QCOMPARE(refused->objectName(), QStringLiteral("actionRefusedMessage"));
    // The rule in the user's words, not the code.
    QVERIFY2(refused->informativeText().contains(QLatin1String("cannot also approve")),
             qPrintable(refused->informativeText()));
    QVERIFY(!refused->informativeText().contains(QLatin1String("same_actor")));
    refused->close();
    QTRY_VERIFY_WITH_TIMEOUT(!queue()->actions()->currentMessage(), 60000);
    QCOMPARE(outbox(m_requested).size(), 1); // nothing recorded for the refused approval
}

void TestTwoPersonRule::requestReachesThePlatformAsDemo()
{
    // Online, the recorded action goes out at once.
    QTRY_COMPARE_WITH_TIMEOUT(toString(outbox(m_requested).first().status), QStringLiteral("acked"),
                              kWaitMs);
    // The queue's status line says so (the page reads the upload's state again after the
    // push), not "waiting to upload".
    QTRY_VERIFY_WITH_TIMEOUT(
        queue()->statusText().contains(QLatin1String("Upload: Acknowledged by the platform.")),
        kWaitMs);
    QVERIFY2(!queue()->statusText().contains(QLatin1String("Waiting")),
             qPrintable(queue()->statusText()));
    const QJsonObject record = platformRecord(m_requested);
    QCOMPARE(record.value(QLatin1String("state")).toString(), QStringLiteral("invalid_requested"));
    const QJsonArray history = record.value(QLatin1String("history")).toArray();
    QVERIFY(!history.isEmpty());
    QCOMPARE(history.last().toObject().value(QLatin1String("actor")).toString(), kSimUser);
}

void TestTwoPersonRule::revealIsLoggedUnderTheSignedInUser()
{
    BadReviewQuery query(m_home.cache(), &m_home.work());
    QString target;
    for (const QString &id :
         query.evalIds({}, BadReviewSort::AssessTime, Qt::DescendingOrder, Clock::now())) {
        const auto detail = query.detail(id);
        if (detail && detail->revealable && !detail->anonymous) {
            target = id;
            break;
        }
    }
    QVERIFY(!target.isEmpty());
    select(target);
    QTest::mouseClick(queue()->detailPanel()->revealButton(), Qt::LeftButton);
    RevealReasonDialog *dialog = queue()->revealDialog();
    QVERIFY(dialog);
    dialog->reasonEdit()->setPlainText(QStringLiteral("回访前核对联系方式"));
    accept(dialog);
    const QList<RevealEntry> reveals = LocalWorkStore(m_home.work()).reveals(target);
    QCOMPARE(reveals.size(), 1);
    QCOMPARE(reveals.first().actor, kSimUser);
}

void TestTwoPersonRule::secondUserApprovesAndThePlatformAccepts()
{
    signIn(kLead, kLeadPassword);
    QCOMPARE(sync().currentUser(), kLead);
    select(m_requested);
    auto *review =
        qobject_cast<ReviewInvalidDialog *>(queue()->actions()->open(ActionType::ApproveInvalid));
    QVERIFY(review);
    review->decision()->approveButton()->click();
    review->decision()->noteEdit()->setPlainText(QStringLiteral("证据充分，同意"));
    accept(review);
    QVERIFY(!queue()->actions()->currentMessage());
    QList<OutboxEntry> entries = outbox(m_requested);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.last().actor, kLead);
    QTRY_COMPARE_WITH_TIMEOUT(toString(outbox(m_requested).last().status), QStringLiteral("acked"),
                              kWaitMs);
    const QJsonObject record = platformRecord(m_requested);
    QCOMPARE(record.value(QLatin1String("state")).toString(), QStringLiteral("not_adopted"));
    QCOMPARE(record.value(QLatin1String("history"))
                 .toArray()
                 .last()
                 .toObject()
                 .value(QLatin1String("actor"))
                 .toString(),
             kLead);
}

QTEST_MAIN(TestTwoPersonRule)
#include "tst_twopersonrule.moc"
