// SPDX-License-Identifier: GPL-3.0-or-later
// --scale bench: a million evaluations served by index, not held in memory.
#include "SimHttp.h"
#include "SimProcess.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace pingjia;

namespace {
qint64 residentKb(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}
} // namespace

class TestSimBench : public QObject {
    Q_OBJECT
private slots:
    void benchScaleServesPagesWithBoundedMemory()
    {
        SimProcess sim;
        QVERIFY2(sim.start({QStringLiteral("--scale"), QStringLiteral("bench")}),
                 qPrintable(sim.errorString()));
        SimHttp http(sim.baseUrl());
        const HttpReply status = http.get(QStringLiteral("/sim/status"));
        const qint64 evaluations = status.json()
                                       .value(QLatin1String("positions"))
                                       .toObject()
                                       .value(QLatin1String("evaluations"))
                                       .toInteger();
        QVERIFY2(evaluations >= 1000000, qPrintable(QString::number(evaluations)));

        const QString token = http.signIn(QStringLiteral("demo"), QStringLiteral("demo"));
        const HttpReply first = http.get(QStringLiteral("/api/v1/evaluations?limit=5000"), token);
        QCOMPARE(first.status, 200);
        QCOMPARE(first.json().value(QLatin1String("items")).toArray().size(), 5000);
        QVERIFY(first.json().value(QLatin1String("hasMore")).toBool());
        const HttpReply cases = http.get(QStringLiteral("/api/v1/cases?limit=5000"), token);
        QCOMPARE(cases.json().value(QLatin1String("items")).toArray().size(), 5000);
        QCOMPARE(
            http.postJson(QStringLiteral("/sim/advance"), {{QStringLiteral("hours"), 24}}).status,
            200);

        // Loose sanity bound: the base data is computed on demand, so the process holds
        // indexes (a few bytes per record), not a gigabyte of records.
        const qint64 kb = residentKb(sim.pid());
        qInfo() << "simulator RSS at bench scale:" << kb << "kB";
        QVERIFY(kb > 0);
        QVERIFY2(kb < 400 * 1024, qPrintable(QString::number(kb)));
    }
};

QTEST_GUILESS_MAIN(TestSimBench)
#include "tst_sim_bench.moc"
