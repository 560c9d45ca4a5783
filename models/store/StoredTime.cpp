// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/StoredTime.h"

#include "models/domain/PlatformTime.h"

#include <QDate>

namespace pingjia::StoredTime {

namespace {
void put(QChar *&out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = QChar(u'0' + value % 10);
        value /= 10;
    }
    out += width;
}
} // namespace

QString toText(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    const qint64 local = time.toSecsSinceEpoch() + kPlatformUtcOffsetSeconds;
    qint64 days = local / 86400;
    qint64 secs = local % 86400;
    if (secs < 0) {
        secs += 86400;
        --days;
    }
    const QDate date = QDate(1970, 1, 1).addDays(days);
    if (date.year() < 0 || date.year() > 9999)
        return formatPlatformTime(time);
    QString text(19, Qt::Uninitialized);
    QChar *out = text.data();
    put(out, date.year(), 4);
    *out++ = u'-';
    put(out, date.month(), 2);
    *out++ = u'-';
    put(out, date.day(), 2);
    *out++ = u' ';
    put(out, int(secs / 3600), 2);
    *out++ = u':';
    put(out, int(secs / 60 % 60), 2);
    *out++ = u':';
    put(out, int(secs % 60), 2);
    return text;
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
