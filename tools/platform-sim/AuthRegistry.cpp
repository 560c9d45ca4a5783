// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuthRegistry.h"

#include "tools/platform-sim/Logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QRandomGenerator>

namespace pingjia {
namespace {

constexpr qint64 kRefreshLifetimeMs = 30ll * 86400 * 1000;

// Tokens are secrets, not data: they come from the system's generator, not the seed.
QByteArray newToken()
{
    quint32 words[8];
    QRandomGenerator::system()->fillRange(words);
    return QByteArray(reinterpret_cast<const char *>(words), sizeof words).toHex();
}

} // namespace

bool AuthRegistry::load(const QString &usersFile, const OrgCatalog &catalog, QString *error)
{
    m_users.clear();
    m_access.clear();
    m_refresh.clear();
    if (usersFile.isEmpty()) {
        const QStringList all{QStringLiteral("62")};
        m_users.append(
            {QStringLiteral("demo"), QStringLiteral("demo"), all, Scope::build(all, catalog)});
        return true;
    }
    QFile file(usersFile);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("pingjia::AuthRegistry",
                                             "cannot read the users file %1: %2")
                     .arg(usersFile, file.errorString());
        return false;
    }
    int lineNo = 0;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        ++lineNo;
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList f = line.split(QLatin1Char(':'));
        if (f.size() != 3 || f.at(0).isEmpty() || f.at(1).isEmpty() || f.at(2).isEmpty()) {
            *error = QCoreApplication::translate(
                         "pingjia::AuthRegistry",
                         "%1 line %2: expected username:password:scope[,scope...]")
                         .arg(usersFile)
                         .arg(lineNo);
            return false;
        }
        const QStringList entries = f.at(2).split(QLatin1Char(','), Qt::SkipEmptyParts);
        QStringList unknown;
        SimUser u{f.at(0), f.at(1), entries, Scope::build(entries, catalog, &unknown)};
        if (!unknown.isEmpty())
            qCWarning(lcSim).noquote()
                << "user" << u.name
                << "has scope codes that match nothing:" << unknown.join(QLatin1Char(','));
        m_users.append(u);
    }
    if (m_users.isEmpty()) {
        *error =
            QCoreApplication::translate("pingjia::AuthRegistry", "the users file %1 has no users")
                .arg(usersFile);
        return false;
    }
    return true;
}

QJsonObject AuthRegistry::issue(int userIndex)
{
    const QByteArray access = newToken();
    const QByteArray refresh = newToken();
    m_access.insert(access, {userIndex, QDeadlineTimer(qint64(m_ttlSeconds) * 1000)});
    m_refresh.insert(refresh, {userIndex, QDeadlineTimer(kRefreshLifetimeMs)});
    return {
        {QStringLiteral("access_token"), QString::fromLatin1(access)},
        {QStringLiteral("token_type"), QStringLiteral("Bearer")},
        {QStringLiteral("expires_in"), m_ttlSeconds},
        {QStringLiteral("refresh_token"), QString::fromLatin1(refresh)},
        {QStringLiteral("scope"), QJsonArray::fromStringList(m_users.at(userIndex).scopeEntries)}};
}

AuthRegistry::Result AuthRegistry::passwordGrant(const QString &user, const QString &password,
                                                 QJsonObject *response)
{
    for (int i = 0; i < m_users.size(); ++i) {
        if (m_users.at(i).name == user && m_users.at(i).password == password) {
            *response = issue(i);
            return Result::Ok;
        }
    }
    return Result::BadCredentials;
}

AuthRegistry::Result AuthRegistry::refreshGrant(const QString &refreshToken, QJsonObject *response)
{
    // Refresh tokens rotate: each works once.
    const auto it = m_refresh.constFind(refreshToken.toLatin1());
    if (it == m_refresh.cend() || it->expiry.hasExpired())
        return Result::BadRefreshToken;
    const int user = it->user;
    m_refresh.erase(it);
    *response = issue(user);
    return Result::Ok;
}

AuthRegistry::Check AuthRegistry::authorize(const QByteArray &header, const SimUser **user) const
{
    const QByteArray prefix("Bearer ");
    if (!header.startsWith(prefix))
        return Check::Missing;
    const auto it = m_access.constFind(header.mid(prefix.size()).trimmed());
    if (it == m_access.cend())
        return Check::Unknown;
    if (it->expiry.hasExpired())
        return Check::Expired;
    *user = &m_users.at(it->user);
    return Check::Ok;
}

int AuthRegistry::expireAccessTokens()
{
    for (Token &t : m_access)
        t.expiry = QDeadlineTimer(0);
    return int(m_access.size());
}

} // namespace pingjia
