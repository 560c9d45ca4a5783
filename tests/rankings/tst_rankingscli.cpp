// SPDX-License-Identifier: GPL-3.0-or-later
// `pingjia rankings` as the real binary: on a cache synced from the simulator, every
// department's counts of October 2026 against counts this test makes from the
// simulator's own /sim/dump; the JSON schema (every field of issue 8, rates as fractions,
// null where undefined), CSV with a header, an empty home and an empty cache, levels,
// scopes, and the exit codes 0/1/2.

#include "RankingsFixture.h"
#include "SimSyncedCache.h"

#include "models/domain/Period.h"
#include "models/domain/PlatformTime.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace pingjia;
using namespace pingjia::rankingstest;

namespace {

QJsonArray parse(const QByteArray &out)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(out, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        qWarning() << "not one JSON array:" << error.errorString() << out.left(300);
    return doc.array();
}

// What the test expects of one department, counted from the dump.
struct Expected {
    qint64 served = 0, evaluated = 0, evaluations = 0, valid = 0, defaults = 0;
    qint64 levels[5] = {0, 0, 0, 0, 0};
};

const QStringList kFields = {QStringLiteral("unitCode"),
                             QStringLiteral("unitName"),
                             QStringLiteral("servedCases"),
                             QStringLiteral("evaluatedCases"),
                             QStringLiteral("coverage"),
                             QStringLiteral("evaluations"),
                             QStringLiteral("validEvaluations"),
                             QStringLiteral("invalidEvaluations"),
                             QStringLiteral("defaultEvaluations"),
                             QStringLiteral("level1"),
                             QStringLiteral("level2"),
                             QStringLiteral("level3"),
                             QStringLiteral("level4"),
                             QStringLiteral("level5"),
                             QStringLiteral("badReviews"),
                             QStringLiteral("goodRate"),
                             QStringLiteral("badRate"),
                             QStringLiteral("satisfaction"),
                             QStringLiteral("satisfactionRate"),
                             QStringLiteral("verifiedOnTime"),
                             QStringLiteral("rectifiedOnTime"),
                             QStringLiteral("rectificationRate"),
                             QStringLiteral("followUpRate"),
                             QStringLiteral("followUpSatisfaction"),
                             QStringLiteral("score"),
                             QStringLiteral("rank"),
                             QStringLiteral("rankChange"),
                             QStringLiteral("flagged"),
                             QStringLiteral("belowMinimumSample"),
                             QStringLiteral("flaggedEvaluations")};

} // namespace

class TestRankingsCli : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void homeWithoutCachePrintsEmptyArray();
    void emptyCachePrintsEmptyArray();
    void schemaOnAHandBuiltCache();
    void csvHasAHeader();
    void withoutFlaggedEvaluations();
    void usageErrorsExitOne_data();
    void usageErrorsExitOne();
    void damagedCacheExitsTwo();
    void departmentsMatchTheSimulatorsDump();
    void centersAndScopesOnTheSyncedCache();

private:
    FixtureCache m_fx;
};

void TestRankingsCli::initTestCase()
{
    QVERIFY2(QFileInfo(qEnvironmentVariable("PINGJIA_APP")).isExecutable(),
             "PINGJIA_APP must name the pingjia binary");
    QVERIFY(m_fx.open());
    QVERIFY(m_fx.org(QStringLiteral("C620802"), QStringLiteral("崆峒区政务服务中心"),
                     QStringLiteral("center"), {}, QStringLiteral("620802")));
    QVERIFY(m_fx.org(QStringLiteral("D1"), QStringLiteral("市场监督管理局"),
                     QStringLiteral("department"), QStringLiteral("C620802"),
                     QStringLiteral("620802")));
    QVERIFY(m_fx.org(QStringLiteral("D2"), QStringLiteral("人社局"), QStringLiteral("department"),
                     QStringLiteral("C620802"), QStringLiteral("620802")));
    // D1: two cases in October, one evaluated (level 4), one past its default.
    QVERIFY(m_fx.serviceCase(QStringLiteral("P1"), QStringLiteral("C620802"), QStringLiteral("D1"),
                             QStringLiteral("2026-10-02 10:00:00")));
    QVERIFY(m_fx.serviceCase(QStringLiteral("P2"), QStringLiteral("C620802"), QStringLiteral("D1"),
                             QStringLiteral("2026-10-03 10:00:00")));
    QVERIFY(m_fx.evaluation(QStringLiteral("E1"), QStringLiteral("P1"), QStringLiteral("C620802"),
                            QStringLiteral("D1"), 4, {}, QStringLiteral("2026-10-02 11:00:00")));
}

