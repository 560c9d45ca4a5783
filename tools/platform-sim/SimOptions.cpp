// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimOptions.h"

#include "models/domain/PlatformTime.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace pingjia {
namespace {

bool parseRate(const QCommandLineParser &p, const QString &name, double *out, QString *error)
{
    if (!p.isSet(name))
        return true;
    bool ok = false;
    const double v = p.value(name).toDouble(&ok);
    if (!ok || v < 0 || v > 1) {
        *error =
            QCoreApplication::translate("pingjia::SimOptions", "--%1 must be a number from 0 to 1")
                .arg(name);
        return false;
    }
    *out = v;
    return true;
}

template <typename Field>
bool parseInt(const QCommandLineParser &p, const QString &name, qint64 lo, qint64 hi, Field *out,
              QString *error)
{
    if (!p.isSet(name))
        return true;
    bool ok = false;
    const qint64 v = p.value(name).toLongLong(&ok);
    if (!ok || v < lo || v > hi) {
        *error = QCoreApplication::translate("pingjia::SimOptions",
                                             "--%1 must be a whole number from %2 to %3")
                     .arg(name)
                     .arg(lo)
                     .arg(hi);
        return false;
    }
    *out = Field(v);
    return true;
}

QString translated(const char *text)
{
    return QCoreApplication::translate("pingjia::SimOptions", text);
}

bool fail(QString *error, const char *text)
{
    *error = translated(text);
    return false;
}

struct OptionText {
    const char *name;
    const char *description; // translated in context pingjia::SimOptions
    const char *valueName;
    const char *defaultValue; // nullptr: none
};

const OptionText kOptions[] = {
    {"port", QT_TRANSLATE_NOOP("pingjia::SimOptions", "TCP port on 127.0.0.1; 0 picks a free one."),
     QT_TRANSLATE_NOOP("pingjia::SimOptions", "N"), "0"},
    {"seed", QT_TRANSLATE_NOOP("pingjia::SimOptions", "Seed of the generated data."),
     QT_TRANSLATE_NOOP("pingjia::SimOptions", "S"), "1"},
    {"now",
     QT_TRANSLATE_NOOP("pingjia::SimOptions",
                       "Simulated time at start, \"yyyy-MM-dd HH:mm:ss\" (UTC+8)."),
     QT_TRANSLATE_NOOP("pingjia::SimOptions", "TIME"), "2026-10-31 18:00:00"},
    {"scale",
     QT_TRANSLATE_NOOP("pingjia::SimOptions",
                       "small (~10k evaluations), demo (~200k), bench (>=1M) or a number."),
     QT_TRANSLATE_NOOP("pingjia::SimOptions", "SCALE"), "small"},
    {"months", QT_TRANSLATE_NOOP("pingjia::SimOptions", "Months of history ending at --now."),
     QT_TRANSLATE_NOOP("pingjia::SimOptions", "M"), "12"},
    {"codes",
     QT_TRANSLATE_NOOP("pingjia::SimOptions",
                       "Satisfaction and channel code set: gbt39046 or upload."),
     QT_TRANSLATE_NOOP("pingjia::SimOptions", "CODES"), "gbt39046"},
    {"users",
     QT_TRANSLATE_NOOP("pingjia::SimOptions",
                       "Users file: username:password:scope[,scope...] per line."),
     QT_TRANSLATE_NOOP("pingjia::SimOptions", "FILE"), nullptr},
    {"token-ttl",
     QT_TRANSLATE_NOOP("pingjia::SimOptions", "Access token lifetime in wall-clock seconds."),
     QT_TRANSLATE_NOOP("pingjia::SimOptions", "SECONDS"), "7200"},
    {"tls-cert", QT_TRANSLATE_NOOP("pingjia::SimOptions", "PEM certificate: serve HTTPS."),
     QT_TRANSLATE_NOOP("pingjia::SimOptions", "FILE"), nullptr},
    {"tls-key", QT_TRANSLATE_NOOP("pingjia::SimOptions", "PEM private key of --tls-cert."),
     QT_TRANSLATE_NOOP("pingjia::SimOptions", "FILE"), nullptr},
    {"fail-rate",
     QT_TRANSLATE_NOOP("pingjia::SimOptions", "Share of API requests answered 500/502/503/429."),
     QT_TRANSLATE_NOOP("pingjia::SimOptions", "P"), nullptr},
    {"drop-rate",
     QT_TRANSLATE_NOOP("pingjia::SimOptions",
                       "Share of API requests applied, then closed without an answer."),
     QT_TRANSLATE_NOOP("pingjia::SimOptions", "P"), nullptr},
    {"truncate-rate",
     QT_TRANSLATE_NOOP("pingjia::SimOptions", "Share of API answers cut mid-record."),
     QT_TRANSLATE_NOOP("pingjia::SimOptions", "P"), nullptr},
    {"delay-ms",
     QT_TRANSLATE_NOOP("pingjia::SimOptions", "Delay every API answer by A to B milliseconds."),
     QT_TRANSLATE_NOOP("pingjia::SimOptions", "A-B"), nullptr},
    {"duplicate-rate",
     QT_TRANSLATE_NOOP("pingjia::SimOptions", "Share of pages that repeat items of earlier pages."),
     QT_TRANSLATE_NOOP("pingjia::SimOptions", "P"), nullptr},
    {"rectify-days",
     QT_TRANSLATE_NOOP("pingjia::SimOptions", "Days to rectify a confirmed bad review (policy)."),
     QT_TRANSLATE_NOOP("pingjia::SimOptions", "N"), "10"},
    {"rectify-kind",
     QT_TRANSLATE_NOOP("pingjia::SimOptions", "Kind of rectification days: working or natural."),
     QT_TRANSLATE_NOOP("pingjia::SimOptions", "KIND"), "working"},
    {"verify-hours",
     QT_TRANSLATE_NOOP("pingjia::SimOptions", "Hours to verify a bad review (policy)."),
     QT_TRANSLATE_NOOP("pingjia::SimOptions", "H"), "24"},
    {"plant-integrity",
     QT_TRANSLATE_NOOP("pingjia::SimOptions", "Plant N items of each review-integrity pattern "
                                              "(listed by /sim/planted)."),
     QT_TRANSLATE_NOOP("pingjia::SimOptions", "N"), "0"},
};

void declareOptions(QCommandLineParser &p)
{
    p.setApplicationDescription(QCoreApplication::translate(
        "pingjia::SimOptions",
        "Simulates the provincial 好差评 platform API on 127.0.0.1 (docs/PLATFORM_API.md)."));
    p.addHelpOption();
    p.addVersionOption();
    for (const OptionText &o : kOptions)
        p.addOption(QCommandLineOption(QString::fromLatin1(o.name), translated(o.description),
                                       translated(o.valueName),
                                       QString::fromLatin1(o.defaultValue)));
}

// --help, --version or a stray argument: handled before any value is read.
bool handleStandardOptions(const QCommandLineParser &p, QString *error, bool *exitNow)
{
    if (p.isSet(QStringLiteral("help"))) {
        fputs(qPrintable(p.helpText()), stdout);
        *exitNow = true;
        return true;
    }
    if (p.isSet(QStringLiteral("version"))) {
        fprintf(stdout, "%s %s\n", qPrintable(QCoreApplication::applicationName()),
                qPrintable(QCoreApplication::applicationVersion()));
        *exitNow = true;
        return true;
    }
    if (!p.positionalArguments().isEmpty()) {
        *error = QCoreApplication::translate("pingjia::SimOptions", "unexpected argument: %1")
                     .arg(p.positionalArguments().constFirst());
        return false;
    }
    return true;
}

// What is generated: seed, clock, scale, history and code set.
bool readData(const QCommandLineParser &p, SimOptions &o, QString *error)
{
    bool ok = false;
    o.seed = p.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok)
        return fail(error, QT_TRANSLATE_NOOP("pingjia::SimOptions",
                                             "--seed must be a non-negative whole number"));
    o.now = parsePlatformTime(p.value(QStringLiteral("now")));
    if (!o.now.isValid())
        return fail(error, QT_TRANSLATE_NOOP("pingjia::SimOptions",
                                             "--now must be \"yyyy-MM-dd HH:mm:ss\""));
    const QString scale = p.value(QStringLiteral("scale"));
    o.scaleName = scale;
    static const QHash<QString, qint64> named{{QStringLiteral("small"), 10000},
                                              {QStringLiteral("demo"), 200000},
                                              {QStringLiteral("bench"), 1000000}};
    o.targetEvaluations = named.value(scale, -1);
    if (o.targetEvaluations < 0) {
        o.targetEvaluations = scale.toLongLong(&ok);
        if (!ok || o.targetEvaluations < 0 || o.targetEvaluations > 20000000)
            return fail(error, QT_TRANSLATE_NOOP(
                                   "pingjia::SimOptions",
                                   "--scale must be small, demo, bench or a number of evaluations "
                                   "up to 20000000"));
    }
    if (!parseInt(p, QStringLiteral("months"), 1, 36, &o.months, error))
        return false;
    const auto codes = codeSetFromString(p.value(QStringLiteral("codes")));
    if (!codes)
        return fail(error,
                    QT_TRANSLATE_NOOP("pingjia::SimOptions", "--codes must be gbt39046 or upload"));
    o.codes = *codes;
    return parseInt(p, QStringLiteral("plant-integrity"), 0, 50, &o.plantIntegrity, error);
}

