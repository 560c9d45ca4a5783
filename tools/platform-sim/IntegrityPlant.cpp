// SPDX-License-Identifier: GPL-3.0-or-later
#include "tools/platform-sim/IntegrityPlant.h"

#include "tools/platform-sim/JsonWriter.h"
#include "tools/platform-sim/NationalCodes.h"
#include "tools/platform-sim/OrgCatalog.h"
#include "tools/platform-sim/Phrases.h"
#include "tools/platform-sim/Population.h"
#include "tools/platform-sim/Rng.h"

#include <QSet>

#include <algorithm>

namespace pingjia {

namespace {

constexpr SimSeconds kHour = 3600;
constexpr SimSeconds kDay = 86400;
constexpr double kCeilingShare = 0.05; // of all cases, per ceiling department

// Sub-streams of RngStream::Integrity.
enum : quint64 { kShuffle = 1, kPersons = 1000, kTimes = 2000 };

} // namespace

IntegrityPlant::IntegrityPlant(quint64 seed, int perPattern, SimSeconds now)
    : m_seed(seed), m_perPattern(perPattern)
{
    const QDate thisMonth = toDateTime(now).date();
    const QDate first(thisMonth.year(), thisMonth.month(), 1);
    m_monthEnd = toSimSeconds(first.startOfDay(platformZone()));
    m_monthStart = toSimSeconds(first.addMonths(-1).startOfDay(platformZone()));
}

void IntegrityPlant::plantDepartments(OrgCatalog &catalog)
{
    // The busiest departments of centers above the village tier: enough cases in one
    // month for a coverage to mean something.
    QList<int> order;
    for (int i = 0; i < catalog.departments().size(); ++i) {
        const Department &d = catalog.departments().at(i);
        if (catalog.centers().at(d.center).level != QLatin1String("village"))
            order.append(i);
    }
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return catalog.departments().at(a).volume > catalog.departments().at(b).volume;
    });
    m_departments = order.mid(0, m_perPattern);
    double others = 0;
    for (int i = 0; i < catalog.departments().size(); ++i) {
        if (!m_departments.contains(i))
            others += catalog.departments().at(i).volume;
    }
    const double share = kCeilingShare / (1 - kCeilingShare * m_departments.size());
    for (int d : std::as_const(m_departments)) {
        catalog.plantCeiling(d, others * share / catalog.departments().at(d).volume);
        m_items.append(Item{IntegrityRule::CeilingLowCoverage, -1, d});
    }
}

QList<quint32> IntegrityPlant::candidateCases(const Population &population) const
{
    QList<quint32> out;
    for (quint32 i = population.firstCaseFrom(m_monthStart);; ++i) {
        const CaseCore c = population.caseCore(i);
        if (c.accept >= m_monthEnd - 3 * kDay)
            break;
        if (c.accept >= m_monthStart && !m_departments.contains(c.department))
            out.append(i);
    }
    // A seeded shuffle, so the planted items spread over the month and the province.
    Rng rng(m_seed, RngStream::Integrity, kShuffle);
    for (qsizetype k = out.size() - 1; k > 0; --k)
        std::swap(out[k], out[qsizetype(rng.between(0, k))]);
    return out;
}

bool IntegrityPlant::usable(const Population &, quint32 index) const
{
    return !m_overrides.contains(index);
}

// The case's first evaluation exists, stays, is good and is assessed in the month.
bool IntegrityPlant::goodFirstEvaluation(const Population &population, quint32 index) const
{
    const CaseCore c = population.caseCore(index);
    const EvaluationCore e = population.evaluationsOf(c)[0];
    return e.exists && e.withdrawAt == 0 && e.level >= 4 && e.assess >= m_monthStart &&
           e.assess < m_monthEnd && e.arrival < m_monthEnd;
}

void IntegrityPlant::plantCases(const Population &population)
{
    const QList<quint32> cases = candidateCases(population);
    plantStaffEvaluators(population, cases);
    plantRepeatEvaluators(population, cases);
    plantBursts(population, cases);
    plantEarlyEvaluations(population, cases);
}

void IntegrityPlant::plantStaffEvaluators(const Population &population, const QList<quint32> &cases)
{
    int planted = 0;
    for (quint32 i : cases) {
        if (planted == m_perPattern)
            break;
        const CaseCore c = population.caseCore(i);
        if (c.staff < 0 || !usable(population, i) || !goodFirstEvaluation(population, i))
            continue;
        const QString mobile = population.catalog().staffMobile(c.staff);
        if (mobile.isEmpty())
            continue;
        m_overrides.insert(i, CaseOverride{{}, {}, PlantedPerson{{}, mobile, {}}});
        m_items.append(Item{IntegrityRule::StaffEvaluator, i, c.department});
        ++planted;
    }
}

void IntegrityPlant::plantRepeatEvaluators(const Population &population,
                                           const QList<quint32> &cases)
{
    const int perEvaluator = IntegritySettings().repeatMinCases;
    qsizetype next = 0;
    for (int g = 0; g < m_perPattern; ++g) {
        Rng rng(m_seed, RngStream::Integrity, kPersons + quint64(g));
        PlantedPerson p;
        p.name = personName(rng);
        p.mobile = makeMobileNumber(rng);
        p.cert = makeResidentId(QStringLiteral("620802"),
                                QDate(1980, 1, 1).addDays(rng.between(0, 9000)),
                                int(rng.between(1, 999)));
        for (int k = 0; k < perEvaluator && next < cases.size(); ++next) {
            const quint32 i = cases.at(next);
            if (!usable(population, i) || !goodFirstEvaluation(population, i))
                continue;
            m_overrides.insert(i, CaseOverride{{}, {}, p});
            m_items.append(
                Item{IntegrityRule::RepeatEvaluator, i, population.caseCore(i).department});
            ++k;
        }
    }
}

