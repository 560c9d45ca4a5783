// SPDX-License-Identifier: GPL-3.0-or-later
// The store side of review integrity (issue 14) on a hand-built cache written through
// CacheWriter with a real cipher: the staff mobile is stored encrypted and masked, keyed
// hashes land beside the encrypted columns (equal for the same number in other spellings,
// no plaintext in the file), and each SQL candidate of IntegrityQuery gives the same
// evaluations as its domain function on the same rows (expected ids worked out by hand).

#include "models/domain/IntegrityRules.h"
#include "models/secrets/InMemorySecretStore.h"
#include "models/secrets/PersonalDataCipher.h"
#include "models/store/CacheDatabase.h"
#include "models/store/CacheWriter.h"
#include "models/store/IndicatorQuery.h"
#include "models/store/IntegrityMemo.h"
#include "models/store/IntegrityQuery.h"

#include "IntegrityFixture.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace pingjia;

using namespace pingjia::integritytest;

class TestIntegrityQuery : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void staffMobileIsProtected();
    void hashesMatchAcrossSpellings();
    void staffEvaluatorSqlMatchesTheDomain();
    void evaluatedBeforeFinishSqlMatchesTheDomain();
    void flagsOfTheMonth();
    void followUpOnAStaffPhone();
    void repeatAndBurstSqlMatchTheDomain();
    void keptUntilASyncWritesTheRows();

private:
    QVariant value(const QString &sql);

    QTemporaryDir m_dir;
    InMemorySecretStore m_secrets;
    std::unique_ptr<PersonalDataCipher> m_cipher;
    std::unique_ptr<CacheDatabase> m_cache;
    const Period m_september = Period::month(2026, 9);
};

