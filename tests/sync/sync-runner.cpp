// SPDX-License-Identifier: GPL-3.0-or-later
// A sync in a process of its own, so a test can kill it with SIGKILL at any point:
//   sync-runner --home DIR --url URL --user NAME --password PW [--page-limit N]
//               [--wal-pages N] [--push-only]
// Prints "progress <list> <records committed>" after every page, then "done <records>"
// (exit 0) or "error <kind> <message>" (exit 2). --push-only pushes the outbox instead
// and prints "pushed <acked> <remaining>". --wal-pages: SyncOptions::bulkLoadWalPages. Secrets stay
// in memory: the password comes from the command line on every start, as a test needs nothing else.
#include "SyncTestSupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace pingjia;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser cli;
    const QCommandLineOption home(QStringLiteral("home"), QStringLiteral("home folder"),
                                  QStringLiteral("DIR"));
    const QCommandLineOption url(QStringLiteral("url"), QStringLiteral("platform"),
                                 QStringLiteral("URL"));
    const QCommandLineOption user(QStringLiteral("user"), QStringLiteral("user"),
                                  QStringLiteral("NAME"));
    const QCommandLineOption password(QStringLiteral("password"), QStringLiteral("password"),
                                      QStringLiteral("PW"));
    const QCommandLineOption limit(QStringLiteral("page-limit"), QStringLiteral("page size"),
                                   QStringLiteral("N"), QStringLiteral("200"));
    const QCommandLineOption walPages(QStringLiteral("wal-pages"),
                                      QStringLiteral("WAL checkpoint interval of a first pull"),
                                      QStringLiteral("N"));
    const QCommandLineOption pushOnly(QStringLiteral("push-only"),
                                      QStringLiteral("push the outbox, no pull"));
    cli.addOptions({home, url, user, password, limit, walPages, pushOnly});
    cli.process(app);

    test::TestHome files(cli.value(home));
    QString error;
    if (!files.open(&error)) {
        std::printf("error store %s\n", qPrintable(error));
        return 2;
    }
    SyncOptions options = test::fastOptions(cli.value(limit).toInt());
    if (cli.isSet(walPages))
        options.bulkLoadWalPages = cli.value(walPages).toInt();
    SyncSession session({cli.value(url), cli.value(user), {}}, files.cache(), files.localWork(),
                        files.secrets(), &files.cipher(), options);
    session.setProgressObserver([](const SyncProgress &p) {
        std::printf("progress %s %lld\n", qPrintable(listName(p.current)), p.totalFetched());
        std::fflush(stdout);
    });
    if (const SyncError e = session.signIn(cli.value(password)); !e.ok()) {
        std::printf("error %s %s\n", qPrintable(syncErrorKindName(e.kind)), qPrintable(e.message));
        return 2;
    }
    if (cli.isSet(pushOnly)) {
        const PushResult pushed = session.push();
        if (!pushed.error.ok()) {
            std::printf("error %s %s\n", qPrintable(syncErrorKindName(pushed.error.kind)),
                        qPrintable(pushed.error.message));
            return 2;
        }
        std::printf("pushed %d %d\n", pushed.acked, pushed.remaining);
        return 0;
    }
    const SyncResult r = session.sync();
    if (!r.ok()) {
        std::printf("error %s %s\n", qPrintable(syncErrorKindName(r.error.kind)),
                    qPrintable(r.error.message));
        return 2;
    }
    std::printf("done %lld\n", r.progress.totalFetched());
    return 0;
}
