// SPDX-License-Identifier: GPL-3.0-or-later
// Verdicts on flagged items (IntegrityVerdicts): stored in the local-work file with an
// audit row each, a later verdict replacing the earlier one, bad input refused.

#include "models/store/IntegrityVerdicts.h"
#include "models/store/LocalWorkDatabase.h"
#include "models/store/LocalWorkStore.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace pingjia;

class TestIntegrityVerdicts : public QObject {
    Q_OBJECT

private slots:
    void recordReplaceAndAudit();
    void unitItemsAndRefusals();
};

void TestIntegrityVerdicts::recordReplaceAndAudit()
{
    QTemporaryDir dir;
    LocalWorkDatabase db(dir.filePath(QStringLiteral("localwork.sqlite")));
    QVERIFY(db.open().ok());
    IntegrityVerdicts verdicts(db);
    const IntegrityFlag flag{IntegrityRule::StaffEvaluator,
                             QStringLiteral("E1"),
                             QStringLiteral("D1"),
                             QStringLiteral("W1"),
                             {}};
    QVERIFY(verdicts
                .record(flag, QStringLiteral("2026-09"), IntegrityVerdict::Cleared,
                        QStringLiteral("a relative, checked"), QStringLiteral("alice"))
                .ok());
    auto all = verdicts.verdicts(QStringLiteral("2026-09"));
    QVERIFY(all);
    QCOMPARE(all->size(), 1);
    const auto k = qMakePair(QStringLiteral("staffEvaluator"), QStringLiteral("E1"));
    QVERIFY(all->value(k).verdict == IntegrityVerdict::Cleared);
    QCOMPARE(all->value(k).note, QStringLiteral("a relative, checked"));

    QVERIFY(verdicts
                .record(flag, QStringLiteral("2026-09"), IntegrityVerdict::Confirmed, {},
                        QStringLiteral("bob"))
                .ok());
    all = verdicts.verdicts(QStringLiteral("2026-09"));
    QCOMPARE(all->size(), 1);
    QVERIFY(all->value(k).verdict == IntegrityVerdict::Confirmed);
    QCOMPARE(all->value(k).actor, QStringLiteral("bob"));
    QCOMPARE(verdicts.verdicts(QStringLiteral("2026-08"))->size(), 0);

    const QList<AuditEntry> audit = LocalWorkStore(db).audit(QStringLiteral("E1"));
    QCOMPARE(audit.size(), 2);
    for (const AuditEntry &a : audit) {
        QCOMPARE(a.event, QStringLiteral("integrity_verdict"));
        QCOMPARE(a.detail.value(QStringLiteral("rule")).toString(),
                 QStringLiteral("staffEvaluator"));
    }
    QStringList seen;
    for (const AuditEntry &a : audit)
        seen << a.detail.value(QStringLiteral("verdict")).toString();
    seen.sort();
    QCOMPARE(seen, (QStringList{"cleared", "confirmed"}));
}

void TestIntegrityVerdicts::unitItemsAndRefusals()
{
    QTemporaryDir dir;
    LocalWorkDatabase db(dir.filePath(QStringLiteral("localwork.sqlite")));
    QVERIFY(db.open().ok());
    IntegrityVerdicts verdicts(db);
    const IntegrityFlag unit{IntegrityRule::CeilingLowCoverage, {}, QStringLiteral("D9"), {}, {}};
    QCOMPARE(IntegrityVerdicts::itemKey(unit), QStringLiteral("D9"));
    QVERIFY(verdicts
                .record(unit, QStringLiteral("2026-09"), IntegrityVerdict::Confirmed, {},
                        QStringLiteral("alice"))
                .ok());
    QVERIFY(verdicts.verdicts(QStringLiteral("2026-09"))
                ->value({QStringLiteral("ceilingLowCoverage"), QStringLiteral("D9")})
                .verdict == IntegrityVerdict::Confirmed);
    // No actor: refused, nothing stored, no audit row.
    const qsizetype auditBefore = LocalWorkStore(db).audit().size();
    const StoreResult r =
        verdicts.record(unit, QStringLiteral("2026-10"), IntegrityVerdict::Cleared, {}, {});
    QVERIFY(!r.ok());
    QCOMPARE(r.kind, StoreErrorKind::Data);
    QCOMPARE(verdicts.verdicts(QStringLiteral("2026-10"))->size(), 0);
    QCOMPARE(LocalWorkStore(db).audit().size(), auditBefore);
}

QTEST_GUILESS_MAIN(TestIntegrityVerdicts)
#include "tst_integrityverdicts.moc"
