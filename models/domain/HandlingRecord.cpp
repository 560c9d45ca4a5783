// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/HandlingRecord.h"

#include "models/domain/PlatformTime.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonValue>

#include <cmath>

namespace pingjia {

namespace {

bool setError(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return false;
}

// Missing or null → invalid time; a string must be a platform time.
bool readTime(const QJsonObject &json, const char *key, QDateTime *out, QString *error)
{
    const QJsonValue v = json.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull()) {
        *out = QDateTime();
        return true;
    }
    const QDateTime t = v.isString() ? parsePlatformTime(v.toString()) : QDateTime();
    if (!t.isValid())
        return setError(error,
                        QCoreApplication::translate("pingjia::HandlingRecord",
                                                    "%1 is not a time \"yyyy-MM-dd HH:mm:ss\"")
                            .arg(QString::fromLatin1(key)));
    *out = t;
    return true;
}

bool readRequiredString(const QJsonObject &json, const char *key, QString *out, QString *error)
{
    const QJsonValue v = json.value(QLatin1String(key));
    if (!v.isString() || v.toString().isEmpty())
        return setError(error, QCoreApplication::translate("pingjia::HandlingRecord",
                                                           "%1 is missing or not text")
                                   .arg(QString::fromLatin1(key)));
    *out = v.toString();
    return true;
}

bool readOptionalString(const QJsonObject &json, const char *key, QString *out, QString *error)
{
    const QJsonValue v = json.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull()) {
        out->clear();
        return true;
    }
    if (!v.isString())
        return setError(error,
                        QCoreApplication::translate("pingjia::HandlingRecord", "%1 is not text")
                            .arg(QString::fromLatin1(key)));
    *out = v.toString();
    return true;
}

bool readBool(const QJsonObject &json, const char *key, bool *out, QString *error)
{
    const QJsonValue v = json.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull()) {
        *out = false;
        return true;
    }
    if (!v.isBool())
        return setError(
            error, QCoreApplication::translate("pingjia::HandlingRecord", "%1 is not true or false")
                       .arg(QString::fromLatin1(key)));
    *out = v.toBool();
    return true;
}

QJsonValue timeValue(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(formatPlatformTime(t)) : QJsonValue(QJsonValue::Null);
}
} // namespace

std::optional<HistoryEntry> HistoryEntry::fromJson(const QJsonObject &json, QString *error)
{
    HistoryEntry e;
    QString type;
    if (!readRequiredString(json, "actionId", &e.actionId, error) ||
        !readRequiredString(json, "type", &type, error) ||
        !readRequiredString(json, "actor", &e.actor, error) || !readTime(json, "at", &e.at, error))
        return std::nullopt;
    const auto t = actionTypeFromString(type);
    if (!t) {
        setError(error, QCoreApplication::translate("pingjia::HandlingRecord",
                                                    "unknown action type \"%1\"")
                            .arg(type));
        return std::nullopt;
    }
    if (!e.at.isValid()) {
        setError(error, QCoreApplication::translate("pingjia::HandlingRecord", "at is missing"));
        return std::nullopt;
    }
    e.type = *t;
    const QJsonValue payload = json.value(QLatin1String("payload"));
    if (!payload.isUndefined() && !payload.isNull() && !payload.isObject()) {
        setError(error, QCoreApplication::translate("pingjia::HandlingRecord",
                                                    "payload is not an object"));
        return std::nullopt;
    }
    e.payload = payload.toObject();
    if (e.type == ActionType::FollowUp)
        e.payload.remove(QLatin1String("phone"));
    return e;
}

QJsonObject HistoryEntry::toJson() const
{
    return QJsonObject{{QStringLiteral("actionId"), actionId},
                       {QStringLiteral("type"), toString(type)},
                       {QStringLiteral("actor"), actor},
                       {QStringLiteral("at"), timeValue(at)},
                       {QStringLiteral("payload"), payload}};
}

std::optional<FollowUp> FollowUp::fromJson(const QJsonObject &json, QString *error)
{
    FollowUp f;
    const QJsonValue s = json.value(QLatin1String("satisfaction"));
    const double d = s.toDouble(-1);
    if (!s.isDouble() || d != std::floor(d) || d < 1 || d > 5) {
        setError(error, QCoreApplication::translate(
                            "pingjia::HandlingRecord",
                            "followUp.satisfaction must be a whole number from 1 to 5"));
        return std::nullopt;
    }
    f.satisfaction = static_cast<int>(d);
    if (!readRequiredString(json, "method", &f.method, error) ||
        !readOptionalString(json, "note", &f.note, error) ||
        !readOptionalString(json, "actor", &f.actor, error) ||
        !readOptionalString(json, "phone", &f.phone, error) || !readTime(json, "at", &f.at, error))
        return std::nullopt;
    return f;
}

QJsonObject FollowUp::toJson() const
{
    return QJsonObject{{QStringLiteral("satisfaction"), satisfaction},
                       {QStringLiteral("method"), method},
                       {QStringLiteral("note"), note},
                       {QStringLiteral("actor"), actor},
                       {QStringLiteral("at"), timeValue(at)}};
}

QJsonObject FollowUp::toPlatformJson() const
{
    QJsonObject json = toJson();
    if (!phone.isEmpty())
        json.insert(QStringLiteral("phone"), phone);
    return json;
}

QDateTime HandlingRecord::effectiveRectificationDeadline() const
{
    return delayDeadline.isValid() ? delayDeadline : rectificationDeadline;
}

