// SPDX-License-Identifier: GPL-3.0-or-later
// The evaluation rules' flags kept in the cache file (IntegrityFlagStore, schema v10): a new
// process (IntegrityMemo::forget() stands for it) reads the stored set instead of running
// the rules, and sees in its next build a synced evaluation, a changed setting and a
// cleared flag; a sync of other periods only leaves the set usable, any write a rule of the
// period reads does not (IntegrityPeriodMarks). Expected flags worked out by hand on IntegrityFixture.h's cache:
// - seeded, September, default settings: staffEvaluator E1 (S1's phone, C1) and E3 (S2's
//   phone, C2), evaluatedBeforeFinish E1 (two hours before P1 finished);
// - E2 re-rated from S1's phone (C1's staff): staffEvaluator E2 as well;
// - repeatMinCases 3: E1, E2 and E3 carry the same ID number (one evaluator) on three
//   cases (P1, P2, P3): repeatEvaluator E1, E2, E3;
// - the bulletin's counts per department: D1 holds E1 and E2 (three flags), D2 holds E3.
#include "IntegrityFixture.h"

#include "models/reports/BulletinIntegrity.h"
#include "models/secrets/InMemorySecretStore.h"
#include "models/store/IndicatorQuery.h"
#include "models/store/IntegrityFlagStore.h"
#include "models/store/IntegrityMemo.h"
#include "models/store/IntegrityQuery.h"
#include "models/store/IntegrityVerdicts.h"
#include "models/store/LocalWorkDatabase.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace pingjia;
using namespace pingjia::integritytest;

class TestIntegrityFlagStore : public QObject {
    Q_OBJECT

private slots:
    void init();
    void storedSetIsReadByTheNextProcess();
    void syncedEvaluationIsSeen();
    void changedSettingIsSeen();
    void clearedFlagIsSeen();
    void damagedTableCostsNothing();
    void otherPeriodsLeaveTheSetUsable();
    void periodWriteIsSeen_data();
    void periodWriteIsSeen();

private:
    // The flags a new process gets ("rule:evalId", in the order given).
    QStringList flagged(const IntegritySettings &settings = {});
    qint64 scalar(const QString &sql);
    void syncE2FromStaffPhone();
    // Adds a flag no rule gives ("staffEvaluator:STALE") to every stored set: a set read
    // from the file shows it, a set computed again does not.
    void markStoredSets();

    std::unique_ptr<QTemporaryDir> m_dir;
    InMemorySecretStore m_secrets;
    std::unique_ptr<PersonalDataCipher> m_cipher;
    std::unique_ptr<CacheDatabase> m_cache;
    const Period m_september = Period::month(2026, 9);
    const QStringList m_seeded{"staffEvaluator:E1", "staffEvaluator:E3",
                               "evaluatedBeforeFinish:E1"};
    const QStringList m_withE2{"staffEvaluator:E1", "staffEvaluator:E2", "staffEvaluator:E3",
                               "evaluatedBeforeFinish:E1"};
};

void TestIntegrityFlagStore::init()
{
    // A new home per test: each starts from the seeded cache with nothing stored.
    m_cache.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_cipher = std::make_unique<PersonalDataCipher>(m_secrets);
    m_cache = std::make_unique<CacheDatabase>(m_dir->filePath(QStringLiteral("cache.sqlite")));
    QVERIFY(m_cache->open().ok());
    QVERIFY(seedCache(*m_cache, *m_cipher));
}

QStringList TestIntegrityFlagStore::flagged(const IntegritySettings &settings)
{
    IntegrityMemo::forget();
    StoreResult error;
    const auto flags = IntegrityQuery(*m_cache).evaluationFlags(m_september, settings, &error);
    if (!flags)
        return QStringList{error.message};
    QStringList out;
    for (const IntegrityFlag &f : *flags)
        out << toString(f.rule) + QLatin1Char(':') + f.evalId;
    return out;
}

qint64 TestIntegrityFlagStore::scalar(const QString &sql)
{
    QSqlQuery q(m_cache->connection().database());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

void TestIntegrityFlagStore::syncE2FromStaffPhone()
{
    Evaluation e2 = evaluation("E2", "P2", "C1", "D1", "W1", "2026-09-05 09:00:00", "13800000001");
    e2.updatedAt = at("2026-10-02 00:00:00");
    QVERIFY(CacheWriter(*m_cache, m_cipher.get()).upsertEvaluations({e2}).ok());
}

void TestIntegrityFlagStore::markStoredSets()
{
    QVERIFY(QSqlQuery(m_cache->connection().database())
                .exec(QStringLiteral("INSERT INTO integrity_flag (set_id, rule, eval_id, "
                                     "unit_code, window_code) SELECT id, %1, 'STALE', 'D1', "
                                     "'W1' FROM integrity_flag_set")
                          .arg(int(IntegrityRule::StaffEvaluator))));
}

// Stored on the first ask; the next process reads the file's set, not the rows: a set
// altered in the file (E3's row taken out) is what it gets.
void TestIntegrityFlagStore::storedSetIsReadByTheNextProcess()
{
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM integrity_flag_set")), 0);
    QCOMPARE(flagged(), m_seeded);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM integrity_flag_set")), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM integrity_flag")), 3);

    const qint64 hits = IntegrityFlagStore::hits();
    QCOMPARE(flagged(), m_seeded);
    QCOMPARE(IntegrityFlagStore::hits(), hits + 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM integrity_flag")), 3);

    QVERIFY(QSqlQuery(m_cache->connection().database())
                .exec(QStringLiteral("DELETE FROM integrity_flag WHERE eval_id = 'E3'")));
    QCOMPARE(flagged(), (QStringList{"staffEvaluator:E1", "evaluatedBeforeFinish:E1"}));
}

