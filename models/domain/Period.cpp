// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/Period.h"

#include "models/domain/PlatformTime.h"

#include <QRegularExpression>

namespace pingjia {

namespace {

int quarterOf(QDate day)
{
    return (day.month() - 1) / 3 + 1;
}

std::optional<Period> parseRange(const QString &text, QString *error)
{
    static const QRegularExpression re(
        QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})\\s*(?:~|/|\\.\\.)\\s*(\\d{4}-\\d{2}-\\d{2})$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QDate from = QDate::fromString(m.captured(1), u"yyyy-MM-dd");
    const QDate to = QDate::fromString(m.captured(2), u"yyyy-MM-dd");
    if (!from.isValid() || !to.isValid() || to < from) {
        if (error) {
            *error = Period::tr("\"%1\" is not a range of days: both dates must exist and the "
                                "second must not be earlier than the first.")
                         .arg(text);
        }
        return Period();
    }
    return Period::range(from, to);
}

} // namespace

Period Period::month(int year, int month)
{
    Period p;
    const QDate first(year, month, 1);
    if (!first.isValid())
        return p;
    p.m_kind = PeriodKind::Month;
    p.m_first = first;
    p.m_last = first.addMonths(1).addDays(-1);
    return p;
}

Period Period::quarter(int year, int quarter)
{
    Period p;
    if (quarter < 1 || quarter > 4)
        return p;
    p = month(year, (quarter - 1) * 3 + 1);
    if (!p.isValid())
        return p;
    p.m_kind = PeriodKind::Quarter;
    p.m_last = p.m_first.addMonths(3).addDays(-1);
    return p;
}

Period Period::year(int year)
{
    Period p = month(year, 1);
    if (!p.isValid())
        return p;
    p.m_kind = PeriodKind::Year;
    p.m_last = QDate(year, 12, 31);
    return p;
}

Period Period::range(QDate first, QDate last)
{
    Period p;
    if (!first.isValid() || !last.isValid() || last < first)
        return p;
    p.m_kind = PeriodKind::Range;
    p.m_first = first;
    p.m_last = last;
    return p;
}

Period Period::containing(PeriodKind kind, QDate day)
{
    switch (kind) {
    case PeriodKind::Month:
        return month(day.year(), day.month());
    case PeriodKind::Quarter:
        return quarter(day.year(), quarterOf(day));
    case PeriodKind::Year:
        return year(day.year());
    case PeriodKind::Range:
        return range(day, day);
    }
    return {};
}

std::optional<Period> Period::parse(const QString &raw, QString *error)
{
    const QString text = raw.trimmed();
    static const QRegularExpression monthRe(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    static const QRegularExpression quarterRe(QStringLiteral("^(\\d{4})-[Qq]([1-4])$"));
    static const QRegularExpression yearRe(QStringLiteral("^(\\d{4})$"));
    Period p;
    if (const auto m = monthRe.match(text); m.hasMatch())
        p = month(m.captured(1).toInt(), m.captured(2).toInt());
    else if (const auto q = quarterRe.match(text); q.hasMatch())
        p = quarter(q.captured(1).toInt(), q.captured(2).toInt());
    else if (const auto y = yearRe.match(text); y.hasMatch())
        p = year(y.captured(1).toInt());
    else if (const auto r = parseRange(text, error)) {
        if (r->isValid())
            return r;
        return std::nullopt; // message already set
    }
    if (p.isValid() && p.m_first.year() >= 1900)
        return p;
    if (error) {
        *error = tr("\"%1\" is not a period: use a month (2026-10), a quarter (2026-Q4), a "
                    "year (2026) or a range of days (2026-10-01~2026-10-15).")
                     .arg(raw);
    }
    return std::nullopt;
}

int Period::dayCount() const
{
    return isValid() ? int(m_first.daysTo(m_last)) + 1 : 0;
}

QDateTime Period::start() const
{
    return platformDateTime(m_first, QTime(0, 0, 0));
}

QDateTime Period::end() const
{
    return platformDateTime(m_last, QTime(23, 59, 59));
}

bool Period::contains(const QDateTime &instant) const
{
    return instant.isValid() && contains(platformDate(instant));
}

Period Period::previous() const
{
    if (!isValid())
        return {};
    switch (m_kind) {
    case PeriodKind::Month:
        return containing(PeriodKind::Month, m_first.addMonths(-1));
    case PeriodKind::Quarter:
        return containing(PeriodKind::Quarter, m_first.addMonths(-3));
    case PeriodKind::Year:
        return year(m_first.year() - 1);
    case PeriodKind::Range:
        return range(m_first.addDays(-dayCount()), m_first.addDays(-1));
    }
    return {};
}

Period Period::next() const
{
    if (!isValid())
        return {};
    switch (m_kind) {
    case PeriodKind::Month:
        return containing(PeriodKind::Month, m_first.addMonths(1));
    case PeriodKind::Quarter:
        return containing(PeriodKind::Quarter, m_first.addMonths(3));
    case PeriodKind::Year:
        return year(m_first.year() + 1);
    case PeriodKind::Range:
        return range(m_last.addDays(1), m_last.addDays(dayCount()));
    }
    return {};
}

Period Period::sameTimeLastYear() const
{
    if (!isValid())
        return {};
    if (m_kind == PeriodKind::Range)
        return range(m_first.addYears(-1), m_last.addYears(-1));
    return containing(m_kind, m_first.addYears(-1));
}

QString Period::key() const
{
    if (!isValid())
        return {};
    switch (m_kind) {
    case PeriodKind::Month:
        return m_first.toString(u"yyyy-MM");
    case PeriodKind::Quarter:
        return QStringLiteral("%1-Q%2").arg(m_first.year()).arg(quarterOf(m_first));
    case PeriodKind::Year:
        return QString::number(m_first.year());
    case PeriodKind::Range:
        return m_first.toString(u"yyyy-MM-dd") + QLatin1Char('~') + m_last.toString(u"yyyy-MM-dd");
    }
    return {};
}

QString Period::label() const
{
    if (!isValid())
        return {};
    switch (m_kind) {
    case PeriodKind::Month:
        return tr("%2/%1", "month label: %1 year, %2 month (zh: 2026年10月)")
            .arg(m_first.year())
            .arg(m_first.month());
    case PeriodKind::Quarter:
        return tr("Q%2 %1", "quarter label: %1 year, %2 quarter 1-4 (zh: 2026年第4季度)")
            .arg(m_first.year())
            .arg(quarterOf(m_first));
    case PeriodKind::Year:
        return tr("Year %1", "year label (zh: 2026年)").arg(m_first.year());
    case PeriodKind::Range:
        return tr("%1 to %2", "range of days")
            .arg(m_first.toString(u"yyyy-MM-dd"), m_last.toString(u"yyyy-MM-dd"));
    }
    return {};
}

QList<Period> monthsBetween(QDate first, QDate last)
{
    QList<Period> months;
    if (!first.isValid() || !last.isValid() || last < first)
        return months;
    for (Period p = Period::containing(PeriodKind::Month, first); p.first() <= last; p = p.next())
        months << p;
    return months;
}

} // namespace pingjia
