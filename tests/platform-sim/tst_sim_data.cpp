// SPDX-License-Identifier: GPL-3.0-or-later
// The generated data: deterministic per seed, and with the mixes the API doc promises.
#include "SimHttp.h"
#include "SimProcess.h"
#include "tools/platform-sim/NationalCodes.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace pingjia;

namespace {

QByteArray dumpChecksum(const QStringList &args, const QList<int> &advances = {30},
                        QByteArray *dump = nullptr)
{
    SimProcess sim;
    if (!sim.start(args)) {
        qWarning() << sim.errorString();
        return {};
    }
    SimHttp http(sim.baseUrl());
    // A change of clock is part of the determinism: the generated activity must agree too.
    for (const int hours : advances)
        http.postJson(QStringLiteral("/sim/advance"), {{QStringLiteral("hours"), hours}});
    const QByteArray bytes = http.dumpBytes();
    if (dump)
        *dump = bytes;
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

// The holiday file as data: dates that are days off (off) or working weekend days (work).
struct HolidayFile {
    QHash<QDate, bool> isWorking;
    QSet<int> years;
};

HolidayFile readHolidayFile()
{
    HolidayFile h;
    QFile f(QStringLiteral(PINGJIA_SOURCE_DIR "/resources/cn-holidays.tsv"));
    if (!f.open(QIODevice::ReadOnly))
        return h;
    while (!f.atEnd()) {
        const QString line = QString::fromUtf8(f.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList cols = line.split(u'\t');
        const QDate date = QDate::fromString(cols.value(0), Qt::ISODate);
        h.isWorking.insert(date, cols.value(1) == QLatin1String("work"));
        h.years.insert(date.year());
    }
    return h;
}

QDate nthWorkingDayAfter(const HolidayFile &h, QDate from, int n, bool *estimated)
{
    QDate day = from;
    for (int counted = 0; counted < n;) {
        day = day.addDays(1);
        if (!h.years.contains(day.year()))
            *estimated = true;
        if (h.isWorking.value(day, day.dayOfWeek() <= 5))
            ++counted;
    }
    return day;
}

// "yyyy-MM-dd HH:mm:ss" in UTC+8, which has no daylight saving: the same clock time on
// the next day (done on the text, so the machine's time zone cannot enter).
QString plusOneDay(const QString &platformTime)
{
    const QDate date = QDate::fromString(platformTime.left(10), Qt::ISODate);
    if (!date.isValid() || platformTime.size() != 19)
        return QStringLiteral("bad time: ") + platformTime;
    return date.addDays(1).toString(Qt::ISODate) + platformTime.mid(10);
}

} // namespace

class TestSimData : public QObject {
    Q_OBJECT
private slots:
    void sameSeedSameDump()
    {
        const QStringList args{QStringLiteral("--seed"), QStringLiteral("7"),
                               QStringLiteral("--scale"), QStringLiteral("3000")};
        QByteArray dump;
        const QByteArray a = dumpChecksum(args, {30}, &dump);
        QVERIFY(!a.isEmpty());
        QVERIFY(dump.count('\n') > 3000);
        QCOMPARE(dumpChecksum(args), a);
        // The clock moved in two steps generates the same activity as in one.
        QCOMPARE(dumpChecksum(args, {10, 20}), a);
        QVERIFY(dumpChecksum({QStringLiteral("--seed"), QStringLiteral("8"),
                              QStringLiteral("--scale"), QStringLiteral("3000")}) != a);
    }

    void smallScaleHasTheRealisticMixes()
    {
        SimProcess sim;
        QVERIFY2(sim.start({QStringLiteral("--scale"), QStringLiteral("small")}),
                 qPrintable(sim.errorString()));
        SimHttp http(sim.baseUrl());
        const QList<DumpLine> dump = http.dump();

        QHash<QString, int> perList;
        QHash<QString, int> states;
        QHash<QString, int> levels, channels, centerLevels;
        int invalidTexts = 0, withdrawnEvals = 0, secondEvals = 0, lateArrivals = 0,
            withHistory = 0;
        int openCases = 0, withText = 0;
        QSet<QString> evalIds;
        static const QRegularExpression mobile(QStringLiteral("^1[3-9]\\d{9}$"));
        static const QRegularExpression window(QStringLiteral("^W\\d{6,12}-\\d{3}$"));
        for (const DumpLine &l : dump) {
            ++perList[l.list];
            const QJsonObject &o = l.item;
            QVERIFY(o.value(QLatin1String("status")).toString() == QLatin1String("normal") ||
                    o.value(QLatin1String("status")).toString() == QLatin1String("withdrawn"));
            if (l.list == QLatin1String("orgs")) {
                const QString kind = o.value(QLatin1String("kind")).toString();
                if (kind == QLatin1String("center"))
                    ++centerLevels[o.value(QLatin1String("level")).toString()];
                if (kind == QLatin1String("department"))
                    QVERIFY2(isValidCreditCode(o.value(QLatin1String("orgCode")).toString()),
                             qPrintable(o.value(QLatin1String("orgCode")).toString()));
                if (kind == QLatin1String("window"))
                    QVERIFY(window.match(o.value(QLatin1String("orgCode")).toString()).hasMatch());
            } else if (l.list == QLatin1String("cases")) {
                if (o.value(QLatin1String("proStatus")).toInt() != 3)
                    ++openCases;
            } else if (l.list == QLatin1String("evaluations")) {
                evalIds.insert(o.value(QLatin1String("evalId")).toString());
                // gbt39046: "1" = 非常满意 … "5" = 非常不满意
                const int level = 6 - o.value(QLatin1String("satisfaction")).toString().toInt();
                ++levels[QString::number(level)];
                ++channels[o.value(QLatin1String("pf")).toString()];
                const QString text = o.value(QLatin1String("writingEvaluation")).toString();
                if (!text.isEmpty())
                    ++withText;
                if (level <= 2 && text.isEmpty())
                    ++invalidTexts;
                if (o.value(QLatin1String("status")).toString() == QLatin1String("withdrawn"))
                    ++withdrawnEvals;
                if (o.value(QLatin1String("assessNumber")).toInt() == 2)
                    ++secondEvals;
                const QDateTime assess =
                    QDateTime::fromString(o.value(QLatin1String("assessTime")).toString(),
                                          QStringLiteral("yyyy-MM-dd HH:mm:ss"));
                const QDateTime updated =
                    QDateTime::fromString(o.value(QLatin1String("updatedAt")).toString(),
                                          QStringLiteral("yyyy-MM-dd HH:mm:ss"));
                if (assess.daysTo(updated) >= 2)
                    ++lateArrivals;
                if (!o.value(QLatin1String("anonymous")).toBool()) {
                    QVERIFY(mobile.match(o.value(QLatin1String("mobile")).toString()).hasMatch());
                    QVERIFY(isValidResidentId(o.value(QLatin1String("certkeyGOV")).toString()));
                }
            } else if (l.list == QLatin1String("bad-reviews")) {
                ++states[o.value(QLatin1String("state")).toString()];
                if (!o.value(QLatin1String("history")).toArray().isEmpty())
                    ++withHistory;
                QVERIFY(evalIds.contains(o.value(QLatin1String("evalId")).toString()));
            }
        }
        qInfo() << "lists" << perList << "states" << states << "levels" << levels << "channels"
                << channels << "centers" << centerLevels;
        QVERIFY(perList.value(QStringLiteral("evaluations")) > 8000);
        QVERIFY(perList.value(QStringLiteral("evaluations")) < 13000);
        QVERIFY(perList.value(QStringLiteral("cases")) >
                perList.value(QStringLiteral("evaluations")));
        for (const char *tier : {"province", "city", "county", "township", "village"})
            QVERIFY2(centerLevels.value(QLatin1String(tier)) > 0, tier);
        // Most evaluations are 非常满意; bad reviews exist, some without text (invalid).
        QVERIFY(levels.value(QStringLiteral("5")) >
                perList.value(QStringLiteral("evaluations")) / 2);
        QVERIFY(levels.value(QStringLiteral("1")) + levels.value(QStringLiteral("2")) > 20);
        QVERIFY(invalidTexts > 0);
        QVERIFY(withText > 0);
        QVERIFY(withdrawnEvals > 0);
        QVERIFY(secondEvals > 0);
        QVERIFY(lateArrivals > 0);
        QVERIFY(openCases > 0);
        QVERIFY(channels.size() >= 5);
        // Handling records in many states, with history for the older ones.
        for (const char *state : {"invalid", "unverified", "confirmed", "not_adopted", "closed"})
            QVERIFY2(states.value(QLatin1String(state)) > 0, state);
        QVERIFY(states.size() >= 6);
        QVERIFY(withHistory > 0);
    }

    // The platform's deadlines, worked out here from the regulations' rules and the holiday
    // file read as data (not through models/domain, which the simulator itself uses):
    // verify within 24 hours of the evaluation; rectify by 23:59:59 of the N-th working
    // (or natural) day after the day of the last confirming action.
    void deadlinesAreWorkedOutByHand_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("days");
        QTest::addColumn<bool>("working");
        QTest::newRow("10 working") << QStringList{} << 10 << true;
        QTest::newRow("15 natural")
            << QStringList{QStringLiteral("--rectify-days"), QStringLiteral("15"),
                           QStringLiteral("--rectify-kind"), QStringLiteral("natural")}
            << 15 << false;
    }
    void deadlinesAreWorkedOutByHand()
    {
        QFETCH(QStringList, args);
        QFETCH(int, days);
        QFETCH(bool, working);
        const HolidayFile holidays = readHolidayFile();
        QVERIFY(holidays.years.size() >= 5);
        SimProcess sim;
        QVERIFY2(sim.start(args << QStringLiteral("--scale") << QStringLiteral("20000")),
                 qPrintable(sim.errorString()));
        SimHttp http(sim.baseUrl());
        QHash<QString, QString> assessTimes;
        int checkedVerify = 0, checkedRectification = 0, acrossHolidays = 0;
        for (const DumpLine &l : http.dump()) {
            if (l.list == QLatin1String("evaluations")) {
                assessTimes.insert(l.item.value(QLatin1String("evalId")).toString(),
                                   l.item.value(QLatin1String("assessTime")).toString());
                continue;
            }
            if (l.list != QLatin1String("bad-reviews") ||
                l.item.value(QLatin1String("state")).toString() == QLatin1String("invalid"))
                continue;
            const QString assess =
                assessTimes.value(l.item.value(QLatin1String("evalId")).toString());
            QCOMPARE(l.item.value(QLatin1String("verifyDeadline")).toString(), plusOneDay(assess));
            ++checkedVerify;
            // The rectification clock starts at the last confirming action.
            QString confirmedAt;
            for (const QJsonValue &h : l.item.value(QLatin1String("history")).toArray()) {
                const QString type = h.toObject().value(QLatin1String("type")).toString();
                if (type == QLatin1String("verify") || type == QLatin1String("reject_invalid") ||
                    type == QLatin1String("reopen"))
                    confirmedAt = h.toObject().value(QLatin1String("at")).toString();
            }
            if (confirmedAt.isEmpty())
                continue;
            const QDate confirmedOn = QDate::fromString(confirmedAt.left(10), Qt::ISODate);
            QVERIFY(confirmedOn.isValid());
            bool estimated = false;
            const QDate end = working ? nthWorkingDayAfter(holidays, confirmedOn, days, &estimated)
                                      : confirmedOn.addDays(days);
            if (working && end > confirmedOn.addDays(days / 5 * 7 + 2))
                ++acrossHolidays; // longer than weekends alone explain: a holiday counted
            QCOMPARE(l.item.value(QLatin1String("reformDeadline")).toString(),
                     end.toString(QStringLiteral("yyyy-MM-dd")) + QStringLiteral(" 23:59:59"));
            QCOMPARE(l.item.value(QLatin1String("deadlineEstimated")).toBool(), estimated);
            ++checkedRectification;
        }
        QVERIFY(checkedVerify > 100);
        QVERIFY(checkedRectification > 50);
        if (working)
            QVERIFY2(acrossHolidays > 0, "no deadline crossed a holiday: the check proves little");
    }
};

QTEST_GUILESS_MAIN(TestSimData)
#include "tst_sim_data.moc"
