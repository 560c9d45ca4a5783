// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Which certificates the client trusts. By default the system's CAs with full
// verification; with a pinned CA file, only that CA (a provincial platform behind its own
// private CA), still with full verification of the chain and the host name. Nothing here
// ever turns verification off.

#include <QCoreApplication>
#include <QList>
#include <QSslConfiguration>
#include <QSslError>
#include <QString>

#include <optional>

namespace pingjia {

class TlsTrust {
    Q_DECLARE_TR_FUNCTIONS(TlsTrust)
public:
    // The configuration for requests to the platform. nullopt with a message when the CA
    // file cannot be read or holds no PEM certificate.
    static std::optional<QSslConfiguration> configuration(const QString &caFile,
                                                          QString *error = nullptr);

    // A sentence naming what is wrong with the platform's certificate, for the user.
    static QString describe(const QList<QSslError> &errors, const QString &caFile);
};

} // namespace pingjia
