// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "tools/platform-sim/Scope.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pingjia {

class OrgCatalog;

struct SimUser {
    QString name;
    QString password;
    QStringList scopeEntries;
    Scope scope;
};

// Users (--users FILE or demo/demo) and OAuth-style tokens. Token lifetimes run on the
// wall clock (--token-ttl seconds), not the simulated one: the console's refresh logic
// must be testable in real time, and the simulated clock only moves on /sim/advance.
class AuthRegistry {
public:
    // Without a file: one user demo/demo who sees everything.
    bool load(const QString &usersFile, const OrgCatalog &catalog, QString *error);
    void setTokenTtl(int seconds) { m_ttlSeconds = seconds; }

    enum class Result { Ok, BadCredentials, BadRefreshToken };
    // The token response body on success.
    Result passwordGrant(const QString &user, const QString &password, QJsonObject *response);
    Result refreshGrant(const QString &refreshToken, QJsonObject *response);

    enum class Check { Ok, Missing, Unknown, Expired };
    Check authorize(const QByteArray &authorizationHeader, const SimUser **user) const;

    // POST /sim/expire-tokens: every access token issued so far expires now (refresh
    // tokens stay good), so a test reaches "token_expired" without waiting on the clock.
    int expireAccessTokens();

private:
    QJsonObject issue(int userIndex);

    struct Token {
        int user = -1;
        QDeadlineTimer expiry;
    };
    QList<SimUser> m_users;
    QHash<QByteArray, Token> m_access;
    QHash<QByteArray, Token> m_refresh;
    int m_ttlSeconds = 7200;
};

} // namespace pingjia
