// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Evaluation channels (评价渠道, the `pf` code; 000 art.4). Provinces number them
// differently, so each platform announces its table in /api/v1/meta; the app maps
// every code to a ChannelKind for statistics and keeps the platform's own label.

#include "models/domain/EvaluationLevel.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace pingjia {

enum class ChannelKind { HallDevice, Pc, MobileApp, QrCode, Sms, Phone, SelfService, Unknown };

// "hall_device", "pc", "mobile_app", "qr_code", "sms", "phone", "self_service", "unknown".
QString channelKindToString(ChannelKind kind);
std::optional<ChannelKind> channelKindFromString(const QString &text);
// Translated name of a kind ("Hall evaluator device" → 大厅评价器).
QString channelKindName(ChannelKind kind);
// Best guess of a kind from a platform's Chinese/English label ("12345热线" → Phone).
ChannelKind channelKindFromLabel(const QString &label);

class ChannelTable {
public:
    struct Entry {
        QString name; // the platform's label, shown as is (platform data, not UI text)
        ChannelKind kind = ChannelKind::Unknown;
        bool operator==(const Entry &) const = default;
    };

    ChannelTable() = default;

    // The built-in table of a profile: the codes the simulator serves for that code set.
    static ChannelTable forCodeSet(CodeSet codes);

    // The meta `channels` object: {"1":"PC端", …} (kind guessed from the label) or
    // {"1":{"name":"PC端","kind":"pc"}}. nullopt and a message when a value is neither
    // or a code is empty.
    static std::optional<ChannelTable> fromJson(const QJsonObject &channels,
                                                QString *error = nullptr);
    // {"code":"label", …} as /api/v1/meta serves it.
    QJsonObject toJson() const;

    void insert(const QString &code, const QString &name, ChannelKind kind);
    bool contains(const QString &code) const { return m_entries.contains(code); }
    // The label, or the visible translated "unknown channel (code)".
    QString name(const QString &code) const;
    ChannelKind kind(const QString &code) const;
    QList<QString> codes() const { return m_entries.keys(); }
    bool isEmpty() const { return m_entries.isEmpty(); }

    bool operator==(const ChannelTable &) const = default;

private:
    QMap<QString, Entry> m_entries;
};

} // namespace pingjia
