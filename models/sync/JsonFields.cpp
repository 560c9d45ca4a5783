// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sync/JsonFields.h"

#include "models/domain/PlatformTime.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace pingjia::JsonFields {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pingjia::PageParser", text);
}

int digits(std::string_view s, std::size_t at, int count, bool *ok)
{
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char c = s[at + std::size_t(i)];
        if (c < '0' || c > '9') {
            *ok = false;
            return 0;
        }
        value = value * 10 + (c - '0');
    }
    return value;
}

} // namespace

QDateTime parseTime(std::string_view s)
{
    if (s.size() != 19 || s[4] != '-' || s[7] != '-' || s[10] != ' ' || s[13] != ':' ||
        s[16] != ':')
        return {};
    bool ok = true;
    const int year = digits(s, 0, 4, &ok);
    const int month = digits(s, 5, 2, &ok);
    const int day = digits(s, 8, 2, &ok);
    const int hour = digits(s, 11, 2, &ok);
    const int minute = digits(s, 14, 2, &ok);
    const int second = digits(s, 17, 2, &ok);
    if (!ok || !QDate::isValid(year, month, day) || hour > 23 || minute > 59 || second > 59)
        return {};
    const qint64 days = QDate(year, month, day).toJulianDay() - QDate(1970, 1, 1).toJulianDay();
    const qint64 local = days * 86400 + hour * 3600 + minute * 60 + second;
    // A fixed offset, not a QTimeZone: equal instants compare equal either way, and this
    // avoids a zone lookup per value.
    return QDateTime::fromSecsSinceEpoch(local - kPlatformUtcOffsetSeconds, Qt::OffsetFromUTC,
                                         kPlatformUtcOffsetSeconds);
}

QJsonValue toQJson(simdjson::dom::element element)
{
    using simdjson::dom::element_type;
    switch (element.type()) {
    case element_type::ARRAY: {
        QJsonArray array;
        simdjson::dom::array a;
        if (element.get_array().get(a) == simdjson::SUCCESS) {
            for (simdjson::dom::element child : a)
                array.append(toQJson(child));
        }
        return array;
    }
    case element_type::OBJECT: {
        QJsonObject object;
        simdjson::dom::object o;
        if (element.get_object().get(o) == simdjson::SUCCESS) {
            for (simdjson::dom::key_value_pair field : o)
                object.insert(toQString(field.key), toQJson(field.value));
        }
        return object;
    }
    case element_type::INT64: {
        int64_t v = 0;
        if (element.get_int64().get(v) == simdjson::SUCCESS)
            return qint64(v);
        return {};
    }
    case element_type::UINT64: {
        uint64_t v = 0;
        if (element.get_uint64().get(v) == simdjson::SUCCESS)
            return double(v);
        return {};
    }
    case element_type::DOUBLE: {
        double v = 0;
        if (element.get_double().get(v) == simdjson::SUCCESS)
            return v;
        return {};
    }
    case element_type::STRING: {
        std::string_view v;
        if (element.get_string().get(v) == simdjson::SUCCESS)
            return toQString(v);
        return {};
    }
    case element_type::BOOL: {
        bool v = false;
        if (element.get_bool().get(v) == simdjson::SUCCESS)
            return v;
        return {};
    }
    case element_type::NULL_VALUE:
        return QJsonValue(QJsonValue::Null);
    }
    return {};
}

Reader::Reader(simdjson::dom::object object, std::span<const std::string_view> keys) : m_keys(keys)
{
    Q_ASSERT(keys.size() <= std::size_t(kMaxFields));
    for (simdjson::dom::key_value_pair field : object) {
        for (std::size_t i = 0; i < m_keys.size(); ++i) {
            if (m_keys[i].size() == field.key.size() && m_keys[i] == field.key) {
                m_values[i] = field.value; // a repeated key: the last one wins
                m_present[i] = true;
                break;
            }
        }
    }
}

QString Reader::name(int field) const
{
    const std::string_view key = m_keys[std::size_t(field)];
    return QString::fromLatin1(key.data(), qsizetype(key.size()));
}

