// SPDX-License-Identifier: GPL-3.0-or-later
// Deadline and overdue figures at a fixed clock across the 2026 Spring Festival and
// National Day, for N = 10 and N = 5 working days, end to end: cache (policy in the
// platform meta) → local verification (LocalActionRecorder) or platform record →
// BadReviewQuery → `pingjia queue` with PINGJIA_NOW.
//
// Expected dates are counted by hand from the State Council notices
// (resources/cn-holidays.tsv):
// - Spring Festival: off Sun 02-15 … Mon 02-23; Sat 02-14 and Sat 02-28 are working
//   days. Confirmed Thu 2026-02-12: 02-13 (1), 02-14 (2), 02-24 (3), 02-25 (4),
//   02-26 (5), 02-27 (6), 02-28 (7), 03-02 (8), 03-03 (9), 03-04 (10).
// - National Day: off 10-01 … 10-07; Sat 10-10 is a working day. Confirmed Tue
//   2026-09-29: 09-30 (1), 10-08 (2), 10-09 (3), 10-10 (4), 10-12 (5), 10-13 … 10-16
//   (6–9), 10-19 (10).

#include "QueueFixture.h"

#include "models/domain/Clock.h"
#include "models/store/BadReviewQuery.h"
#include "models/store/LocalActionRecorder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace pingjia;
using namespace pingjia::queuetest;

class TestQueueDeadlines : public QObject {
    Q_OBJECT

private slots:
    void cleanup();
    void rectificationDeadline_data();
    void rectificationDeadline();
    void verifyDeadlineIgnoresHolidays();
    void estimatedBeyondTheCalendar();

private:
    static QJsonObject cliRow(const QString &home, const QString &evalId, const QString &now,
                              const QStringList &extra = {});
};

void TestQueueDeadlines::cleanup()
{
    Clock::clearOverride();
}

QJsonObject TestQueueDeadlines::cliRow(const QString &home, const QString &evalId,
                                       const QString &now, const QStringList &extra)
{
    const CliRun run = runPingjia(home, QStringList{QStringLiteral("queue")} + extra, now);
    if (run.exitCode != 0) {
        qWarning() << "pingjia queue failed:" << run.exitCode << run.err;
        return {};
    }
    for (const QJsonValue &v : QJsonDocument::fromJson(run.out).array()) {
        if (v.toObject().value(QStringLiteral("evalId")).toString() == evalId)
            return v.toObject();
    }
    return {};
}

void TestQueueDeadlines::rectificationDeadline_data()
{
    QTest::addColumn<int>("days");
    QTest::addColumn<QString>("confirmedAt");
    QTest::addColumn<QString>("deadline");
    QTest::newRow("Spring Festival, N = 10") << 10 << "2026-02-12 10:00:00"
                                             << "2026-03-04 23:59:59";
    QTest::newRow("Spring Festival, N = 5") << 5 << "2026-02-12 10:00:00"
                                            << "2026-02-26 23:59:59";
    QTest::newRow("National Day, N = 10") << 10 << "2026-09-29 16:00:00"
                                          << "2026-10-19 23:59:59";
    QTest::newRow("National Day, N = 5") << 5 << "2026-09-29 16:00:00"
                                         << "2026-10-12 23:59:59";
}

void TestQueueDeadlines::rectificationDeadline()
{
    QFETCH(int, days);
    QFETCH(QString, confirmedAt);
    QFETCH(QString, deadline);
    const QDateTime confirmed = parsePlatformTime(confirmedAt);
    const QDateTime due = parsePlatformTime(deadline);

    QueueStores stores;
    QVERIFY(stores.open());
    DeadlinePolicy policy;
    policy.rectifyDays = days;
    QVERIFY(stores.savePolicy(policy));
    const HandlingStateMachine machine(policy);
    // LOCAL: verified in the console, not yet uploaded. PLATFORM: verified on the
    // platform (same rules), synced.
    const QDateTime assessed = confirmed.addSecs(-3 * 3600);
    Sample local{evaluation(QStringLiteral("LOCAL"), 1, QStringLiteral("排队太久"), assessed),
                 std::nullopt};
    local.platform =
        machine.initialRecord(QStringLiteral("LOCAL"), 1, local.evaluation.text, assessed);
    Sample platform{evaluation(QStringLiteral("PLATFORM"), 2, QStringLiteral("态度不好"), assessed),
                    std::nullopt};
    platform.platform =
        machine
            .apply(machine.initialRecord(QStringLiteral("PLATFORM"), 2, platform.evaluation.text,
                                         assessed),
                   {QStringLiteral("p1"), ActionType::Verify, QStringLiteral("zhao"), confirmed,
                    payloadFor(ActionType::Verify, {})})
            .record;
    QVERIFY(stores.write({local, platform}));

    Clock::setOverride(confirmed);
    LocalActionRecorder recorder(stores.cache, stores.work);
    QCOMPARE(recorder.policy().rectifyDays, days);
    const auto verified =
        recorder.record(QStringLiteral("LOCAL"), ActionType::Verify,
                        payloadFor(ActionType::Verify, {}), QStringLiteral("alice"));
    QVERIFY2(verified.ok(), qPrintable(verified.message()));
    Clock::clearOverride();

    BadReviewQuery query(stores.cache, &stores.work);
    for (const QString &id : {QStringLiteral("LOCAL"), QStringLiteral("PLATFORM")}) {
        const auto row = query.row(id, confirmed);
        QVERIFY(row);
        QCOMPARE(row->state, HandlingState::Confirmed);
        QCOMPARE(row->effectiveRectificationDeadline, due);
        QVERIFY(!row->deadlineEstimated);
        // Overdue strictly after the deadline second.
        QVERIFY(!row->overdue(due));
        QVERIFY(row->overdue(due.addSecs(1)));
    }
    BadReviewFilter overdue;
    overdue.due = BadReviewFilter::Due::Overdue;
    QCOMPARE(query.count(overdue, due), qint64(0));
    QCOMPARE(query.count(overdue, due.addSecs(1)), qint64(2));
    BadReviewFilter today;
    today.due = BadReviewFilter::Due::DueToday;
    QCOMPARE(query.count(today, due.addSecs(-3600)), qint64(2));
    QCOMPARE(query.count(today, due.addDays(-1)), qint64(0));

    // The command line, at a fixed PINGJIA_NOW on both sides of the deadline.
    const QString home = stores.dir.path();
    const QString before = formatPlatformTime(due);
    const QString after = formatPlatformTime(due.addSecs(1));
    for (const QString &id : {QStringLiteral("LOCAL"), QStringLiteral("PLATFORM")}) {
        const QJsonObject atDeadline = cliRow(home, id, before);
        QCOMPARE(atDeadline.value(QStringLiteral("reformDeadline")).toString(), deadline);
        QCOMPARE(atDeadline.value(QStringLiteral("overdue")), QJsonValue(false));
        QCOMPARE(atDeadline.value(QStringLiteral("deadlineEstimated")), QJsonValue(false));
        QCOMPARE(atDeadline.value(QStringLiteral("state")).toString(), QStringLiteral("confirmed"));
        QCOMPARE(cliRow(home, id, after).value(QStringLiteral("overdue")), QJsonValue(true));
        QCOMPARE(cliRow(home, id, after, {QStringLiteral("--overdue")})
                     .value(QStringLiteral("evalId"))
                     .toString(),
                 id);
        QVERIFY(cliRow(home, id, before, {QStringLiteral("--overdue")}).isEmpty());
    }
    QCOMPARE(cliRow(home, QStringLiteral("LOCAL"), before).value(QStringLiteral("pendingUpload")),
             QJsonValue(true));
}