std::optional<HistoryEntry> HandlingRecord::lastEntry(ActionType type) const
{
    for (auto it = history.crbegin(); it != history.crend(); ++it) {
        if (it->type == type)
            return *it;
    }
    return std::nullopt;
}

std::optional<HandlingRecord> HandlingRecord::fromJson(const QJsonObject &json, QString *error)
{
    HandlingRecord r;
    QString state;
    QString result;
    QString status;
    if (!readRequiredString(json, "evalId", &r.evalId, error) ||
        !readRequiredString(json, "state", &state, error) ||
        !readOptionalString(json, "verifyResult", &result, error) ||
        !readTime(json, "verifiedAt", &r.verifiedAt, error) ||
        !readTime(json, "verifyDeadline", &r.verifyDeadline, error) ||
        !readTime(json, "reformDeadline", &r.rectificationDeadline, error) ||
        !readBool(json, "deadlineEstimated", &r.deadlineEstimated, error) ||
        !readTime(json, "delayDeadline", &r.delayDeadline, error) ||
        !readOptionalString(json, "delayReason", &r.delayReason, error) ||
        !readBool(json, "delayPending", &r.delayPending, error) ||
        !readOptionalString(json, "status", &status, error) ||
        !readTime(json, "updatedAt", &r.updatedAt, error))
        return std::nullopt;

    const auto s = handlingStateFromString(state);
    if (!s) {
        setError(error,
                 QCoreApplication::translate("pingjia::HandlingRecord", "unknown state \"%1\"")
                     .arg(state));
        return std::nullopt;
    }
    r.state = *s;
    const auto vr = verifyResultFromString(result);
    if (!vr) {
        setError(error, QCoreApplication::translate("pingjia::HandlingRecord",
                                                    "unknown verifyResult \"%1\"")
                            .arg(result));
        return std::nullopt;
    }
    r.verifyResult = *vr;
    if (status.isEmpty() || status == QLatin1String("normal")) {
        r.withdrawn = false;
    } else if (status == QLatin1String("withdrawn")) {
        r.withdrawn = true;
    } else {
        setError(error,
                 QCoreApplication::translate("pingjia::HandlingRecord", "unknown status \"%1\"")
                     .arg(status));
        return std::nullopt;
    }

    const QJsonValue version = json.value(QLatin1String("version"));
    const double v = version.toDouble(-1);
    if (!version.isDouble() || v != std::floor(v) || v < 0 || v > 2147483647.0) {
        setError(error, QCoreApplication::translate("pingjia::HandlingRecord",
                                                    "version must be a whole number"));
        return std::nullopt;
    }
    r.version = static_cast<int>(v);

    const QJsonValue followUp = json.value(QLatin1String("followUp"));
    if (followUp.isObject()) {
        QString why;
        r.followUp = FollowUp::fromJson(followUp.toObject(), &why);
        if (!r.followUp) {
            setError(error, why);
            return std::nullopt;
        }
    } else if (!followUp.isUndefined() && !followUp.isNull()) {
        setError(error, QCoreApplication::translate("pingjia::HandlingRecord",
                                                    "followUp is not an object"));
        return std::nullopt;
    }

    const QJsonValue history = json.value(QLatin1String("history"));
    if (!history.isUndefined() && !history.isNull() && !history.isArray()) {
        setError(error,
                 QCoreApplication::translate("pingjia::HandlingRecord", "history is not a list"));
        return std::nullopt;
    }
    const QJsonArray entries = history.toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        QString why;
        const auto e = entries.at(i).isObject()
                           ? HistoryEntry::fromJson(entries.at(i).toObject(), &why)
                           : std::nullopt;
        if (!e) {
            setError(error,
                     QCoreApplication::translate("pingjia::HandlingRecord", "history[%1]: %2")
                         .arg(i)
                         .arg(why.isEmpty() ? QCoreApplication::translate("pingjia::HandlingRecord",
                                                                          "not an object")
                                            : why));
            return std::nullopt;
        }
        r.history.append(*e);
    }
    return r;
}

QJsonObject HandlingRecord::toJson() const
{
    QJsonArray entries;
    for (const HistoryEntry &e : history)
        entries.append(e.toJson());
    const QString result = toString(verifyResult);
    return QJsonObject{
        {QStringLiteral("evalId"), evalId},
        {QStringLiteral("state"), toString(state)},
        {QStringLiteral("verifyResult"),
         result.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(result)},
        {QStringLiteral("verifiedAt"), timeValue(verifiedAt)},
        {QStringLiteral("verifyDeadline"), timeValue(verifyDeadline)},
        {QStringLiteral("reformDeadline"), timeValue(rectificationDeadline)},
        {QStringLiteral("deadlineEstimated"), deadlineEstimated},
        {QStringLiteral("delayDeadline"), timeValue(delayDeadline)},
        {QStringLiteral("delayReason"),
         delayReason.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(delayReason)},
        {QStringLiteral("delayPending"), delayPending},
        {QStringLiteral("followUp"),
         followUp ? QJsonValue(followUp->toJson()) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("history"), entries},
        {QStringLiteral("version"), version},
        {QStringLiteral("status"),
         withdrawn ? QStringLiteral("withdrawn") : QStringLiteral("normal")},
        {QStringLiteral("updatedAt"), timeValue(updatedAt)},
    };
}

} // namespace pingjia
