// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/Channel.h"

#include <QCoreApplication>

namespace pingjia {

namespace {
struct KindText {
    ChannelKind kind;
    const char *key;
    const char *name;
};

constexpr KindText kKinds[] = {
    {ChannelKind::HallDevice, "hall_device",
     QT_TRANSLATE_NOOP("pingjia::ChannelTable", "Hall evaluator device")},
    {ChannelKind::Pc, "pc", QT_TRANSLATE_NOOP("pingjia::ChannelTable", "PC / web")},
    {ChannelKind::MobileApp, "mobile_app",
     QT_TRANSLATE_NOOP("pingjia::ChannelTable", "Mobile app")},
    {ChannelKind::QrCode, "qr_code", QT_TRANSLATE_NOOP("pingjia::ChannelTable", "QR code")},
    {ChannelKind::Sms, "sms", QT_TRANSLATE_NOOP("pingjia::ChannelTable", "SMS")},
    {ChannelKind::Phone, "phone",
     QT_TRANSLATE_NOOP("pingjia::ChannelTable", "Phone (incl. 12345)")},
    {ChannelKind::SelfService, "self_service",
     QT_TRANSLATE_NOOP("pingjia::ChannelTable", "Self-service terminal")},
    {ChannelKind::Unknown, "unknown",
     QT_TRANSLATE_NOOP("pingjia::ChannelTable", "Unknown channel")},
};

} // namespace

QString channelKindToString(ChannelKind kind)
{
    for (const auto &k : kKinds) {
        if (k.kind == kind)
            return QString::fromLatin1(k.key);
    }
    return QStringLiteral("unknown");
}

std::optional<ChannelKind> channelKindFromString(const QString &text)
{
    for (const auto &k : kKinds) {
        if (text == QLatin1String(k.key))
            return k.kind;
    }
    return std::nullopt;
}

QString channelKindName(ChannelKind kind)
{
    for (const auto &k : kKinds) {
        if (k.kind == kind)
            return QCoreApplication::translate("pingjia::ChannelTable", k.name);
    }
    return QCoreApplication::translate("pingjia::ChannelTable", kKinds[std::size(kKinds) - 1].name);
}

ChannelKind channelKindFromLabel(const QString &label)
{
    const auto has = [&label](std::initializer_list<const char16_t *> words) {
        for (const char16_t *w : words) {
            if (label.contains(QString::fromUtf16(w), Qt::CaseInsensitive))
                return true;
        }
        return false;
    };
    // Most specific first: "电话" before "网", "自助服务终端" before "服务".
    if (has({u"12345", u"热线", u"电话", u"phone", u"hotline"}))
        return ChannelKind::Phone;
    if (has({u"短信", u"sms"}))
        return ChannelKind::Sms;
    if (has({u"二维码", u"扫码", u"qr"}))
        return ChannelKind::QrCode;
    if (has({u"自助", u"self"}))
        return ChannelKind::SelfService;
    if (has({u"评价器", u"大厅", u"窗口", u"hall", u"pad"}))
        return ChannelKind::HallDevice;
    if (has({u"app", u"移动", u"手机", u"小程序", u"微信", u"支付宝", u"mobile"}))
        return ChannelKind::MobileApp;
    if (has({u"pc", u"网", u"web", u"电脑"}))
        return ChannelKind::Pc;
    return ChannelKind::Unknown;
}

ChannelTable ChannelTable::forCodeSet(CodeSet codes)
{
    ChannelTable t;
    if (codes == CodeSet::Gbt39046) {
        // A national-style single-digit table.
        t.insert(QStringLiteral("1"), QStringLiteral("PC端"), ChannelKind::Pc);
        t.insert(QStringLiteral("2"), QStringLiteral("移动端APP"), ChannelKind::MobileApp);
        t.insert(QStringLiteral("3"), QStringLiteral("二维码"), ChannelKind::QrCode);
        t.insert(QStringLiteral("4"), QStringLiteral("政务服务大厅评价器"),
                 ChannelKind::HallDevice);
        t.insert(QStringLiteral("5"), QStringLiteral("自助服务终端"), ChannelKind::SelfService);
        t.insert(QStringLiteral("6"), QStringLiteral("短信"), ChannelKind::Sms);
        t.insert(QStringLiteral("7"), QStringLiteral("12345热线"), ChannelKind::Phone);
        t.insert(QStringLiteral("8"), QStringLiteral("电话回访"), ChannelKind::Phone);
    } else {
        // A provincial upload-style two-digit table, deliberately numbered otherwise.
        t.insert(QStringLiteral("01"), QStringLiteral("窗口评价器"), ChannelKind::HallDevice);
        t.insert(QStringLiteral("02"), QStringLiteral("政务服务网"), ChannelKind::Pc);
        t.insert(QStringLiteral("03"), QStringLiteral("政务服务APP"), ChannelKind::MobileApp);
        t.insert(QStringLiteral("04"), QStringLiteral("微信小程序"), ChannelKind::MobileApp);
        t.insert(QStringLiteral("05"), QStringLiteral("扫码评价"), ChannelKind::QrCode);
        t.insert(QStringLiteral("06"), QStringLiteral("短信评价"), ChannelKind::Sms);
        t.insert(QStringLiteral("07"), QStringLiteral("12345政务服务便民热线"), ChannelKind::Phone);
        t.insert(QStringLiteral("08"), QStringLiteral("自助终端"), ChannelKind::SelfService);
    }
    return t;
}

std::optional<ChannelTable> ChannelTable::fromJson(const QJsonObject &channels, QString *error)
{
    ChannelTable t;
    for (auto it = channels.begin(); it != channels.end(); ++it) {
        const QString code = it.key().trimmed();
        if (code.isEmpty()) {
            if (error)
                *error = QCoreApplication::translate("pingjia::ChannelTable",
                                                     "channel table: an empty channel code");
            return std::nullopt;
        }
        if (it.value().isString()) {
            const QString name = it.value().toString();
            t.insert(code, name, channelKindFromLabel(name));
        } else if (it.value().isObject()) {
            const QJsonObject o = it.value().toObject();
            const QString name = o.value(QLatin1String("name")).toString();
            const auto kind = channelKindFromString(o.value(QLatin1String("kind")).toString());
            t.insert(code, name, kind.value_or(channelKindFromLabel(name)));
        } else {
            if (error)
                *error =
                    QCoreApplication::translate("pingjia::ChannelTable",
                                                "channel table: the name of channel %1 is not text")
                        .arg(code);
            return std::nullopt;
        }
    }
    return t;
}

QJsonObject ChannelTable::toJson() const
{
    QJsonObject o;
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it)
        o.insert(it.key(), it->name);
    return o;
}

void ChannelTable::insert(const QString &code, const QString &name, ChannelKind kind)
{
    m_entries.insert(code, Entry{name, kind});
}

QString ChannelTable::name(const QString &code) const
{
    const auto it = m_entries.find(code);
    if (it == m_entries.end())
        return QCoreApplication::translate("pingjia::ChannelTable", "unknown channel (%1)")
            .arg(code);
    return it->name.isEmpty() ? channelKindName(it->kind) : it->name;
}

ChannelKind ChannelTable::kind(const QString &code) const
{
    return m_entries.value(code).kind;
}

} // namespace pingjia
