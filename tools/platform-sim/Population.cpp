// SPDX-License-Identifier: GPL-3.0-or-later
#include "Population.h"

#include "tools/platform-sim/IntegrityPlant.h"
#include "tools/platform-sim/JsonWriter.h"
#include "tools/platform-sim/NationalCodes.h"
#include "tools/platform-sim/OrgCatalog.h"
#include "tools/platform-sim/Phrases.h"
#include "tools/platform-sim/Rng.h"

#include <algorithm>
#include <cmath>

namespace pingjia {
namespace {

constexpr SimSeconds kHour = 3600;
constexpr SimSeconds kDay = 86400;

// Text and personal data have their own streams, keyed far from record indexes.
constexpr quint64 kTextKey = 1ull << 40;

int drawLevel(Rng &rng, const Department &d)
{
    const double u = rng.uniform();
    if (u < d.badRate)
        return rng.chance(0.4) ? 1 : 2;
    if (u < d.badRate + d.level3Rate)
        return 3;
    if (u < d.badRate + d.level3Rate + d.level4Rate)
        return 4;
    return 5;
}

int drawImprovedLevel(Rng &rng)
{
    const double u = rng.uniform();
    if (u < 0.55)
        return 5;
    if (u < 0.75)
        return 4;
    if (u < 0.90)
        return 3;
    return rng.chance(0.5) ? 1 : 2;
}

TextKind drawText(Rng &rng, int level)
{
    const double u = rng.uniform();
    if (isBadLevel(level)) {
        if (u < 0.12)
            return TextKind::None; // invalid: 000 art.6
        if (u < 0.18)
            return TextKind::Malicious;
        return TextKind::Bad;
    }
    const double withText = level == 3 ? 0.4 : level == 4 ? 0.2 : 0.25;
    return u < withText ? TextKind::Good : TextKind::None;
}

SimSeconds assessDelay(Rng &rng, int channelKind)
{
    switch (ChannelKind(channelKind)) {
    case ChannelKind::HallDevice:
        return rng.between(5, 300);
    case ChannelKind::SelfService:
        return rng.between(5, 120);
    case ChannelKind::Pc:
    case ChannelKind::MobileApp:
    case ChannelKind::QrCode:
        return rng.chance(0.7) ? rng.between(60, kHour) : rng.between(kHour, 2 * kDay);
    case ChannelKind::Sms:
        return rng.between(600, 3 * kDay);
    case ChannelKind::Phone:
        return rng.between(kDay, 6 * kDay);
    case ChannelKind::Unknown:
        break;
    }
    return 60;
}

// Most evaluations reach the platform at once; some come hours or days late.
SimSeconds arrivalLag(Rng &rng)
{
    const double u = rng.uniform();
    if (u < 0.95)
        return rng.between(0, 120);
    if (u < 0.99)
        return rng.between(kHour, 6 * kHour);
    return rng.between(2 * kDay, 10 * kDay);
}

} // namespace

Population::Population(quint64 seed, const OrgCatalog &catalog, const ActivityTimeline &timeline,
                       double casesPerActivity, CodeSet codes)
    : m_seed(seed), m_catalog(catalog), m_timeline(timeline), m_casesPerActivity(casesPerActivity),
      m_codes(codes)
{
    const ChannelTable table = ChannelTable::forCodeSet(codes);
    for (const QString &code : table.codes())
        m_channelCodes[std::size_t(table.kind(code))].append(code);
}

CaseCore Population::caseCore(quint32 index) const
{
    Rng rng(m_seed, RngStream::Case, index);
    CaseCore c;
    c.index = index;
    c.accept = m_timeline.timeAt((double(index) + rng.uniform()) / m_casesPerActivity);
    c.department = m_catalog.departmentFor(rng.uniform());
    const Department &d = m_catalog.departments().at(c.department);
    const QList<int> &windows = d.openWindows.isEmpty() ? d.windows : d.openWindows;
    c.window = windows.at(qsizetype(rng.between(0, windows.size() - 1)));
    const QList<int> &staff = m_catalog.windows().at(c.window).staff;
    c.staff = staff.isEmpty() ? -1 : staff.at(qsizetype(rng.between(0, staff.size() - 1)));
    c.item = d.items.at(qsizetype(rng.between(0, d.items.size() - 1)));
    const double u = rng.uniform();
    SimSeconds duration;
    if (u < 0.40)
        duration = rng.between(300, 1800);
    else if (u < 0.75)
        duration = rng.between(1800, 6 * kHour);
    else if (u < 0.95)
        duration = rng.between(kDay, 7 * kDay);
    else
        duration = rng.between(7 * kDay, 20 * kDay);
    c.finishPlanned = c.accept + duration;
    c.finishVisible = c.finishPlanned + rng.between(0, 600);
    c.waiting = rng.chance(0.15);
    return c;
}

void Population::fillEvaluation(EvaluationCore &e, const CaseCore &c, Rng &rng, bool afterBad) const
{
    const Department &d = m_catalog.departments().at(c.department);
    const double u = rng.uniform();
    e.channelKind =
        int(std::upper_bound(d.channelCumulative.cbegin(), d.channelCumulative.cend(), u) -
            d.channelCumulative.cbegin());
    e.channelKind = std::min(e.channelKind, kChannelKinds - 1);
    e.level = afterBad ? drawImprovedLevel(rng) : drawLevel(rng, d);
    e.text = drawText(rng, e.level);
    const SimSeconds lag = arrivalLag(rng);
    const bool withdrawn = rng.chance(e.bad() ? 0.04 : 0.002);
    const SimSeconds withdrawDelay = rng.between(kHour, 10 * kDay);
    const SimSeconds delay = assessDelay(rng, e.channelKind);
    if (e.assessNumber == 1)
        e.assess = c.finishPlanned + delay;
    e.arrival = e.assess + lag;
    e.withdrawAt = withdrawn ? e.arrival + withdrawDelay : 0;
}

std::array<EvaluationCore, 2> Population::evaluationsOf(const CaseCore &c) const
{
    Rng rng(m_seed, RngStream::Evaluation, c.index);
    std::array<EvaluationCore, 2> out;
    const Department &d = m_catalog.departments().at(c.department);
    EvaluationCore &first = out[0];
    first.index = c.index * 2;
    first.exists = rng.chance(d.coverage);
    fillEvaluation(first, c, rng, false);

    EvaluationCore &second = out[1];
    second.index = c.index * 2 + 1;
    second.assessNumber = 2;
    second.exists = first.exists && rng.chance(first.bad() ? 0.30 : 0.02);
    second.assess = first.assess + rng.between(3 * kDay, 20 * kDay);
    fillEvaluation(second, c, rng, first.bad());
    if (m_plant)
        m_plant->apply(c, out);
    return out;
}

EvaluationCore Population::evaluation(quint32 evalIndex) const
{
    return evaluationsOf(caseCore(evalIndex / 2))[evalIndex % 2];
}

quint32 Population::firstCaseFrom(SimSeconds t) const
{
    const double x = m_timeline.activityAt(t) * m_casesPerActivity;
    return x < 1 ? 0 : quint32(std::floor(x)) - 1;
}

QString Population::projectNo(const CaseCore &c) const
{
    return QStringLiteral("P%1%2").arg(compactDate(c.accept)).arg(c.index, 9, 10, QLatin1Char('0'));
}

QString Population::evalId(const EvaluationCore &e) const
{
    return QStringLiteral("E%1%2").arg(compactDate(e.assess)).arg(e.index, 9, 10, QLatin1Char('0'));
}

void Population::writeCase(QByteArray &out, const CaseCore &c, SimSeconds asOf) const
{
    const Department &d = m_catalog.departments().at(c.department);
    const Center &center = m_catalog.centers().at(d.center);
    const bool finished = c.finishedAt(asOf);
    JsonWriter w(out);
    w.begin()
        .field("projectNo", projectNo(c))
        .field("taskCode", m_catalog.items().at(c.item).taskCode)
        .field("deptCode", d.creditCode)
        .field("centerCode", center.orgCode)
        .field("windowCode", m_catalog.windows().at(c.window).code)
        .optional("staffId", c.staff >= 0 ? m_catalog.staff().at(c.staff).staffId : QString())
        .field("acceptDate", formatSimTime(c.accept))
        .optional("finishDate", finished ? formatSimTime(c.finishPlanned) : QString())
        .field("proStatus", finished ? 3 : (c.waiting ? 1 : 2))
        .field("status", "normal")
        .field("updatedAt", formatSimTime(c.updatedAt(asOf)))
        .end();
}

QString Population::commentOf(const EvaluationCore &e) const
{
    Rng rng(m_seed, RngStream::Evaluation, kTextKey + e.index);
    switch (e.text) {
    case TextKind::None:
        return {};
    case TextKind::Good:
        return goodComment(rng, e.level);
    case TextKind::Bad:
        return badComment(rng, e.level);
    case TextKind::Malicious:
        return maliciousComment(rng);
    }
    return {};
}

Evaluator Population::evaluatorOf(const CaseCore &c) const
{
    const Center &center = m_catalog.centers().at(m_catalog.departments().at(c.department).center);
    // The draws stay in this order: the generated data depends on it.
    Rng person(m_seed, RngStream::Person, c.index);
    Evaluator who;
    who.name = personName(person);
    who.mobile = makeMobileNumber(person);
    const QDate birth = QDate(1950, 1, 1).addDays(person.between(0, 56 * 365));
    who.cert = makeResidentId(center.areaCode.left(6), birth, int(person.between(1, 999)));
    who.userProp = person.chance(0.12) ? 2 : 1;
    who.anonymous = person.chance(0.03);
    if (const PlantedPerson *planted = m_plant ? m_plant->person(c.index) : nullptr) {
        for (auto [from, to] :
             {std::pair{&planted->name, &who.name}, std::pair{&planted->mobile, &who.mobile},
              std::pair{&planted->cert, &who.cert}}) {
            if (!from->isEmpty())
                *to = *from;
        }
        who.anonymous = false;
    }
    return who;
}

void Population::writeEvaluation(QByteArray &out, const CaseCore &c, const EvaluationCore &e,
                                 SimSeconds asOf) const
{
    const Department &d = m_catalog.departments().at(c.department);
    const Center &center = m_catalog.centers().at(d.center);
    Rng detail(m_seed, RngStream::Evaluation, 2 * kTextKey + e.index);
    const QList<QString> &codes = m_channelCodes[std::size_t(e.channelKind)];
    const QString pf = codes.isEmpty() ? QStringLiteral("0")
                                       : codes.at(qsizetype(detail.between(0, codes.size() - 1)));
    const QString evalDetail = detailCodes(detail, e.level);

    const Evaluator who = evaluatorOf(c);

    JsonWriter w(out);
    w.begin()
        .field("evalId", evalId(e))
        .field("projectNo", projectNo(c))
        .field("taskCode", m_catalog.items().at(c.item).taskCode)
        .field("deptCode", d.creditCode)
        .field("centerCode", center.orgCode)
        .field("windowCode", m_catalog.windows().at(c.window).code)
        .optional("staffId", c.staff >= 0 ? m_catalog.staff().at(c.staff).staffId : QString())
        .field("areaCode", center.areaCode)
        .field("pf", pf)
        .field("satisfaction", rawLevelCode(m_codes, e.level))
        .field("evalDetail", evalDetail)
        .field("writingEvaluation", commentOf(e))
        .field("assessTime", formatSimTime(e.assess))
        .field("assessNumber", e.assessNumber)
        .field("userProp", who.userProp)
        .field("userName", who.anonymous ? QString() : who.name)
        .field("mobile", who.anonymous ? QString() : who.mobile)
        .field("certkeyGOV", who.anonymous ? QString() : who.cert)
        .field("anonymous", who.anonymous)
        .field("status", e.withdrawnAt(asOf) ? "withdrawn" : "normal")
        .field("updatedAt", formatSimTime(e.updatedAt(asOf)))
        .end();
}

} // namespace pingjia