QVariant TestIntegrityQuery::value(const QString &sql)
{
    QSqlQuery q(m_cache->connection().database());
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

void TestIntegrityQuery::initTestCase()
{
    m_cipher = std::make_unique<PersonalDataCipher>(m_secrets);
    m_cache = std::make_unique<CacheDatabase>(m_dir.filePath(QStringLiteral("cache.sqlite")));
    QVERIFY(m_cache->open().ok());
    QVERIFY(seedCache(*m_cache, *m_cipher));
}

void TestIntegrityQuery::staffMobileIsProtected()
{
    QCOMPARE(
        value(QStringLiteral("SELECT mobile_masked FROM staff WHERE staff_id = 'S1'")).toString(),
        QStringLiteral("138****0001"));
    QVERIFY(!value(QStringLiteral("SELECT mobile_enc FROM staff WHERE staff_id = 'S1'")).isNull());
    QVERIFY(value(QStringLiteral("SELECT mobile_hash FROM staff WHERE staff_id = 'S3'")).isNull());
    QVERIFY(value(QStringLiteral("SELECT mobile_enc FROM staff WHERE staff_id = 'S3'")).isNull());
    m_cache->connection().scalar(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    QFile file(m_dir.filePath(QStringLiteral("cache.sqlite")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    for (const char *plain : {"13800000001", "13800000002", "620802199001011234"})
        QVERIFY2(!bytes.contains(plain), plain);
}

void TestIntegrityQuery::hashesMatchAcrossSpellings()
{
    const auto hash = [&](const char *sql) { return value(QString::fromLatin1(sql)); };
    const QVariant s1 = hash("SELECT mobile_hash FROM staff WHERE staff_id = 'S1'");
    const QVariant s2 = hash("SELECT mobile_hash FROM staff WHERE staff_id = 'S2'");
    QVERIFY(!s1.isNull() && !s2.isNull());
    QVERIFY(s1 != s2);
    QCOMPARE(hash("SELECT mobile_hash FROM evaluations WHERE eval_id = 'E1'"), s1);
    QCOMPARE(hash("SELECT mobile_hash FROM evaluations WHERE eval_id = 'E2'"), s2);
    QCOMPARE(hash("SELECT mobile_hash FROM evaluations WHERE eval_id = 'E3'"), s2);
    QVERIFY(!hash("SELECT cert_hash FROM evaluations WHERE eval_id = 'E1'").isNull());
    QCOMPARE(hash("SELECT count(DISTINCT cert_hash) FROM evaluations").toInt(), 1);
}

void TestIntegrityQuery::staffEvaluatorSqlMatchesTheDomain()
{
    IntegrityQuery q(*m_cache);
    const auto input = q.input(m_september, {}, at("2026-10-31 18:00:00"));
    QVERIFY(input);
    QStringList domain;
    for (const IntegrityFlag &f : staffEvaluatorFlags(input->evaluations, input->staff))
        domain << f.evalId;
    domain.sort();
    QCOMPARE(domain, (QStringList{"E1", "E3"}));
    QCOMPARE(q.staffEvaluatorIds(m_september), std::optional<QStringList>(domain));
}

void TestIntegrityQuery::evaluatedBeforeFinishSqlMatchesTheDomain()
{
    IntegrityQuery q(*m_cache);
    const auto input = q.input(m_september, {}, at("2026-10-31 18:00:00"));
    QVERIFY(input);
    QStringList domain;
    for (const IntegrityFlag &f : evaluatedBeforeFinishFlags(input->evaluations))
        domain << f.evalId;
    domain.sort();
    QCOMPARE(domain, QStringList{"E1"});
    QCOMPARE(q.evaluatedBeforeFinishIds(m_september), std::optional<QStringList>(domain));
}

void TestIntegrityQuery::flagsOfTheMonth()
{
    IntegrityQuery q(*m_cache);
    StoreResult error;
    const auto all = q.flags(m_september, {}, at("2026-10-31 18:00:00"), {}, &error);
    QVERIFY2(all, qPrintable(error.message));
    QStringList got;
    for (const IntegrityFlag &f : *all)
        got << toString(f.rule) + QLatin1Char(':') + f.evalId;
    QCOMPARE(got,
             (QStringList{"staffEvaluator:E1", "staffEvaluator:E3", "evaluatedBeforeFinish:E1"}));
    // Scoped to C2: only E3.
    const auto c2 =
        q.flags(m_september, QStringLiteral("C2"), at("2026-10-31 18:00:00"), {}, &error);
    QVERIFY2(c2, qPrintable(error.message));
    QCOMPARE(c2->size(), 1);
    QCOMPARE(c2->first().evalId, QStringLiteral("E3"));
}

// A follow-up visit's phone (PLATFORM_API.md `followUp.phone`) is kept as a keyed hash
// only: E6's visit reached S2's phone (spelled otherwise) and is flagged, E7's reached the
// evaluator and is not. Worked out by hand from the fixture.
void TestIntegrityQuery::followUpOnAStaffPhone()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
    CacheDatabase cache(path);
    QVERIFY(cache.open().ok());
    QVERIFY(seedCache(cache, *m_cipher));
    CacheWriter w(cache, m_cipher.get());
    Evaluation e6 = evaluation("E6", "P2", "C1", "D1", "W1", "2026-09-06 09:00:00", "13911112222");
    Evaluation e7 = evaluation("E7", "P2", "C1", "D1", "W1", "2026-09-06 10:00:00", "13933334444");
    for (Evaluation *e : {&e6, &e7}) {
        e->level = 1;
        e->text = QStringLiteral("态度差");
    }
    QVERIFY(w.upsertEvaluations({e6, e7}).ok());
    QVERIFY(w.upsertBadReviews({closed("E6", "138 0000 0002"), closed("E7", "13933334444")}).ok());

    QSqlQuery q(cache.connection().database());
    QVERIFY(q.exec(QStringLiteral("SELECT (SELECT follow_up_phone_hash FROM bad_reviews WHERE "
                                  "eval_id = 'E6'), (SELECT mobile_hash FROM staff WHERE "
                                  "staff_id = 'S2'), (SELECT follow_up_phone_hash FROM "
                                  "bad_reviews WHERE eval_id = 'E7'), (SELECT mobile_hash FROM "
                                  "evaluations WHERE eval_id = 'E7')")) &&
            q.next());
    QVERIFY(!q.value(0).isNull());
    QCOMPARE(q.value(0), q.value(1));
    QCOMPARE(q.value(2), q.value(3));
    q.finish();

    StoreResult error;
    const auto flags =
        IntegrityQuery(cache).flags(m_september, {}, at("2026-10-31 18:00:00"), {}, &error);
    QVERIFY2(flags, qPrintable(error.message));
    QStringList followUps;
    for (const IntegrityFlag &f : *flags) {
        if (f.rule == IntegrityRule::FollowUpStaffPhone)
            followUps << f.evalId + QLatin1Char('@') + f.unitCode;
    }
    QCOMPARE(followUps, QStringList{"E6@D1"});

    cache.connection().scalar(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    for (const char *plain : {"138 0000 0002", "13933334444"})
        QVERIFY2(!bytes.contains(plain), plain);
    QVERIFY(bytes.contains("\"method\":\"phone\"")); // the follow-up itself is there
}

// The SQL candidates of the rules over groups of rows (bulletin5: the bulletin's counts at
// province scale come from them) on the fixture plus, all on September 20th (after every
// case of the fixture finished, so no evaluatedBeforeFinish), worked out by hand with the
// default thresholds (5 cases; 6 top ratings within 10 minutes):
// - A: 6 evaluations of 4 cases (P1 P1 P2 P3 P4 P4) by ID number: not repeated enough;
// - B: 5 cases by ID number, one without a case number (counts as a case): RB1–RB5;
// - C: 5 cases by mobile alone (no ID number): RC1–RC5;
// - W2: 6 top ratings 10:00–10:10, exactly ten minutes (BW1–BW6), one at 10:25 (BW7) is
//   not; W1: 5 top ratings 11:00–11:04 and a level 4 at 11:02 (none); W1 at 14:00 three
//   at the same second, 14:05, 14:09, 14:10 (T1–T6, six within ten minutes), an invalid
//   one at 14:01 (TX, made invalid in SQL) is neither counted nor flagged.
void TestIntegrityQuery::repeatAndBurstSqlMatchTheDomain()
{
    QTemporaryDir dir;
    CacheDatabase cache(dir.filePath(QStringLiteral("cache.sqlite")));
    QVERIFY(cache.open().ok());
    QVERIFY(seedCache(cache, *m_cipher));
    int phone = 0;
    QList<Evaluation> rows;
    auto add = [&](const char *id, const char *project, const char *window, const char *time,
                   const char *cert, const char *mobile = nullptr) {
        const QByteArray own = QByteArray("1390000") + QByteArray::number(1000 + ++phone);
        Evaluation e =
            evaluation(id, project, window[1] == '1' ? "C1" : "C2", window[1] == '1' ? "D1" : "D2",
                       window, time, mobile ? mobile : own.constData());
        e.certNo = QString::fromLatin1(cert);
        rows << e;
        return &rows.last();
    };
    const char *certA = "620802199202020001", *certB = "620802199303030002";
    int n = 0;
    for (const char *p : {"P1", "P1", "P2", "P3", "P4", "P4"}) {
        const QByteArray id = "RA" + QByteArray::number(++n);
        const QByteArray t = "2026-09-20 0" + QByteArray::number(n) + ":00:00";
        add(id.constData(), p, "W1", t.constData(), certA)->level = 4;
    }
    n = 0;
    for (const char *p : {"P1", "P2", "P3", "P4", ""}) {
        const QByteArray id = "RB" + QByteArray::number(++n);
        const QByteArray t = "2026-09-20 1" + QByteArray::number(n) + ":30:00";
        add(id.constData(), p, "W2", t.constData(), certB)->level = 3;
    }
    n = 0;
    for (const char *p : {"P1", "P2", "P3", "P4", "P5"}) {
        const QByteArray id = "RC" + QByteArray::number(++n);
        const QByteArray t = "2026-09-20 1" + QByteArray::number(n) + ":45:00";
        add(id.constData(), p, "W2", t.constData(), "", "13977778888")->level = 4;
    }
    n = 0;
    for (const char *t :
         {"10:00:00", "10:02:00", "10:04:00", "10:06:00", "10:08:00", "10:10:00", "10:25:00"}) {
        const QByteArray id = "BW" + QByteArray::number(++n);
        add(id.constData(), "P9", "W2", ("2026-09-20 " + QByteArray(t)).constData(), "");
    }
    n = 0;
    for (const char *t : {"11:00:00", "11:01:00", "11:02:00", "11:03:00", "11:04:00"}) {
        const QByteArray id = "BX" + QByteArray::number(++n);
        add(id.constData(), "P9", "W1", ("2026-09-20 " + QByteArray(t)).constData(), "");
    }
    add("BX6", "P9", "W1", "2026-09-20 11:02:00", "")->level = 4;
    n = 0;
    for (const char *t : {"14:00:00", "14:00:00", "14:00:00", "14:05:00", "14:09:00", "14:10:00"}) {
        const QByteArray id = "T" + QByteArray::number(++n);
        add(id.constData(), "P9", "W1", ("2026-09-20 " + QByteArray(t)).constData(), "");
    }
    add("TX", "P9", "W1", "2026-09-20 14:01:00", "");
    QVERIFY(CacheWriter(cache, m_cipher.get()).upsertEvaluations(rows).ok());
    QSqlQuery q(cache.connection().database());
    QVERIFY(q.exec(QStringLiteral("UPDATE evaluations SET valid = 0 WHERE eval_id = 'TX'")));
    q.finish();

    IntegrityQuery query(cache);
    const auto input = query.input(m_september, {}, at("2026-10-31 18:00:00"));
    QVERIFY(input);
    const IntegritySettings settings;
    auto idsOf = [](const QList<IntegrityFlag> &flags) {
        QStringList ids;
        for (const IntegrityFlag &f : flags)
            ids << f.evalId;
        ids.sort();
        return ids;
    };
    const QStringList repeat = idsOf(repeatEvaluatorFlags(input->evaluations, settings));
    QCOMPARE(repeat,
             (QStringList{"RB1", "RB2", "RB3", "RB4", "RB5", "RC1", "RC2", "RC3", "RC4", "RC5"}));
    QCOMPARE(query.repeatEvaluatorIds(m_september, settings), std::optional<QStringList>(repeat));
    const QStringList burst = idsOf(levelFiveBurstFlags(input->evaluations, settings));
    QCOMPARE(burst, (QStringList{"BW1", "BW2", "BW3", "BW4", "BW5", "BW6", "T1", "T2", "T3", "T4",
                                 "T5", "T6"}));
    QCOMPARE(query.levelFiveBurstIds(m_september, settings), std::optional<QStringList>(burst));
    // Seven needed: no group has them.
    IntegritySettings seven;
    seven.burstMinCount = 7;
    QCOMPARE(query.levelFiveBurstIds(m_september, seven),
             std::optional<QStringList>(QStringList{}));
    QCOMPARE(idsOf(levelFiveBurstFlags(input->evaluations, seven)), QStringList{});

    // The evaluation rules together (the rankings' flagged counts): as the domain's.
    IntegrityInput noUnits = *input;
    noUnits.units.clear();
    QList<IntegrityFlag> domainAll = IntegrityQuery::runRules(noUnits, settings);
    for (IntegrityFlag &f : domainAll)
        f.evidence.clear();
    QCOMPARE(domainAll.size(), 2 + 10 + 12 + 1);
    QCOMPARE(query.evaluationFlags(m_september, settings),
             std::optional<QList<IntegrityFlag>>(domainAll));
    // Other settings reach every rule of the one statement (they are written into it).
    IntegritySettings strict = seven;
    strict.repeatMinCases = 6;
    QList<IntegrityFlag> domainStrict = IntegrityQuery::runRules(noUnits, strict);
    for (IntegrityFlag &f : domainStrict)
        f.evidence.clear();
    QCOMPARE(domainStrict.size(), 2 + 1); // staff E1 E3, early E1: no repeat, no burst
    QCOMPARE(query.evaluationFlags(m_september, strict),
             std::optional<QList<IntegrityFlag>>(domainStrict));

    // The bulletin's flags: every rule's, as flags() gives them, without the evidence.
    const auto ranking = IndicatorQuery(cache).ranking(UnitLevel::Department, m_september, {},
                                                       at("2026-10-31 18:00:00"));
    QVERIFY(ranking);
    StoreResult error;
    auto full = query.flags(*ranking, settings, &error);
    QVERIFY2(full, qPrintable(error.message));
    for (IntegrityFlag &f : *full)
        f.evidence.clear();
    const auto counted = query.flagsWithoutEvidence(*ranking, settings, &error);
    QVERIFY2(counted, qPrintable(error.message));
    QCOMPARE(full->size(), 2 + 10 + 12 + 1); // staff E1 E3, repeat, burst, early E1
    QCOMPARE(*counted, *full);
}

// The flags of a period are kept in the process (IntegrityMemo) and asked again without
// running the rules; a sync writing an evaluation, a case or a staff member (stamped after
// what the cache holds, as the platform stamps) makes the next ask see the change. Each
// change is worked out by hand on the fixture: E2 re-rated from S1's phone (C1's staff):
// staffEvaluator E2; P2 finished after E2 (09:00): evaluatedBeforeFinish E2; S2 withdrawn:
// E3 no longer a staff evaluator; a follow-up visit of E8 on S1's phone: followUpStaffPhone
// E8.
void TestIntegrityQuery::keptUntilASyncWritesTheRows()
{
    QTemporaryDir dir;
    CacheDatabase cache(dir.filePath(QStringLiteral("cache.sqlite")));
    QVERIFY(cache.open().ok());
    QVERIFY(seedCache(cache, *m_cipher));
    IntegrityQuery query(cache);
    auto flagged = [&] {
        QStringList out;
        StoreResult error;
        const auto flags = query.evaluationFlags(m_september, {}, &error);
        if (!flags)
            return QStringList{error.message};
        for (const IntegrityFlag &f : *flags)
            out << toString(f.rule) + QLatin1Char(':') + f.evalId;
        return out;
    };
    const QStringList seeded{"staffEvaluator:E1", "staffEvaluator:E3", "evaluatedBeforeFinish:E1"};
    QCOMPARE(flagged(), seeded);
    const qint64 hits = IntegrityMemo::hits();
    QCOMPARE(flagged(), seeded);
    QCOMPARE(IntegrityMemo::hits(), hits + 1);

    CacheWriter writer(cache, m_cipher.get());
    Evaluation e2 = evaluation("E2", "P2", "C1", "D1", "W1", "2026-09-05 09:00:00", "13800000001");
    e2.updatedAt = at("2026-10-02 00:00:00");
    QVERIFY(writer.upsertEvaluations({e2}).ok());
    QCOMPARE(flagged(), (QStringList{"staffEvaluator:E1", "staffEvaluator:E2", "staffEvaluator:E3",
                                     "evaluatedBeforeFinish:E1"}));

    ServiceCase p2 = serviceCase("P2", "C1", "D1", "2026-09-05 10:00:00");
    p2.updatedAt = at("2026-10-02 00:00:00");
    QVERIFY(writer.upsertCases({p2}).ok());
    QCOMPARE(flagged(), (QStringList{"staffEvaluator:E1", "staffEvaluator:E2", "staffEvaluator:E3",
                                     "evaluatedBeforeFinish:E1", "evaluatedBeforeFinish:E2"}));

    StaffMember s2 = staff("S2", "D2", "+86 138 0000 0002");
    s2.withdrawn = true;
    s2.updatedAt = at("2026-10-02 00:00:00");
    QVERIFY(writer.upsertStaff({s2}).ok());
    const QStringList last{"staffEvaluator:E1", "staffEvaluator:E2", "evaluatedBeforeFinish:E1",
                           "evaluatedBeforeFinish:E2"};
    QCOMPARE(flagged(), last);
    // Unchanged since: kept again.
    const qint64 before = IntegrityMemo::hits();
    QCOMPARE(flagged(), last);
    QCOMPARE(IntegrityMemo::hits(), before + 1);

    // A bad review synced alone (its evaluation synced and asked before): E8's follow-up
    // visit reached S1's phone, a staff member of E8's center C1.
    Evaluation e8 = evaluation("E8", "P2", "C1", "D1", "W1", "2026-09-06 09:00:00", "13955556666");
    e8.level = 1;
    e8.text = QStringLiteral("态度差");
    e8.updatedAt = at("2026-10-03 00:00:00");
    QVERIFY(writer.upsertEvaluations({e8}).ok());
    QCOMPARE(flagged(), last);
    QVERIFY(writer.upsertBadReviews({closed("E8", "13800000001", "2026-10-03 00:00:00")}).ok());
    QCOMPARE(flagged(),
             (QStringList{"staffEvaluator:E1", "staffEvaluator:E2", "followUpStaffPhone:E8",
                          "evaluatedBeforeFinish:E1", "evaluatedBeforeFinish:E2"}));
}

QTEST_GUILESS_MAIN(TestIntegrityQuery)
#include "tst_integrityquery.moc"
