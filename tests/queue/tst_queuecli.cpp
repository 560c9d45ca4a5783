// SPDX-License-Identifier: GPL-3.0-or-later
// `pingjia queue` (DESIGN.md §4) run as the real binary with --home: one JSON array and
// nothing else on stdout, the field schema (booleans as booleans, missing deadlines
// null), `[]` for an empty cache or a home that never synced, --state, --overdue at a
// fixed PINGJIA_NOW, CSV with a header and unit names, and exit codes 0/1/2. Expected
// rows, states and overdue flags are worked out here from the samples written to the
// cache (their stored deadlines and states), never by asking the store's query.

#include "QueueFixture.h"

#include "models/domain/Clock.h"
#include "models/store/LocalActionRecorder.h"

#include <QFile>
#include <QHash>
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

// The one sample verified here as alice at kNow (the recorder's clock): confirmed,
// pending upload, rectification due at the end of the 10th working day after
// Tue 2026-10-20 — Oct 21, 22, 23, 26, 27, 28, 29, 30, Nov 2, 3 (no holiday between).
const QDateTime kLocalRectificationDeadline = at("2026-11-03 23:59:59");

// The effective handling of a sample as the console must show it.
struct Expected {
    QString evalId;
    HandlingState state = HandlingState::Unverified;
    QDateTime verifyDeadline;
    QDateTime rectificationDeadline; // the delay deadline when one was approved
};

std::optional<Expected> expectedOf(const Sample &s, const QString &locallyVerified)
{
    const Evaluation &e = s.evaluation;
    if (e.withdrawn || e.level > 2)
        return std::nullopt;
    Expected x{e.evalId, HandlingState::Unverified, {}, {}};
    if (e.evalId == locallyVerified) {
        x.state = HandlingState::Confirmed;
        x.rectificationDeadline = kLocalRectificationDeadline;
    } else if (s.platform) {
        const HandlingRecord &r = *s.platform;
        x.state = r.state;
        x.verifyDeadline = r.verifyDeadline;
        x.rectificationDeadline =
            r.delayDeadline.isValid() ? r.delayDeadline : r.rectificationDeadline;
    } else if (e.text.trimmed().isEmpty()) {
        x.state = HandlingState::Invalid; // not synced yet: derived, no deadline
    } else {
        x.verifyDeadline = e.assessTime.addSecs(24 * 3600); // the default policy's 24 h
    }
    return x;
}

bool overdueAt(const Expected &x, const QDateTime &now)
{
    if (x.state == HandlingState::Unverified)
        return x.verifyDeadline.isValid() && now > x.verifyDeadline;
    if (x.state == HandlingState::Confirmed || x.state == HandlingState::Rectifying)
        return x.rectificationDeadline.isValid() && now > x.rectificationDeadline;
    return false;
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
    void csvNamesTheUnits();
    void usageErrorsExitOne_data();
    void usageErrorsExitOne();
    void damagedCacheExitsTwo();

private:
    QList<Expected> expected() const;

    QueueStores m_stores;
    QList<Sample> m_samples;
    QString m_locallyVerified;
};

QList<Expected> TestQueueCli::expected() const
{
    QList<Expected> out;
    for (const Sample &s : m_samples)
        if (const auto x = expectedOf(s, m_locallyVerified))
            out << *x;
    return out;
}

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
            m_locallyVerified = s.evaluation.evalId;
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
    QStringList want;
    for (const Expected &x : expected())
        if (x.state == HandlingState::Confirmed || x.state == HandlingState::Rectifying)
            want << x.evalId;
    want.sort();
    QVERIFY(want.contains(m_locallyVerified)); // its local state, not the platform's
    QCOMPARE(ids(rows), want);
    for (const QJsonValue &v : rows) {
        const QString s = v.toObject().value(QStringLiteral("state")).toString();
        QVERIFY(s == QLatin1String("confirmed") || s == QLatin1String("rectifying"));
    }
}

void TestQueueCli::overdueAtFixedClock()
{
    for (const QString &now :
         {kNow, QStringLiteral("2026-09-01 00:00:00"), QStringLiteral("2027-01-01 00:00:00")}) {
        const CliRun run = runPingjia(m_stores.dir.path(),
                                      {QStringLiteral("queue"), QStringLiteral("--overdue")}, now);
        QCOMPARE(run.exitCode, 0);
        const QJsonArray rows = parse(run.out);
        QStringList want;
        for (const Expected &x : expected())
            if (overdueAt(x, parsePlatformTime(now)))
                want << x.evalId;
        want.sort();
        QVERIFY(!want.isEmpty());
        QCOMPARE(ids(rows), want);
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

void TestQueueCli::csvNamesTheUnits()
{
    const CliRun csv = runPingjia(
        m_stores.dir.path(),
        {QStringLiteral("queue"), QStringLiteral("--format"), QStringLiteral("csv")}, kNow);
    QCOMPARE(csv.exitCode, 0);
    const QList<QByteArray> lines = csv.out.trimmed().split('\n');
    const QList<QByteArray> header = lines.first().split(',');
    const auto column = [&](const char *name) { return int(header.indexOf(QByteArray(name))); };
    for (const char *name : {"centerName", "deptName", "windowName", "staffName"})
        QVERIFY2(column(name) >= 0, name);
    // The names the fixture's reference data gives these codes.
    const QHash<QString, QString> names = {
        {kCenterA, QStringLiteral("崆峒区政务服务中心")},
        {kCenterB, QStringLiteral("华亭市政务服务中心")},
        {kDeptA, QStringLiteral("崆峒区公安分局")},
        {kDeptB, QStringLiteral("崆峒区人社局")},
        {kDeptC, QStringLiteral("华亭市不动产登记中心")},
        {kDeptD, QString()}, // never synced: no name
        {QStringLiteral("W620802-001"), QStringLiteral("综合受理1号窗口")},
        {QStringLiteral("W620802-002"), QStringLiteral("社保窗口")},
        {QStringLiteral("S1"), QStringLiteral("李明")},
        {QStringLiteral("S2"), QStringLiteral("王芳")},
        {QStringLiteral("S3"), QStringLiteral("赵强")},
        {QStringLiteral("S4"), QString()}};
    const QList<QPair<const char *, const char *>> pairs = {{"centerCode", "centerName"},
                                                            {"deptCode", "deptName"},
                                                            {"windowCode", "windowName"},
                                                            {"staffId", "staffName"}};
    int named = 0;
    for (int i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> cells = lines.at(i).split(',');
        QCOMPARE(cells.size(), header.size());
        for (const auto &[code, name] : pairs) {
            const QString c = QString::fromUtf8(cells.at(column(code)));
            QVERIFY2(names.contains(c), qPrintable(c));
            QCOMPARE(QString::fromUtf8(cells.at(column(name))), names.value(c));
            named += names.value(c).isEmpty() ? 0 : 1;
        }
    }
    QVERIFY(named > 0);
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