void TestQueueDeadlines::verifyDeadlineIgnoresHolidays()
{
    // 24 hours are hours, holiday or not (PLATFORM_API.md: assessTime + verifyHours);
    // an evaluation whose handling record has not synced gets the same deadline.
    QueueStores stores;
    QVERIFY(stores.open());
    QVERIFY(stores.savePolicy({}));
    QVERIFY(stores.write(
        {{evaluation(QStringLiteral("NEW"), 1, QStringLiteral("排队"), at("2026-02-14 20:00:00")),
          std::nullopt}}));
    BadReviewQuery query(stores.cache, &stores.work);
    const auto row = query.row(QStringLiteral("NEW"), at("2026-02-15 12:00:00"));
    QVERIFY(row);
    QVERIFY(row->derived);
    QCOMPARE(row->verifyDeadline, at("2026-02-15 20:00:00"));
    QVERIFY(!row->overdue(at("2026-02-15 20:00:00")));
    QVERIFY(row->overdue(at("2026-02-15 20:00:01")));
    const QJsonObject cli = cliRow(stores.dir.path(), QStringLiteral("NEW"), "2026-02-15 20:00:01");
    QCOMPARE(cli.value(QStringLiteral("verifyDeadline")).toString(),
             QStringLiteral("2026-02-15 20:00:00"));
    QCOMPARE(cli.value(QStringLiteral("overdue")), QJsonValue(true));
    QCOMPARE(cli.value(QStringLiteral("reformDeadline")), QJsonValue(QJsonValue::Null));
    QCOMPARE(cli.value(QStringLiteral("derived")), QJsonValue(true));
}

void TestQueueDeadlines::estimatedBeyondTheCalendar()
{
    // A year the built-in calendar does not list: weekends only, shown as an estimate.
    int year = 2027;
    while (WorkingCalendar::builtin().covers(year))
        ++year;
    QueueStores stores;
    QVERIFY(stores.open());
    QVERIFY(stores.savePolicy({}));
    const QDateTime assessed = platformDateTime(QDate(year, 3, 2), QTime(9, 0));
    QVERIFY(stores.write({{evaluation(QStringLiteral("LATER"), 1, QStringLiteral("排队"), assessed),
                           std::nullopt}}));
    Clock::setOverride(assessed.addSecs(3600));
    LocalActionRecorder recorder(stores.cache, stores.work);
    QVERIFY(recorder
                .record(QStringLiteral("LATER"), ActionType::Verify,
                        payloadFor(ActionType::Verify, {}), QStringLiteral("alice"))
                .ok());
    BadReviewQuery query(stores.cache, &stores.work);
    const auto row = query.row(QStringLiteral("LATER"), assessed);
    QVERIFY(row);
    QVERIFY(row->deadlineEstimated);
    QCOMPARE(platformDate(row->effectiveRectificationDeadline),
             WorkingCalendar::builtin().addWorkingDays(QDate(year, 3, 2), 10).date);
    QCOMPARE(cliRow(stores.dir.path(), QStringLiteral("LATER"), formatPlatformTime(assessed))
                 .value(QStringLiteral("deadlineEstimated")),
             QJsonValue(true));
}

QTEST_GUILESS_MAIN(TestQueueDeadlines)
#include "tst_queuedeadlines.moc"
