// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Gathers a bulletin's figures from the cache: the indicators, trend, channels and the
// department ranking from IndicatorQuery (the rankings engine, so the bulletin, the
// rankings page and `pingjia rankings` cannot disagree), the handling and common
// problems from BadReviewQuery / RectificationStats, the chosen typical cases, the
// review-integrity flags per department (IntegrityQuery; internal version only), and the
// staff and window names the public version must not print.
//
// Runs on one worker thread (the cache connections are that thread's). cancel() from
// any thread stops it at the next step.

#include "models/domain/IntegrityRules.h"
#include "models/domain/Ranking.h"
#include "models/reports/BulletinFacts.h"
#include "models/reports/BulletinRequest.h"
#include "models/store/StoreResult.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMutex>

#include <atomic>
#include <functional>
#include <optional>

namespace pingjia {

class CacheDatabase;
class IndicatorQuery;
class LocalWorkDatabase;

class BulletinFactsQuery {
    Q_DECLARE_TR_FUNCTIONS(pingjia::BulletinFactsQuery)
public:
    // `localWork` may be null: no unsent actions on top, default ranking settings and
    // common-problem rules.
    BulletinFactsQuery(CacheDatabase &cache, LocalWorkDatabase *localWork);

    // Thread-safe: stops gather() at once, the indicator query it is running included (a
    // ranking at province scale takes a while).
    void cancel();
    bool cancelled() const { return m_cancelled; }
    // Called with (step, steps) as the figures are read.
    void setProgress(std::function<void(int, int)> progress) { m_progress = std::move(progress); }

    // The review-integrity thresholds (the user's settings; defaults otherwise).
    void setIntegritySettings(const IntegritySettings &settings) { m_integrity = settings; }

    // Every figure for the request's month and scope as of `now`. The review-integrity
    // counts only for an internal request (the public version never shows them).
    std::optional<BulletinFacts> gather(const BulletinRequest &request, const QDateTime &now,
                                        StoreResult *error = nullptr);
    // The confirmed bad reviews of the month the user may pick from (typical cases).
    QList<BulletinTypicalCase> proposals(const QString &scope, QDate month, int limit,
                                         StoreResult *error = nullptr);
    // "全市"-style name of the whole cache, or the name of a scope code; nullopt with an
    // error for a code the cache does not know.
    std::optional<QString> scopeName(const QString &scope, StoreResult *error = nullptr);

    // The ranking settings `pingjia rankings` and the rankings page use.
    RankingSettings rankingSettings(StoreResult *error = nullptr);

private:
    struct Steps;
    void setRunning(IndicatorQuery *query);

    CacheDatabase &m_cache;
    LocalWorkDatabase *m_localWork;
    std::atomic_bool m_cancelled{false};
    std::function<void(int, int)> m_progress;
    IntegritySettings m_integrity;
    QMutex m_runningMutex;
    IndicatorQuery *m_running = nullptr; // of the running gather(), for cancel()
};

} // namespace pingjia
