// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A reporting period for indicators and rankings: a month, a quarter, a year or a custom
// range of days, in platform time (UTC+8), both ends inclusive. "previous()" is the
// period of the same kind just before (a range: the same number of days before it), as
// rankChange and the 连续排名靠后 flag compare periods of the same kind (000 art.8–10).

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace pingjia {

enum class PeriodKind { Month, Quarter, Year, Range };

class Period {
    Q_DECLARE_TR_FUNCTIONS(pingjia::Period)
public:
    Period() = default; // invalid
    static Period month(int year, int month);
    static Period quarter(int year, int quarter); // 1..4
    static Period year(int year);
    static Period range(QDate first, QDate last); // invalid when last < first
    // The month / quarter / year holding `day`.
    static Period containing(PeriodKind kind, QDate day);

    // "2026-10", "2026-Q4" (q case-insensitive), "2026", or "2026-10-01~2026-10-15"
    // ("/" or ".." accepted between the dates). nullopt and a translated message otherwise.
    static std::optional<Period> parse(const QString &text, QString *error = nullptr);

    bool isValid() const { return m_first.isValid() && m_last.isValid(); }
    PeriodKind kind() const { return m_kind; }
    QDate first() const { return m_first; }
    QDate last() const { return m_last; }
    int dayCount() const;
    // 00:00:00 of first() and 23:59:59 of last(), UTC+8.
    QDateTime start() const;
    QDateTime end() const;
    bool contains(QDate day) const { return day >= m_first && day <= m_last; }
    bool contains(const QDateTime &instant) const; // by its UTC+8 day

    Period previous() const; // same kind, just before
    Period next() const;
    Period sameTimeLastYear() const; // 同比: the same month/quarter/year (a range: days −1 year)

    // The parse() form ("2026-10", "2026-Q4", "2026", "2026-10-01~2026-10-15").
    QString key() const;
    // Translated label: "2026年10月", "2026年第四季度", "2026年", "2026-10-01 至 2026-10-15".
    QString label() const;

    bool operator==(const Period &) const = default;

private:
    PeriodKind m_kind = PeriodKind::Month;
    QDate m_first;
    QDate m_last;
};

// The calendar months overlapping [first, last] (for 12-month trends), oldest first.
QList<Period> monthsBetween(QDate first, QDate last);

} // namespace pingjia
