// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared by the sync tests: a throwaway user home (real cache and local-work SQLite
// files), the simulator's dump reduced to the store's per-list counts and checksums, and
// fast retry settings.

#include "models/domain/EvaluationLevel.h"
#include "models/secrets/InMemorySecretStore.h"
#include "models/secrets/PersonalDataCipher.h"
#include "models/store/CacheDatabase.h"
#include "models/store/CacheTypes.h"
#include "models/store/LocalWorkDatabase.h"
#include "models/sync/PlatformAccount.h"
#include "models/sync/SyncSession.h"

#include <QHash>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUrl>

#include <array>
#include <functional>
#include <memory>

namespace pingjia::test {

using Summaries = std::array<TableSummary, 6>;

// A user's files in a temporary folder (or in `path` when given, e.g. for a child process).
class TestHome {
public:
    explicit TestHome(const QString &path = {});
    bool open(QString *error);
    QString path() const { return m_path; }
    QString cacheFile() const;
    QString localWorkFile() const;
    CacheDatabase &cache() { return *m_cache; }
    LocalWorkDatabase &localWork() { return *m_localWork; }
    InMemorySecretStore &secrets() { return m_secrets; }
    PersonalDataCipher &cipher() { return *m_cipher; }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<CacheDatabase> m_cache;
    std::unique_ptr<LocalWorkDatabase> m_localWork;
    InMemorySecretStore m_secrets;
    std::unique_ptr<PersonalDataCipher> m_cipher;
};

// Retries in tens of milliseconds instead of seconds.
SyncOptions fastOptions(int pageLimit = 500);

struct Dump {
    Summaries summaries{};
    QHash<QString, QJsonObject> badReviews; // by evalId, as the platform holds them
    int skipped = 0;                        // records the parser refused (should be 0)
};

// GET /sim/dump, every line through the same PageParser the sync uses, then the store's
// ContentChecksum per list.
bool fetchDump(const QUrl &base, CodeSet codes, Dump *out, QString *error);
Summaries cacheSummaries(CacheDatabase &cache, QString *error = nullptr);
// "orgs: 12 abc… vs 12 abd…" for every list that differs; empty when equal.
QString compare(const Summaries &cache, const Summaries &platform);

// POST /sim/advance {"hours": h}; the answer's "counts".
QJsonObject advance(const QUrl &base, double hours);

// A sync-runner child process's executable (next to the test binary).
QString syncRunnerProgram();

// sync-runner's arguments for the demo user of the platform at `url` and the home `home`,
// then `more`.
QStringList runnerArguments(const QString &home, const QUrl &url, const QStringList &more);

// What a sync-runner child did: its stdout lines, and whether it was killed.
struct RunnerRun {
    int progressLines = 0;
    bool killed = false;
    int exitCode = -1; // -9 after a SIGKILL
    QStringList lines;
};
// Runs sync-runner with `arguments`; after each stdout line, and every 50 ms with an
// empty line, `killNow(line, progressLines, pid)` is asked (when given): true kills it
// with SIGKILL at once.
using KillCondition = std::function<bool(const QString &line, int progressLines, qint64 pid)>;
RunnerRun runSyncRunner(const QStringList &arguments, const KillCondition &killNow);

} // namespace pingjia::test
