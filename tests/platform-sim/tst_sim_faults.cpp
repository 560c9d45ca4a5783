// SPDX-License-Identifier: GPL-3.0-or-later
// Each fault option observed at rate 0.5: failures (5xx, 429 + Retry-After), dropped
// connections after the request was applied, truncated bodies, duplicated items, delays.
#include "SimHttp.h"
#include "SimProcess.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTcpSocket>
#include <QTest>

using namespace pingjia;

namespace {

// A raw HTTP/1.1 exchange, to see exactly what came back (QNetworkAccessManager retries
// some closed connections by itself).
struct RawAnswer {
    bool answered = false;
    QByteArray head;
    QByteArray body;
};

RawAnswer rawRequest(const QUrl &base, const QByteArray &method, const QByteArray &path,
                     const QByteArray &token = {}, const QByteArray &body = {})
{
    QTcpSocket s;
    s.connectToHost(QStringLiteral("127.0.0.1"), quint16(base.port()));
    RawAnswer a;
    if (!s.waitForConnected(30000))
        return a;
    QByteArray req = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n";
    if (!token.isEmpty())
        req += "Authorization: Bearer " + token + "\r\n";
    if (!body.isEmpty())
        req +=
            "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
            "\r\n";
    req += "\r\n" + body;
    s.write(req);
    QByteArray all;
    while (s.state() == QAbstractSocket::ConnectedState && s.waitForReadyRead(60000))
        all += s.readAll();
    all += s.readAll();
    const qsizetype split = all.indexOf("\r\n\r\n");
    a.answered = split > 0;
    a.head = all.left(split);
    a.body = split > 0 ? all.mid(split + 4) : QByteArray();
    return a;
}

QString signInRetrying(SimHttp &http)
{
    for (int i = 0; i < 100; ++i) {
        const QString t = http.signIn(QStringLiteral("demo"), QStringLiteral("demo"));
        if (!t.isEmpty())
            return t;
    }
    return {};
}

} // namespace

class TestSimFaults : public QObject {
    Q_OBJECT
private slots:
    void failRate()
    {
        SimProcess sim;
        QVERIFY2(sim.start({QStringLiteral("--scale"), QStringLiteral("300"),
                            QStringLiteral("--fail-rate"), QStringLiteral("0.5")}),
                 qPrintable(sim.errorString()));
        SimHttp http(sim.baseUrl());
        QSet<int> statuses;
        bool retryAfter = false, tokenFailed = false;
        for (int i = 0;
             i < 400 &&
             !(statuses.contains(200) && statuses.contains(429) && retryAfter &&
               (statuses.contains(500) || statuses.contains(502) || statuses.contains(503)));
             ++i) {
            const HttpReply r = http.get(QStringLiteral("/api/v1/meta"));
            statuses.insert(r.status);
            if (r.status == 429)
                retryAfter = r.headers.value("retry-after") == "1";
        }
        QVERIFY(statuses.contains(200));
        QVERIFY(statuses.contains(429) && retryAfter);
        QVERIFY(statuses.contains(500) || statuses.contains(502) || statuses.contains(503));
        for (int i = 0; i < 100 && !tokenFailed; ++i)
            tokenFailed = http.signIn(QStringLiteral("demo"), QStringLiteral("demo")).isEmpty();
        QVERIFY(tokenFailed); // the token endpoint fails too
        for (int i = 0; i < 20; ++i)
            QCOMPARE(http.get(QStringLiteral("/sim/status")).status, 200); // hooks never fail
    }

