// SPDX-License-Identifier: GPL-3.0-or-later
// The audited reveal below the UI (EvaluatorReveal): refused without a signed-in actor
// or a reason or a cipher, and then nothing is logged; otherwise the reveal is logged
// (reveal log and audit log, under the actor) before anything is decrypted, and a
// failed decryption still leaves the log row. Real SQLite files, an in-memory keychain.
#include "StoreFixtures.h"

#include "models/secrets/InMemorySecretStore.h"
#include "models/secrets/PersonalDataCipher.h"
#include "models/store/CacheDatabase.h"
#include "models/store/CacheWriter.h"
#include "models/store/EvaluatorReveal.h"
#include "models/store/LocalWorkDatabase.h"
#include "models/store/LocalWorkStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace pingjia;

class TestEvaluatorReveal : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void refusedWithoutActorAndNothingLogged();
    void refusedWithoutReasonOrCipher();
    void loggedThenDecrypted();
    void loggedEvenWhenTheKeyIsWrong();

private:
    int auditReveals();

    QTemporaryDir m_dir;
    InMemorySecretStore m_secrets;
    std::unique_ptr<PersonalDataCipher> m_cipher;
    std::unique_ptr<CacheDatabase> m_cache;
    std::unique_ptr<LocalWorkDatabase> m_work;
    Evaluation m_evaluation;
    int m_fileNo = 0;
};

void TestEvaluatorReveal::init()
{
    ++m_fileNo;
    m_cipher = std::make_unique<PersonalDataCipher>(m_secrets);
    m_cache = std::make_unique<CacheDatabase>(m_dir.filePath(QStringLiteral("c%1").arg(m_fileNo)));
    m_work =
        std::make_unique<LocalWorkDatabase>(m_dir.filePath(QStringLiteral("w%1").arg(m_fileNo)));
    QVERIFY(m_cache->open().ok());
    QVERIFY(m_work->open().ok());
    m_evaluation = fixtures::evaluation(7, 1, QStringLiteral("态度不好"));
    QVERIFY(CacheWriter(*m_cache, m_cipher.get()).upsertEvaluations({m_evaluation}).ok());
}

void TestEvaluatorReveal::cleanup()
{
    m_cache.reset();
    m_work.reset();
}

int TestEvaluatorReveal::auditReveals()
{
    int n = 0;
    for (const AuditEntry &a : LocalWorkStore(*m_work).audit(m_evaluation.evalId))
        n += a.event == QLatin1String("reveal") ? 1 : 0;
    return n;
}

void TestEvaluatorReveal::refusedWithoutActorAndNothingLogged()
{
    const RevealOutcome r = EvaluatorReveal(*m_cache, *m_work)
                                .reveal(m_evaluation.evalId, QStringLiteral("  "),
                                        QStringLiteral("回访"), m_cipher.get());
    QVERIFY(!r.data);
    QVERIFY(r.needsSignIn);
    QVERIFY(r.message.contains(QLatin1String("Sign in")));
    QVERIFY(LocalWorkStore(*m_work).reveals().isEmpty());
    QCOMPARE(auditReveals(), 0);
}

void TestEvaluatorReveal::refusedWithoutReasonOrCipher()
{
    EvaluatorReveal reveal(*m_cache, *m_work);
    RevealOutcome r = reveal.reveal(m_evaluation.evalId, QStringLiteral("demo"),
                                    QStringLiteral(" "), m_cipher.get());
    QVERIFY(!r.data);
    QVERIFY(!r.needsSignIn);
    QVERIFY(!r.message.isEmpty());
    r = reveal.reveal(m_evaluation.evalId, QStringLiteral("demo"), QStringLiteral("回访"), nullptr,
                      QStringLiteral("no keychain here"));
    QVERIFY(!r.data);
    QCOMPARE(r.message, QStringLiteral("no keychain here"));
    QVERIFY(LocalWorkStore(*m_work).reveals().isEmpty());
}

void TestEvaluatorReveal::loggedThenDecrypted()
{
    const RevealOutcome r = EvaluatorReveal(*m_cache, *m_work)
                                .reveal(m_evaluation.evalId, QStringLiteral("demo"),
                                        QStringLiteral("回访前核对联系方式"), m_cipher.get());
    QVERIFY2(r.data, qPrintable(r.message));
    QCOMPARE(r.data->userName, QStringLiteral("张三"));
    QCOMPARE(r.data->mobile, m_evaluation.mobile);
    QCOMPARE(r.data->certNo, m_evaluation.certNo);
    const QList<RevealEntry> log = LocalWorkStore(*m_work).reveals(m_evaluation.evalId);
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.first().actor, QStringLiteral("demo"));
    QCOMPARE(log.first().reason, QStringLiteral("回访前核对联系方式"));
    QCOMPARE(auditReveals(), 1);
}

void TestEvaluatorReveal::loggedEvenWhenTheKeyIsWrong()
{
    InMemorySecretStore otherMachine;
    PersonalDataCipher otherKey(otherMachine);
    const RevealOutcome r =
        EvaluatorReveal(*m_cache, *m_work)
            .reveal(m_evaluation.evalId, QStringLiteral("demo"), QStringLiteral("核实"), &otherKey);
    QVERIFY(!r.data);
    QVERIFY(!r.message.isEmpty());
    // The attempt is on record: the log is written before the decryption.
    QCOMPARE(LocalWorkStore(*m_work).reveals(m_evaluation.evalId).size(), 1);
}

QTEST_GUILESS_MAIN(TestEvaluatorReveal)
#include "tst_evaluatorreveal.moc"