// How it is served: port, users, tokens and TLS.
bool readServing(const QCommandLineParser &p, SimOptions &o, QString *error)
{
    if (!parseInt(p, QStringLiteral("port"), 0, 65535, &o.port, error))
        return false;
    o.usersFile = p.value(QStringLiteral("users"));
    if (!parseInt(p, QStringLiteral("token-ttl"), 1, 365 * 86400, &o.tokenTtlSeconds, error))
        return false;
    o.tlsCert = p.value(QStringLiteral("tls-cert"));
    o.tlsKey = p.value(QStringLiteral("tls-key"));
    if (o.tlsCert.isEmpty() != o.tlsKey.isEmpty())
        return fail(error, QT_TRANSLATE_NOOP("pingjia::SimOptions",
                                             "--tls-cert and --tls-key go together"));
    return true;
}

// The faults injected into the API's answers.
bool readFaults(const QCommandLineParser &p, SimOptions &o, QString *error)
{
    if (!parseRate(p, QStringLiteral("fail-rate"), &o.failRate, error) ||
        !parseRate(p, QStringLiteral("drop-rate"), &o.dropRate, error) ||
        !parseRate(p, QStringLiteral("truncate-rate"), &o.truncateRate, error) ||
        !parseRate(p, QStringLiteral("duplicate-rate"), &o.duplicateRate, error))
        return false;
    if (!p.isSet(QStringLiteral("delay-ms")))
        return true;
    const QStringList parts = p.value(QStringLiteral("delay-ms")).split(QLatin1Char('-'));
    bool okA = false, okB = false;
    const int a = parts.value(0).toInt(&okA);
    const int b = parts.size() == 2 ? parts.at(1).toInt(&okB) : (okB = okA, a);
    if (!okA || !okB || parts.size() > 2 || a < 0 || b < a || b > 600000)
        return fail(error, QT_TRANSLATE_NOOP(
                               "pingjia::SimOptions",
                               "--delay-ms must be A-B milliseconds with 0 <= A <= B <= 600000"));
    o.delayMinMs = a;
    o.delayMaxMs = b;
    return true;
}

