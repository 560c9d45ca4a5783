// SPDX-License-Identifier: GPL-3.0-or-later
// The sync page's local-work models (moved below the UI): ConflictListModel and
// RefusedActionModel over a real local-work file under QAbstractItemModelTester, each
// platform refusal shown as a sentence for its error code with the platform's own words
// beside it; the platform's error codes (PLATFORM_API.md) each have their own sentence;
// and an outbox entry marked sent goes back to pending when no answer came.
#include "models/domain/HandlingStateMachine.h"
#include "models/domain/PlatformTime.h"
#include "models/itemmodels/ConflictListModel.h"
#include "models/itemmodels/PlatformErrorText.h"
#include "models/itemmodels/RefusedActionModel.h"
#include "models/store/LocalWorkDatabase.h"
#include "models/store/LocalWorkStore.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace pingjia;

class TestLocalWorkModels : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void everyDocumentedCodeHasItsOwnSentence();
    void codeFoundInAStoredReason();
    void refusedActionsSayWhyInWords();
    void conflictsSayWhatHappened();
    void unansweredSendGoesBackToPending();

private:
    qint64 record(const QString &evalId, const QString &actor);

    QTemporaryDir m_dir;
    std::unique_ptr<LocalWorkDatabase> m_db;
    int m_fileNo = 0;
    int m_actionNo = 0;
};

void TestLocalWorkModels::init()
{
    m_db = std::make_unique<LocalWorkDatabase>(
        m_dir.filePath(QStringLiteral("localwork-%1.sqlite").arg(++m_fileNo)));
    QVERIFY(m_db->open().ok());
}

void TestLocalWorkModels::cleanup()
{
    m_db.reset();
}

qint64 TestLocalWorkModels::record(const QString &evalId, const QString &actor)
{
    const HandlingStateMachine machine;
    const HandlingRecord base =
        machine.initialRecord(evalId, 1, QStringLiteral("态度差"),
                              parsePlatformTime(QStringLiteral("2026-10-15 09:31:02")));
    const HandlingAction verify{
        QStringLiteral("9b2e6c1a-0000-4000-8000-%1").arg(++m_actionNo, 12, 10, QLatin1Char('0')),
        ActionType::Verify,
        actor,
        parsePlatformTime(QStringLiteral("2026-10-15 11:00:00")),
        {{QStringLiteral("evidence"), QStringLiteral("调取监控")}}};
    const TransitionResult t = machine.apply(base, verify);
    qint64 seq = 0;
    if (!t.ok || !LocalWorkStore(*m_db).recordAction(verify, evalId, 0, t.record, actor, &seq).ok())
        return -1;
    return seq;
}

void TestLocalWorkModels::everyDocumentedCodeHasItsOwnSentence()
{
    // The codes PLATFORM_API.md and the simulator use, written out here.
    const QStringList documented = {"version_conflict", "illegal_transition",  "same_actor",
                                    "invalid_payload",  "invalid_cursor",      "invalid_limit",
                                    "not_found",        "invalid_credentials", "invalid_grant",
                                    "invalid_token",    "token_expired",       "unauthorized",
                                    "rate_limited",     "server_error"};
    const QString generic = platformErrorSentence(QStringLiteral("no_such_code"));
    QSet<QString> sentences;
    for (const QString &code : documented) {
        QVERIFY2(isDocumentedPlatformError(code), qPrintable(code));
        const QString sentence = platformErrorSentence(code);
        QVERIFY2(sentence != generic, qPrintable(code));
        QVERIFY2(!sentence.contains(code), qPrintable(sentence)); // words, not the code
        sentences.insert(sentence);
    }
    QCOMPARE(sentences.size(), documented.size());
}

void TestLocalWorkModels::codeFoundInAStoredReason()
{
    QCOMPARE(platformErrorCodeIn(QStringLiteral("demo made this request (same_actor)")),
             QStringLiteral("same_actor"));
    QCOMPARE(platformErrorCodeIn(QStringLiteral("The platform answered 404.")), QString());
    const QString text = platformReasonText(QStringLiteral("demo made this request (same_actor)"));
    QVERIFY(text.contains(QLatin1String("cannot also approve")));
    QVERIFY(text.contains(QLatin1String("demo made this request")));
}

void TestLocalWorkModels::refusedActionsSayWhyInWords()
{
    const qint64 seq = record(QStringLiteral("E1"), QStringLiteral("demo"));
    QVERIFY(seq > 0);
    LocalWorkStore store(*m_db);
    QVERIFY(store.markSent(seq).ok());
    const QString platformText =
        QStringLiteral("demo made this request and cannot also decide on it");
    const QJsonObject reply{{QStringLiteral("error"),
                             QJsonObject{{QStringLiteral("code"), QStringLiteral("same_actor")},
                                         {QStringLiteral("message"), platformText}}}};
    QVERIFY(store.markRefused(seq, platformText + QStringLiteral(" (same_actor)"), reply).ok());

    RefusedActionModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QString error;
    QVERIFY2(model.refresh(&error), qPrintable(error));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, RefusedActionModel::EvaluationColumn).data().toString(),
             QStringLiteral("E1"));
    QCOMPARE(model.index(0, RefusedActionModel::ActorColumn).data().toString(),
             QStringLiteral("demo"));
    const QString why = model.index(0, RefusedActionModel::ReasonColumn).data().toString();
    QVERIFY2(why.contains(QLatin1String("cannot also approve or reject")), qPrintable(why));
    QVERIFY(!why.contains(QLatin1String("same_actor")));
    QVERIFY(model.index(0, RefusedActionModel::PlatformTextColumn)
                .data()
                .toString()
                .contains(platformText));
}

void TestLocalWorkModels::conflictsSayWhatHappened()
{
    const qint64 seq = record(QStringLiteral("E2"), QStringLiteral("demo"));
    LocalWorkStore store(*m_db);
    QVERIFY(store.markSent(seq).ok());
    QVERIFY(store
                .markConflict(seq, std::nullopt,
                              QStringLiteral("version 3 is not 2 (version_conflict)"))
                .ok());
    ConflictListModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.refresh());
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex message = model.index(0, ConflictListModel::MessageColumn);
    QVERIFY(message.data().toString().contains(QLatin1String("Someone changed")));
    QVERIFY(message.data(Qt::ToolTipRole).toString().contains(QLatin1String("version 3 is not 2")));
}

void TestLocalWorkModels::unansweredSendGoesBackToPending()
{
    const qint64 seq = record(QStringLiteral("E3"), QStringLiteral("demo"));
    LocalWorkStore store(*m_db);
    QVERIFY(store.markSent(seq).ok());
    QCOMPARE(toString(store.actions(QStringLiteral("E3")).first().status), QStringLiteral("sent"));
    QVERIFY(store.markUnsent(seq).ok());
    QCOMPARE(toString(store.actions(QStringLiteral("E3")).first().status),
             QStringLiteral("pending"));
    QCOMPARE(store.pendingActions().size(), 1);
}

QTEST_GUILESS_MAIN(TestLocalWorkModels)
#include "tst_localworkmodels.moc"
