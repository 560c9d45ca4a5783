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

bool parseInt(const QCommandLineParser &p, const QString &name, qint64 lo, qint64 hi, qint64 *out,
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
    *out = v;
    return true;
}

} // namespace

bool SimOptions::parse(const QStringList &arguments, SimOptions *out, QString *error, bool *exitNow)
{
    *exitNow = false;
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate(
        "pingjia::SimOptions",
        "Simulates the provincial 好差评 platform API on 127.0.0.1 (docs/PLATFORM_API.md)."));
    p.addHelpOption();
    p.addVersionOption();
    p.addOptions({
        {QStringLiteral("port"),
         QCoreApplication::translate("pingjia::SimOptions",
                                     "TCP port on 127.0.0.1; 0 picks a free one."),
         QCoreApplication::translate("pingjia::SimOptions", "N"), QStringLiteral("0")},
        {QStringLiteral("seed"),
         QCoreApplication::translate("pingjia::SimOptions", "Seed of the generated data."),
         QCoreApplication::translate("pingjia::SimOptions", "S"), QStringLiteral("1")},
        {QStringLiteral("now"),
         QCoreApplication::translate("pingjia::SimOptions",
                                     "Simulated time at start, \"yyyy-MM-dd HH:mm:ss\" (UTC+8)."),
         QCoreApplication::translate("pingjia::SimOptions", "TIME"),
         QStringLiteral("2026-10-31 18:00:00")},
        {QStringLiteral("scale"),
         QCoreApplication::translate(
             "pingjia::SimOptions",
             "small (~10k evaluations), demo (~200k), bench (>=1M) or a number."),
         QCoreApplication::translate("pingjia::SimOptions", "SCALE"), QStringLiteral("small")},
        {QStringLiteral("months"),
         QCoreApplication::translate("pingjia::SimOptions", "Months of history ending at --now."),
         QCoreApplication::translate("pingjia::SimOptions", "M"), QStringLiteral("12")},
        {QStringLiteral("codes"),
         QCoreApplication::translate("pingjia::SimOptions",
                                     "Satisfaction and channel code set: gbt39046 or upload."),
         QCoreApplication::translate("pingjia::SimOptions", "CODES"), QStringLiteral("gbt39046")},
        {QStringLiteral("users"),
         QCoreApplication::translate("pingjia::SimOptions",
                                     "Users file: username:password:scope[,scope...] per line."),
         QCoreApplication::translate("pingjia::SimOptions", "FILE")},
        {QStringLiteral("token-ttl"),
         QCoreApplication::translate("pingjia::SimOptions",
                                     "Access token lifetime in wall-clock seconds."),
         QCoreApplication::translate("pingjia::SimOptions", "SECONDS"), QStringLiteral("7200")},
        {QStringLiteral("tls-cert"),
         QCoreApplication::translate("pingjia::SimOptions", "PEM certificate: serve HTTPS."),
         QCoreApplication::translate("pingjia::SimOptions", "FILE")},
        {QStringLiteral("tls-key"),
         QCoreApplication::translate("pingjia::SimOptions", "PEM private key of --tls-cert."),
         QCoreApplication::translate("pingjia::SimOptions", "FILE")},
        {QStringLiteral("fail-rate"),
         QCoreApplication::translate("pingjia::SimOptions",
                                     "Share of API requests answered 500/502/503/429."),
         QCoreApplication::translate("pingjia::SimOptions", "P")},
        {QStringLiteral("drop-rate"),
         QCoreApplication::translate(
             "pingjia::SimOptions",
             "Share of API requests applied, then closed without an answer."),
         QCoreApplication::translate("pingjia::SimOptions", "P")},
        {QStringLiteral("truncate-rate"),
         QCoreApplication::translate("pingjia::SimOptions", "Share of API answers cut mid-record."),
         QCoreApplication::translate("pingjia::SimOptions", "P")},
        {QStringLiteral("delay-ms"),
         QCoreApplication::translate("pingjia::SimOptions",
                                     "Delay every API answer by A to B milliseconds."),
         QCoreApplication::translate("pingjia::SimOptions", "A-B")},
        {QStringLiteral("duplicate-rate"),
         QCoreApplication::translate("pingjia::SimOptions",
                                     "Share of pages that repeat items of earlier pages."),
         QCoreApplication::translate("pingjia::SimOptions", "P")},
        {QStringLiteral("rectify-days"),
         QCoreApplication::translate("pingjia::SimOptions",
                                     "Days to rectify a confirmed bad review (policy)."),
         QCoreApplication::translate("pingjia::SimOptions", "N"), QStringLiteral("10")},
        {QStringLiteral("rectify-kind"),
         QCoreApplication::translate("pingjia::SimOptions",
                                     "Kind of rectification days: working or natural."),
         QCoreApplication::translate("pingjia::SimOptions", "KIND"), QStringLiteral("working")},
        {QStringLiteral("verify-hours"),
         QCoreApplication::translate("pingjia::SimOptions",
                                     "Hours to verify a bad review (policy)."),
         QCoreApplication::translate("pingjia::SimOptions", "H"), QStringLiteral("24")},
        {QStringLiteral("plant-integrity"),
         QCoreApplication::translate("pingjia::SimOptions",
                                     "Plant N items of each review-integrity pattern "
                                     "(listed by /sim/planted)."),
         QCoreApplication::translate("pingjia::SimOptions", "N"), QStringLiteral("0")},
    });
    if (!p.parse(arguments)) {
        *error = p.errorText();
        return false;
    }
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

    SimOptions o;
    qint64 v = 0;
    if (!parseInt(p, QStringLiteral("port"), 0, 65535, &v, error))
        return false;
    o.port = quint16(v);
    bool ok = false;
    o.seed = p.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok) {
        *error = QCoreApplication::translate("pingjia::SimOptions",
                                             "--seed must be a non-negative whole number");
        return false;
    }
    o.now = parsePlatformTime(p.value(QStringLiteral("now")));
    if (!o.now.isValid()) {
        *error = QCoreApplication::translate("pingjia::SimOptions",
                                             "--now must be \"yyyy-MM-dd HH:mm:ss\"");
        return false;
    }
    const QString scale = p.value(QStringLiteral("scale"));
    o.scaleName = scale;
    if (scale == QLatin1String("small")) {
        o.targetEvaluations = 10000;
    } else if (scale == QLatin1String("demo")) {
        o.targetEvaluations = 200000;
    } else if (scale == QLatin1String("bench")) {
        o.targetEvaluations = 1000000;
    } else {
        o.targetEvaluations = scale.toLongLong(&ok);
        if (!ok || o.targetEvaluations < 0 || o.targetEvaluations > 20000000) {
            *error = QCoreApplication::translate(
                "pingjia::SimOptions",
                "--scale must be small, demo, bench or a number of evaluations up to "
                "20000000");
            return false;
        }
    }
    v = o.months;
    if (!parseInt(p, QStringLiteral("months"), 1, 36, &v, error))
        return false;
    o.months = int(v);
    const auto codes = codeSetFromString(p.value(QStringLiteral("codes")));
    if (!codes) {
        *error = QCoreApplication::translate("pingjia::SimOptions",
                                             "--codes must be gbt39046 or upload");
        return false;
    }
    o.codes = *codes;
    o.usersFile = p.value(QStringLiteral("users"));
    v = o.tokenTtlSeconds;
    if (!parseInt(p, QStringLiteral("token-ttl"), 1, 365 * 86400, &v, error))
        return false;
    o.tokenTtlSeconds = int(v);
    o.tlsCert = p.value(QStringLiteral("tls-cert"));
    o.tlsKey = p.value(QStringLiteral("tls-key"));
    if (o.tlsCert.isEmpty() != o.tlsKey.isEmpty()) {
        *error = QCoreApplication::translate("pingjia::SimOptions",
                                             "--tls-cert and --tls-key go together");
        return false;
    }
    if (!parseRate(p, QStringLiteral("fail-rate"), &o.failRate, error) ||
        !parseRate(p, QStringLiteral("drop-rate"), &o.dropRate, error) ||
        !parseRate(p, QStringLiteral("truncate-rate"), &o.truncateRate, error) ||
        !parseRate(p, QStringLiteral("duplicate-rate"), &o.duplicateRate, error))
        return false;
    if (p.isSet(QStringLiteral("delay-ms"))) {
        const QStringList parts = p.value(QStringLiteral("delay-ms")).split(QLatin1Char('-'));
        bool okA = false, okB = false;
        const int a = parts.value(0).toInt(&okA);
        const int b = parts.size() == 2 ? parts.at(1).toInt(&okB) : (okB = okA, a);
        if (!okA || !okB || parts.size() > 2 || a < 0 || b < a || b > 600000) {
            *error = QCoreApplication::translate(
                "pingjia::SimOptions",
                "--delay-ms must be A-B milliseconds with 0 <= A <= B <= 600000");
            return false;
        }
        o.delayMinMs = a;
        o.delayMaxMs = b;
    }
    v = o.policy.rectifyDays;
    if (!parseInt(p, QStringLiteral("rectify-days"), 1, DeadlinePolicy::kMaxRectifyDays, &v, error))
        return false;
    o.policy.rectifyDays = int(v);
    v = o.policy.verifyHours;
    if (!parseInt(p, QStringLiteral("verify-hours"), 1, DeadlinePolicy::kMaxVerifyHours, &v, error))
        return false;
    o.policy.verifyHours = int(v);
    const auto kind = dayKindFromString(p.value(QStringLiteral("rectify-kind")));
    if (!kind) {
        *error = QCoreApplication::translate("pingjia::SimOptions",
                                             "--rectify-kind must be working or natural");
        return false;
    }
    o.policy.dayKind = *kind;
    v = 0;
    if (!parseInt(p, QStringLiteral("plant-integrity"), 0, 50, &v, error))
        return false;
    o.plantIntegrity = int(v);
    *out = o;
    return true;
}

} // namespace pingjia
