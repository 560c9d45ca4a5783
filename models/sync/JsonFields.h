// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal to the page parser: reads the fields of one JSON object (a simdjson DOM
// object) by name in a single pass, with the type rules of PLATFORM_API.md. The first
// problem is remembered as a translated reason; later reads then return defaults, so a
// record reader can read every field and check failed() once.

#include <simdjson.h>

#include <QDateTime>
#include <QJsonValue>
#include <QString>

#include <array>
#include <optional>
#include <span>
#include <string_view>

namespace pingjia::JsonFields {

// The UTF-8 of a JSON string as a QString.
inline QString toQString(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// "yyyy-MM-dd HH:mm:ss" at UTC+8, read straight from the bytes (no QString, no time-zone
// lookup: the cache holds millions of these). Invalid for anything else.
QDateTime parseTime(std::string_view text);

// A simdjson element as a QJsonValue (for readers that take QJsonObject).
QJsonValue toQJson(simdjson::dom::element element);

class Reader {
public:
    // `keys` lists the fields the caller will ask for, by index; must outlive the reader.
    Reader(simdjson::dom::object object, std::span<const std::string_view> keys);

    bool failed() const { return !m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    bool truncated() const { return m_truncated; }

    // A non-empty string of at most `maxChars` characters.
    QString id(int field, int maxChars);
    // A string of at most `maxChars`; null or missing is empty unless `required`.
    QString code(int field, int maxChars, bool required = false);
    // Free text: null or missing is empty; longer than `maxChars` is cut and marked.
    QString text(int field, int maxChars);
    // A platform time; null or missing is invalid unless `required`.
    QDateTime time(int field, bool required);
    // A whole number; missing or null gives `fallback` unless `required`.
    qint64 integer(int field, qint64 fallback, bool required = false);
    bool boolean(int field, bool fallback);
    // "status": "normal" → false, "withdrawn" → true; anything else fails.
    bool withdrawn(int field);

    // The raw element, when present (for error messages and special cases).
    std::optional<simdjson::dom::element> element(int field) const;
    void fail(const QString &reason);

private:
    QString name(int field) const;

    static constexpr int kMaxFields = 32;
    std::span<const std::string_view> m_keys;
    std::array<simdjson::dom::element, kMaxFields> m_values{};
    std::array<bool, kMaxFields> m_present{};
    QString m_error;
    bool m_truncated = false;
};

} // namespace pingjia::JsonFields
