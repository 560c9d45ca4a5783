// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sync/TlsTrust.h"

#include <QFile>
#include <QSslCertificate>
#include <QStringList>

namespace pingjia {

std::optional<QSslConfiguration> TlsTrust::configuration(const QString &caFile, QString *error)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (caFile.isEmpty())
        return config;
    QFile file(caFile);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read the CA file %1: %2").arg(caFile, file.errorString());
        return std::nullopt;
    }
    const QList<QSslCertificate> cas = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (cas.isEmpty()) {
        if (error)
            *error = tr("The CA file %1 holds no PEM certificate.").arg(caFile);
        return std::nullopt;
    }
    config.setCaCertificates(cas); // only these: the system's CAs are not consulted
    return config;
}

QString TlsTrust::describe(const QList<QSslError> &errors, const QString &caFile)
{
    QStringList problems;
    QString subject;
    for (const QSslError &e : errors) {
        if (!problems.contains(e.errorString()))
            problems.append(e.errorString());
        if (subject.isEmpty() && !e.certificate().isNull())
            subject = e.certificate().subjectDisplayName();
    }
    const QString who = subject.isEmpty() ? tr("the platform") : subject;
    const QString advice =
        caFile.isEmpty()
            ? tr("If the platform uses a private CA, pin its CA file in the connection "
                 "settings.")
            : tr("The pinned CA file %1 did not vouch for it.").arg(caFile);
    return tr("The certificate of %1 is not trusted (%2). Nothing was sent. %3")
        .arg(who, problems.join(QStringLiteral("; ")), advice);
}

} // namespace pingjia
