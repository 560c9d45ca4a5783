// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QByteArray>
#include <QString>

namespace pingjia {

// Appends compact JSON to a byte array. The hot records (cases, evaluations) are written
// with it: building QJsonObjects and serializing them costs ten times more, and a bench
// sync pulls millions of them.
class JsonWriter {
public:
    explicit JsonWriter(QByteArray &out) : m_out(out) {}

    JsonWriter &begin()
    {
        m_out += '{';
        m_first = true;
        return *this;
    }
    JsonWriter &end()
    {
        m_out += '}';
        m_first = false;
        return *this;
    }
    JsonWriter &field(const char *key, const QString &value)
    {
        this->key(key);
        string(value);
        return *this;
    }
    JsonWriter &field(const char *key, const char *latin1)
    {
        this->key(key);
        m_out += '"';
        m_out += latin1; // callers pass plain ASCII words
        m_out += '"';
        return *this;
    }
    JsonWriter &field(const char *key, qint64 value)
    {
        this->key(key);
        m_out += QByteArray::number(value);
        return *this;
    }
    JsonWriter &field(const char *key, int value) { return field(key, qint64(value)); }
    JsonWriter &field(const char *key, bool value)
    {
        this->key(key);
        m_out += value ? "true" : "false";
        return *this;
    }
    JsonWriter &nullField(const char *key)
    {
        this->key(key);
        m_out += "null";
        return *this;
    }
    // A string, or null when empty.
    JsonWriter &optional(const char *key, const QString &value)
    {
        return value.isEmpty() ? nullField(key) : field(key, value);
    }
    JsonWriter &raw(const char *key, const QByteArray &json)
    {
        this->key(key);
        m_out += json;
        return *this;
    }

    static void appendString(QByteArray &out, const QString &value)
    {
        out += '"';
        const QByteArray utf8 = value.toUtf8();
        for (const char c : utf8) {
            const auto u = static_cast<unsigned char>(c);
            if (c == '"' || c == '\\') {
                out += '\\';
                out += c;
            } else if (u < 0x20) {
                static constexpr char hex[] = "0123456789abcdef";
                const char esc[] = {'\\', 'u', '0', '0', hex[u >> 4], hex[u & 15]};
                out.append(esc, 6);
            } else {
                out += c;
            }
        }
        out += '"';
    }

private:
    void key(const char *k)
    {
        if (!m_first)
            m_out += ',';
        m_first = false;
        m_out += '"';
        m_out += k;
        m_out += "\":";
    }
    void string(const QString &v) { appendString(m_out, v); }

    QByteArray &m_out;
    bool m_first = true;
};

} // namespace pingjia
