// SPDX-License-Identifier: GPL-3.0-or-later
// pingjia bulletin --month YYYY-MM [--scope CODE] [--public] [--number 〔2026〕12号]
//                  [--cases ID,ID…] [--issue] --out FILE.pdf|.odt|.xlsx|.csv|FOLDER/
//
// Writes the monthly bulletin of the cache, as of PINGJIA_NOW when set. The format comes
// from the extension; a folder (existing, or a path ending in "/") gets one CSV per
// table. Without --number the next 文号 of the archive is proposed. Without --cases the
// first three proposed typical cases are printed. The header and 下步工作要求 are the ones
// the office last saved for this scope on the 月度通报 page (else the defaults).
//
// Issuing: the command writes a draft unless --issue is given; --issue records the file
// (文号, month, scope, version, SHA-256, who, when) in the archive of the local-work file,
// says so on stderr when the month was issued before, and refuses a 文号 already used.
// stdout: the file written (and, with --issue, the 文号 and SHA-256), tab-separated.
#include "app/cli/Commands.h"
#include "app/cli/Verb.h"

#include "app/ExitCode.h"
#include "app/IntegrityConfig.h"
#include "app/UserHome.h"
#include "models/domain/Clock.h"
#include "models/domain/Period.h"
#include "models/reports/BulletinBuilder.h"
#include "models/reports/BulletinExport.h"
#include "models/reports/BulletinIssue.h"
#include "models/store/BulletinArchive.h"
#include "models/store/CacheDatabase.h"
#include "models/store/LocalWorkDatabase.h"
#include "ui/queue/CurrentUser.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

#include <memory>