    void dropRateAppliesThenCloses()
    {
        SimProcess sim;
        QVERIFY2(sim.start({QStringLiteral("--scale"), QStringLiteral("small"),
                            QStringLiteral("--drop-rate"), QStringLiteral("0.5")}),
                 qPrintable(sim.errorString()));
        SimHttp http(sim.baseUrl());
        const QString token = signInRetrying(http);
        QVERIFY(!token.isEmpty());
        // Find an unverified bad review through the (dropping) API.
        QJsonObject target;
        for (int i = 0; i < 100 && target.isEmpty(); ++i) {
            const RawAnswer page = rawRequest(sim.baseUrl(), "GET",
                                              "/api/v1/bad-reviews?limit=5000", token.toLatin1());
            if (!page.answered)
                continue;
            for (const QJsonValue &v : QJsonDocument::fromJson(page.body)
                                           .object()
                                           .value(QLatin1String("items"))
                                           .toArray()) {
                if (v.toObject().value(QLatin1String("state")).toString() ==
                        QLatin1String("unverified") &&
                    v.toObject().value(QLatin1String("status")).toString() ==
                        QLatin1String("normal")) {
                    target = v.toObject();
                    break;
                }
            }
        }
        QVERIFY(!target.isEmpty());
        const QString evalId = target.value(QLatin1String("evalId")).toString();
        const int v = target.value(QLatin1String("version")).toInt();
        const QByteArray body =
            QJsonDocument(
                QJsonObject{{QStringLiteral("actionId"), QStringLiteral("drop-test-1")},
                            {QStringLiteral("type"), QStringLiteral("verify")},
                            {QStringLiteral("baseVersion"), v},
                            {QStringLiteral("payload"),
                             QJsonObject{{QStringLiteral("evidence"), QStringLiteral("属实")}}}})
                .toJson(QJsonDocument::Compact);
        const QByteArray path = "/api/v1/bad-reviews/" + evalId.toLatin1() + "/actions";
        // Send until one send is dropped; the first send applies the action either way.
        bool dropped = false;
        RawAnswer answer;
        for (int i = 0; i < 100 && !(dropped && answer.answered); ++i) {
            const RawAnswer a = rawRequest(sim.baseUrl(), "POST", path, token.toLatin1(), body);
            if (a.answered)
                answer = a;
            else
                dropped = true;
        }
        QVERIFY(dropped);
        QVERIFY(answer.answered);
        QVERIFY(answer.head.startsWith("HTTP/1.1 200"));
        // Applied exactly once, whatever was dropped.
        QCOMPARE(
            QJsonDocument::fromJson(answer.body).object().value(QLatin1String("version")).toInt(),
            v + 1);
        for (const DumpLine &l : http.dump()) {
            if (l.list == QLatin1String("bad-reviews") &&
                l.item.value(QLatin1String("evalId")).toString() == evalId)
                QCOMPARE(l.item.value(QLatin1String("version")).toInt(), v + 1);
        }
    }

    void truncateRateCutsBodiesWithMatchingLength()
    {
        SimProcess sim;
        QVERIFY2(sim.start({QStringLiteral("--scale"), QStringLiteral("300"),
                            QStringLiteral("--truncate-rate"), QStringLiteral("0.5")}),
                 qPrintable(sim.errorString()));
        SimHttp http(sim.baseUrl());
        const QString token = signInRetrying(http);
        QVERIFY(!token.isEmpty());
        bool truncated = false, whole = false;
        for (int i = 0; i < 200 && !(truncated && whole); ++i) {
            const HttpReply r = http.get(QStringLiteral("/api/v1/evaluations?limit=50"), token);
            QCOMPARE(r.status, 200);
            QCOMPARE(r.error, QNetworkReply::NoError); // Content-Length matches what was sent
            QCOMPARE(r.headers.value("content-length").toLongLong(), r.body.size());
            QJsonParseError e;
            QJsonDocument::fromJson(r.body, &e);
            if (e.error == QJsonParseError::NoError)
                whole = true;
            else
                truncated = r.body.startsWith("{\"hasMore\":true,\"items\":[{");
        }
        QVERIFY(truncated);
        QVERIFY(whole);
    }

    void duplicateRateRepeatsEarlierItems()
    {
        SimProcess sim;
        QVERIFY2(sim.start({QStringLiteral("--scale"), QStringLiteral("2000"),
                            QStringLiteral("--duplicate-rate"), QStringLiteral("0.5")}),
                 qPrintable(sim.errorString()));
        SimHttp http(sim.baseUrl());
        const QString token = signInRetrying(http);
        SimHttp::Walk walk;
        QVERIFY(http.walk(QStringLiteral("evaluations"), token, 100, &walk));
        QSet<QString> ids;
        int repeats = 0;
        for (const QJsonObject &item : walk.items) {
            const QString id = item.value(QLatin1String("evalId")).toString();
            if (ids.contains(id))
                ++repeats;
            ids.insert(id);
        }
        QVERIFY(repeats > 0);
        // Upserting by id still gives every record.
        int dumped = 0;
        for (const DumpLine &l : http.dump())
            dumped += l.list == QLatin1String("evaluations");
        QCOMPARE(ids.size(), dumped);
    }

    void delayMsDelaysAnswers()
    {
        SimProcess sim;
        QVERIFY2(sim.start({QStringLiteral("--scale"), QStringLiteral("300"),
                            QStringLiteral("--delay-ms"), QStringLiteral("150-200")}),
                 qPrintable(sim.errorString()));
        SimHttp http(sim.baseUrl());
        QElapsedTimer t;
        t.start();
        QCOMPARE(http.get(QStringLiteral("/api/v1/meta")).status, 200);
        QVERIFY(t.elapsed() >= 150); // a lower bound only: the server waited at least A ms
    }
};

QTEST_GUILESS_MAIN(TestSimFaults)
#include "tst_sim_faults.moc"
