// SPDX-License-Identifier: GPL-3.0-or-later
// POST /api/v1/bad-reviews/{evalId}/actions: the domain state machine on the platform side,
// versions, conflicts, the second-person rule and idempotent resends.
#include "SimHttp.h"
#include "SimProcess.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace pingjia;

namespace {

QJsonObject action(const QString &id, const QString &type, int baseVersion,
                   const QJsonObject &payload)
{
    return {{QStringLiteral("actionId"), id},
            {QStringLiteral("type"), type},
            {QStringLiteral("baseVersion"), baseVersion},
            {QStringLiteral("at"), QStringLiteral("2026-10-31 18:30:00")},
            {QStringLiteral("payload"), payload}};
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

class TestSimActions : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    SimProcess m_sim;
    QString m_alice, m_bob;
    QList<QJsonObject> m_unverified;

    HttpReply post(const QString &evalId, const QJsonObject &body, const QString &token)
    {
        SimHttp http(m_sim.baseUrl());
        return http.postJson(QStringLiteral("/api/v1/bad-reviews/%1/actions").arg(evalId), body,
                             token);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QFile f(m_dir.filePath(QStringLiteral("users.txt")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("alice:a-pass:62\nbob:b-pass:620000\n");
        f.close();
        QVERIFY2(m_sim.start({QStringLiteral("--scale"), QStringLiteral("30000"),
                              QStringLiteral("--users"), f.fileName()}),
                 qPrintable(m_sim.errorString()));
        SimHttp http(m_sim.baseUrl());
        m_alice = http.signIn(QStringLiteral("alice"), QStringLiteral("a-pass"));
        m_bob = http.signIn(QStringLiteral("bob"), QStringLiteral("b-pass"));
        QVERIFY(!m_alice.isEmpty() && !m_bob.isEmpty());
        SimHttp::Walk walk;
        QVERIFY(http.walk(QStringLiteral("bad-reviews"), m_alice, 5000, &walk));
        for (const QJsonObject &r : walk.items) {
            if (r.value(QLatin1String("state")).toString() == QLatin1String("unverified") &&
                r.value(QLatin1String("status")).toString() == QLatin1String("normal"))
                m_unverified.append(r);
        }
        QVERIFY2(m_unverified.size() >= 3, "the small scale has fresh bad reviews to verify");
    }

    void verifyThenPlanRaisesTheVersion()
    {
        const QJsonObject rec = m_unverified.at(0);
        const QString evalId = rec.value(QLatin1String("evalId")).toString();
        const int v = rec.value(QLatin1String("version")).toInt();

        const HttpReply verified =
            post(evalId,
                 action(newId(), QStringLiteral("verify"), v,
                        {{QStringLiteral("evidence"), QStringLiteral("调取监控，情况属实")}}),
                 m_alice);
        QCOMPARE(verified.status, 200);
        QJsonObject r = verified.json();
        QCOMPARE(r.value(QLatin1String("state")).toString(), QStringLiteral("confirmed"));
        QCOMPARE(r.value(QLatin1String("verifyResult")).toString(), QStringLiteral("confirmed"));
        QCOMPARE(r.value(QLatin1String("version")).toInt(), v + 1);
        QCOMPARE(r.value(QLatin1String("verifiedAt")).toString(),
                 QStringLiteral("2026-10-31 18:30:00"));
        // 10 working days after 31 October 2026 (the day itself not counted).
        QCOMPARE(r.value(QLatin1String("reformDeadline")).toString(),
                 QStringLiteral("2026-11-13 23:59:59"));
        const QJsonObject last = r.value(QLatin1String("history")).toArray().last().toObject();
        QCOMPARE(last.value(QLatin1String("actor")).toString(), QStringLiteral("alice"));
        QCOMPARE(last.value(QLatin1String("type")).toString(), QStringLiteral("verify"));

        const QString planId = newId();
        const QJsonObject plan =
            action(planId, QStringLiteral("plan"), v + 1,
                   {{QStringLiteral("deptCode"), QStringLiteral("116208000X9072975P")},
                    {QStringLiteral("person"), QStringLiteral("张伟")},
                    {QStringLiteral("measures"), QStringLiteral("增设引导岗")}});
        const HttpReply planned = post(evalId, plan, m_alice);
        QCOMPARE(planned.status, 200);
        QCOMPARE(planned.json().value(QLatin1String("state")).toString(),
                 QStringLiteral("rectifying"));
        QCOMPARE(planned.json().value(QLatin1String("version")).toInt(), v + 2);

        // A stale base version: 409 with the current record.
        const HttpReply stale =
            post(evalId,
                 action(newId(), QStringLiteral("complete"), v + 1,
                        {{QStringLiteral("changes"), QStringLiteral("已整改")}}),
                 m_alice);
        QCOMPARE(stale.status, 409);
        QCOMPARE(stale.errorCode(), QStringLiteral("version_conflict"));
        QCOMPARE(stale.json()
                     .value(QLatin1String("current"))
                     .toObject()
                     .value(QLatin1String("version"))
                     .toInt(),
                 v + 2);

        // The same actionId again: the first answer, byte for byte, and nothing applied twice.
        const HttpReply resent = post(evalId, plan, m_alice);
        QCOMPARE(resent.status, 200);
        QCOMPARE(resent.body, planned.body);
        const HttpReply staleAgain =
            post(evalId,
                 action(newId(), QStringLiteral("verify"), v + 2,
                        {{QStringLiteral("evidence"), QStringLiteral("x")}}),
                 m_alice);
        QCOMPARE(staleAgain.status, 422); // rectifying: verify is not a transition from here
        QCOMPARE(staleAgain.errorCode(), QStringLiteral("illegal_transition"));
    }

    void secondPersonApprovesInvalidRequests()
    {
        const QJsonObject rec = m_unverified.at(1);
        const QString evalId = rec.value(QLatin1String("evalId")).toString();
        const int v = rec.value(QLatin1String("version")).toInt();
        const HttpReply requested =
            post(evalId,
                 action(newId(), QStringLiteral("request_invalid"), v,
                        {{QStringLiteral("result"), QStringLiteral("malicious")},
                         {QStringLiteral("evidence"), QStringLiteral("评价内容与办件无关")}}),
                 m_alice);
        QCOMPARE(requested.status, 200);
        QCOMPARE(requested.json().value(QLatin1String("state")).toString(),
                 QStringLiteral("invalid_requested"));

        const QString selfApproval = newId();
        const QJsonObject approve = action(selfApproval, QStringLiteral("approve_invalid"), v + 1,
                                           {{QStringLiteral("note"), QStringLiteral("同意")}});
        const HttpReply self = post(evalId, approve, m_alice);
        QCOMPARE(self.status, 422);
        QCOMPARE(self.errorCode(), QStringLiteral("same_actor"));
        // Resent: the same refusal even though bob could now... it is alice's action id.
        QCOMPARE(post(evalId, approve, m_alice).body, self.body);

        const HttpReply byBob =
            post(evalId,
                 action(newId(), QStringLiteral("approve_invalid"), v + 1,
                        {{QStringLiteral("note"), QStringLiteral("同意不予采纳")}}),
                 m_bob);
        QCOMPARE(byBob.status, 200);
        QCOMPARE(byBob.json().value(QLatin1String("state")).toString(),
                 QStringLiteral("not_adopted"));
        QCOMPARE(byBob.json().value(QLatin1String("verifyResult")).toString(),
                 QStringLiteral("malicious"));
        QCOMPARE(byBob.json().value(QLatin1String("version")).toInt(), v + 2);
    }

    void badPayloadsAreRefusedAndChangeNothing()
    {
        const QJsonObject rec = m_unverified.at(2);
        const QString evalId = rec.value(QLatin1String("evalId")).toString();
        const int v = rec.value(QLatin1String("version")).toInt();
        const QString id = newId();
        const HttpReply noEvidence =
            post(evalId, action(id, QStringLiteral("verify"), v, {}), m_alice);
        QCOMPARE(noEvidence.status, 422);
        QCOMPARE(noEvidence.errorCode(), QStringLiteral("invalid_payload"));
        QCOMPARE(post(evalId, action(id, QStringLiteral("verify"), v, {}), m_alice).body,
                 noEvidence.body);

        const HttpReply unknownType =
            post(evalId, action(newId(), QStringLiteral("teleport"), v, {}), m_alice);
        QCOMPARE(unknownType.errorCode(), QStringLiteral("invalid_payload"));

        SimHttp http(m_sim.baseUrl());
        const HttpReply notJson =
            http.post(QStringLiteral("/api/v1/bad-reviews/%1/actions").arg(evalId), "{oops",
                      "application/json", m_alice);
        QCOMPARE(notJson.status, 400);

        const HttpReply unknown = post(QStringLiteral("E20260101999999999"),
                                       action(newId(), QStringLiteral("verify"), 0,
                                              {{QStringLiteral("evidence"), QStringLiteral("x")}}),
                                       m_alice);
        QCOMPARE(unknown.status, 404);

        // Nothing was applied: the version is still v, and a proper verify works.
        const HttpReply ok = post(evalId,
                                  action(newId(), QStringLiteral("verify"), v,
                                         {{QStringLiteral("evidence"), QStringLiteral("属实")}}),
                                  m_alice);
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.json().value(QLatin1String("version")).toInt(), v + 1);
    }

    void actionsShowUpInTheFeedAndDump()
    {
        SimHttp http(m_sim.baseUrl());
        QHash<QString, QJsonObject> dumped;
        for (const DumpLine &l : http.dump()) {
            if (l.list == QLatin1String("bad-reviews"))
                dumped.insert(l.item.value(QLatin1String("evalId")).toString(), l.item);
        }
        const QJsonObject first =
            dumped.value(m_unverified.at(0).value(QLatin1String("evalId")).toString());
        QCOMPARE(first.value(QLatin1String("state")).toString(), QStringLiteral("rectifying"));
        QCOMPARE(first.value(QLatin1String("updatedAt")).toString(),
                 QStringLiteral("2026-10-31 18:00:00"));
        QCOMPARE(dumped.value(m_unverified.at(1).value(QLatin1String("evalId")).toString())
                     .value(QLatin1String("state"))
                     .toString(),
                 QStringLiteral("not_adopted"));
    }
};

QTEST_GUILESS_MAIN(TestSimActions)
#include "tst_sim_actions.moc"
