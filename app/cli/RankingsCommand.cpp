// SPDX-License-Identifier: GPL-3.0-or-later
// pingjia rankings --month YYYY-MM | --quarter YYYY-Qn | --year YYYY | --from D --to D
//     [--level area|center|department|window|staff] [--scope CODE] [--format json|csv]
// (issue 8, DESIGN.md §4). One JSON array (or CSV with a header) of every unit of the level
// in the scope: counts, rates as fractions 0–1 (null where the denominator is 0), score,
// rank (null below the minimum sample), rankChange, flagged, flaggedEvaluations (the
// review-integrity flags of issue 14; --without-flagged ranks without those evaluations,
// RankingIntegrityOptions in IndicatorQuery.h). PINGJIA_NOW fixes "now",
// which decides the 7-day defaults and what is due. Figures use the platform's state.
// A home without a cache prints an empty result and creates nothing.
#include "app/cli/Commands.h"
#include "app/cli/Verb.h"

#include "app/ExitCode.h"
#include "app/IntegrityConfig.h"
#include "app/UserHome.h"
#include "models/domain/Clock.h"
#include "models/store/CacheDatabase.h"
#include "models/store/IndicatorQuery.h"
#include "models/store/LocalWorkDatabase.h"
#include "models/store/LocalWorkStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTextStream>

#include <memory>