void TestRankingsCli::homeWithoutCachePrintsEmptyArray()
{
    QTemporaryDir home;
    const CliRun run =
        runPingjia(home.path(), {QStringLiteral("rankings"), QStringLiteral("--month"),
                                 QStringLiteral("2026-10")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.trimmed(), QByteArray("[]"));
    QVERIFY(!QFile::exists(home.filePath(QStringLiteral("cache.sqlite"))));
}

void TestRankingsCli::emptyCachePrintsEmptyArray()
{
    FixtureCache empty;
    QVERIFY(empty.open());
    const CliRun run =
        runPingjia(empty.home(), {QStringLiteral("rankings"), QStringLiteral("--quarter"),
                                  QStringLiteral("2026-Q4")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.trimmed(), QByteArray("[]"));
    const CliRun csv = runPingjia(
        empty.home(), {QStringLiteral("rankings"), QStringLiteral("--year"), QStringLiteral("2026"),
                       QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(csv.exitCode, 0);
    QCOMPARE(csv.out.trimmed().split('\n').size(), 1); // the header alone
}

void TestRankingsCli::schemaOnAHandBuiltCache()
{
    const CliRun run = runPingjia(
        m_fx.home(),
        {QStringLiteral("rankings"), QStringLiteral("--month"), QStringLiteral("2026-10")},
        QStringLiteral("2026-11-20 12:00:00"));
    QCOMPARE(run.exitCode, 0);
    const QJsonArray rows = parse(run.out);
    QCOMPARE(rows.size(), 2);
    for (const QJsonValue &v : rows) {
        for (const QString &field : kFields)
            QVERIFY2(v.toObject().contains(field), qPrintable(field));
    }
    // Unranked units are listed by code: D1 then D2.
    const QJsonObject d1 = rows[0].toObject();
    QCOMPARE(d1.value(QStringLiteral("unitCode")).toString(), QStringLiteral("D1"));
    QCOMPARE(d1.value(QStringLiteral("unitName")).toString(), QStringLiteral("市场监督管理局"));
    QCOMPARE(d1.value(QStringLiteral("servedCases")).toInteger(), 2);
    QCOMPARE(d1.value(QStringLiteral("evaluatedCases")).toInteger(), 1);
    QCOMPARE(d1.value(QStringLiteral("coverage")).toDouble(), 0.5); // a fraction, not 50
    QCOMPARE(d1.value(QStringLiteral("defaultEvaluations")).toInteger(), 1);
    QCOMPARE(d1.value(QStringLiteral("level4")).toInteger(), 1);
    QCOMPARE(d1.value(QStringLiteral("goodRate")).toDouble(), 1.0);
    QCOMPARE(d1.value(QStringLiteral("satisfaction")).toDouble(), 3.5); // (4 + 3) / 2
    QVERIFY(d1.value(QStringLiteral("verifiedOnTime")).isNull());
    QVERIFY(d1.value(QStringLiteral("rank")).isNull());
    QVERIFY(d1.value(QStringLiteral("rankChange")).isNull());
    QCOMPARE(d1.value(QStringLiteral("belowMinimumSample")).toBool(), true);
    QCOMPARE(d1.value(QStringLiteral("flagged")).toBool(), false);
    QVERIFY(d1.value(QStringLiteral("flaggedEvaluations")).isDouble()); // counted: 0
    QCOMPARE(d1.value(QStringLiteral("flaggedEvaluations")).toInteger(), 0);
    const QJsonObject d2 = rows[1].toObject();
    QCOMPARE(d2.value(QStringLiteral("servedCases")).toInteger(), 0);
    QVERIFY(d2.value(QStringLiteral("coverage")).isNull());
    QVERIFY(d2.value(QStringLiteral("satisfaction")).isNull());
    QVERIFY(d2.value(QStringLiteral("score")).isNull());
    // Before P2's default (10-10 10:00) it does not count.
    const CliRun early = runPingjia(m_fx.home(),
                                    {QStringLiteral("rankings"), QStringLiteral("--from"),
                                     QStringLiteral("2026-10-01"), QStringLiteral("--to"),
                                     QStringLiteral("2026-10-31")},
                                    QStringLiteral("2026-10-10 09:59:59"));
    QCOMPARE(early.exitCode, 0);
    QCOMPARE(parse(early.out)[0].toObject().value(QStringLiteral("defaultEvaluations")).toInteger(),
             0);
}

void TestRankingsCli::csvHasAHeader()
{
    const CliRun run =
        runPingjia(m_fx.home(),
                   {QStringLiteral("rankings"), QStringLiteral("--month"),
                    QStringLiteral("2026-10"), QStringLiteral("--format"), QStringLiteral("csv")},
                   QStringLiteral("2026-11-20 12:00:00"));
    QCOMPARE(run.exitCode, 0);
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    const QList<QByteArray> header = lines[0].split(',');
    for (const QString &field : kFields)
        QVERIFY2(header.contains(field.toUtf8()), qPrintable(field));
    const QList<QByteArray> d2 = lines[2].split(',');
    QCOMPARE(d2.size(), header.size());
    QCOMPARE(d2[header.indexOf("coverage")], QByteArray()); // null is an empty cell
}

// Review integrity (issue 14), by hand: D1's E1 (level 5) was given at 10-05 10:00 on a case
// finished 10-05 12:00 (evaluated before finish: flagged); E2 (level 4) on a case finished
// before it. Counted: 1 flagged; satisfaction (5 + 4) / 2 = 4.5. Without it: 1 evaluation,
// level5 0, satisfaction 4.0; served and evaluated cases stay 2.
void TestRankingsCli::withoutFlaggedEvaluations()
{
    FixtureCache fx;
    QVERIFY(fx.open());
    const QString center = QStringLiteral("C620802"), dept = QStringLiteral("D1");
    QVERIFY(fx.org(center, QStringLiteral("崆峒区政务服务中心"), QStringLiteral("center"), {},
                   QStringLiteral("620802")));
    QVERIFY(fx.org(dept, QStringLiteral("市场监督管理局"), QStringLiteral("department"), center,
                   QStringLiteral("620802")));
    QVERIFY(
        fx.serviceCase(QStringLiteral("P1"), center, dept, QStringLiteral("2026-10-05 12:00:00")));
    QVERIFY(
        fx.serviceCase(QStringLiteral("P2"), center, dept, QStringLiteral("2026-10-03 10:00:00")));
    QVERIFY(fx.evaluation(QStringLiteral("E1"), QStringLiteral("P1"), center, dept, 5, {},
                          QStringLiteral("2026-10-05 10:00:00")));
    QVERIFY(fx.evaluation(QStringLiteral("E2"), QStringLiteral("P2"), center, dept, 4, {},
                          QStringLiteral("2026-10-04 10:00:00")));
    const QStringList args{QStringLiteral("rankings"), QStringLiteral("--month"),
                           QStringLiteral("2026-10")};
    const QString now = QStringLiteral("2026-11-20 12:00:00");
    const CliRun counted = runPingjia(fx.home(), args, now);
    QCOMPARE(counted.exitCode, 0);
    const QJsonObject with = parse(counted.out)[0].toObject();
    QCOMPARE(with.value(QStringLiteral("flaggedEvaluations")).toInteger(), 1);
    QCOMPARE(with.value(QStringLiteral("evaluations")).toInteger(), 2);
    QCOMPARE(with.value(QStringLiteral("satisfaction")).toDouble(), 4.5);
    const CliRun without =
        runPingjia(fx.home(), args + QStringList{QStringLiteral("--without-flagged")}, now);
    QCOMPARE(without.exitCode, 0);
    const QJsonObject d1 = parse(without.out)[0].toObject();
    QCOMPARE(d1.value(QStringLiteral("flaggedEvaluations")).toInteger(), 1);
    QCOMPARE(d1.value(QStringLiteral("evaluations")).toInteger(), 1);
    QCOMPARE(d1.value(QStringLiteral("level5")).toInteger(), 0);
    QCOMPARE(d1.value(QStringLiteral("satisfaction")).toDouble(), 4.0);
    QCOMPARE(d1.value(QStringLiteral("servedCases")).toInteger(), 2);
    QCOMPARE(d1.value(QStringLiteral("evaluatedCases")).toInteger(), 2);
}

void TestRankingsCli::usageErrorsExitOne_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no period") << QStringList{} << "--quarter YYYY-Qn";
    QTest::newRow("two periods") << QStringList{"--month", "2026-10", "--year", "2026"}
                                 << "--quarter YYYY-Qn";
    QTest::newRow("bad month") << QStringList{"--month", "2026-13"} << "2026-13";
    QTest::newRow("year as month") << QStringList{"--month", "2026"} << "--month";
    QTest::newRow("bad quarter") << QStringList{"--quarter", "2026-Q5"} << "2026-Q5";
    QTest::newRow("from without to") << QStringList{"--from", "2026-10-01"} << "--to";
    QTest::newRow("reversed range")
        << QStringList{"--from", "2026-10-09", "--to", "2026-10-01"} << "2026-10-09";
    QTest::newRow("bad level") << QStringList{"--month", "2026-10", "--level", "province"}
                               << "province";
    QTest::newRow("bad format") << QStringList{"--month", "2026-10", "--format", "xml"} << "xml";
    QTest::newRow("unknown scope")
        << QStringList{"--month", "2026-10", "--scope", "C999999"} << "C999999";
    QTest::newRow("unknown option") << QStringList{"--month", "2026-10", "--bogus"} << "bogus";
}

void TestRankingsCli::usageErrorsExitOne()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const CliRun run = runPingjia(m_fx.home(), QStringList{QStringLiteral("rankings")} + args);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

void TestRankingsCli::damagedCacheExitsTwo()
{
    QTemporaryDir home;
    QFile file(home.filePath(QStringLiteral("cache.sqlite")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    const CliRun run =
        runPingjia(home.path(), {QStringLiteral("rankings"), QStringLiteral("--month"),
                                 QStringLiteral("2026-10")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.isEmpty());
}

void TestRankingsCli::departmentsMatchTheSimulatorsDump()
{
    SimSyncedCache synced;
    QString error;
    QVERIFY2(synced.create(&error), qPrintable(error));
    const QList<DumpLine> dump = synced.dump();
    QVERIFY(!dump.isEmpty());
    const Period oct = Period::month(2026, 10);
    const QDateTime now = parsePlatformTime(kSimNow);
    // The platform's code set (meta): gbt39046 numbers 1 = 非常满意, upload the reverse.
    // Counted here from the dump alone.
    QSet<QString> evaluatedCases;
    QHash<QString, Expected> expected;
    QHash<QString, QString> names;
    for (const DumpLine &line : dump) {
        const QJsonObject &item = line.item;
        const bool normal =
            item.value(QStringLiteral("status")).toString() == QLatin1String("normal");
        if (line.list == QLatin1String("orgs") &&
            item.value(QStringLiteral("kind")).toString() == QLatin1String("department") &&
            normal) {
            names.insert(item.value(QStringLiteral("orgCode")).toString(),
                         item.value(QStringLiteral("name")).toString());
        }
        if (line.list != QLatin1String("evaluations") || !normal)
            continue;
        evaluatedCases.insert(item.value(QStringLiteral("projectNo")).toString());
        const QDateTime assess =
            parsePlatformTime(item.value(QStringLiteral("assessTime")).toString());
        if (!oct.contains(assess))
            continue;
        const int raw = item.value(QStringLiteral("satisfaction")).toString().toInt();
        const int level = 6 - raw; // the simulator's default code set is gbt39046
        const bool valid =
            level > 2 ||
            !item.value(QStringLiteral("writingEvaluation")).toString().trimmed().isEmpty();
        Expected &e = expected[item.value(QStringLiteral("deptCode")).toString()];
        ++e.evaluations;
        if (valid) {
            ++e.valid;
            ++e.levels[level - 1];
        }
    }
    for (const DumpLine &line : dump) {
        const QJsonObject &item = line.item;
        if (line.list != QLatin1String("cases") ||
            item.value(QStringLiteral("status")).toString() != QLatin1String("normal") ||
            item.value(QStringLiteral("proStatus")).toInt() != 3)
            continue;
        const QDateTime finish =
            parsePlatformTime(item.value(QStringLiteral("finishDate")).toString());
        const bool evaluated =
            evaluatedCases.contains(item.value(QStringLiteral("projectNo")).toString());
        Expected &e = expected[item.value(QStringLiteral("deptCode")).toString()];
        if (oct.contains(finish)) {
            ++e.served;
            e.evaluated += evaluated ? 1 : 0;
        }
        // 7 × 24 h later, by now, in October, and never evaluated.
        const QDateTime due = finish.addSecs(7 * 24 * 3600);
        if (!evaluated && due <= now && oct.contains(due))
            ++e.defaults;
    }
    QVERIFY(names.size() > 5);

    const CliRun run = runPingjia(
        synced.dir.path(),
        {QStringLiteral("rankings"), QStringLiteral("--month"), QStringLiteral("2026-10")},
        kSimNow);
    QCOMPARE(run.exitCode, 0);
    const QJsonArray rows = parse(run.out);
    QSet<QString> seen;
    int ranked = 0;
    for (const QJsonValue &v : rows) {
        const QJsonObject o = v.toObject();
        const QString code = o.value(QStringLiteral("unitCode")).toString();
        seen.insert(code);
        const Expected e = expected.value(code);
        QCOMPARE(o.value(QStringLiteral("unitName")).toString(), names.value(code));
        QCOMPARE(o.value(QStringLiteral("servedCases")).toInteger(), e.served);
        QCOMPARE(o.value(QStringLiteral("evaluatedCases")).toInteger(), e.evaluated);
        QCOMPARE(o.value(QStringLiteral("evaluations")).toInteger(), e.evaluations);
        QCOMPARE(o.value(QStringLiteral("validEvaluations")).toInteger(), e.valid);
        QCOMPARE(o.value(QStringLiteral("invalidEvaluations")).toInteger(),
                 e.evaluations - e.valid);
        QCOMPARE(o.value(QStringLiteral("defaultEvaluations")).toInteger(), e.defaults);
        for (int l = 1; l <= 5; ++l)
            QCOMPARE(o.value(QStringLiteral("level%1").arg(l)).toInteger(), e.levels[l - 1]);
        QCOMPARE(o.value(QStringLiteral("badReviews")).toInteger(), e.levels[0] + e.levels[1]);
        if (e.served > 0) {
            QVERIFY(qAbs(o.value(QStringLiteral("coverage")).toDouble() -
                         double(e.evaluated) / double(e.served)) < 1e-12);
        } else {
            QVERIFY(o.value(QStringLiteral("coverage")).isNull());
        }
        QCOMPARE(o.value(QStringLiteral("belowMinimumSample")).toBool(), e.valid < 30);
        // Ranked exactly when the sample is large enough (and a score exists).
        if (e.valid < 30)
            QVERIFY(o.value(QStringLiteral("rank")).isNull());
        ranked += o.value(QStringLiteral("rank")).isNull() ? 0 : 1;
    }
    // Every department of the scope is listed, active or not.
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        QVERIFY2(seen.contains(it.key()), qPrintable(it.key()));
    qInfo() << ranked << "of" << rows.size() << "departments ranked";
}

void TestRankingsCli::centersAndScopesOnTheSyncedCache()
{
    SimSyncedCache synced;
    QString error;
    QVERIFY2(synced.create(&error, QStringLiteral("9")), qPrintable(error));
    const CliRun centers =
        runPingjia(synced.dir.path(),
                   {QStringLiteral("rankings"), QStringLiteral("--quarter"),
                    QStringLiteral("2026-Q3"), QStringLiteral("--level"), QStringLiteral("center")},
                   kSimNow);
    QCOMPARE(centers.exitCode, 0);
    const QJsonArray all = parse(centers.out);
    QVERIFY(all.size() > 5);
    const CliRun areas =
        runPingjia(synced.dir.path(),
                   {QStringLiteral("rankings"), QStringLiteral("--quarter"),
                    QStringLiteral("2026-Q3"), QStringLiteral("--level"), QStringLiteral("area")},
                   kSimNow);
    QCOMPARE(areas.exitCode, 0);
    QVERIFY(!parse(areas.out).isEmpty());
    // Scoped to 崆峒区 (620802): only centers whose code carries that area.
    const CliRun scoped =
        runPingjia(synced.dir.path(),
                   {QStringLiteral("rankings"), QStringLiteral("--quarter"),
                    QStringLiteral("2026-Q3"), QStringLiteral("--level"), QStringLiteral("center"),
                    QStringLiteral("--scope"), QStringLiteral("620802")},
                   kSimNow);
    QCOMPARE(scoped.exitCode, 0);
    const QJsonArray inside = parse(scoped.out);
    QVERIFY(!inside.isEmpty());
    QVERIFY(inside.size() < all.size());
    for (const QJsonValue &v : inside) {
        QVERIFY(v.toObject()
                    .value(QStringLiteral("unitCode"))
                    .toString()
                    .startsWith(QLatin1String("C620802")));
    }
}

QTEST_GUILESS_MAIN(TestRankingsCli)
#include "tst_rankingscli.moc"
