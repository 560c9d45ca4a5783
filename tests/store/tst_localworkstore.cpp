// SPDX-License-Identifier: GPL-3.0-or-later
// The local-work file: outbox, audit, overlay, conflicts, reveals and settings.
#include "StoreFixtures.h"

#include "models/domain/HandlingStateMachine.h"
#include "models/store/CacheDatabase.h"
#include "models/store/LocalWorkDatabase.h"
#include "models/store/LocalWorkStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace pingjia;
using namespace pingjia::fixtures;

class TestLocalWorkStore : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<LocalWorkDatabase> m_db;
    std::unique_ptr<LocalWorkStore> m_store;
    int m_fileNo = 0;
    int m_actionNo = 0;

    HandlingAction action(ActionType type, const QJsonObject &payload,
                          const QString &actor = QStringLiteral("supervisor1"))
    {
        return {QStringLiteral("9b2e6c1a-0000-4000-8000-%1")
                    .arg(++m_actionNo, 12, 10, QLatin1Char('0')),
                type, actor, at("2026-10-15 11:00:00").addSecs(m_actionNo * 60), payload};
    }

    HandlingAction verifyAction()
    {
        return action(ActionType::Verify,
                      {{QStringLiteral("evidence"), QStringLiteral("调取监控，情况属实")}});
    }
    HandlingAction planAction()
    {
        return action(ActionType::Plan,
                      {{QStringLiteral("deptCode"), QStringLiteral("D1")},
                       {QStringLiteral("person"), QStringLiteral("王五")},
                       {QStringLiteral("measures"), QStringLiteral("增设引导员")}});
    }

    // Applies through the real state machine, as the UI will.
    HandlingRecord apply(const HandlingRecord &record, const HandlingAction &a)
    {
        const TransitionResult r = HandlingStateMachine().apply(record, a);
        if (!r.ok)
            qFatal("test action refused: %s", qPrintable(r.message));
        return r.record;
    }

    qint64 rows(const char *table)
    {
        return m_db->connection()
            .scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))
            .toLongLong();
    }

    HandlingRecord unverified(const QString &evalId)
    {
        return HandlingStateMachine().initialRecord(evalId, 1, QStringLiteral("态度差"),
                                                    at("2026-10-15 09:31:02"));
    }

