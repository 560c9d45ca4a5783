// SPDX-License-Identifier: GPL-3.0-or-later
// Sign-in, refresh, expiry on the wall clock, and scope filtering per user.
#include "SimHttp.h"
#include "SimProcess.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace pingjia;

class TestSimAuth : public QObject {
    Q_OBJECT
private slots:
    void passwordRefreshAndExpiry()
    {
        SimProcess sim;
        QVERIFY2(sim.start({QStringLiteral("--scale"), QStringLiteral("300"),
                            QStringLiteral("--token-ttl"), QStringLiteral("1")}),
                 qPrintable(sim.errorString()));
        SimHttp http(sim.baseUrl());

        QJsonObject refused;
        QVERIFY(http.signIn(QStringLiteral("demo"), QStringLiteral("wrong"), &refused).isEmpty());
        QCOMPARE(refused.value(QLatin1String("error"))
                     .toObject()
                     .value(QLatin1String("code"))
                     .toString(),
                 QStringLiteral("invalid_credentials"));
        QCOMPARE(http.get(QStringLiteral("/api/v1/orgs")).errorCode(),
                 QStringLiteral("unauthorized"));
        QCOMPARE(http.get(QStringLiteral("/api/v1/orgs"), QStringLiteral("nope")).errorCode(),
                 QStringLiteral("invalid_token"));

        QJsonObject grant;
        const QString token = http.signIn(QStringLiteral("demo"), QStringLiteral("demo"), &grant);
        QVERIFY(!token.isEmpty());
        QCOMPARE(grant.value(QLatin1String("token_type")).toString(), QStringLiteral("Bearer"));
        QCOMPARE(grant.value(QLatin1String("expires_in")).toInt(), 1);
        QCOMPARE(grant.value(QLatin1String("scope")).toArray().first().toString(),
                 QStringLiteral("62"));

        // The token dies on the wall clock; poll for it rather than assert a duration.
        HttpReply r;
        QElapsedTimer waited;
        waited.start();
        do {
            r = http.get(QStringLiteral("/api/v1/orgs?limit=1"), token);
            if (r.status == 200)
                QTest::qWait(200);
        } while (r.status == 200 && waited.elapsed() < 60000);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), QStringLiteral("token_expired"));

        // Refresh once: a new pair; the used refresh token is spent.
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
        form.addQueryItem(QStringLiteral("refresh_token"),
                          grant.value(QLatin1String("refresh_token")).toString());
        const QByteArray body = form.toString(QUrl::FullyEncoded).toUtf8();
        const HttpReply refreshed = http.post(QStringLiteral("/api/v1/oauth/token"), body,
                                              "application/x-www-form-urlencoded");
        QCOMPARE(refreshed.status, 200);
        const QString fresh = refreshed.json().value(QLatin1String("access_token")).toString();
        QVERIFY(!fresh.isEmpty() && fresh != token);
        const HttpReply again = http.post(QStringLiteral("/api/v1/oauth/token"), body,
                                          "application/x-www-form-urlencoded");
        QCOMPARE(again.status, 401);
        QCOMPARE(again.errorCode(), QStringLiteral("invalid_grant"));

        const HttpReply unsupported =
            http.post(QStringLiteral("/api/v1/oauth/token"), "grant_type=magic",
                      "application/x-www-form-urlencoded");
        QCOMPARE(unsupported.status, 400);
        QCOMPARE(unsupported.errorCode(), QStringLiteral("unsupported_grant_type"));
    }

    void everyListFollowsTheUsersScope()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString users = dir.filePath(QStringLiteral("users.txt"));
        {
            QFile f(users);
            QVERIFY(f.open(QIODevice::WriteOnly));
            // A county (padded city form too), a single center, everything.
            f.write("# user:password:scope\n"
                    "county:pw1:620802\n"
                    "city:pw2:620800\n"
                    "center:pw3:C620802\n"
                    "all:pw4:62\n");
        }
        SimProcess sim;
        QVERIFY2(sim.start({QStringLiteral("--scale"), QStringLiteral("3000"),
                            QStringLiteral("--users"), users}),
                 qPrintable(sim.errorString()));
        SimHttp http(sim.baseUrl());
        QVERIFY(http.signIn(QStringLiteral("demo"), QStringLiteral("demo"))
                    .isEmpty()); // replaced by the file

        const auto walkAll = [&](const QString &user, const QString &password,
                                 const QString &list) {
            SimHttp::Walk walk;
            const QString token = http.signIn(user, password);
            if (token.isEmpty() || !http.walk(list, token, 1000, &walk))
                qWarning() << "walk failed" << user << list << walk.failed.body;
            return walk.items;
        };
        const auto evalsAll =
            walkAll(QStringLiteral("all"), QStringLiteral("pw4"), QStringLiteral("evaluations"));
        const auto evalsCounty =
            walkAll(QStringLiteral("county"), QStringLiteral("pw1"), QStringLiteral("evaluations"));
        const auto evalsCity =
            walkAll(QStringLiteral("city"), QStringLiteral("pw2"), QStringLiteral("evaluations"));
        const auto evalsCenter =
            walkAll(QStringLiteral("center"), QStringLiteral("pw3"), QStringLiteral("evaluations"));
        QVERIFY(!evalsCounty.isEmpty());
        QVERIFY(evalsCounty.size() < evalsCity.size());
        QVERIFY(evalsCity.size() < evalsAll.size());
        QVERIFY(!evalsCenter.isEmpty());
        QVERIFY(evalsCenter.size() < evalsCounty.size()); // townships and villages of 620802 too
        for (const QJsonObject &e : evalsCounty)
            QVERIFY(
                e.value(QLatin1String("areaCode")).toString().startsWith(QLatin1String("620802")));
        for (const QJsonObject &e : evalsCity)
            QVERIFY(
                e.value(QLatin1String("areaCode")).toString().startsWith(QLatin1String("6208")));
        for (const QJsonObject &e : evalsCenter)
            QCOMPARE(e.value(QLatin1String("centerCode")).toString(), QStringLiteral("C620802"));

        const auto orgsCenter =
            walkAll(QStringLiteral("center"), QStringLiteral("pw3"), QStringLiteral("orgs"));
        QVERIFY(!orgsCenter.isEmpty());
        for (const QJsonObject &o : orgsCenter)
            QCOMPARE(o.value(QLatin1String("areaCode")).toString(), QStringLiteral("620802"));
        QVERIFY(
            walkAll(QStringLiteral("center"), QStringLiteral("pw3"), QStringLiteral("cases"))
                .size() <
            walkAll(QStringLiteral("all"), QStringLiteral("pw4"), QStringLiteral("cases")).size());
        QVERIFY(
            walkAll(QStringLiteral("county"), QStringLiteral("pw1"), QStringLiteral("bad-reviews"))
                .size() <
            walkAll(QStringLiteral("all"), QStringLiteral("pw4"), QStringLiteral("bad-reviews"))
                .size());
        QVERIFY(
            walkAll(QStringLiteral("center"), QStringLiteral("pw3"), QStringLiteral("staff"))
                .size() <
            walkAll(QStringLiteral("all"), QStringLiteral("pw4"), QStringLiteral("staff")).size());
        QVERIFY(
            walkAll(QStringLiteral("center"), QStringLiteral("pw3"), QStringLiteral("items"))
                .size() <
            walkAll(QStringLiteral("all"), QStringLiteral("pw4"), QStringLiteral("items")).size());
    }
};

QTEST_GUILESS_MAIN(TestSimAuth)
#include "tst_sim_auth.moc"
