// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/queue/ActionPayloadText.h"

#include "models/domain/EvaluationLevel.h"

#include <QCoreApplication>
#include <QStringList>

namespace pingjia {

namespace {

// Literal contexts throughout, so lupdate files every string where it is looked up.
QString label(const char *text)
{
    return QCoreApplication::translate("pingjia::ActionPayloadText", text);
}

struct KeyLabel {
    const char *key;
    const char *label;
};

// In the order a reader wants them; unknown keys follow as they are.
constexpr KeyLabel kLabels[] = {
    {"result", QT_TRANSLATE_NOOP("pingjia::ActionPayloadText", "Result")},
    {"evidence", QT_TRANSLATE_NOOP("pingjia::ActionPayloadText", "Evidence")},
    {"deptCode", QT_TRANSLATE_NOOP("pingjia::ActionPayloadText", "Responsible department")},
    {"person", QT_TRANSLATE_NOOP("pingjia::ActionPayloadText", "Responsible person")},
    {"measures", QT_TRANSLATE_NOOP("pingjia::ActionPayloadText", "Measures")},
    {"changes", QT_TRANSLATE_NOOP("pingjia::ActionPayloadText", "Changes")},
    {"reason", QT_TRANSLATE_NOOP("pingjia::ActionPayloadText", "Reason")},
    {"proposedDeadline", QT_TRANSLATE_NOOP("pingjia::ActionPayloadText", "Proposed deadline")},
    {"deadline", QT_TRANSLATE_NOOP("pingjia::ActionPayloadText", "New deadline")},
    {"cannotRectify", QT_TRANSLATE_NOOP("pingjia::ActionPayloadText", "Cannot rectify")},
    {"satisfaction", QT_TRANSLATE_NOOP("pingjia::ActionPayloadText", "Satisfaction")},
    {"method", QT_TRANSLATE_NOOP("pingjia::ActionPayloadText", "Method")},
    {"note", QT_TRANSLATE_NOOP("pingjia::ActionPayloadText", "Note")},
};

QString valueText(const QString &key, const QJsonValue &value,
                  const std::function<QString(const QString &)> &unitName)
{
    if (key == QLatin1String("result")) {
        const auto result = verifyResultFromString(value.toString());
        return result ? verifyResultName(*result) : value.toString();
    }
    if (key == QLatin1String("deptCode")) {
        const QString name = unitName ? unitName(value.toString()) : QString();
        return name.isEmpty() ? value.toString() : name;
    }
    if (key == QLatin1String("satisfaction")) {
        const int level = value.toInt();
        return QStringLiteral("%1 · %2").arg(level).arg(levelName(level));
    }
    if (key == QLatin1String("method")) {
        const QString m = value.toString();
        if (m == QLatin1String("phone"))
            return QCoreApplication::translate("pingjia::ActionPayloadText", "phone call");
        if (m == QLatin1String("sms"))
            return QCoreApplication::translate("pingjia::ActionPayloadText", "text message");
        if (m == QLatin1String("visit"))
            return QCoreApplication::translate("pingjia::ActionPayloadText", "visit in person");
        return m;
    }
    if (value.isBool())
        return value.toBool() ? QCoreApplication::translate("pingjia::ActionPayloadText", "yes")
                              : QCoreApplication::translate("pingjia::ActionPayloadText", "no");
    if (value.isDouble())
        return QString::number(value.toDouble());
    return value.toString();
}

} // namespace

QString describeActionPayload(const QJsonObject &payload,
                              const std::function<QString(const QString &)> &unitName)
{
    QStringList parts;
    QStringList known;
    for (const KeyLabel &k : kLabels) {
        const QString key = QString::fromLatin1(k.key);
        known << key;
        if (!payload.contains(key))
            continue;
        if (key == QLatin1String("cannotRectify") && !payload.value(key).toBool())
            continue;
        parts << QStringLiteral("%1: %2").arg(label(k.label),
                                              valueText(key, payload.value(key), unitName));
    }
    for (auto it = payload.begin(); it != payload.end(); ++it)
        if (!known.contains(it.key()))
            parts << QStringLiteral("%1: %2").arg(it.key(), valueText(it.key(), it.value(), {}));
    return parts.join(QStringLiteral("; "));
}

QString uploadStatusText(const QString &status)
{
    if (status == QLatin1String("pending"))
        return QCoreApplication::translate("pingjia::ActionPayloadText",
                                           "Waiting to upload (not sent yet)");
    if (status == QLatin1String("sent"))
        return QCoreApplication::translate("pingjia::ActionPayloadText",
                                           "Sent, awaiting the platform's answer");
    if (status == QLatin1String("acked"))
        return QCoreApplication::translate("pingjia::ActionPayloadText",
                                           "Acknowledged by the platform");
    if (status == QLatin1String("conflict"))
        return QCoreApplication::translate("pingjia::ActionPayloadText",
                                           "Conflict with the platform");
    if (status == QLatin1String("refused"))
        return QCoreApplication::translate("pingjia::ActionPayloadText", "Refused by the platform");
    return status;
}

} // namespace pingjia
