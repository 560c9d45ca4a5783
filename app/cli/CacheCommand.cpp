// SPDX-License-Identifier: GPL-3.0-or-later
// `pingjia cache check`: the cache file's integrity and each list's count and content
// checksum (CacheCheck.h). `pingjia cache rebuild [sync options]`: moves the cache aside
// (the local-work file is left alone), then pulls everything again exactly like
// `pingjia sync` with the same options. Exit codes as every verb (ExitCode.h).
#include "app/cli/Commands.h"
#include "app/cli/Verb.h"

#include "app/ExitCode.h"
#include "app/UserHome.h"
#include "models/store/CacheCheck.h"
#include "models/store/CacheDatabase.h"
#include "models/store/LocalWorkDatabase.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QTextStream>

namespace pingjia {

namespace {

struct CacheText {
    Q_DECLARE_TR_FUNCTIONS(CacheCommand)
};

int check(VerbContext &context)
{
    if (!QFileInfo::exists(context.home.cacheFile())) {
        context.out << CacheText::tr("There is no cache yet: \"pingjia sync\" makes one.")
                    << Qt::endl;
        return ExitOk;
    }
    CacheDatabase cache(context.home.cacheFile());
    if (StoreResult r = cache.open(); !r.ok()) {
        context.err << CacheText::tr("pingjia cache: %1").arg(r.message) << Qt::endl;
        return ExitDataError;
    }
    const CacheCheckResult result = CacheCheck::run(cache);
    if (!result.status.ok()) {
        context.err << CacheText::tr("pingjia cache: %1").arg(result.status.message) << Qt::endl;
        return ExitDataError;
    }
    if (!result.integrity.isEmpty()) {
        context.err << CacheText::tr("pingjia cache: the cache file %1 is damaged:")
                           .arg(context.home.cacheFile())
                    << '\n'
                    << result.integrity.join(QLatin1Char('\n')) << '\n'
                    << CacheText::tr("Run \"pingjia cache rebuild\" to pull it from the "
                                     "platform again; your local work is not affected.")
                    << Qt::endl;
        return ExitDataError;
    }
    context.out << CacheText::tr("The cache file is intact.") << '\n';
    for (const CacheListCheck &l : result.lists) {
        context.out << CacheText::tr("%1: %n record(s), checksum %2", nullptr, int(l.summary.count))
                           .arg(listName(l.list), l.summary.checksum)
                    << '\n';
    }
    context.out << CacheText::tr("The platform reports no count or checksum per list, so "
                                 "these were not compared with it; \"pingjia cache rebuild\" "
                                 "pulls every list again.")
                << Qt::endl;
    return ExitOk;
}

int rebuild(VerbContext &context)
{
    // The local-work file must be usable before anything is moved: a sync needs it.
    LocalWorkDatabase localWork(context.home.localWorkFile());
    if (StoreResult r = localWork.open(); !r.ok()) {
        context.err << CacheText::tr("pingjia cache: %1").arg(r.message) << Qt::endl;
        return ExitDataError;
    }
    localWork.closeThisThread();
    CacheDatabase cache(context.home.cacheFile());
    QString movedTo;
    if (StoreResult r = cache.rebuild(&movedTo); !r.ok()) {
        context.err << CacheText::tr("pingjia cache: %1").arg(r.message) << Qt::endl;
        return ExitDataError;
    }
    cache.closeThisThread();
    if (!movedTo.isEmpty())
        context.err << CacheText::tr("The old cache was moved to %1.").arg(movedTo) << Qt::endl;
    context.arguments.removeFirst(); // "rebuild": the rest are the sync's options
    return runSyncCommand(context);
}

} // namespace

int runCacheCommand(VerbContext &context)
{
    const QString action = context.arguments.value(0);
    if (action == QLatin1String("check") && context.arguments.size() == 1)
        return check(context);
    if (action == QLatin1String("rebuild"))
        return rebuild(context);
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("check|rebuild"),
        CacheText::tr("check: the file's integrity and each list's count and checksum. "
                      "rebuild [sync options]: move the cache aside and pull it again."));
    if (const int exit = parseVerbArguments(parser, QStringLiteral("cache"), context); exit >= 0)
        return exit;
    context.err << CacheText::tr("pingjia cache: say what to do: \"pingjia cache check\" or "
                                 "\"pingjia cache rebuild\".")
                << Qt::endl;
    return ExitUsage;
}

} // namespace pingjia
