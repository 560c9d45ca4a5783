// SPDX-License-Identifier: GPL-3.0-or-later
// pingjia-platform-sim: the provincial 好差评 platform, simulated (docs/PLATFORM_API.md).
#include "tools/platform-sim/AuthRegistry.h"
#include "tools/platform-sim/Logging.h"
#include "tools/platform-sim/PlatformState.h"
#include "tools/platform-sim/SignalWatcher.h"
#include "tools/platform-sim/SimOptions.h"
#include "tools/platform-sim/SimServer.h"

#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QSslCertificate>
#include <QSslKey>

#include <cstdio>

using namespace pingjia;

namespace {

int fail(const QString &message, int code)
{
    fprintf(stderr, "pingjia-platform-sim: %s\n", qPrintable(message));
    return code;
}

bool setupTls(SimServer &server, const SimOptions &o, QString *error)
{
#if QT_CONFIG(ssl)
    QFile certFile(o.tlsCert), keyFile(o.tlsKey);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("pingjia::PlatformSim",
                                             "cannot read the TLS certificate or key (%1, %2)")
                     .arg(o.tlsCert, o.tlsKey);
        return false;
    }
    const QSslCertificate cert(&certFile, QSsl::Pem);
    const QByteArray keyPem = keyFile.readAll();
    QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
    if (cert.isNull() || key.isNull()) {
        *error = QCoreApplication::translate("pingjia::PlatformSim",
                                             "the TLS certificate or key is not valid PEM (%1, %2)")
                     .arg(o.tlsCert, o.tlsKey);
        return false;
    }
    server.sslSetup(cert, key);
    return true;
#else
    Q_UNUSED(server);
    Q_UNUSED(o);
    *error =
        QCoreApplication::translate("pingjia::PlatformSim", "this Qt build has no TLS support");
    return false;
#endif
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pingjia-platform-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PINGJIA_VERSION));

    SimOptions options;
    QString error;
    bool exitNow = false;
    if (!SimOptions::parse(QCoreApplication::arguments(), &options, &error, &exitNow))
        return fail(error, 1);
    if (exitNow)
        return 0;

    PlatformState state(options);
    AuthRegistry auth;
    auth.setTokenTtl(options.tokenTtlSeconds);
    if (!auth.load(options.usersFile, state.catalog(), &error))
        return fail(error, 1);

    SimServer server(state, auth);
    const bool tls = !options.tlsCert.isEmpty();
    if (tls && !setupTls(server, options, &error))
        return fail(error, 1);
    const quint16 port = server.listen(QHostAddress::LocalHost, options.port);
    if (port == 0)
        return fail(
            QCoreApplication::translate("pingjia::PlatformSim", "cannot listen on 127.0.0.1:%1")
                .arg(options.port),
            2);

    // The contract with SimLauncher and scripts: exactly this first line on stdout.
    fprintf(stdout, "pingjia-platform-sim listening on %s://127.0.0.1:%u\n", tls ? "https" : "http",
            unsigned(port));
    fflush(stdout);

    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, &app, [](int sig) {
        qCInfo(lcSim) << "signal" << sig << "received, shutting down";
        QCoreApplication::quit();
    });
    return app.exec();
}