// A synced evaluation changes the marks: the stored set (altered, so a stale read would
// show) is not used, the rules run again, and the new set replaces the old one.
void TestIntegrityFlagStore::syncedEvaluationIsSeen()
{
    QCOMPARE(flagged(), m_seeded);
    QVERIFY(QSqlQuery(m_cache->connection().database())
                .exec(QStringLiteral("DELETE FROM integrity_flag WHERE eval_id = 'E3'")));
    syncE2FromStaffPhone();
    QCOMPARE(flagged(), m_withE2);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM integrity_flag_set")), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM integrity_flag")), 4);
    const qint64 hits = IntegrityFlagStore::hits();
    QCOMPARE(flagged(), m_withE2);
    QCOMPARE(IntegrityFlagStore::hits(), hits + 1);
}

// Other settings are another set, stored beside the first; each is read back.
void TestIntegrityFlagStore::changedSettingIsSeen()
{
    syncE2FromStaffPhone();
    QCOMPARE(flagged(), m_withE2);
    IntegritySettings three;
    three.repeatMinCases = 3;
    const QStringList withRepeats{
        "staffEvaluator:E1",  "staffEvaluator:E2",  "staffEvaluator:E3",       "repeatEvaluator:E1",
        "repeatEvaluator:E2", "repeatEvaluator:E3", "evaluatedBeforeFinish:E1"};
    QCOMPARE(flagged(three), withRepeats);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM integrity_flag_set")), 2);
    const qint64 hits = IntegrityFlagStore::hits();
    QCOMPARE(flagged(), m_withE2);
    QCOMPARE(flagged(three), withRepeats);
    QCOMPARE(IntegrityFlagStore::hits(), hits + 2);
}

// A verdict lives in the local-work file and is read on every build: a flag cleared after
// the set was stored is counted as cleared by the next build, which reads the stored set.
void TestIntegrityFlagStore::clearedFlagIsSeen()
{
    syncE2FromStaffPhone();
    LocalWorkDatabase localWork(m_dir->filePath(QStringLiteral("localwork.sqlite")));
    QVERIFY(localWork.open().ok());
    RankingTable departments;
    departments.period = m_september;
    for (const char *code : {"D1", "D2"}) {
        RankedUnit u; // no counts: the unit rule judges neither
        u.unitCode = u.unitName = QString::fromLatin1(code);
        departments.units << u;
    }
    auto counts = [&] {
        IntegrityMemo::forget();
        StoreResult error;
        const BulletinIntegrityFacts facts =
            bulletinIntegrityFacts(*m_cache, &localWork, departments, {}, &error);
        QStringList out{error.message};
        for (const BulletinIntegrityCount &c : facts.departments)
            out << QStringLiteral("%1 %2 flags %3 cleared")
                       .arg(c.deptCode)
                       .arg(c.flags)
                       .arg(c.cleared);
        return out;
    };
    QCOMPARE(counts(), (QStringList{{}, "D1 3 flags 0 cleared", "D2 1 flags 0 cleared"}));
    const qint64 hits = IntegrityFlagStore::hits();
    const IntegrityFlag e3{IntegrityRule::StaffEvaluator,
                           QStringLiteral("E3"),
                           QStringLiteral("D2"),
                           QStringLiteral("W2"),
                           {}};
    QVERIFY(IntegrityVerdicts(localWork)
                .record(e3, QStringLiteral("2026-09"), IntegrityVerdict::Cleared,
                        QStringLiteral("checked: a relative"), QStringLiteral("alice"))
                .ok());
    QCOMPARE(counts(), (QStringList{{}, "D1 3 flags 0 cleared", "D2 1 flags 1 cleared"}));
    QCOMPARE(IntegrityFlagStore::hits(), hits + 1);
    localWork.closeThisThread();
}

// The stored set is an optimisation: with its table gone (a damaged or hand-edited cache)
// the figures still come, from the rules, both when a set was stored before and after.
void TestIntegrityFlagStore::damagedTableCostsNothing()
{
    QCOMPARE(flagged(), m_seeded);
    QVERIFY(QSqlQuery(m_cache->connection().database())
                .exec(QStringLiteral("DROP TABLE integrity_flag")));
    const qint64 hits = IntegrityFlagStore::hits();
    QCOMPARE(flagged(), m_seeded);
    QCOMPARE(flagged(), m_seeded);
    QCOMPARE(IntegrityFlagStore::hits(), hits);
}