namespace pingjia {

namespace {

struct BulletinText {
    Q_DECLARE_TR_FUNCTIONS(Verbs)
};

constexpr int kDefaultCases = 3;

struct Options {
    QDate month;
    QString scope;
    BulletinVersion version = BulletinVersion::Internal;
    QString number;
    QStringList cases;
    bool casesGiven = false;
    bool issue = false;
    QString out;
    BulletinFormat format = BulletinFormat::Pdf;
};

int usage(VerbContext &context, const QString &message)
{
    context.err << BulletinText::tr("pingjia bulletin: %1").arg(message) << '\n'
                << BulletinText::tr("Run \"pingjia bulletin --help\" for its options.") << Qt::endl;
    return ExitUsage;
}

int dataError(VerbContext &context, const QString &message)
{
    context.err << BulletinText::tr("pingjia bulletin: %1").arg(message) << Qt::endl;
    return ExitDataError;
}

// -1 to go on, else the exit code.
int parseOptions(VerbContext &context, Options &o)
{
    QCommandLineParser parser;
    const QCommandLineOption month(QStringLiteral("month"),
                                   BulletinText::tr("The month of the bulletin (YYYY-MM)."),
                                   QStringLiteral("YYYY-MM"));
    const QCommandLineOption scope({QStringLiteral("scope"), QStringLiteral("center")},
                                   BulletinText::tr("Only this area, center or department "
                                                    "(code); default: the whole cache."),
                                   QStringLiteral("CODE"));
    const QCommandLineOption publicVersion(
        QStringLiteral("public"),
        BulletinText::tr("The public version (公示版): departments only, no window or staff "
                         "names. Default: the internal version."));
    const QCommandLineOption number(QStringLiteral("number"),
                                    BulletinText::tr("The document number, e.g. 〔2026〕12号; "
                                                     "default: the next one of the archive."),
                                    QStringLiteral("NUMBER"));
    const QCommandLineOption cases(QStringLiteral("cases"),
                                   BulletinText::tr("The typical cases to print (evaluation "
                                                    "ids, comma-separated; \"none\" for none). "
                                                    "Default: the first %1 proposed.")
                                       .arg(kDefaultCases),
                                   QStringLiteral("IDS"));
    const QCommandLineOption issue(QStringLiteral("issue"),
                                   BulletinText::tr("Issue it: record the file in the archive "
                                                    "(default: a draft, not recorded)."));
    const QCommandLineOption out(QStringLiteral("out"),
                                 BulletinText::tr("The file to write: .pdf, .odt, .xlsx, .csv, "
                                                  "or a folder for one CSV per table."),
                                 QStringLiteral("FILE"));
    parser.addOptions({month, scope, publicVersion, number, cases, issue, out});
    if (const int code = parseVerbArguments(parser, QStringLiteral("bulletin"), context); code >= 0)
        return code;

    if (!parser.isSet(month))
        return usage(context, BulletinText::tr("--month YYYY-MM is required."));
    QString why;
    const auto period = Period::parse(parser.value(month), &why);
    if (!period || period->kind() != PeriodKind::Month)
        return usage(context, BulletinText::tr("\"%1\" is not a month of the form YYYY-MM.")
                                  .arg(parser.value(month)));
    o.month = period->first();
    if (!parser.isSet(out))
        return usage(context, BulletinText::tr("--out FILE is required."));
    o.out = parser.value(out);
    const auto format = bulletinFormatForPath(o.out);
    if (!format)
        return usage(context, BulletinText::tr("cannot tell the format of \"%1\": use .pdf, "
                                               ".odt, .xlsx, .csv or a folder.")
                                  .arg(o.out));
    o.format = *format;
    o.scope = parser.value(scope).trimmed();
    o.version = parser.isSet(publicVersion) ? BulletinVersion::Public : BulletinVersion::Internal;
    o.issue = parser.isSet(issue);
    if (parser.isSet(number)) {
        const auto parsed = BulletinNumber::parse(parser.value(number));
        if (!parsed)
            return usage(context, BulletinText::tr("\"%1\" is not a document number of the form "
                                                   "〔2026〕12号.")
                                      .arg(parser.value(number)));
        o.number = parsed->toString();
    }
    o.casesGiven = parser.isSet(cases);
    if (o.casesGiven && parser.value(cases).trimmed() != QLatin1String("none"))
        o.cases = parser.value(cases).split(u',', Qt::SkipEmptyParts);
    for (QString &c : o.cases)
        c = c.trimmed();
    if (o.issue && o.format == BulletinFormat::CsvFolder)
        return usage(context, BulletinText::tr("a folder of CSV files cannot be issued; issue "
                                               "the PDF, ODT, XLSX or one CSV file."));
    return -1;
}

struct Stores {
    std::unique_ptr<CacheDatabase> cache;
    std::unique_ptr<LocalWorkDatabase> localWork;
};

// -1 to go on. The local-work file is opened when it exists, and created to issue.
int openStores(VerbContext &context, const Options &o, Stores &s)
{
    if (!QFileInfo::exists(context.home.cacheFile()))
        return dataError(context, BulletinText::tr("the cache %1 does not exist: run \"pingjia "
                                                   "sync\" first.")
                                      .arg(QDir::toNativeSeparators(context.home.cacheFile())));
    s.cache = std::make_unique<CacheDatabase>(context.home.cacheFile());
    if (StoreResult r = s.cache->open(); !r.ok())
        return dataError(context, r.message);
    if (o.issue || QFileInfo::exists(context.home.localWorkFile())) {
        s.localWork = std::make_unique<LocalWorkDatabase>(context.home.localWorkFile());
        if (StoreResult r = s.localWork->open(); !r.ok())
            return dataError(context, r.message);
    }
    return -1;
}

// Issues the written file; -1 on success.
int issue(VerbContext &context, const Options &o, LocalWorkDatabase &localWork,
          const BulletinContent &content)
{
    BulletinArchive archive(localWork);
    const QString month = o.month.toString(u"yyyy-MM");
    StoreResult r;
    const QString warning = BulletinIssue::reissueWarning(archive.issuesOf(month, o.scope, &r));
    if (!r.ok())
        return dataError(context, r.message);
    if (!warning.isEmpty())
        context.err << warning << Qt::endl;
    BulletinArchiveEntry entry;
    r = BulletinIssue::record(archive, content, month, o.scope, o.out, o.format,
                              currentUserName(context.settings), &entry);
    if (!r.ok())
        return dataError(context, r.message);
    context.out << QDir::toNativeSeparators(entry.filePath) << '\t' << entry.number << '\t'
                << entry.sha256 << Qt::endl;
    return -1;
}

} // namespace

int runBulletinCommand(VerbContext &context)
{
    Options o;
    if (const int code = parseOptions(context, o); code >= 0)
        return code;
    if (const QString why = bulletinUnwritableReason(o.out, o.format); !why.isEmpty())
        return dataError(context, why);
    Stores stores;
    if (const int code = openStores(context, o, stores); code >= 0)
        return code;
    if (o.issue && !o.number.isEmpty() && BulletinArchive(*stores.localWork).numberUsed(o.number))
        return usage(context, BulletinText::tr("the document number %1 was already given to "
                                               "another bulletin (see the archive).")
                                  .arg(o.number));

    const QDateTime now = Clock::now();
    BulletinBuilder builder(*stores.cache, stores.localWork.get());
    // The internal version counts the review-integrity flags with the user's thresholds.
    builder.facts().setIntegritySettings(integritySettings(context.settings));
    BulletinRequest request;
    request.month = o.month;
    request.scope = o.scope;
    request.version = o.version;
    request.header.documentNumber = o.number;
    request.typicalCaseIds = o.cases;
    StoreResult r;
    if (!o.casesGiven) {
        for (const BulletinTypicalCase &c :
             builder.facts().proposals(o.scope, o.month, kDefaultCases, &r))
            request.typicalCaseIds << c.evalId;
        if (!r.ok())
            return dataError(context, r.message);
    }
    const auto content = builder.build(request, now, &r);
    if (!content)
        return dataError(context, r.message);
    BulletinRenderOptions options;
    options.fonts = loadBulletinFonts(context.settings); // as chosen on the settings page
    const BulletinRenderResult written = writeBulletin(*content, o.out, o.format, now, options);
    if (!written.ok())
        return dataError(context, written.error);
    if (o.issue) {
        const int code = issue(context, o, *stores.localWork, *content);
        return code < 0 ? ExitOk : code;
    }
    context.out << QDir::toNativeSeparators(QFileInfo(o.out).absoluteFilePath()) << Qt::endl;
    context.err << BulletinText::tr("Draft written (not issued: add --issue to record it in "
                                    "the archive).")
                << Qt::endl;
    return ExitOk;
}

} // namespace pingjia
