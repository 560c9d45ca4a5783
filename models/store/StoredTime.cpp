// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/StoredTime.h"

#include "models/domain/PlatformTime.h"

#include <QDate>

namespace pingjia::StoredTime {

namespace {
template <typename Char> void put(Char *&out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = Char(u'0' + value % 10);
        value /= 10;
    }
    out += width;
}

template <typename Char> bool format(const QDateTime &time, Char *out)
{
    if (!time.isValid())
        return false;
    const qint64 local = time.toSecsSinceEpoch() + kPlatformUtcOffsetSeconds;
    qint64 days = local / 86400;
    qint64 secs = local % 86400;
    if (secs < 0) {
        secs += 86400;
        --days;
    }
    const QDate date = QDate(1970, 1, 1).addDays(days);
    if (date.year() < 0 || date.year() > 9999)
        return false;
    put(out, date.year(), 4);
    *out++ = Char(u'-');
    put(out, date.month(), 2);
    *out++ = Char(u'-');
    put(out, date.day(), 2);
    *out++ = Char(u' ');
    put(out, int(secs / 3600), 2);
    *out++ = Char(u':');
    put(out, int(secs / 60 % 60), 2);
    *out++ = Char(u':');
    put(out, int(secs % 60), 2);
    return true;
}
} // namespace

QString toText(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    QString text(19, Qt::Uninitialized);
    if (!format(time, text.data()))
        return formatPlatformTime(time);
    return text;
}

bool writeText(const QDateTime &time, char *out)
{
    return format(time, out);
}

QVariant toSql(const QDateTime &time)
{
    if (!time.isValid())
        return QVariant(QMetaType::fromType<QString>());
    return toText(time);
}

QDateTime fromText(const QString &text)
{
    if (text.isEmpty())
        return {};
    return parsePlatformTime(text);
}

QDateTime fromSql(const QVariant &value)
{
    if (value.isNull())
        return {};
    return fromText(value.toString());
}

} // namespace pingjia::StoredTime
