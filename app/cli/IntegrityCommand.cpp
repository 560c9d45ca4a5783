// SPDX-License-Identifier: GPL-3.0-or-later
// pingjia integrity --month YYYY-MM [--scope CODE] [--format json|csv] (issue 14).
// One JSON array (or CSV with a header) of the flagged items of the month: rule, evalId
// (null for a unit rule), unitCode (the department), windowCode, explanation and evidence.
// No personal data: the rules see only keyed hashes, and no flag carries one. Thresholds
// from the settings group "integrity" (IntegritySettings, defaults documented there).
#include "app/cli/Commands.h"
#include "app/cli/Verb.h"

#include "app/ExitCode.h"
#include "app/IntegrityConfig.h"
#include "app/UserHome.h"
#include "models/domain/Clock.h"
#include "models/store/CacheDatabase.h"
#include "models/store/IntegrityQuery.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTextStream>

namespace pingjia {

namespace {

struct IntegrityVerbText {
    Q_DECLARE_TR_FUNCTIONS(Verbs)
};

QJsonObject flagJson(const IntegrityFlag &f)
{
    return {{QStringLiteral("rule"), toString(f.rule)},
            {QStringLiteral("evalId"),
             f.evalId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(f.evalId)},
            {QStringLiteral("unitCode"), f.unitCode},
            {QStringLiteral("windowCode"),
             f.windowCode.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(f.windowCode)},
            {QStringLiteral("explanation"), IntegrityText::explanation(f)},
            {QStringLiteral("evidence"), QJsonObject::fromVariantMap(f.evidence)}};
}

QString csvCell(QString text)
{
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
        text.contains(QLatin1Char('\n'))) {
        text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        text = QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

void print(VerbContext &context, const QList<IntegrityFlag> &flags, bool json)
{
    if (json) {
        QJsonArray all;
        for (const IntegrityFlag &f : flags)
            all.append(flagJson(f));
        context.out << QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Indented));
    } else {
        context.out << "rule,evalId,unitCode,windowCode,explanation,evidence\n";
        for (const IntegrityFlag &f : flags) {
            const QJsonObject o = flagJson(f);
            const QString evidence =
                QString::fromUtf8(QJsonDocument(o.value(QStringLiteral("evidence")).toObject())
                                      .toJson(QJsonDocument::Compact));
            context.out << QStringList{toString(f.rule),
                                       csvCell(f.evalId),
                                       csvCell(f.unitCode),
                                       csvCell(f.windowCode),
                                       csvCell(IntegrityText::explanation(f)),
                                       csvCell(evidence)}
                               .join(QLatin1Char(','))
                        << '\n';
        }
    }
    context.out.flush();
}

} // namespace

int runIntegrityCommand(VerbContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption monthOption(
        QStringLiteral("month"), IntegrityVerbText::tr("The month YYYY-MM (platform time, UTC+8)."),
        QStringLiteral("YYYY-MM"));
    const QCommandLineOption scopeOption(
        QStringLiteral("scope"),
        IntegrityVerbText::tr("Only items inside CODE: a division (620800), a center (C620802) "
                              "or a department's credit code."),
        QStringLiteral("CODE"));
    const QCommandLineOption formatOption(
        QStringLiteral("format"), IntegrityVerbText::tr("Output format: json (default) or csv."),
        QStringLiteral("FORMAT"), QStringLiteral("json"));
    parser.addOptions({monthOption, scopeOption, formatOption});
    if (const int code = parseVerbArguments(parser, QStringLiteral("integrity"), context);
        code >= 0)
        return code;
    const QString monthText = parser.value(monthOption);
    const auto period =
        QRegularExpression(QStringLiteral("^\\d{4}-\\d{2}$")).match(monthText).hasMatch()
            ? Period::parse(monthText)
            : std::nullopt;
    if (!period) {
        context.err << IntegrityVerbText::tr("pingjia integrity: give the month as --month "
                                             "YYYY-MM, like 2026-10.")
                    << Qt::endl;
        return ExitUsage;
    }
    const QString format = parser.value(formatOption).toLower();
    if (format != QLatin1String("json") && format != QLatin1String("csv")) {
        context.err << IntegrityVerbText::tr("pingjia integrity: unknown format \"%1\"; use json "
                                             "or csv.")
                           .arg(parser.value(formatOption))
                    << Qt::endl;
        return ExitUsage;
    }
    const bool json = format == QLatin1String("json");
    // A home that never synced has nothing to check; reading it must not create files.
    if (!QFileInfo::exists(context.home.cacheFile())) {
        print(context, {}, json);
        return ExitOk;
    }
    CacheDatabase cache(context.home.cacheFile());
    if (StoreResult r = cache.open(); !r.ok()) {
        context.err << IntegrityVerbText::tr("pingjia integrity: %1").arg(r.message) << Qt::endl;
        return ExitDataError;
    }
    IntegrityQuery query(cache);
    StoreResult error;
    const auto flags = query.flags(*period, parser.value(scopeOption), Clock::now(),
                                   integritySettings(context.settings), &error);
    if (!flags) {
        context.err << IntegrityVerbText::tr("pingjia integrity: %1").arg(error.message)
                    << Qt::endl;
        return error.kind == StoreErrorKind::Data ? ExitUsage : ExitDataError;
    }
    print(context, *flags, json);
    context.err << IntegrityVerbText::tr("%1: %n flagged item(s).", nullptr, int(flags->size()))
                       .arg(period->label())
                << Qt::endl;
    return ExitOk;
}

} // namespace pingjia
