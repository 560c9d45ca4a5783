// SPDX-License-Identifier: GPL-3.0-or-later
// pingjia queue [--state S[,S…]] [--overdue] [--format csv|json] (DESIGN.md §4).
//
// Prints the bad-review work queue from the cache: every non-withdrawn level 1–2
// evaluation, any state, valid or not, oldest evaluation first, with its *effective*
// handling state (local actions not yet acknowledged by the platform on top, marked
// "pendingUpload": true). A level 1–2 evaluation whose handling record has not synced
// yet appears with a derived state (invalid without text, else unverified), its verify
// deadline computed from the stored policy and "derived": true. `overdue` is evaluated
// at PINGJIA_NOW when set. Units are given by code and by name (centerName, deptName,
// windowName, staffName; empty before the unit is synced), so a CSV opened in a
// spreadsheet reads without a code table. Evaluator personal data and comment texts are
// never printed.
// A home without a cache prints an empty queue and creates nothing.
#include "app/cli/Commands.h"
#include "app/cli/Verb.h"

#include "app/ExitCode.h"
#include "app/UserHome.h"
#include "models/domain/Clock.h"
#include "models/store/BadReviewQuery.h"
#include "models/store/CacheDatabase.h"
#include "models/store/LocalWorkDatabase.h"
#include "models/store/StoredTime.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <memory>

