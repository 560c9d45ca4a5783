// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Working days of the national holiday calendar with 调休 (000 art.7 and 003 art.35
// count rectification in working days). Built from resources/cn-holidays.tsv, compiled
// in, plus a user file for years published after the release.

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

class QIODevice;

namespace pingjia {

struct WorkingDayResult {
    QDate date;
    // True when some day counted lies in a year the calendar does not cover: that
    // year is counted with weekends only, so the date is an estimate to show as such.
    bool estimated = false;
    bool operator==(const WorkingDayResult &) const = default;
};

class WorkingCalendar {
public:
    struct Day {
        bool working = false; // "work" = 调休上班 on a weekend; "off" = holiday
        QString name;         // holiday name (zh) as in the file
        bool operator==(const Day &) const = default;
    };

    WorkingCalendar() = default;

    // The compiled-in calendar (resource :/pingjia/calendar/cn-holidays.tsv), parsed once.
    static const WorkingCalendar &builtin();
    static inline constexpr auto kBuiltinResource = ":/pingjia/calendar/cn-holidays.tsv";

    // Parses the TSV format of resources/cn-holidays.tsv (DATE<TAB>off|work[<TAB>zh
    // [<TAB>en]]; '#' comments and blank lines ignored). nullopt and a message naming
    // the line on the first error.
    static std::optional<WorkingCalendar> fromTsv(QIODevice &device, QString *error = nullptr);

    // Replaces this calendar with the parsed file; on error leaves it unchanged.
    bool loadTsv(QIODevice &device, QString *error = nullptr);

    // Takes `newer` as the authority for every year it covers: this calendar's days of
    // those years are dropped first, then `newer`'s days are added.
    void merge(const WorkingCalendar &newer);

    // Parses the file at `path` and merges it; on error (missing, unreadable, malformed)
    // leaves this calendar unchanged and says why (with the path and line).
    bool mergeFile(const QString &path, QString *error = nullptr);

    // A year is covered when the file lists at least one of its days.
    bool covers(int year) const { return m_years.contains(year); }
    QList<int> coveredYears() const;

    bool isWorkingDay(QDate date) const;
    std::optional<Day> specialDay(QDate date) const;

    // The n-th working day after `from` (`from` itself never counts; n <= 0 gives `from`).
    WorkingDayResult addWorkingDays(QDate from, int n) const;
    // The n-th calendar day after `from`: no calendar needed, never estimated.
    static WorkingDayResult addNaturalDays(QDate from, int n);

    // Empty when `date`'s year is covered; else a translated warning to show next to
    // any deadline in that year.
    QString coverageWarning(QDate date) const;

    bool operator==(const WorkingCalendar &) const = default;

private:
    QHash<QDate, Day> m_days;
    QSet<int> m_years;
};

} // namespace pingjia
