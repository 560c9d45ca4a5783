// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "models/domain/HandlingStateMachine.h"
#include "tools/platform-sim/ActivityTimeline.h"
#include "tools/platform-sim/ChangeFeed.h"
#include "tools/platform-sim/HandlingScript.h"
#include "tools/platform-sim/IntegrityPlant.h"
#include "tools/platform-sim/ListKind.h"
#include "tools/platform-sim/OrgCatalog.h"
#include "tools/platform-sim/Population.h"
#include "tools/platform-sim/SimOptions.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>

#include <array>
#include <memory>

namespace pingjia {

class Scope;

// One bad review's handling as the platform holds it.
struct BadReview {
    HandlingRecord record;
    QList<ScriptedAction> pending; // the platform staff's future steps
    int department = -1;
    int window = -1;
};

// The answer to POST /api/v1/bad-reviews/{evalId}/actions, kept per actionId so a resend
// gets exactly the same bytes.
struct ActionAnswer {
    int status = 200;
    QByteArray body;
};

// Everything the simulated platform knows, at its simulated clock. The base data is
// computed from (seed, index) on demand; only changes since the start are held.
class PlatformState {
public:
    explicit PlatformState(const SimOptions &options);
    ~PlatformState();

    void reset();
    SimSeconds now() const { return m_now; }
    SimSeconds horizon() const;
    quint64 epoch() const { return m_epoch; }
    const SimOptions &options() const { return m_options; }
    const OrgCatalog &catalog() const { return *m_catalog; }
    const DeadlinePolicy &policy() const { return m_options.policy; }

    // Moves the clock and generates what happens meanwhile; counts of changes per list.
    std::array<int, kListCount> advance(SimSeconds seconds);

    const ChangeFeed &feed(ListKind kind) const { return m_feeds[std::size_t(kind)]; }
    // Appends the current version of record `index` of `kind` as compact JSON.
    void render(QByteArray &out, ListKind kind, quint32 index) const;
    bool visible(ListKind kind, quint32 index, const Scope &scope) const;

    // Applies a client's action. `body` is the raw request body.
    ActionAnswer applyAction(const QString &evalId, const QByteArray &body, const QString &actor,
                             const Scope &scope);

    QJsonObject meta() const;
    // GET /sim/planted (IntegrityPlant.h); without --plant-integrity an empty item list.
    QByteArray plantedJson() const;

private:
    void build();
    void buildBase();
    void createBadReview(const CaseCore &c, const EvaluationCore &e, SimSeconds until);
    void setFollowUpPhones(QList<ScriptedAction> &script, const CaseCore &c,
                           const EvaluationCore &e, SimSeconds until);
    void runScript(BadReview &br, SimSeconds until);
    void withdraw(BadReview &br, SimSeconds at);
    std::optional<quint32> evalIndexOf(const QString &evalId) const;
    ActionAnswer answer(const QString &actionId, int status, const QJsonObject &body);

    SimOptions m_options;
    SimSeconds m_start = 0;
    SimSeconds m_now = 0;
    quint64 m_epoch = 0;
    std::unique_ptr<OrgCatalog> m_catalog;
    std::unique_ptr<ActivityTimeline> m_timeline;
    std::unique_ptr<Population> m_population;
    std::unique_ptr<IntegrityPlant> m_plant;
    std::unique_ptr<HandlingStateMachine> m_machine;
    std::unique_ptr<HandlingScript> m_script;
    std::array<ChangeFeed, kListCount> m_feeds;
    QList<quint32> m_staffOrder;            // base order of staff (indexes into catalog)
    QHash<quint32, BadReview> m_badReviews; // by evaluation index
    QHash<QString, ActionAnswer> m_answers; // by actionId
};

} // namespace pingjia