private slots:
    void init()
    {
        m_db = std::make_unique<LocalWorkDatabase>(
            m_dir.filePath(QStringLiteral("localwork-%1.sqlite").arg(++m_fileNo)));
        QVERIFY(m_db->open().ok());
        m_store = std::make_unique<LocalWorkStore>(*m_db);
    }
    void cleanup()
    {
        m_store.reset();
        m_db.reset();
    }

    void recordActionWritesOutboxAuditAndOverlay()
    {
        const QString evalId = evaluation(1).evalId;
        const HandlingRecord base = unverified(evalId);
        const HandlingAction verify = verifyAction();
        const HandlingRecord result = apply(base, verify);
        QCOMPARE(result.state, HandlingState::Confirmed);
        qint64 seq = 0;
        const StoreResult r =
            m_store->recordAction(verify, evalId, base.version, result, verify.actor, &seq);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QVERIFY(seq > 0);

        const QList<OutboxEntry> pending = m_store->pendingActions();
        QCOMPARE(pending.size(), 1);
        const OutboxEntry &e = pending.first();
        QCOMPARE(e.seq, seq);
        QCOMPARE(e.actionId, verify.actionId);
        QCOMPARE(e.evalId, evalId);
        QCOMPARE(e.type, ActionType::Verify);
        QCOMPARE(e.baseVersion, 0);
        QCOMPARE(e.at, verify.at);
        QCOMPARE(e.payload, verify.payload);
        QCOMPARE(e.status, OutboxStatus::Pending);
        QCOMPARE(e.resultingRecord, result);
        QCOMPARE(e.requestBody().value(QStringLiteral("type")).toString(),
                 QStringLiteral("verify"));
        QCOMPARE(e.requestBody().value(QStringLiteral("at")).toString(),
                 QStringLiteral("2026-10-15 11:01:00"));

        QCOMPARE(m_store->overlay(evalId).value(), result);
        QCOMPARE(m_store->overlays().size(), 1);
        const QList<AuditEntry> audit = m_store->audit(evalId);
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.first().event, QStringLiteral("action"));
        QCOMPARE(audit.first().actor, verify.actor);
        QCOMPARE(audit.first().actionId, verify.actionId);
    }

    void recordActionIsAllOrNothing()
    {
        const QString evalId = evaluation(2).evalId;
        const HandlingRecord base = unverified(evalId);
        const HandlingAction verify = verifyAction();
        QVERIFY(m_store->recordAction(verify, evalId, 0, apply(base, verify), verify.actor).ok());

        // The overlay write fails (a trigger stands in for a full disk): neither the
        // outbox row nor the audit row of this action may remain.
        QVERIFY(m_db->connection()
                    .exec(QStringLiteral(
                        "CREATE TEMP TRIGGER fail_overlay BEFORE UPDATE ON pending_overlay "
                        "BEGIN SELECT RAISE(ABORT, 'disk full'); END"))
                    .ok());
        const HandlingAction plan = planAction();
        const StoreResult r =
            m_store->recordAction(plan, evalId, 1, apply(apply(base, verify), plan), plan.actor);
        QVERIFY(!r.ok());
        QVERIFY2(r.message.contains(QStringLiteral("disk full")), qPrintable(r.message));
        QCOMPARE(rows("outbox"), 1);
        QCOMPARE(rows("audit_log"), 1);
        QCOMPARE(m_store->overlay(evalId)->state, HandlingState::Confirmed);
        QVERIFY(m_db->connection().exec(QStringLiteral("DROP TRIGGER temp.fail_overlay")).ok());

        // A duplicate action id is refused and changes nothing.
        const StoreResult dup =
            m_store->recordAction(verify, evalId, 0, apply(base, verify), verify.actor);
        QCOMPARE(dup.kind, StoreErrorKind::Data);
        QCOMPARE(rows("outbox"), 1);
        QCOMPARE(rows("audit_log"), 1);

        // Incomplete input is refused before anything is written.
        HandlingAction noId = planAction();
        noId.actionId.clear();
        QCOMPARE(m_store->recordAction(noId, evalId, 1, base, noId.actor).kind,
                 StoreErrorKind::Data);
        QCOMPARE(
            m_store->recordAction(plan, evalId, 1, unverified(QStringLiteral("other")), plan.actor)
                .kind,
            StoreErrorKind::Data);
        QCOMPARE(rows("outbox"), 1);
    }

    void ackedActionsLeaveInOrderAndOverlayGoesLast()
    {
        const QString evalId = evaluation(3).evalId;
        HandlingRecord record = unverified(evalId);
        QList<qint64> seqs;
        const QList<HandlingAction> actions = {verifyAction(), planAction()};
        for (const HandlingAction &a : actions) {
            const HandlingRecord next = apply(record, a);
            qint64 seq = 0;
            QVERIFY(m_store->recordAction(a, evalId, record.version, next, a.actor, &seq).ok());
            seqs << seq;
            record = next;
        }
        QCOMPARE(record.state, HandlingState::Rectifying);
        QList<OutboxEntry> pending = m_store->pendingActions();
        QCOMPARE(pending.size(), 2);
        QCOMPARE(pending[0].type, ActionType::Verify);
        QCOMPARE(pending[1].type, ActionType::Plan);
        QVERIFY(pending[0].seq < pending[1].seq);

        QVERIFY(m_store->markSent(seqs[0]).ok());
        QCOMPARE(m_store->pendingActions().first().status, OutboxStatus::Sent);
        QVERIFY(m_store->markAcked(seqs[0], {{QStringLiteral("version"), 1}}).ok());
        QCOMPARE(m_store->pendingActions().size(), 1);
        QCOMPARE(m_store->overlay(evalId)->state, HandlingState::Rectifying); // still pending
        QVERIFY(m_store->markAcked(seqs[1], {{QStringLiteral("version"), 2}}).ok());
        QVERIFY(m_store->pendingActions().isEmpty());
        QVERIFY(!m_store->overlay(evalId).has_value());
        // A repeated acknowledgement (resend after a lost reply) is harmless.
        QVERIFY(m_store->markAcked(seqs[1], {}).ok());
        const QList<OutboxEntry> all = m_store->actions(evalId);
        QCOMPARE(all.size(), 2);
        QCOMPARE(all[1].status, OutboxStatus::Acked);
        QCOMPARE(all[1].reply.value(QStringLiteral("version")).toInt(), 2);
    }

    void conflictKeepsBothVersionsAndStopsDependents()
    {
        const QString evalId = evaluation(4).evalId;
        const HandlingRecord base = unverified(evalId);
        const HandlingAction verify = verifyAction();
        const HandlingRecord confirmed = apply(base, verify);
        const HandlingAction plan = planAction();
        qint64 s1 = 0, s2 = 0;
        QVERIFY(m_store->recordAction(verify, evalId, 0, confirmed, verify.actor, &s1).ok());
        QVERIFY(
            m_store->recordAction(plan, evalId, 1, apply(confirmed, plan), plan.actor, &s2).ok());

        // Someone else asked to declare it invalid on the platform meanwhile.
        HandlingRecord platform = base;
        platform.state = HandlingState::InvalidRequested;
        platform.version = 1;
        QVERIFY(m_store
                    ->markConflict(s1, platform, QStringLiteral("version_conflict: 1 != 0"),
                                   {{QStringLiteral("current"), platform.toJson()}})
                    .ok());
        QVERIFY(m_store->pendingActions().isEmpty());
        QVERIFY(!m_store->overlay(evalId).has_value());

        const QList<ConflictEntry> conflicts = m_store->conflicts();
        QCOMPARE(conflicts.size(), 2);
        QCOMPARE(conflicts[0].actionId, verify.actionId);
        QCOMPARE(conflicts[0].localRecord, confirmed);
        QCOMPARE(conflicts[0].platformRecord.value(), platform);
        QCOMPARE(conflicts[1].actionId, plan.actionId);
        QVERIFY(conflicts[1].message.contains(verify.actionId));
        // Why the plan was not sent, in words (not the wire code "conflict").
        QVERIFY2(conflicts[1].message.contains(QLatin1String("in conflict with the platform")),
                 qPrintable(conflicts[1].message));

        QVERIFY(m_store
                    ->resolveConflict(conflicts[0].id, QStringLiteral("kept platform"),
                                      QStringLiteral("supervisor1"))
                    .ok());
        QCOMPARE(m_store->conflicts().size(), 1);
        QCOMPARE(m_store->conflicts(true).size(), 2);
        QVERIFY(!m_store->resolveConflict(9999, QStringLiteral("x"), QStringLiteral("y")).ok());
    }

    void refusedActionIsKeptWithItsReason()
    {
        const QString evalId = evaluation(5).evalId;
        const HandlingRecord base = unverified(evalId);
        const HandlingAction verify = verifyAction();
        qint64 seq = 0;
        QVERIFY(
            m_store->recordAction(verify, evalId, 0, apply(base, verify), verify.actor, &seq).ok());
        QVERIFY(
            m_store->markRefused(seq, QStringLiteral("illegal_transition: already closed")).ok());
        QVERIFY(m_store->pendingActions().isEmpty());
        QVERIFY(!m_store->overlay(evalId).has_value());
        const OutboxEntry e = m_store->actions(evalId).first();
        QCOMPARE(e.status, OutboxStatus::Refused);
        QVERIFY(e.error.contains(QStringLiteral("illegal_transition")));
        QVERIFY(!m_store->markAcked(seq, {}).ok()); // a final state does not change
        QStringList events;
        for (const AuditEntry &a : m_store->audit(evalId))
            events << a.event;
        QCOMPARE(events, (QStringList{QStringLiteral("action"), QStringLiteral("refused")}));
    }

    void revealsAreLoggedWithReason()
    {
        const QString evalId = evaluation(6).evalId;
        QCOMPARE(m_store
                     ->recordReveal(evalId, QStringLiteral("admin"), {QStringLiteral("mobile")},
                                    QStringLiteral("  "))
                     .kind,
                 StoreErrorKind::Data);
        QVERIFY(m_store
                    ->recordReveal(evalId, QStringLiteral("admin"),
                                   {QStringLiteral("userName"), QStringLiteral("mobile")},
                                   QStringLiteral("回访评价人"))
                    .ok());
        const QList<RevealEntry> reveals = m_store->reveals(evalId);
        QCOMPARE(reveals.size(), 1);
        QCOMPARE(reveals.first().actor, QStringLiteral("admin"));
        QCOMPARE(reveals.first().fields,
                 (QStringList{QStringLiteral("userName"), QStringLiteral("mobile")}));
        QCOMPARE(reveals.first().reason, QStringLiteral("回访评价人"));
        QVERIFY(reveals.first().at.isValid());
        QCOMPARE(m_store->audit(evalId).first().event, QStringLiteral("reveal"));
        QVERIFY(m_store->reveals(QStringLiteral("other")).isEmpty());
    }

    void settingsSurviveACacheRebuild()
    {
        QVERIFY(
            m_store->setSetting(QStringLiteral("policy.rectifyDays"), QStringLiteral("5")).ok());
        QVERIFY(
            m_store->setSetting(QStringLiteral("policy.rectifyDays"), QStringLiteral("15")).ok());
        QVERIFY(m_store->setSetting(QStringLiteral("empty"), QString()).ok());
        CacheDatabase cache(m_dir.filePath(QStringLiteral("cache-for-settings.sqlite")));
        QVERIFY(cache.open().ok());
        QVERIFY(cache.rebuild().ok());
        QCOMPARE(m_store->setting(QStringLiteral("policy.rectifyDays")).value_or(QString()),
                 QStringLiteral("15"));
        QCOMPARE(m_store->setting(QStringLiteral("empty")).value_or(QStringLiteral("x")),
                 QString());
        QVERIFY(!m_store->setting(QStringLiteral("missing")).has_value());
        QVERIFY(m_store->removeSetting(QStringLiteral("empty")).ok());
        QVERIFY(!m_store->setting(QStringLiteral("empty")).has_value());
    }

    void outboxSurvivesReopening()
    {
        const QString file = m_db->path();
        const QString evalId = evaluation(7).evalId;
        const HandlingAction verify = verifyAction();
        QVERIFY(
            m_store
                ->recordAction(verify, evalId, 0, apply(unverified(evalId), verify), verify.actor)
                .ok());
        m_store.reset();
        m_db.reset();
        LocalWorkDatabase again(file);
        QVERIFY(again.open().ok());
        QCOMPARE(LocalWorkStore(again).pendingActions().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestLocalWorkStore)
#include "tst_localworkstore.moc"
