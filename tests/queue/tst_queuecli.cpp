// SPDX-License-Identifier: GPL-3.0-or-later
// `pingjia queue` (DESIGN.md §4) run as the real binary with --home: one JSON array and
// nothing else on stdout, the field schema (booleans as booleans, missing deadlines
// null), `[]` for an empty cache or a home that never synced, --state, --overdue at a
// fixed PINGJIA_NOW, CSV with a header, and exit codes 0/1/2.

#include "QueueFixture.h"

#include "models/domain/Clock.h"
#include "models/store/BadReviewQuery.h"
#include "models/store/LocalActionRecorder.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QtTest>

using namespace pingjia;
using namespace pingjia::queuetest;

namespace {

const QString kNow = QStringLiteral("2026-10-20 10:00:00");

QJsonArray parse(const QByteArray &out)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(out, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        qWarning() << "not one JSON array:" << error.errorString() << out.left(200);
    return doc.array();
}

QStringList ids(const QJsonArray &rows)
{
    QStringList out;
    for (const QJsonValue &v : rows)
        out << v.toObject().value(QStringLiteral("evalId")).toString();
    out.sort();
    return out;
}

} // namespace

class TestQueueCli : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void homeWithoutCachePrintsEmptyArray();
    void emptyCachePrintsEmptyArray();
    void everyBadReviewWithItsSchema();
    void stateFilter();
    void overdueAtFixedClock();
    void csvHasAHeader();
    void usageErrorsExitOne_data();
    void usageErrorsExitOne();
    void damagedCacheExitsTwo();

private:
    QueueStores m_stores;
    QList<Sample> m_samples;
};

void TestQueueCli::initTestCase()
{
    QVERIFY2(QFileInfo(qEnvironmentVariable("PINGJIA_APP")).isExecutable(),
             "PINGJIA_APP must name the pingjia binary");
    QVERIFY(m_stores.open());
    QVERIFY(m_stores.savePolicy({}));
    QVERIFY(m_stores.writeReference());
    m_samples = randomSamples(300, 31, parsePlatformTime(kNow), {});
    QVERIFY(m_stores.write(m_samples));
    // One local action: the CLI shows the effective state.
    Clock::setOverride(parsePlatformTime(kNow));
    LocalActionRecorder recorder(m_stores.cache, m_stores.work);
    for (const Sample &s : std::as_const(m_samples)) {
        if (s.platform && !s.evaluation.withdrawn &&
            s.platform->state == HandlingState::Unverified) {
            QVERIFY(recorder
                        .record(s.evaluation.evalId, ActionType::Verify,
                                payloadFor(ActionType::Verify, {}), QStringLiteral("alice"))
                        .ok());
            break;
        }
    }
}

void TestQueueCli::cleanupTestCase()
{
    Clock::clearOverride();
}

