// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/Commands.h"
#include "app/cli/Verb.h"

#include "app/ExitCode.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace pingjia {

namespace {

struct VerbText {
    Q_DECLARE_TR_FUNCTIONS(Verbs)
};

} // namespace

const std::vector<VerbSpec> &verbRegistry()
{
    static const std::vector<VerbSpec> verbs = {
        {"demo",
         QT_TRANSLATE_NOOP("Verbs", "start the platform simulator, sync and open the window "
                                    "(--headless: report and exit)"),
         &runDemoCommand, &demoWantsWindow},
        {"sync", QT_TRANSLATE_NOOP("Verbs", "sync the local cache with the provincial platform"),
         &runSyncCommand, nullptr},
        {"queue", QT_TRANSLATE_NOOP("Verbs", "print the bad-review work queue (JSON or CSV)"),
         &runQueueCommand, nullptr},
        {"rankings", QT_TRANSLATE_NOOP("Verbs", "print the rankings of a month (JSON or CSV)"),
         &runRankingsCommand, nullptr},
        {"bulletin",
         QT_TRANSLATE_NOOP("Verbs", "write the monthly bulletin (PDF, ODT, XLSX or CSV)"),
         &runBulletinCommand, nullptr},
        {"audit", QT_TRANSLATE_NOOP("Verbs", "verify that the audit log was not tampered with"),
         &runAuditCommand, nullptr},
        {"cache",
         QT_TRANSLATE_NOOP("Verbs", "check the local cache, or rebuild it from the platform"),
         &runCacheCommand, nullptr},
        {"integrity",
         QT_TRANSLATE_NOOP("Verbs", "print the review-integrity flags of a month (JSON or CSV)"),
         &runIntegrityCommand, nullptr},
    };
    return verbs;
}

const VerbSpec *findVerb(const QString &name)
{
    for (const VerbSpec &verb : verbRegistry()) {
        if (name == QLatin1String(verb.name))
            return &verb;
    }
    return nullptr;
}

QStringList verbNames()
{
    QStringList names;
    for (const VerbSpec &verb : verbRegistry())
        names << QString::fromLatin1(verb.name);
    return names;
}

QStringList verbSummaries()
{
    QStringList lines;
    for (const VerbSpec &verb : verbRegistry()) {
        lines << QString::fromLatin1(verb.name).leftJustified(10) +
                     QCoreApplication::translate("Verbs", verb.summary);
    }
    return lines;
}

int parseVerbArguments(QCommandLineParser &parser, const QString &verb, VerbContext &context)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("Verbs", findVerb(verb) ? findVerb(verb)->summary : ""));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  VerbText::tr("Show the options of this command."));
    parser.addOption(help);
    if (!parser.parse(QStringList{QStringLiteral("pingjia ") + verb} + context.arguments)) {
        context.err << VerbText::tr("pingjia %1: %2").arg(verb, parser.errorText()) << '\n'
                    << VerbText::tr("Run \"pingjia %1 --help\" for its options.").arg(verb)
                    << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        // Qt names the binary by its full path; users type "pingjia <verb>".
        QString help = parser.helpText();
        help.replace(QCoreApplication::arguments().value(0), QStringLiteral("pingjia ") + verb);
        context.out << help << Qt::flush;
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        context.err << VerbText::tr("pingjia %1: unexpected argument: %2")
                           .arg(verb, parser.positionalArguments().constFirst())
                    << Qt::endl;
        return ExitUsage;
    }
    return -1;
}

} // namespace pingjia