namespace pingjia {

namespace {

struct QueueText {
    Q_DECLARE_TR_FUNCTIONS(Verbs)
};

constexpr int kChunk = 2000;

const QStringList &fieldNames()
{
    static const QStringList names = {
        QStringLiteral("evalId"),         QStringLiteral("level"),
        QStringLiteral("valid"),          QStringLiteral("state"),
        QStringLiteral("verifyResult"),   QStringLiteral("centerCode"),
        QStringLiteral("centerName"),     QStringLiteral("deptCode"),
        QStringLiteral("deptName"),       QStringLiteral("windowCode"),
        QStringLiteral("windowName"),     QStringLiteral("staffId"),
        QStringLiteral("staffName"),      QStringLiteral("channelCode"),
        QStringLiteral("assessTime"),     QStringLiteral("verifyDeadline"),
        QStringLiteral("reformDeadline"), QStringLiteral("delayDeadline"),
        QStringLiteral("delayPending"),   QStringLiteral("deadlineEstimated"),
        QStringLiteral("overdue"),        QStringLiteral("pendingUpload"),
        QStringLiteral("derived")};
    return names;
}

QJsonValue timeValue(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(StoredTime::toText(t)) : QJsonValue(QJsonValue::Null);
}

QJsonValue textValue(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonObject rowJson(const BadReviewRow &r, const QDateTime &now)
{
    return {{QStringLiteral("evalId"), r.evalId},
            {QStringLiteral("level"), r.level},
            {QStringLiteral("valid"), r.valid},
            {QStringLiteral("state"), toString(r.state)},
            {QStringLiteral("verifyResult"), r.verifyResult == VerifyResult::None
                                                 ? QJsonValue(QJsonValue::Null)
                                                 : QJsonValue(toString(r.verifyResult))},
            {QStringLiteral("centerCode"), textValue(r.centerCode)},
            {QStringLiteral("centerName"), textValue(r.centerName)},
            {QStringLiteral("deptCode"), textValue(r.deptCode)},
            {QStringLiteral("deptName"), textValue(r.deptName)},
            {QStringLiteral("windowCode"), textValue(r.windowCode)},
            {QStringLiteral("windowName"), textValue(r.windowName)},
            {QStringLiteral("staffId"), textValue(r.staffId)},
            {QStringLiteral("staffName"), textValue(r.staffName)},
            {QStringLiteral("channelCode"), textValue(r.channelCode)},
            {QStringLiteral("assessTime"), timeValue(r.assessTime)},
            {QStringLiteral("verifyDeadline"), timeValue(r.verifyDeadline)},
            {QStringLiteral("reformDeadline"), timeValue(r.rectificationDeadline)},
            {QStringLiteral("delayDeadline"), timeValue(r.delayDeadline)},
            {QStringLiteral("delayPending"), r.delayPending},
            {QStringLiteral("deadlineEstimated"), r.deadlineEstimated},
            {QStringLiteral("overdue"), r.overdue(now)},
            {QStringLiteral("pendingUpload"), r.pendingUpload},
            {QStringLiteral("derived"), r.derived}};
}

QString csvCell(const QJsonValue &v)
{
    QString text;
    if (v.isBool())
        text = v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    else if (v.isDouble())
        text = QString::number(v.toInteger());
    else if (v.isString())
        text = v.toString();
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
        text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'))) {
        text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        text = QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

std::optional<QList<HandlingState>> parseStates(const QString &value, QString *bad)
{
    QList<HandlingState> states;
    for (const QString &word : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto s = handlingStateFromString(word.trimmed());
        if (!s) {
            *bad = word.trimmed();
            return std::nullopt;
        }
        states << *s;
    }
    if (states.isEmpty()) {
        *bad = value;
        return std::nullopt;
    }
    return states;
}

QString allStateWords()
{
    QStringList words;
    for (HandlingState s : kAllHandlingStates)
        words << toString(s);
    return words.join(QStringLiteral(", "));
}

// What the command line asked for; `exit` >= 0 when parsing ended the command.
struct QueueRequest {
    BadReviewFilter filter;
    bool json = true;
    int exit = -1;
};

QueueRequest parseQueueRequest(VerbContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption stateOption(
        QStringLiteral("state"),
        QueueText::tr("Only bad reviews in state S (comma-separated: %1).").arg(allStateWords()),
        QStringLiteral("S"));
    const QCommandLineOption overdueOption(
        QStringLiteral("overdue"),
        QueueText::tr("Only those past their verification or rectification deadline now "
                      "(PINGJIA_NOW when set)."));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          QueueText::tr("Output format: json (default) or csv."),
                                          QStringLiteral("FORMAT"), QStringLiteral("json"));
    parser.addOptions({stateOption, overdueOption, formatOption});
    QueueRequest request;
    if (const int code = parseVerbArguments(parser, QStringLiteral("queue"), context); code >= 0) {
        request.exit = code;
        return request;
    }
    if (parser.isSet(stateOption)) {
        QString bad;
        const auto states = parseStates(parser.value(stateOption), &bad);
        if (!states) {
            context.err << QueueText::tr("pingjia queue: unknown state \"%1\"; use one of: %2.")
                               .arg(bad, allStateWords())
                        << Qt::endl;
            request.exit = ExitUsage;
            return request;
        }
        request.filter.states = *states;
    }
    if (parser.isSet(overdueOption))
        request.filter.due = BadReviewFilter::Due::Overdue;
    const QString format = parser.value(formatOption).toLower();
    if (format != QLatin1String("json") && format != QLatin1String("csv")) {
        context.err << QueueText::tr("pingjia queue: unknown format \"%1\"; use json or csv.")
                           .arg(parser.value(formatOption))
                    << Qt::endl;
        request.exit = ExitUsage;
    }
    request.json = format == QLatin1String("json");
    return request;
}

// Opens the home's files for reading; false (message printed) when one cannot be used.
bool openQueueStores(VerbContext &context, CacheDatabase &cache,
                     std::unique_ptr<LocalWorkDatabase> &localWork)
{
    if (StoreResult r = cache.open(); !r.ok()) {
        context.err << QueueText::tr("pingjia queue: %1").arg(r.message) << Qt::endl;
        return false;
    }
    if (QFileInfo::exists(context.home.localWorkFile())) {
        localWork = std::make_unique<LocalWorkDatabase>(context.home.localWorkFile());
        if (StoreResult r = localWork->open(); !r.ok()) {
            context.err << QueueText::tr("pingjia queue: %1").arg(r.message) << Qt::endl;
            return false;
        }
    }
    return true;
}

void printRow(VerbContext &context, const QJsonObject &o, bool json, bool first)
{
    if (json) {
        context.out << (first ? "[\n" : ",\n")
                    << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
        return;
    }
    QStringList cells;
    for (const QString &name : fieldNames())
        cells << csvCell(o.value(name));
    context.out << cells.join(QLatin1Char(',')) << '\n';
}

// Prints every matching row, page by page; the number printed, or -1 (message printed)
// when a page could not be read.
qint64 printRows(VerbContext &context, BadReviewQuery &query, const QueueRequest &request,
                 const QDateTime &now)
{
    qint64 printed = 0;
    for (qint64 offset = 0;; offset += kChunk) {
        StoreResult error;
        const QList<BadReviewRow> rows =
            query.page(request.filter, BadReviewSort::AssessTime, Qt::AscendingOrder, offset,
                       kChunk, now, &error);
        if (!error.ok()) {
            // Whatever was printed is not a complete answer: say so and fail.
            context.out.flush();
            context.err << QueueText::tr("pingjia queue: %1").arg(error.message) << Qt::endl;
            return -1;
        }
        for (const BadReviewRow &r : rows)
            printRow(context, rowJson(r, now), request.json, printed++ == 0);
        if (rows.size() < kChunk)
            return printed;
    }
}

} // namespace

int runQueueCommand(VerbContext &context)
{
    const QueueRequest request = parseQueueRequest(context);
    if (request.exit >= 0)
        return request.exit;
    if (Clock::environmentOverrideInvalid()) {
        context.err << QueueText::tr("PINGJIA_NOW is not a time of the form \"yyyy-MM-dd "
                                     "HH:mm:ss\"; using the current time.")
                    << Qt::endl;
    }
    const QDateTime now = Clock::now();
    const auto printHeader = [&] {
        if (!request.json)
            context.out << fieldNames().join(QLatin1Char(',')) << '\n';
    };
    // A home that never synced has no queue; reading it must not create files there.
    if (!QFileInfo::exists(context.home.cacheFile())) {
        printHeader();
        if (request.json)
            context.out << "[]\n";
        context.out.flush();
        return ExitOk;
    }
    CacheDatabase cache(context.home.cacheFile());
    std::unique_ptr<LocalWorkDatabase> localWork;
    if (!openQueueStores(context, cache, localWork))
        return ExitDataError;
    BadReviewQuery query(cache, localWork.get());
    printHeader();
    const qint64 printed = printRows(context, query, request, now);
    if (printed < 0)
        return ExitDataError;
    if (request.json)
        context.out << (printed == 0 ? "[]\n" : "\n]\n");
    context.out.flush();
    context.err << QueueText::tr("%n bad review(s).", nullptr, int(printed)) << Qt::endl;
    return ExitOk;
}

} // namespace pingjia