// The handling deadlines' policy the platform applies.
bool readPolicy(const QCommandLineParser &p, SimOptions &o, QString *error)
{
    if (!parseInt(p, QStringLiteral("rectify-days"), 1, DeadlinePolicy::kMaxRectifyDays,
                  &o.policy.rectifyDays, error) ||
        !parseInt(p, QStringLiteral("verify-hours"), 1, DeadlinePolicy::kMaxVerifyHours,
                  &o.policy.verifyHours, error))
        return false;
    const auto kind = dayKindFromString(p.value(QStringLiteral("rectify-kind")));
    if (!kind)
        return fail(error, QT_TRANSLATE_NOOP("pingjia::SimOptions",
                                             "--rectify-kind must be working or natural"));
    o.policy.dayKind = *kind;
    return true;
}

} // namespace

bool SimOptions::parse(const QStringList &arguments, SimOptions *out, QString *error, bool *exitNow)
{
    *exitNow = false;
    QCommandLineParser p;
    declareOptions(p);
    if (!p.parse(arguments)) {
        *error = p.errorText();
        return false;
    }
    if (!handleStandardOptions(p, error, exitNow))
        return false;
    if (*exitNow)
        return true;
    SimOptions o;
    if (!readData(p, o, error) || !readServing(p, o, error) || !readFaults(p, o, error) ||
        !readPolicy(p, o, error))
        return false;
    *out = o;
    return true;
}

} // namespace pingjia
