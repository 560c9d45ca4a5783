// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "models/domain/HandlingStateMachine.h"
#include "tools/platform-sim/SimTime.h"

#include <QList>

namespace pingjia {

class OrgCatalog;
struct CaseCore;
struct EvaluationCore;

struct ScriptedAction {
    SimSeconds at = 0;
    HandlingAction action;
};

// What the platform's own staff do with a bad review over time: verify (mostly within
// the 24 h, sometimes late), ask for invalidity, plan, maybe delay, complete, follow up,
// sometimes reopen. Every step is checked by the domain's state machine, so the records
// the simulator serves are exactly the ones the console would compute.
class HandlingScript {
public:
    HandlingScript(quint64 seed, const HandlingStateMachine &machine, const OrgCatalog &catalog);

    // The whole script of one bad review, in time order (empty for invalid ones).
    QList<ScriptedAction> scriptFor(const HandlingRecord &initial, const CaseCore &c,
                                    const EvaluationCore &e) const;

    // The platform users who act for a center (second person for approvals).
    static QString supervisorOf(const QString &centerArea);
    static QString directorOf(const QString &centerArea);

private:
    quint64 m_seed;
    const HandlingStateMachine &m_machine;
    const OrgCatalog &m_catalog;
};

} // namespace pingjia