// A sync of October's rows (an evaluation, its case, its bad review with a follow-up on a
// staff phone) leaves September's stored set usable: it is read, marker and all.
void TestIntegrityFlagStore::otherPeriodsLeaveTheSetUsable()
{
    QCOMPARE(flagged(), m_seeded);
    markStoredSets();
    CacheWriter w(*m_cache, m_cipher.get());
    ServiceCase p9 = serviceCase("P9", "C1", "D1", "2026-10-03 12:00:00");
    p9.updatedAt = at("2026-10-03 12:00:00");
    Evaluation e9 = evaluation("E9", "P9", "C1", "D1", "W1", "2026-10-03 09:00:00", "13800000001");
    e9.level = 1;
    e9.text = QStringLiteral("态度差");
    QVERIFY(w.upsertCases({p9}).ok());
    QVERIFY(w.upsertEvaluations({e9}).ok());
    QVERIFY(w.upsertBadReviews({closed("E9", "13800000001", "2026-10-04 10:00:00")}).ok());
    const qint64 hits = IntegrityFlagStore::hits();
    QCOMPARE(flagged(), QStringList(m_seeded) << "staffEvaluator:STALE");
    QCOMPARE(IntegrityFlagStore::hits(), hits + 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM integrity_flag_set")), 1);
}

// Each write that a September rule reads makes the next ask run the rules again (no
// marker) and store the new set; expected flags worked out by hand from the fixture.
void TestIntegrityFlagStore::periodWriteIsSeen_data()
{
    QTest::addColumn<QString>("write");
    QTest::addColumn<QStringList>("expected");
    // P1 finished at 09:30, before E1 (10:00): E1 is no longer early.
    QTest::newRow("case of the period")
        << "case" << QStringList{"staffEvaluator:E1", "staffEvaluator:E3"};
    // E2's follow-up visit reached S1's phone (rules in IntegrityRule's order).
    QTest::newRow("bad review of the period")
        << "badReview"
        << QStringList{"staffEvaluator:E1", "staffEvaluator:E3", "followUpStaffPhone:E2",
                       "evaluatedBeforeFinish:E1"};
    // S3 (W1, C1) now has E2's mobile.
    QTest::newRow("staff phone") << "staff" << m_withE2;
    // E7, September, S1's phone, stamped before the set was stored but arriving after.
    QTest::newRow("late row with an older stamp")
        << "olderStamp"
        << QStringList{"staffEvaluator:E1", "staffEvaluator:E3", "staffEvaluator:E7",
                       "evaluatedBeforeFinish:E1"};
    // E3 held the newest stamp when the set was stored; re-stamped later with another phone.
    QTest::newRow("newest row stamped again")
        << "restamp" << QStringList{"staffEvaluator:E1", "evaluatedBeforeFinish:E1"};
}

void TestIntegrityFlagStore::periodWriteIsSeen()
{
    QFETCH(QString, write);
    QFETCH(QStringList, expected);
    CacheWriter w(*m_cache, m_cipher.get());
    Evaluation e3 =
        evaluation("E3", "P3", "C2", "D2", "W2", "2026-09-05 09:00:00", "138-0000-0002");
    if (write == QLatin1String("restamp")) {
        e3.updatedAt = at("2026-10-05 00:00:00"); // the cache's newest stamp
        QVERIFY(w.upsertEvaluations({e3}).ok());
    }
    QCOMPARE(flagged(), m_seeded);
    markStoredSets();
    if (write == QLatin1String("case")) {
        ServiceCase p1 = serviceCase("P1", "C1", "D1", "2026-09-05 09:30:00");
        p1.updatedAt = at("2026-10-10 00:00:00");
        QVERIFY(w.upsertCases({p1}).ok());
    } else if (write == QLatin1String("badReview")) {
        QVERIFY(w.upsertBadReviews({closed("E2", "13800000001", "2026-10-10 00:00:00")}).ok());
    } else if (write == QLatin1String("staff")) {
        StaffMember s3 = staff("S3", "W1", "13800000002");
        s3.updatedAt = at("2026-10-10 00:00:00");
        QVERIFY(w.upsertStaff({s3}).ok());
    } else if (write == QLatin1String("olderStamp")) {
        QVERIFY(w.upsertEvaluations({evaluation("E7", "P2", "C1", "D1", "W1", "2026-09-07 09:00:00",
                                                "13800000001")})
                    .ok());
    } else {
        e3.mobile = QStringLiteral("13900000000");
        e3.updatedAt = at("2026-10-06 00:00:00");
        QVERIFY(w.upsertEvaluations({e3}).ok());
    }
    QCOMPARE(flagged(), expected);
    const qint64 hits = IntegrityFlagStore::hits();
    QCOMPARE(flagged(), expected); // the new set, stored
    QCOMPARE(IntegrityFlagStore::hits(), hits + 1);
}

QTEST_GUILESS_MAIN(TestIntegrityFlagStore)
#include "tst_integrityflagstore.moc"
