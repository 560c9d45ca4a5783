// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "models/domain/Channel.h"
#include "models/domain/EvaluationLevel.h"
#include "tools/platform-sim/ActivityTimeline.h"
#include "tools/platform-sim/SimTime.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <array>

namespace pingjia {

class IntegrityPlant;
class OrgCatalog;

// Limits that make the change scan of /sim/advance exact: nothing about case i changes
// later than these after its acceptance.
inline constexpr SimSeconds kMaxCaseChangeLag = 21 * 86400;
inline constexpr SimSeconds kMaxEvaluationChangeLag = 67 * 86400;

struct CaseCore {
    quint32 index = 0;
    int department = -1;
    int window = -1;
    int staff = -1;
    int item = -1;
    SimSeconds accept = 0;
    SimSeconds finishPlanned = 0; // when the case is done
    SimSeconds finishVisible = 0; // when the platform shows it done (upload lag)
    bool waiting = false;         // proStatus 1 (待办理) rather than 2 while open

    bool existsAt(SimSeconds t) const { return accept <= t; }
    bool finishedAt(SimSeconds t) const { return finishVisible <= t; }
    SimSeconds updatedAt(SimSeconds t) const { return finishedAt(t) ? finishVisible : accept; }
};

enum class TextKind { None, Good, Bad, Malicious };

struct EvaluationCore {
    bool exists = false; // the case was evaluated this time (coverage, second evaluation)
    quint32 index = 0;   // 2 * case index + (assessNumber - 1)
    int assessNumber = 1;
    int level = 5;
    int channelKind = 0; // ChannelKind as int
    TextKind text = TextKind::None;
    SimSeconds assess = 0;
    SimSeconds arrival = 0;    // when the platform received it (updatedAt of a new record)
    SimSeconds withdrawAt = 0; // 0: never withdrawn

    bool existsAt(SimSeconds t) const { return exists && arrival <= t; }
    bool withdrawnAt(SimSeconds t) const { return withdrawAt != 0 && withdrawAt <= t; }
    SimSeconds updatedAt(SimSeconds t) const { return withdrawnAt(t) ? withdrawAt : arrival; }
    bool bad() const { return isBadLevel(level); }
};

// Cases (办件) and their evaluations as pure functions of (seed, index): case i is accepted
// at the i-th slot of the activity timeline; it has 0..2 evaluations. Nothing is stored,
// so a million records cost no memory until served.
// The evaluator of a case (one person per case: a second evaluation is by the same one).
struct Evaluator {
    QString name, mobile, cert;
    int userProp = 1;
    bool anonymous = false;
};

class Population {
public:
    Population(quint64 seed, const OrgCatalog &catalog, const ActivityTimeline &timeline,
               double casesPerActivity, CodeSet codes);

    CaseCore caseCore(quint32 index) const;
    std::array<EvaluationCore, 2> evaluationsOf(const CaseCore &c) const;
    EvaluationCore evaluation(quint32 evalIndex) const;
    // No case below this index is accepted at or after t.
    quint32 firstCaseFrom(SimSeconds t) const;

    QString projectNo(const CaseCore &c) const;
    QString evalId(const EvaluationCore &e) const;
    // Append the record's JSON (as of `asOf`) to `out`.
    void writeCase(QByteArray &out, const CaseCore &c, SimSeconds asOf) const;
    void writeEvaluation(QByteArray &out, const CaseCore &c, const EvaluationCore &e,
                         SimSeconds asOf) const;
    // The comment of an evaluation (needed for the handling record's validity).
    QString commentOf(const EvaluationCore &e) const;
    // Who evaluates case `c` (planted persons included).
    Evaluator evaluatorOf(const CaseCore &c) const;

    // --plant-integrity: overrides of some cases' first evaluation (nullptr: none).
    void setPlant(const IntegrityPlant *plant) { m_plant = plant; }

    const OrgCatalog &catalog() const { return m_catalog; }
    CodeSet codes() const { return m_codes; }

private:
    void fillEvaluation(EvaluationCore &e, const CaseCore &c, class Rng &rng, bool afterBad) const;

    quint64 m_seed;
    const OrgCatalog &m_catalog;
    const ActivityTimeline &m_timeline;
    double m_casesPerActivity;
    CodeSet m_codes;
    std::array<QList<QString>, 8> m_channelCodes; // per ChannelKind
    const IntegrityPlant *m_plant = nullptr;
};

} // namespace pingjia
