// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// --plant-integrity N (issue 14): N items of each review-integrity pattern, planted into
// the generated data so that tests can check the console finds every one of them.
// Deterministic for a seed. Every planted evaluation lies in the "plant month" (the month
// before --now's month), listed by GET /sim/planted.
//
// Patterns (names from models/domain/IntegrityRules.h):
// - staffEvaluator: a good evaluation whose evaluator mobile is the phone of the case's
//   own staff member;
// - repeatEvaluator: N evaluators, each rating repeatMinCases different cases;
// - levelFiveBurst: N windows with burstMinCount level-5 evaluations one minute apart;
// - ceilingLowCoverage: N departments (chosen before the cases are drawn) with 6 %
//   coverage, no bad or level-3 reviews and 5 % of all cases;
// - evaluatedBeforeFinish: a case of a day or more evaluated within its first hours.
// - followUpStaffPhone: a bad review whose follow-up visit reached its case's staff
//   member's phone instead of the evaluator's.

#include "models/domain/IntegrityRules.h"
#include "tools/platform-sim/HandlingScript.h"
#include "tools/platform-sim/SimTime.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace pingjia {

class OrgCatalog;
class Population;
struct CaseCore;
struct EvaluationCore;

// Personal data that replaces the generated one; an empty field keeps the generated value.
struct PlantedPerson {
    QString name, mobile, cert;
};

class IntegrityPlant {
public:
    IntegrityPlant(quint64 seed, int perPattern, SimSeconds now);

    int perPattern() const { return m_perPattern; }
    SimSeconds monthStart() const { return m_monthStart; }
    SimSeconds monthEnd() const { return m_monthEnd; }

    // Step 1, before the Population exists: the ceiling departments.
    void plantDepartments(OrgCatalog &catalog);
    // Step 2: chooses the cases (from the population as generated so far); then give the
    // plant to Population::setPlant.
    void plantCases(const Population &population);

    // Step 3, while the bad reviews are scripted: a staff member's phone as the number the
    // follow-up visit of `e` reached, while fewer than N are planted, for a first
    // evaluation of the plant month whose follow-up happens by `until` and stays (no
    // reopen, not withdrawn). std::nullopt: the visit reached the evaluator as usual.
    std::optional<QString> plantFollowUpPhone(const Population &population, const CaseCore &c,
                                              const EvaluationCore &e,
                                              const QList<ScriptedAction> &script,
                                              SimSeconds until);

    // Used by Population for every case.
    void apply(const CaseCore &c, std::array<EvaluationCore, 2> &evaluations) const;
    const PlantedPerson *person(quint32 caseIndex) const;

    // GET /sim/planted: {"month","perPattern","items":[{rule, evalId|null, unitCode}]}.
    QByteArray plantedJson(const Population &population) const;

private:
    struct CaseOverride {
        std::optional<SimSeconds> assess;
        std::optional<int> level;
        std::optional<PlantedPerson> person;
    };
    struct Item {
        IntegrityRule rule;
        qint64 caseIndex = -1; // -1: a unit item
        int department = -1;
    };
    QList<quint32> candidateCases(const Population &population) const;
    bool goodFirstEvaluation(const Population &population, quint32 index) const;
    void plantStaffEvaluators(const Population &population, const QList<quint32> &cases);
    void plantRepeatEvaluators(const Population &population, const QList<quint32> &cases);
    void plantBursts(const Population &population, const QList<quint32> &cases);
    void plantEarlyEvaluations(const Population &population, const QList<quint32> &cases);
    bool usable(const Population &population, quint32 index) const;

    quint64 m_seed;
    int m_perPattern;
    SimSeconds m_monthStart = 0, m_monthEnd = 0;
    QList<int> m_departments;                 // ceiling departments
    QHash<quint32, CaseOverride> m_overrides; // by case index
    QList<Item> m_items;
    int m_followUpPhones = 0; // followUpStaffPhone items planted so far
};

} // namespace pingjia