namespace pingjia {

namespace {

struct RankingsText {
    Q_DECLARE_TR_FUNCTIONS(Verbs)
};

QJsonValue optionalValue(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalValue(const std::optional<int> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

// The indicator columns, in the order of indicatorFormulas() (Score comes from the ranking).
QStringList fieldNames()
{
    QStringList names{QStringLiteral("unitCode"), QStringLiteral("unitName")};
    for (const IndicatorFormula &f : indicatorFormulas())
        names << QString::fromLatin1(f.key);
    names << QStringLiteral("rank") << QStringLiteral("previousRank")
          << QStringLiteral("rankChange") << QStringLiteral("flagged")
          << QStringLiteral("belowMinimumSample") << QStringLiteral("notRankedReason")
          << QStringLiteral("flaggedEvaluations");
    return names;
}

QJsonObject unitJson(const RankedUnit &u)
{
    QJsonObject o{{QStringLiteral("unitCode"), u.unitCode},
                  {QStringLiteral("unitName"), u.unitName}};
    for (const IndicatorFormula &f : indicatorFormulas()) {
        const QString key = QString::fromLatin1(f.key);
        if (f.indicator == Indicator::Score)
            o.insert(key, optionalValue(u.score));
        else if (f.isRate)
            o.insert(key, optionalValue(indicatorValue(f.indicator, u.counts)));
        else
            o.insert(key, qint64(*indicatorValue(f.indicator, u.counts)));
    }
    o.insert(QStringLiteral("rank"), optionalValue(u.rank));
    o.insert(QStringLiteral("previousRank"), optionalValue(u.previousRank));
    o.insert(QStringLiteral("rankChange"), optionalValue(u.rankChange));
    o.insert(QStringLiteral("flagged"), u.flagged);
    o.insert(QStringLiteral("belowMinimumSample"), u.belowMinimumSample);
    o.insert(QStringLiteral("notRankedReason"), u.notRankedReason.isEmpty()
                                                    ? QJsonValue(QJsonValue::Null)
                                                    : QJsonValue(u.notRankedReason));
    o.insert(QStringLiteral("flaggedEvaluations"), u.flaggedEvaluations
                                                       ? QJsonValue(*u.flaggedEvaluations)
                                                       : QJsonValue(QJsonValue::Null));
    QJsonArray history;
    for (const FlagHistoryEntry &e : u.flagHistory) {
        history.append(QJsonObject{{QStringLiteral("period"), e.period.key()},
                                   {QStringLiteral("rank"), optionalValue(e.rank)},
                                   {QStringLiteral("rankedUnits"), e.rankedUnits},
                                   {QStringLiteral("inBottom"), e.inBottom}});
    }
    o.insert(QStringLiteral("flagHistory"), history);
    return o;
}

QString csvCell(const QJsonValue &v)
{
    QString text;
    if (v.isBool())
        text = v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    else if (v.isDouble())
        text = QString::number(v.toDouble(), 'g', 12);
    else if (v.isString())
        text = v.toString();
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
        text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'))) {
        text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        text = QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

struct PeriodOptions {
    QCommandLineOption month{QStringLiteral("month"),
                             RankingsText::tr("The month YYYY-MM (platform time, UTC+8)."),
                             QStringLiteral("YYYY-MM")};
    QCommandLineOption quarter{QStringLiteral("quarter"), RankingsText::tr("The quarter YYYY-Qn."),
                               QStringLiteral("YYYY-Qn")};
    QCommandLineOption year{QStringLiteral("year"), RankingsText::tr("The year YYYY."),
                            QStringLiteral("YYYY")};
    QCommandLineOption from{QStringLiteral("from"),
                            RankingsText::tr("First day of a range (YYYY-MM-DD), with --to."),
                            QStringLiteral("D")};
    QCommandLineOption to{QStringLiteral("to"),
                          RankingsText::tr("Last day of a range (YYYY-MM-DD), inclusive."),
                          QStringLiteral("D")};
};

// The period the options name, or a usage message.
std::optional<Period> periodFrom(const QCommandLineParser &parser, const PeriodOptions &o,
                                 QString *message)
{
    const int given = int(parser.isSet(o.month)) + int(parser.isSet(o.quarter)) +
                      int(parser.isSet(o.year)) + int(parser.isSet(o.from) || parser.isSet(o.to));
    if (given != 1) {
        *message = RankingsText::tr("pingjia rankings: give exactly one period: --month YYYY-MM, "
                                    "--quarter YYYY-Qn, --year YYYY or --from D --to D.");
        return std::nullopt;
    }
    struct Form {
        const QCommandLineOption &option;
        const char *pattern;
        QString example;
    };
    const Form forms[] = {{o.month, "^\\d{4}-\\d{2}$", QStringLiteral("2026-10")},
                          {o.quarter, "^\\d{4}-[Qq][1-4]$", QStringLiteral("2026-Q4")},
                          {o.year, "^\\d{4}$", QStringLiteral("2026")}};
    for (const Form &f : forms) {
        if (!parser.isSet(f.option))
            continue;
        const QString value = parser.value(f.option);
        const auto p = QRegularExpression(QString::fromLatin1(f.pattern)).match(value).hasMatch()
                           ? Period::parse(value)
                           : std::nullopt;
        if (!p) {
            *message = RankingsText::tr("pingjia rankings: --%1 \"%2\" is not valid; write it "
                                        "like %3.")
                           .arg(f.option.names().constFirst(), value, f.example);
        }
        return p;
    }
    if (!parser.isSet(o.from) || !parser.isSet(o.to)) {
        *message = RankingsText::tr("pingjia rankings: --from and --to go together.");
        return std::nullopt;
    }
    const QDate first = QDate::fromString(parser.value(o.from), u"yyyy-MM-dd");
    const QDate last = QDate::fromString(parser.value(o.to), u"yyyy-MM-dd");
    if (!first.isValid() || !last.isValid() || last < first) {
        *message = RankingsText::tr("pingjia rankings: --from \"%1\" --to \"%2\" is not a range of "
                                    "days; write the dates like 2026-10-01, the first not after "
                                    "the last.")
                       .arg(parser.value(o.from), parser.value(o.to));
        return std::nullopt;
    }
    return Period::range(first, last);
}

// The user's ranking settings from the local-work file, when there is one.
RankingSettings storedSettings(VerbContext &context)
{
    if (!QFileInfo::exists(context.home.localWorkFile()))
        return {};
    LocalWorkDatabase local(context.home.localWorkFile());
    if (!local.open().ok())
        return {};
    const auto json = LocalWorkStore(local).setting(QLatin1String(RankingSettings::kSettingKey));
    if (!json || json->isEmpty())
        return {};
    QString error;
    const auto s =
        RankingSettings::fromJson(QJsonDocument::fromJson(json->toUtf8()).object(), &error);
    if (!s)
        context.err << RankingsText::tr("Ranking settings ignored: %1").arg(error) << Qt::endl;
    return s.value_or(RankingSettings{});
}

void print(VerbContext &context, const QList<RankedUnit> &units, bool json)
{
    if (!json)
        context.out << fieldNames().join(QLatin1Char(',')) << '\n';
    qsizetype printed = 0;
    for (const RankedUnit &u : units) {
        const QJsonObject o = unitJson(u);
        if (json) {
            context.out << (printed == 0 ? "[\n" : ",\n")
                        << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
        } else {
            QStringList cells;
            for (const QString &name : fieldNames())
                cells << csvCell(o.value(name));
            context.out << cells.join(QLatin1Char(',')) << '\n';
        }
        ++printed;
    }
    if (json)
        context.out << (printed == 0 ? "[]\n" : "\n]\n");
    context.out.flush();
}

} // namespace

int runRankingsCommand(VerbContext &context)
{
    QCommandLineParser parser;
    const PeriodOptions periodOptions;
    const QCommandLineOption levelOption(
        QStringLiteral("level"),
        RankingsText::tr("Units ranked: area, center, department (default), window or staff."),
        QStringLiteral("LEVEL"), QStringLiteral("department"));
    const QCommandLineOption scopeOption(
        QStringLiteral("scope"),
        RankingsText::tr("Only units inside CODE: a division (620800), a center (C620802), a "
                         "department's credit code or a window."),
        QStringLiteral("CODE"));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          RankingsText::tr("Output format: json (default) or csv."),
                                          QStringLiteral("FORMAT"), QStringLiteral("json"));
    const QCommandLineOption withoutFlaggedOption(
        QStringLiteral("without-flagged"),
        RankingsText::tr("Rank without the evaluations the review-integrity rules flagged "
                         "(they leave the evaluation counts, levels and the rates and score "
                         "made of them; see pingjia integrity)."));
    parser.addOptions({periodOptions.month, periodOptions.quarter, periodOptions.year,
                       periodOptions.from, periodOptions.to, levelOption, scopeOption, formatOption,
                       withoutFlaggedOption});
    if (const int code = parseVerbArguments(parser, QStringLiteral("rankings"), context); code >= 0)
        return code;
    QString message;
    const auto period = periodFrom(parser, periodOptions, &message);
    if (!period) {
        context.err << message << Qt::endl;
        return ExitUsage;
    }
    const auto level = unitLevelFromString(parser.value(levelOption));
    if (!level) {
        context.err << RankingsText::tr("pingjia rankings: unknown level \"%1\"; use area, center, "
                                        "department, window or staff.")
                           .arg(parser.value(levelOption))
                    << Qt::endl;
        return ExitUsage;
    }
    const QString format = parser.value(formatOption).toLower();
    if (format != QLatin1String("json") && format != QLatin1String("csv")) {
        context.err << RankingsText::tr("pingjia rankings: unknown format \"%1\"; use json or csv.")
                           .arg(parser.value(formatOption))
                    << Qt::endl;
        return ExitUsage;
    }
    const bool json = format == QLatin1String("json");
    if (Clock::environmentOverrideInvalid()) {
        context.err << RankingsText::tr("PINGJIA_NOW is not a time of the form \"yyyy-MM-dd "
                                        "HH:mm:ss\"; using the current time.")
                    << Qt::endl;
    }
    const QDateTime now = Clock::now();
    // A home that never synced ranks nothing; reading it must not create files there.
    if (!QFileInfo::exists(context.home.cacheFile())) {
        print(context, {}, json);
        return ExitOk;
    }
    CacheDatabase cache(context.home.cacheFile());
    if (StoreResult r = cache.open(); !r.ok()) {
        context.err << RankingsText::tr("pingjia rankings: %1").arg(r.message) << Qt::endl;
        return ExitDataError;
    }
    IndicatorQuery query(cache);
    query.setSettings(storedSettings(context));
    // The verdicts of the 评价核查 page: a cleared flag does not count (IntegrityVerdicts).
    std::unique_ptr<LocalWorkDatabase> localWork;
    if (QFileInfo::exists(context.home.localWorkFile())) {
        localWork = std::make_unique<LocalWorkDatabase>(context.home.localWorkFile());
        if (!localWork->open().ok())
            localWork.reset();
    }
    query.setIntegrity({true, parser.isSet(withoutFlaggedOption),
                        integritySettings(context.settings), localWork.get()});
    StoreResult error;
    const auto table = query.ranking(*level, *period, parser.value(scopeOption), now, &error);
    if (!table) {
        context.err << RankingsText::tr("pingjia rankings: %1").arg(error.message) << Qt::endl;
        return error.kind == StoreErrorKind::Data ? ExitUsage : ExitDataError;
    }
    print(context, table->units, json);
    int ranked = 0;
    for (const RankedUnit &u : table->units)
        ranked += u.rank ? 1 : 0;
    context.err << RankingsText::tr("%1: %2 unit(s), %3 ranked (%4).")
                       .arg(period->label())
                       .arg(table->units.size())
                       .arg(ranked)
                       .arg(unitLevelName(*level))
                << Qt::endl;
    return ExitOk;
}

} // namespace pingjia
