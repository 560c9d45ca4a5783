// SPDX-License-Identifier: GPL-3.0-or-later
// 100 handling actions pushed while the platform drops 30 % of its answers after
// applying the request: each is applied exactly once (its actionId appears once in the
// platform's history), in order, and the local overlays go once acknowledged.
#include "SimProcess.h"
#include "SyncTestSupport.h"

#include "models/domain/Clock.h"
#include "models/domain/PlatformTime.h"
#include "models/store/CacheReader.h"
#include "models/store/LocalActionRecorder.h"
#include "models/store/LocalWorkStore.h"

#include <QJsonArray>
#include <QTest>

using namespace pingjia;
using namespace pingjia::test;

namespace {

// The next step of the rectification flow, or nothing when the record is done.
std::optional<std::pair<ActionType, QJsonObject>> nextStep(const HandlingRecord &r)
{
    switch (r.state) {
    case HandlingState::Unverified:
        return std::pair{ActionType::Verify,
                         QJsonObject{{"evidence", QStringLiteral("调取窗口录像核实")}}};
    case HandlingState::Confirmed:
        return std::pair{ActionType::Plan, QJsonObject{{"deptCode", "D1"},
                                                       {"person", QStringLiteral("王科长")},
                                                       {"measures", QStringLiteral("增设引导岗")}}};
    case HandlingState::Rectifying:
        return std::pair{ActionType::Complete,
                         QJsonObject{{"changes", QStringLiteral("已增设引导岗")}}};
    case HandlingState::Rectified:
        return std::pair{ActionType::FollowUp,
                         QJsonObject{{"satisfaction", 4}, {"method", "phone"}, {"note", "ok"}}};
    default:
        return std::nullopt;
    }
}

} // namespace

class TestSyncPush : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        Clock::setOverride(parsePlatformTime(QStringLiteral("2026-10-31 19:00:00")));
    }

    void hundredActionsExactlyOnceDespiteDroppedReplies()
    {
        SimProcess sim;
        QVERIFY2(
            sim.start({QStringLiteral("--scale"), QStringLiteral("20000"), QStringLiteral("--seed"),
                       QStringLiteral("21"), QStringLiteral("--drop-rate"), QStringLiteral("0.3")}),
            qPrintable(sim.errorString()));
        TestHome home;
        QString error;
        QVERIFY2(home.open(&error), qPrintable(error));
        SyncSession session({sim.baseUrl().toString(), QStringLiteral("demo"), {}}, home.cache(),
                            home.localWork(), home.secrets(), &home.cipher(), fastOptions(1000));
        QVERIFY(session.signIn(QStringLiteral("demo")).ok());
        SyncResult synced = session.sync();
        QVERIFY2(synced.ok(), qPrintable(synced.error.message));

        QStringList candidates;
        QVERIFY(CacheReader(home.cache())
                    .forEachBadReview([&](const HandlingRecord &r) {
                        if (!r.withdrawn && !r.delayPending && nextStep(r))
                            candidates.append(r.evalId);
                        return true;
                    })
                    .ok());
        LocalActionRecorder recorder(home.cache(), home.localWork());
        QStringList actionIds;
        for (const QString &evalId : std::as_const(candidates)) {
            for (int step = 0; step < 4 && actionIds.size() < 100; ++step) {
                const auto current = recorder.effectiveRecord(evalId);
                QVERIFY(current);
                const auto next = nextStep(*current);
                if (!next)
                    break;
                const RecordedAction a =
                    recorder.record(evalId, next->first, next->second, QStringLiteral("demo"));
                QVERIFY2(a.ok(), qPrintable(a.message()));
                actionIds.append(a.actionId);
            }
            if (actionIds.size() == 100)
                break;
        }
        QCOMPARE(actionIds.size(), 100);
        QCOMPARE(LocalWorkStore(home.localWork()).pendingActions().size(), 100);

        const PushResult pushed = session.push();
        QVERIFY2(pushed.error.ok(), qPrintable(pushed.error.message));
        QCOMPARE(pushed.acked, 100);
        QCOMPARE(pushed.conflicts, 0);
        QCOMPARE(pushed.refused, 0);
        QCOMPARE(pushed.remaining, 0);
        QVERIFY(session.client().stats().retries > 0); // some replies were lost
        LocalWorkStore work(home.localWork());
        QCOMPARE(work.pendingActions().size(), 0);
        QCOMPARE(work.overlays().size(), 0);

        // The platform's history: each actionId exactly once.
        Dump dump;
        QVERIFY2(fetchDump(sim.baseUrl(), CodeSet::Gbt39046, &dump, &error), qPrintable(error));
        QHash<QString, int> seen;
        for (const QJsonObject &record : std::as_const(dump.badReviews)) {
            for (const QJsonValue &h : record.value(QLatin1String("history")).toArray())
                ++seen[h.toObject().value(QLatin1String("actionId")).toString()];
        }
        for (const QString &id : std::as_const(actionIds))
            QVERIFY2(seen.value(id) == 1,
                     qPrintable(QStringLiteral("%1 applied %2 times").arg(id).arg(seen.value(id))));

        // The acknowledged records are in the cache already; a sync makes it whole.
        const SyncResult again = session.sync();
        QVERIFY2(again.ok(), qPrintable(again.error.message));
        QCOMPARE(compare(cacheSummaries(home.cache()), dump.summaries), QString());
    }
};

QTEST_GUILESS_MAIN(TestSyncPush)
#include "tst_sync_push.moc"
