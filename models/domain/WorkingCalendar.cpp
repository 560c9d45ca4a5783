// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/WorkingCalendar.h"

#include "models/domain/Logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QIODevice>

#include <algorithm>

// Resources of a static library must be registered explicitly (outside any namespace).
static void initCalendarResource()
{
    Q_INIT_RESOURCE(calendar);
}

namespace pingjia {

namespace {

bool isWeekend(QDate date)
{
    return date.dayOfWeek() >= 6;
}
} // namespace

const WorkingCalendar &WorkingCalendar::builtin()
{
    static const WorkingCalendar calendar = [] {
        initCalendarResource();
        QFile file(QString::fromLatin1(kBuiltinResource));
        QString error;
        std::optional<WorkingCalendar> parsed;
        if (file.open(QIODevice::ReadOnly))
            parsed = fromTsv(file, &error);
        else
            error = file.errorString();
        if (!parsed) {
            // A broken build, not a user error: every year then counts as estimated.
            qCCritical(lcDomain) << "built-in holiday calendar unusable:" << error;
            return WorkingCalendar();
        }
        return *parsed;
    }();
    return calendar;
}

std::optional<WorkingCalendar> WorkingCalendar::fromTsv(QIODevice &device, QString *error)
{
    const auto fail = [error](int line, const QString &why) {
        if (error)
            *error = QCoreApplication::translate("pingjia::WorkingCalendar", "line %1: %2")
                         .arg(line)
                         .arg(why);
        return std::nullopt;
    };
    if (!device.isOpen() && !device.open(QIODevice::ReadOnly)) {
        if (error)
            *error = device.errorString();
        return std::nullopt;
    }
    WorkingCalendar cal;
    int lineNo = 0;
    while (!device.atEnd()) {
        ++lineNo;
        const QByteArray raw = device.readLine();
        QString line = QString::fromUtf8(raw);
        while (line.endsWith(u'\n') || line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(u'#'))
            continue;
        const QStringList fields = line.split(u'\t');
        if (fields.size() < 2)
            return fail(lineNo,
                        QCoreApplication::translate("pingjia::WorkingCalendar",
                                                    "expected DATE<TAB>off|work, got \"%1\"")
                            .arg(line));
        const QString dateText = fields.at(0).trimmed();
        const QDate date = QDate::fromString(dateText, QStringLiteral("yyyy-MM-dd"));
        if (dateText.size() != 10 || !date.isValid())
            return fail(lineNo, QCoreApplication::translate("pingjia::WorkingCalendar",
                                                            "\"%1\" is not a date yyyy-MM-dd")
                                    .arg(dateText));
        const QString kind = fields.at(1).trimmed();
        Day day;
        if (kind == QLatin1String("work"))
            day.working = true;
        else if (kind != QLatin1String("off"))
            return fail(lineNo, QCoreApplication::translate("pingjia::WorkingCalendar",
                                                            "\"%1\" is neither off nor work")
                                    .arg(kind));
        if (day.working && !isWeekend(date))
            return fail(lineNo, QCoreApplication::translate(
                                    "pingjia::WorkingCalendar",
                                    "%1 is a weekday, it cannot be an extra working day")
                                    .arg(dateText));
        day.name = fields.size() > 2 ? fields.at(2).trimmed() : QString();
        const auto existing = cal.m_days.constFind(date);
        if (existing != cal.m_days.cend() && existing->working != day.working)
            return fail(lineNo, QCoreApplication::translate("pingjia::WorkingCalendar",
                                                            "%1 is listed both as off and as work")
                                    .arg(dateText));
        cal.m_days.insert(date, day);
        cal.m_years.insert(date.year());
    }
    return cal;
}

bool WorkingCalendar::loadTsv(QIODevice &device, QString *error)
{
    auto parsed = fromTsv(device, error);
    if (!parsed)
        return false;
    *this = std::move(*parsed);
    return true;
}

void WorkingCalendar::merge(const WorkingCalendar &newer)
{
    for (auto it = m_days.begin(); it != m_days.end();) {
        if (newer.m_years.contains(it.key().year()))
            it = m_days.erase(it);
        else
            ++it;
    }
    for (auto it = newer.m_days.cbegin(); it != newer.m_days.cend(); ++it)
        m_days.insert(it.key(), it.value());
    m_years.unite(newer.m_years);
}

bool WorkingCalendar::mergeFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("pingjia::WorkingCalendar", "%1: %2")
                         .arg(path, file.errorString());
        return false;
    }
    QString why;
    const auto parsed = fromTsv(file, &why);
    if (!parsed) {
        if (error)
            *error =
                QCoreApplication::translate("pingjia::WorkingCalendar", "%1: %2").arg(path, why);
        return false;
    }
    merge(*parsed);
    return true;
}

QList<int> WorkingCalendar::coveredYears() const
{
    QList<int> years(m_years.begin(), m_years.end());
    std::sort(years.begin(), years.end());
    return years;
}

bool WorkingCalendar::isWorkingDay(QDate date) const
{
    const auto it = m_days.constFind(date);
    if (it != m_days.cend())
        return it->working;
    return !isWeekend(date);
}

std::optional<WorkingCalendar::Day> WorkingCalendar::specialDay(QDate date) const
{
    const auto it = m_days.constFind(date);
    if (it == m_days.cend())
        return std::nullopt;
    return *it;
}

WorkingDayResult WorkingCalendar::addWorkingDays(QDate from, int n) const
{
    WorkingDayResult result{from, false};
    if (!from.isValid())
        return {};
    QDate day = from;
    for (int counted = 0; counted < n;) {
        day = day.addDays(1);
        if (!covers(day.year()))
            result.estimated = true;
        if (isWorkingDay(day))
            ++counted;
    }
    result.date = day;
    return result;
}

WorkingDayResult WorkingCalendar::addNaturalDays(QDate from, int n)
{
    if (!from.isValid())
        return {};
    return {from.addDays(std::max(n, 0)), false};
}

QString WorkingCalendar::coverageWarning(QDate date) const
{
    if (!date.isValid() || covers(date.year()))
        return {};
    return QCoreApplication::translate(
               "pingjia::WorkingCalendar",
               "The holiday calendar does not cover %1: working days in %1 are counted with "
               "weekends only, so this deadline is an estimate. Add the State Council holiday "
               "notice for %1 to calendar.tsv.")
        .arg(date.year());
}

} // namespace pingjia