void TestQueueCli::homeWithoutCachePrintsEmptyArray()
{
    QTemporaryDir home;
    const CliRun run = runPingjia(home.path(), {QStringLiteral("queue")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.trimmed(), QByteArray("[]"));
    QVERIFY(!QFile::exists(home.filePath(QStringLiteral("cache.sqlite"))));
    QVERIFY(!QFile::exists(home.filePath(QStringLiteral("localwork.sqlite"))));
}

void TestQueueCli::emptyCachePrintsEmptyArray()
{
    QueueStores empty;
    QVERIFY(empty.open());
    const CliRun run = runPingjia(empty.dir.path(), {QStringLiteral("queue")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.trimmed(), QByteArray("[]"));
    const CliRun csv =
        runPingjia(empty.dir.path(),
                   {QStringLiteral("queue"), QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(csv.exitCode, 0);
    QCOMPARE(csv.out.trimmed().split('\n').size(), 1); // the header alone
}

void TestQueueCli::everyBadReviewWithItsSchema()
{
    const CliRun run = runPingjia(m_stores.dir.path(), {QStringLiteral("queue")}, kNow);
    QCOMPARE(run.exitCode, 0);
    const QJsonArray rows = parse(run.out);
    QStringList expected;
    for (const Sample &s : std::as_const(m_samples)) {
        if (!s.evaluation.withdrawn && s.evaluation.level <= 2)
            expected << s.evaluation.evalId;
    }
    expected.sort();
    QCOMPARE(ids(rows), expected);

    const QRegularExpression time(QStringLiteral("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d$"));
    auto timeOrNull = [&](const QJsonValue &v) {
        return v.isNull() || (v.isString() && time.match(v.toString()).hasMatch());
    };
    QStringList states;
    for (HandlingState s : kAllHandlingStates)
        states << toString(s);
    bool sawNullDeadline = false, sawInvalid = false, sawPending = false;
    QString previousTime;
    for (const QJsonValue &v : rows) {
        const QJsonObject o = v.toObject();
        for (const char *key :
             {"evalId", "level", "valid", "state", "centerCode", "deptCode", "assessTime",
              "verifyDeadline", "reformDeadline", "delayDeadline", "deadlineEstimated", "overdue"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QVERIFY(o.value(QStringLiteral("evalId")).isString());
        const QJsonValue level = o.value(QStringLiteral("level"));
        QVERIFY(level.isDouble() && (level.toInt() == 1 || level.toInt() == 2));
        QVERIFY(o.value(QStringLiteral("valid")).isBool());
        QVERIFY(o.value(QStringLiteral("overdue")).isBool());
        QVERIFY(o.value(QStringLiteral("deadlineEstimated")).isBool());
        QVERIFY(o.value(QStringLiteral("delayPending")).isBool());
        QVERIFY(o.value(QStringLiteral("pendingUpload")).isBool());
        QVERIFY(states.contains(o.value(QStringLiteral("state")).toString()));
        QVERIFY(o.value(QStringLiteral("centerCode")).isString());
        QVERIFY(time.match(o.value(QStringLiteral("assessTime")).toString()).hasMatch());
        for (const char *key : {"verifyDeadline", "reformDeadline", "delayDeadline"})
            QVERIFY2(timeOrNull(o.value(QLatin1String(key))), key);
        sawNullDeadline |= o.value(QStringLiteral("reformDeadline")).isNull();
        sawInvalid |= !o.value(QStringLiteral("valid")).toBool();
        sawPending |= o.value(QStringLiteral("pendingUpload")).toBool();
        // Invalid evaluations are never overdue, and no comment or personal data leaks.
        if (o.value(QStringLiteral("state")).toString() == QLatin1String("invalid"))
            QCOMPARE(o.value(QStringLiteral("overdue")), QJsonValue(false));
        QVERIFY(!o.contains(QStringLiteral("userName")) && !o.contains(QStringLiteral("mobile")));
        QVERIFY(previousTime <= o.value(QStringLiteral("assessTime")).toString());
        previousTime = o.value(QStringLiteral("assessTime")).toString();
    }
    QVERIFY(sawNullDeadline && sawInvalid && sawPending);
    QVERIFY(!run.out.contains("张三"));
    QVERIFY(!run.out.contains("13812345678"));
}

void TestQueueCli::stateFilter()
{
    const CliRun run = runPingjia(m_stores.dir.path(),
                                  {QStringLiteral("queue"), QStringLiteral("--state"),
                                   QStringLiteral("confirmed,rectifying")},
                                  kNow);
    QCOMPARE(run.exitCode, 0);
    const QJsonArray rows = parse(run.out);
    QVERIFY(!rows.isEmpty());
    BadReviewQuery query(m_stores.cache, &m_stores.work);
    BadReviewFilter f;
    f.states = {HandlingState::Confirmed, HandlingState::Rectifying};
    QCOMPARE(qint64(rows.size()), query.count(f, parsePlatformTime(kNow)));
    for (const QJsonValue &v : rows) {
        const QString s = v.toObject().value(QStringLiteral("state")).toString();
        QVERIFY(s == QLatin1String("confirmed") || s == QLatin1String("rectifying"));
    }
}

void TestQueueCli::overdueAtFixedClock()
{
    BadReviewQuery query(m_stores.cache, &m_stores.work);
    BadReviewFilter f;
    f.due = BadReviewFilter::Due::Overdue;
    for (const QString &now :
         {kNow, QStringLiteral("2026-09-01 00:00:00"), QStringLiteral("2027-01-01 00:00:00")}) {
        const CliRun run = runPingjia(m_stores.dir.path(),
                                      {QStringLiteral("queue"), QStringLiteral("--overdue")}, now);
        QCOMPARE(run.exitCode, 0);
        const QJsonArray rows = parse(run.out);
        QCOMPARE(ids(rows), [&] {
            QStringList l = query.evalIds(f, BadReviewSort::AssessTime, Qt::AscendingOrder,
                                          parsePlatformTime(now));
            l.sort();
            return l;
        }());
        for (const QJsonValue &v : rows)
            QCOMPARE(v.toObject().value(QStringLiteral("overdue")), QJsonValue(true));
    }
    // Later, more is overdue.
    const auto count = [&](const QString &now) {
        return parse(runPingjia(m_stores.dir.path(),
                                {QStringLiteral("queue"), QStringLiteral("--overdue")}, now)
                         .out)
            .size();
    };
    QVERIFY(count(QStringLiteral("2027-01-01 00:00:00")) >
            count(QStringLiteral("2026-09-01 00:00:00")));
}

void TestQueueCli::csvHasAHeader()
{
    const CliRun json = runPingjia(m_stores.dir.path(), {QStringLiteral("queue")}, kNow);
    const CliRun csv = runPingjia(
        m_stores.dir.path(),
        {QStringLiteral("queue"), QStringLiteral("--format"), QStringLiteral("csv")}, kNow);
    QCOMPARE(csv.exitCode, 0);
    const QList<QByteArray> lines = csv.out.trimmed().split('\n');
    const QList<QByteArray> header = lines.first().split(',');
    for (const char *key :
         {"evalId", "level", "valid", "state", "centerCode", "deptCode", "assessTime",
          "verifyDeadline", "reformDeadline", "delayDeadline", "deadlineEstimated", "overdue"})
        QVERIFY2(header.contains(QByteArray(key)), key);
    QCOMPARE(lines.size() - 1, parse(json.out).size());
    const int valid = int(header.indexOf("valid"));
    for (int i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> cells = lines.at(i).split(',');
        QCOMPARE(cells.size(), header.size());
        QVERIFY(cells.at(valid) == "true" || cells.at(valid) == "false");
    }
}

void TestQueueCli::usageErrorsExitOne_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("unknown state") << QStringList{"queue", "--state", "lost"};
    QTest::newRow("empty state") << QStringList{"queue", "--state", ","};
    QTest::newRow("unknown format") << QStringList{"queue", "--format", "xml"};
    QTest::newRow("unknown option") << QStringList{"queue", "--sideways"};
    QTest::newRow("stray argument") << QStringList{"queue", "everything"};
}

void TestQueueCli::usageErrorsExitOne()
{
    QFETCH(QStringList, args);
    const CliRun run = runPingjia(m_stores.dir.path(), args, kNow);
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY(!run.err.isEmpty());
}

void TestQueueCli::damagedCacheExitsTwo()
{
    QTemporaryDir home;
    QFile f(home.filePath(QStringLiteral("cache.sqlite")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(8192, 'x'));
    f.close();
    const QByteArray before = [&] {
        QFile r(f.fileName());
        return r.open(QIODevice::ReadOnly) ? r.readAll() : QByteArray();
    }();
    const CliRun run = runPingjia(home.path(), {QStringLiteral("queue")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY(run.err.contains(QStringLiteral("cache")));
    // Reading never repairs or replaces anything.
    QFile r(f.fileName());
    QVERIFY(r.open(QIODevice::ReadOnly));
    QCOMPARE(r.readAll(), before);
}

QTEST_GUILESS_MAIN(TestQueueCli)
#include "tst_queuecli.moc"
