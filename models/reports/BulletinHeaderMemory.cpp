// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/reports/BulletinHeaderMemory.h"

#include "models/store/LocalWorkStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pingjia {

namespace {

QJsonObject toJson(const BulletinRememberedText &t)
{
    return {{QStringLiteral("issuingOffice"), t.header.issuingOffice},
            {QStringLiteral("recipients"), t.header.recipients},
            {QStringLiteral("signature"), t.header.signature},
            {QStringLiteral("copyTo"), t.header.copyTo},
            {QStringLiteral("printedBy"), t.header.printedBy},
            {QStringLiteral("requirements"), QJsonArray::fromStringList(t.requirements)}};
}

BulletinRememberedText fromJson(const QJsonObject &o)
{
    BulletinRememberedText t;
    t.header.issuingOffice = o.value(QStringLiteral("issuingOffice")).toString();
    t.header.recipients = o.value(QStringLiteral("recipients")).toString();
    t.header.signature = o.value(QStringLiteral("signature")).toString();
    t.header.copyTo = o.value(QStringLiteral("copyTo")).toString();
    t.header.printedBy = o.value(QStringLiteral("printedBy")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("requirements")).toArray()) {
        if (!v.toString().trimmed().isEmpty())
            t.requirements << v.toString();
    }
    return t;
}

} // namespace

BulletinHeaderMemory::BulletinHeaderMemory(LocalWorkDatabase &db) : m_db(db)
{
}

QString BulletinHeaderMemory::settingKey(const QString &scope)
{
    return QStringLiteral("bulletin/header/") + (scope.isEmpty() ? QStringLiteral("*") : scope);
}

BulletinRememberedText BulletinHeaderMemory::load(const QString &scope, StoreResult *error)
{
    LocalWorkStore store(m_db);
    for (const QString &key : {settingKey(scope), settingKey(QString())}) {
        const auto value = store.setting(key, error);
        if (error && !error->ok())
            return {};
        if (value)
            return fromJson(QJsonDocument::fromJson(value->toUtf8()).object());
    }
    return {};
}

StoreResult BulletinHeaderMemory::save(const QString &scope, const BulletinRememberedText &text)
{
    return LocalWorkStore(m_db).setSetting(
        settingKey(scope),
        QString::fromUtf8(QJsonDocument(toJson(text)).toJson(QJsonDocument::Compact)));
}

} // namespace pingjia