void Reader::fail(const QString &reason)
{
    if (m_error.isEmpty())
        m_error = reason;
}

std::optional<simdjson::dom::element> Reader::element(int field) const
{
    if (!m_present[std::size_t(field)])
        return std::nullopt;
    return m_values[std::size_t(field)];
}

QString Reader::id(int field, int maxChars)
{
    QString value = code(field, maxChars, true);
    if (!failed() && value.isEmpty())
        fail(tr("%1 is empty").arg(name(field)));
    return failed() ? QString() : value;
}

QString Reader::code(int field, int maxChars, bool required)
{
    if (failed())
        return {};
    const auto e = element(field);
    if (!e || e->is_null()) {
        if (required)
            fail(tr("%1 is missing").arg(name(field)));
        return {};
    }
    std::string_view s;
    if (e->get_string().get(s) != simdjson::SUCCESS) {
        fail(tr("%1 is not text").arg(name(field)));
        return {};
    }
    // Bytes bound characters from above, so most values skip the QString count.
    QString value = toQString(s);
    if (s.size() > std::size_t(maxChars) && value.size() > maxChars) {
        fail(tr("%1 is longer than %2 characters (%3)")
                 .arg(name(field))
                 .arg(maxChars)
                 .arg(value.size()));
        return {};
    }
    return value;
}

QString Reader::text(int field, int maxChars)
{
    if (failed())
        return {};
    const auto e = element(field);
    if (!e || e->is_null())
        return {};
    std::string_view s;
    if (e->get_string().get(s) != simdjson::SUCCESS) {
        fail(tr("%1 is not text").arg(name(field)));
        return {};
    }
    QString value = toQString(s);
    if (value.size() > maxChars) {
        qsizetype cut = maxChars - 1; // room for the mark
        if (cut > 0 && value.at(cut - 1).isHighSurrogate())
            --cut;
        value.truncate(cut);
        value.append(QChar(0x2026)); // …
        m_truncated = true;
    }
    return value;
}

QDateTime Reader::time(int field, bool required)
{
    if (failed())
        return {};
    const auto e = element(field);
    if (!e || e->is_null()) {
        if (required)
            fail(tr("%1 is missing").arg(name(field)));
        return {};
    }
    std::string_view s;
    QDateTime t;
    if (e->get_string().get(s) == simdjson::SUCCESS)
        t = parseTime(s);
    if (!t.isValid())
        fail(tr("%1 is not a time \"yyyy-MM-dd HH:mm:ss\"").arg(name(field)));
    return t;
}

qint64 Reader::integer(int field, qint64 fallback, bool required)
{
    if (failed())
        return fallback;
    const auto e = element(field);
    if (!e || e->is_null()) {
        if (required)
            fail(tr("%1 is missing").arg(name(field)));
        return fallback;
    }
    int64_t i = 0;
    if (e->get_int64().get(i) == simdjson::SUCCESS)
        return i;
    double d = 0;
    // 3.0 is a whole number in JSON's eyes too.
    if (e->get_double().get(d) == simdjson::SUCCESS && std::isfinite(d) && d == std::floor(d) &&
        std::abs(d) < 9e15)
        return qint64(d);
    fail(tr("%1 is not a whole number").arg(name(field)));
    return fallback;
}

bool Reader::boolean(int field, bool fallback)
{
    if (failed())
        return fallback;
    const auto e = element(field);
    if (!e || e->is_null())
        return fallback;
    bool b = false;
    if (e->get_bool().get(b) != simdjson::SUCCESS) {
        fail(tr("%1 is not true or false").arg(name(field)));
        return fallback;
    }
    return b;
}

bool Reader::withdrawn(int field)
{
    const QString status = code(field, 16, true);
    if (failed())
        return false;
    if (status == QLatin1String("normal"))
        return false;
    if (status == QLatin1String("withdrawn"))
        return true;
    fail(tr("unknown %1 \"%2\"").arg(name(field), status));
    return false;
}

} // namespace pingjia::JsonFields
