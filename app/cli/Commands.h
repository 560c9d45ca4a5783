// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QStringList>

namespace pingjia {

struct VerbContext;

// One run function per verb, each in its own app/cli/<Name>Command.cpp.
int runDemoCommand(VerbContext &context);
bool demoWantsWindow(const QStringList &arguments);
int runSyncCommand(VerbContext &context);
int runQueueCommand(VerbContext &context);
int runRankingsCommand(VerbContext &context);
int runBulletinCommand(VerbContext &context);
// hardening: the audit chain and the cache's own checks.
int runAuditCommand(VerbContext &context);
int runCacheCommand(VerbContext &context);
int runIntegrityCommand(VerbContext &context); // issue 14

// For verbs whose feature has not landed: says so on stderr, returns ExitUsage.
int verbNotAvailableYet(VerbContext &context, const QString &verb, const QString &feature);

} // namespace pingjia