void IntegrityPlant::plantBursts(const Population &population, const QList<quint32> &cases)
{
    const int perBurst = IntegritySettings().burstMinCount;
    // Cases of the month by window, in case order (deterministic), finished in time.
    QHash<int, QList<quint32>> byWindow;
    QList<int> windows;
    QList<quint32> sorted = cases;
    std::sort(sorted.begin(), sorted.end());
    for (quint32 i : std::as_const(sorted)) {
        const CaseCore c = population.caseCore(i);
        if (!usable(population, i) || c.finishPlanned >= m_monthEnd - 3 * kDay)
            continue;
        if (!byWindow.contains(c.window))
            windows.append(c.window);
        byWindow[c.window].append(i);
    }
    std::stable_sort(windows.begin(), windows.end(),
                     [&](int a, int b) { return byWindow[a].size() > byWindow[b].size(); });
    int planted = 0;
    for (int w : std::as_const(windows)) {
        const QList<quint32> &list = byWindow[w];
        if (planted == m_perPattern || list.size() < perBurst)
            break;
        const QList<quint32> chosen = list.mid(0, perBurst);
        SimSeconds start = 0;
        for (quint32 i : chosen)
            start = std::max(start, population.caseCore(i).finishPlanned);
        Rng rng(m_seed, RngStream::Integrity, kTimes + quint64(w));
        start += kHour + rng.between(0, kHour);
        if (start + perBurst * 60 >= m_monthEnd - kDay)
            continue;
        for (int k = 0; k < chosen.size(); ++k) {
            m_overrides.insert(chosen.at(k), CaseOverride{start + 60 * k, 5, {}});
            m_items.append(Item{IntegrityRule::LevelFiveBurst, chosen.at(k),
                                population.caseCore(chosen.at(k)).department});
        }
        ++planted;
    }
}

void IntegrityPlant::plantEarlyEvaluations(const Population &population,
                                           const QList<quint32> &cases)
{
    int planted = 0;
    for (auto it = cases.crbegin(); it != cases.crend() && planted < m_perPattern; ++it) {
        const quint32 i = *it;
        const CaseCore c = population.caseCore(i);
        if (!usable(population, i) || c.finishPlanned - c.accept < kDay ||
            c.accept + 3 * kHour >= m_monthEnd || !goodFirstEvaluation(population, i))
            continue;
        Rng rng(m_seed, RngStream::Integrity, kTimes + 100000 + i);
        m_overrides.insert(i, CaseOverride{c.accept + 1800 + rng.between(0, kHour), {}, {}});
        m_items.append(Item{IntegrityRule::EvaluatedBeforeFinish, i, c.department});
        ++planted;
    }
}

std::optional<QString> IntegrityPlant::plantFollowUpPhone(const Population &population,
                                                          const CaseCore &c,
                                                          const EvaluationCore &e,
                                                          const QList<ScriptedAction> &script,
                                                          SimSeconds until)
{
    if (m_followUpPhones >= m_perPattern || c.staff < 0 ||
        e.index != population.evaluationsOf(c)[0].index || e.withdrawAt != 0 ||
        e.assess < m_monthStart || e.assess >= m_monthEnd)
        return std::nullopt;
    bool followedUp = false;
    for (const ScriptedAction &step : script) {
        if (step.action.type == ActionType::FollowUp)
            followedUp = step.at <= until;
        else if (step.action.type == ActionType::Reopen)
            return std::nullopt;
    }
    const QString mobile = population.catalog().staffMobile(c.staff);
    if (!followedUp || mobile.isEmpty())
        return std::nullopt;
    ++m_followUpPhones;
    m_items.append(Item{IntegrityRule::FollowUpStaffPhone, c.index, c.department});
    return mobile;
}

void IntegrityPlant::apply(const CaseCore &c, std::array<EvaluationCore, 2> &evaluations) const
{
    // A second evaluation (drawn like one after a fix) could bring a low level in.
    if (m_departments.contains(c.department))
        evaluations[1].exists = false;
    const auto it = m_overrides.constFind(c.index);
    if (it == m_overrides.cend())
        return;
    EvaluationCore &first = evaluations[0];
    first.exists = true;
    first.withdrawAt = 0;
    if (it->level) {
        first.level = *it->level;
        if (first.text != TextKind::Good)
            first.text = TextKind::None;
    }
    if (it->assess) {
        first.assess = *it->assess;
        first.arrival = first.assess + 60;
    }
    evaluations[1].exists = false; // keeps the planted picture simple
}

const PlantedPerson *IntegrityPlant::person(quint32 caseIndex) const
{
    const auto it = m_overrides.constFind(caseIndex);
    return it != m_overrides.cend() && it->person ? &*it->person : nullptr;
}

QByteArray IntegrityPlant::plantedJson(const Population &population) const
{
    QByteArray out;
    out += "{\"month\":";
    JsonWriter::appendString(out, formatSimTime(m_monthStart).left(7));
    out += ",\"perPattern\":" + QByteArray::number(m_perPattern) + ",\"items\":[";
    bool first = true;
    for (const Item &item : m_items) {
        if (!first)
            out += ',';
        first = false;
        JsonWriter w(out);
        w.begin().field("rule", toString(item.rule));
        if (item.caseIndex >= 0) {
            const CaseCore c = population.caseCore(quint32(item.caseIndex));
            w.field("evalId", population.evalId(population.evaluationsOf(c)[0]));
        } else {
            w.nullField("evalId");
        }
        w.field("unitCode", population.catalog().departments().at(item.department).creditCode)
            .end();
    }
    out += "]}";
    return out;
}

} // namespace pingjia
