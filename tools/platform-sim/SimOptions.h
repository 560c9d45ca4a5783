// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "models/domain/DeadlinePolicy.h"
#include "models/domain/EvaluationLevel.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace pingjia {

// Everything the command line of pingjia-platform-sim sets (PLATFORM_API.md "Simulator").
struct SimOptions {
    quint16 port = 0;
    quint64 seed = 1;
    QDateTime now; // the simulated clock at start (UTC+8)
    qint64 targetEvaluations = 10000;
    QString scaleName = QStringLiteral("small");
    int months = 12;
    CodeSet codes = CodeSet::Gbt39046;
    DeadlinePolicy policy;
    QString usersFile;
    int tokenTtlSeconds = 7200; // wall-clock seconds
    QString tlsCert;
    QString tlsKey;
    double failRate = 0;
    double dropRate = 0;
    double truncateRate = 0;
    double duplicateRate = 0;
    int delayMinMs = 0;
    int delayMaxMs = 0;
    int plantIntegrity = 0; // --plant-integrity N: N items of each pattern (IntegrityPlant.h)

    // Parses `arguments` (argv as a list). On error returns false with a message; on
    // --help/--version prints and sets `exitNow`.
    static bool parse(const QStringList &arguments, SimOptions *out, QString *error, bool *exitNow);
};

} // namespace pingjia
