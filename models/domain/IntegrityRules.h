// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Review integrity (issue 14): patterns that pad good reviews or fake the handling of
// bad ones. Each rule is a pure function over plain rows of one period and returns the
// flagged items with their evidence. Personal numbers arrive only as keyed hashes
// (PersonalDataCipher::keyedHash): the rules compare them, never read them, and no flag
// carries one.
//
// A flag is a reason to look, not a verdict: the user clears or confirms it.

#include "models/domain/UnitIndicators.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace pingjia {

enum class IntegrityRule {
    StaffEvaluator,        // the evaluator's mobile is a staff phone of the evaluated center
    RepeatEvaluator,       // one evaluator rates many different cases in the period
    LevelFiveBurst,        // many level-5 evaluations on one window within minutes
    FollowUpStaffPhone,    // a follow-up visit answered on a staff phone
    CeilingLowCoverage,    // good rate at the ceiling while coverage is low
    EvaluatedBeforeFinish, // evaluated before the case was finished
};

QString toString(IntegrityRule rule); // "staffEvaluator", … (CLI, JSON, the sim's /sim/planted)
std::optional<IntegrityRule> integrityRuleFromString(const QString &name);
QList<IntegrityRule> allIntegrityRules();

// Thresholds; settings keys "integrity/<name>" (app), defaults documented here.
struct IntegritySettings {
    int repeatMinCases = 5;           // distinct cases by one evaluator in the period
    int burstMinCount = 6;            // level-5 valid evaluations on one window …
    int burstMinutes = 10;            // … within this many minutes
    double ceilingGoodRate = 0.99;    // good rate at or above this is "at the ceiling"
    double ceilingMaxCoverage = 0.15; // Wilson 95 % upper bound of coverage at or below this
    int ceilingMinEvaluations = 5;    // valid evaluations needed before judging a unit

    static IntegritySettings fromMap(const QVariantMap &values); // missing keys: defaults
};

// One evaluation of the period as the rules see it.
struct IntegrityEvaluation {
    QString evalId;
    QString projectNo;
    QString centerCode, deptCode, windowCode;
    int level = 0;
    bool valid = false;
    QDateTime assessTime;
    QDateTime caseFinish;             // the case's finishDate; invalid when unknown or open
    std::optional<qint64> mobileHash; // evaluator's mobile
    std::optional<qint64> certHash;   // evaluator's ID number
};

// A staff phone (hash) and where the staff member works.
struct StaffPhone {
    qint64 mobileHash = 0;
    QString centerCode;
    QString orgCode; // window or department
};

// A follow-up visit whose called phone is known (hash).
struct FollowUpCall {
    QString evalId;
    QString centerCode, deptCode;
    qint64 phoneHash = 0;
};

// A unit's counts (IndicatorQuery's ranking) for the ceiling rule.
struct IntegrityUnit {
    QString unitCode;
    UnitCounts counts;
};

struct IntegrityFlag {
    IntegrityRule rule = IntegrityRule::StaffEvaluator;
    QString evalId;   // empty for a unit rule
    QString unitCode; // the department (resident) the figures belong to
    QString windowCode;
    QVariantMap evidence; // codes, counts, times: never a name, number or hash

    bool operator==(const IntegrityFlag &) const = default;
};

// One function per rule.
QList<IntegrityFlag> staffEvaluatorFlags(const QList<IntegrityEvaluation> &evaluations,
                                         const QList<StaffPhone> &staff);
QList<IntegrityFlag> repeatEvaluatorFlags(const QList<IntegrityEvaluation> &evaluations,
                                          const IntegritySettings &settings);
QList<IntegrityFlag> levelFiveBurstFlags(const QList<IntegrityEvaluation> &evaluations,
                                         const IntegritySettings &settings);
QList<IntegrityFlag> followUpStaffPhoneFlags(const QList<FollowUpCall> &calls,
                                             const QList<StaffPhone> &staff);
QList<IntegrityFlag> ceilingLowCoverageFlags(const QList<IntegrityUnit> &units,
                                             const IntegritySettings &settings);
QList<IntegrityFlag> evaluatedBeforeFinishFlags(const QList<IntegrityEvaluation> &evaluations);

// Upper bound of the Wilson score interval (the counterpart of wilsonLowerBound).
double wilsonUpperBound(qint64 successes, qint64 trials, double z = 1.96);

// Plain, translated sentences for the user.
class IntegrityText {
    Q_DECLARE_TR_FUNCTIONS(pingjia::IntegrityText)
public:
    static QString ruleName(IntegrityRule rule);
    static QString explanation(const IntegrityFlag &flag);
};

} // namespace pingjia
