// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlatformState.h"

#include "models/domain/Channel.h"
#include "models/domain/PlatformTime.h"
#include "models/domain/WorkingCalendar.h"
#include "tools/platform-sim/Divisions.h"
#include "tools/platform-sim/Logging.h"
#include "tools/platform-sim/Scope.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>
#include <functional>
#include <queue>

namespace pingjia {
namespace {

constexpr SimSeconds kDay = 86400;
// Clock moves are limited to this far past --now (the timeline is precomputed hourly).
constexpr SimSeconds kMaxAdvanceSpan = 3 * 366 * kDay;
// Evaluations per case beyond the first: after a bad first evaluation, and otherwise.
constexpr double kSecondRateAfterBad = 0.30;
constexpr double kSecondRateAfterGood = 0.02;

quint64 packKey(SimSeconds updatedAt, SimSeconds origin, quint32 index)
{
    return (quint64(updatedAt - origin) << 32) | index;
}

// (updatedAt, id) order: keys sort by time and index; runs with the same second are
// re-sorted by the record's id string.
QList<quint32> orderByTimeThenId(QList<quint64> keys, const std::function<QString(quint32)> &idOf)
{
    std::sort(keys.begin(), keys.end());
    QList<quint32> order;
    order.reserve(keys.size());
    qsizetype i = 0;
    while (i < keys.size()) {
        qsizetype j = i + 1;
        while (j < keys.size() && (keys.at(j) >> 32) == (keys.at(i) >> 32))
            ++j;
        if (j - i == 1) {
            order.append(quint32(keys.at(i)));
        } else {
            QList<std::pair<QString, quint32>> run;
            for (qsizetype k = i; k < j; ++k)
                run.append({idOf(quint32(keys.at(k))), quint32(keys.at(k))});
            std::sort(run.begin(), run.end());
            for (const auto &r : run)
                order.append(r.second);
        }
        i = j;
    }
    return order;
}

QJsonObject errorBody(const QString &code, const QString &message)
{
    return {{QStringLiteral("error"),
             QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}}};
}

// The platform's form: the follow-up with the number it reached.
QJsonObject badReviewJson(const HandlingRecord &r)
{
    QJsonObject json = r.toJson();
    if (r.followUp)
        json.insert(QStringLiteral("followUp"), r.followUp->toPlatformJson());
    return json;
}

enum EventOrder { CaseAccepted, CaseFinished, EvaluationArrived, ScriptStep, EvaluationWithdrawn };

struct Event {
    SimSeconds at;
    int order;
    quint32 index;
    bool operator>(const Event &o) const
    {
        return std::tie(at, order, index) > std::tie(o.at, o.order, o.index);
    }
};

} // namespace

PlatformState::PlatformState(const SimOptions &options) : m_options(options)
{
    build();
}

PlatformState::~PlatformState() = default;

void PlatformState::reset()
{
    ++m_epoch;
    build();
}

SimSeconds PlatformState::horizon() const
{
    return toSimSeconds(m_options.now) + kMaxAdvanceSpan;
}

void PlatformState::build()
{
    QElapsedTimer timer;
    timer.start();
    m_now = toSimSeconds(m_options.now);
    m_start = toSimSeconds(m_options.now.addMonths(-m_options.months));
    m_catalog = std::make_unique<OrgCatalog>(m_options.seed, m_options.targetEvaluations, m_start,
                                             Divisions::builtin());
    m_plant = std::make_unique<IntegrityPlant>(m_options.seed, m_options.plantIntegrity, m_now);
    m_plant->plantDepartments(*m_catalog);
    m_timeline = std::make_unique<ActivityTimeline>(
        m_start, horizon() + kMaxEvaluationChangeLag + kDay, WorkingCalendar::builtin());
    const double perCase =
        m_catalog->meanEvaluationsPerCase(kSecondRateAfterGood, kSecondRateAfterBad);
    // A little more than target / mean: the evaluations of the last days have not arrived.
    const double cases = double(m_options.targetEvaluations) / perCase * 1.02 + 1;
    m_population =
        std::make_unique<Population>(m_options.seed, *m_catalog, *m_timeline,
                                     cases / m_timeline->activityAt(m_now), m_options.codes);
    if (m_options.plantIntegrity > 0) {
        m_plant->plantCases(*m_population);
        m_population->setPlant(m_plant.get());
    }
    m_machine =
        std::make_unique<HandlingStateMachine>(m_options.policy, WorkingCalendar::builtin());
    m_script = std::make_unique<HandlingScript>(m_options.seed, *m_machine, *m_catalog);
    m_badReviews.clear();
    m_answers.clear();
    buildBase();
    qCInfo(lcSim).noquote() << QStringLiteral(
                                   "generated %1 centers, %2 departments, %3 windows, %4 cases, "
                                   "%5 evaluations, %6 bad reviews in %7 ms")
                                   .arg(m_catalog->centers().size())
                                   .arg(m_catalog->departments().size())
                                   .arg(m_catalog->windows().size())
                                   .arg(feed(ListKind::Cases).size())
                                   .arg(feed(ListKind::Evaluations).size())
                                   .arg(feed(ListKind::BadReviews).size())
                                   .arg(timer.elapsed());
}

QByteArray PlatformState::plantedJson() const
{
    return m_plant->plantedJson(*m_population);
}

void PlatformState::buildBase()
{
    const SimSeconds origin = m_start - 400 * kDay;
    const OrgCatalog &cat = *m_catalog;

    QList<quint64> keys;
    for (int i = 0; i < cat.orgRows().size(); ++i)
        keys.append(packKey(cat.orgUpdatedAt(cat.orgRows().at(i)), origin, quint32(i)));
    m_feeds[std::size_t(ListKind::Orgs)].setBase(orderByTimeThenId(
        keys, [&](quint32 i) { return cat.orgCode(cat.orgRows().at(qsizetype(i))); }));

    keys.clear();
    for (int i = 0; i < cat.staff().size(); ++i)
        keys.append(packKey(m_start, origin, quint32(i)));
    m_feeds[std::size_t(ListKind::Staff)].setBase(
        orderByTimeThenId(keys, [&](quint32 i) { return cat.staff().at(qsizetype(i)).staffId; }));

    keys.clear();
    for (int i = 0; i < cat.items().size(); ++i)
        keys.append(packKey(cat.items().at(i).updatedAt, origin, quint32(i)));
    m_feeds[std::size_t(ListKind::Items)].setBase(
        orderByTimeThenId(keys, [&](quint32 i) { return cat.items().at(qsizetype(i)).taskCode; }));

    QList<quint64> caseKeys, evalKeys;
    const Population &pop = *m_population;
    for (quint32 i = 0;; ++i) {
        const CaseCore c = pop.caseCore(i);
        if (c.accept > m_now)
            break;
        caseKeys.append(packKey(c.updatedAt(m_now), origin, i));
        for (const EvaluationCore &e : pop.evaluationsOf(c)) {
            if (!e.existsAt(m_now))
                continue;
            evalKeys.append(packKey(e.updatedAt(m_now), origin, e.index));
            if (e.bad())
                createBadReview(c, e, m_now);
        }
    }
    m_feeds[std::size_t(ListKind::Cases)].setBase(orderByTimeThenId(
        std::move(caseKeys), [&](quint32 i) { return pop.projectNo(pop.caseCore(i)); }));
    m_feeds[std::size_t(ListKind::Evaluations)].setBase(orderByTimeThenId(
        std::move(evalKeys), [&](quint32 i) { return pop.evalId(pop.evaluation(i)); }));

    QList<quint64> reviewKeys;
    for (auto it = m_badReviews.cbegin(); it != m_badReviews.cend(); ++it)
        reviewKeys.append(packKey(toSimSeconds(it->record.updatedAt), origin, it.key()));
    m_feeds[std::size_t(ListKind::BadReviews)].setBase(orderByTimeThenId(
        std::move(reviewKeys), [&](quint32 i) { return m_badReviews.value(i).record.evalId; }));
}

void PlatformState::createBadReview(const CaseCore &c, const EvaluationCore &e, SimSeconds until)
{
    BadReview br;
    br.department = c.department;
    br.window = c.window;
    br.record = m_machine->initialRecord(m_population->evalId(e), e.level,
                                         m_population->commentOf(e), toDateTime(e.assess));
    br.record.updatedAt = toDateTime(e.arrival);
    br.pending = m_script->scriptFor(br.record, c, e);
    setFollowUpPhones(br.pending, c, e, until);
    const bool withdrawn = e.withdrawnAt(until);
    runScript(br, withdrawn ? e.withdrawAt : until);
    if (withdrawn)
        withdraw(br, e.withdrawAt);
    m_badReviews.insert(e.index, br);
}

// The number each follow-up visit reached (PLATFORM_API.md): the evaluator's mobile for a
// call or a text, none for a visit or an anonymous evaluator; a planted
// followUpStaffPhone item reached a staff member's phone instead.
void PlatformState::setFollowUpPhones(QList<ScriptedAction> &script, const CaseCore &c,
                                      const EvaluationCore &e, SimSeconds until)
{
    for (ScriptedAction &step : script) {
        if (step.action.type != ActionType::FollowUp ||
            step.action.payload.value(QLatin1String("method")).toString() == QLatin1String("visit"))
            continue;
        const Evaluator who = m_population->evaluatorOf(c);
        QString phone = who.anonymous ? QString() : who.mobile;
        if (m_options.plantIntegrity > 0) {
            if (auto staff = m_plant->plantFollowUpPhone(*m_population, c, e, script, until))
                phone = *staff;
        }
        if (!phone.isEmpty())
            step.action.payload.insert(QStringLiteral("phone"), phone);
    }
}

void PlatformState::runScript(BadReview &br, SimSeconds until)
{
    while (!br.pending.isEmpty() && br.pending.constFirst().at <= until) {
        const ScriptedAction step = br.pending.takeFirst();
        const TransitionResult r = m_machine->apply(br.record, step.action);
        if (!r.ok) {
            qCWarning(lcSim) << "script step refused" << br.record.evalId << r.errorCode
                             << r.message;
            br.pending.clear();
            return;
        }
        br.record = r.record;
        br.record.updatedAt = toDateTime(step.at);
    }
}

void PlatformState::withdraw(BadReview &br, SimSeconds at)
{
    br.record.withdrawn = true;
    br.record.updatedAt = toDateTime(at);
    br.pending.clear();
}

std::array<int, kListCount> PlatformState::advance(SimSeconds seconds)
{
    std::array<int, kListCount> counts{};
    const SimSeconds t0 = m_now;
    const SimSeconds t1 = std::min(m_now + seconds, horizon());
    const Population &pop = *m_population;
    std::priority_queue<Event, std::vector<Event>, std::greater<>> events;
    const auto inWindow = [&](SimSeconds t) { return t > t0 && t <= t1; };

    for (quint32 i = pop.firstCaseFrom(t0 - kMaxEvaluationChangeLag);; ++i) {
        const CaseCore c = pop.caseCore(i);
        if (c.accept > t1)
            break;
        if (inWindow(c.accept))
            events.push({c.accept, CaseAccepted, i});
        if (inWindow(c.finishVisible))
            events.push({c.finishVisible, CaseFinished, i});
        for (const EvaluationCore &e : pop.evaluationsOf(c)) {
            if (!e.exists)
                continue;
            if (inWindow(e.arrival))
                events.push({e.arrival, EvaluationArrived, e.index});
            if (e.withdrawAt != 0 && inWindow(e.withdrawAt))
                events.push({e.withdrawAt, EvaluationWithdrawn, e.index});
        }
    }
    for (auto it = m_badReviews.cbegin(); it != m_badReviews.cend(); ++it) {
        for (const ScriptedAction &s : it->pending) {
            if (inWindow(s.at))
                events.push({s.at, ScriptStep, it.key()});
        }
    }

    const auto bump = [&](ListKind kind, quint32 index) {
        m_feeds[std::size_t(kind)].append(index);
        ++counts[std::size_t(kind)];
    };
    while (!events.empty()) {
        const Event ev = events.top();
        events.pop();
        m_now = ev.at;
        switch (ev.order) {
        case CaseAccepted:
        case CaseFinished:
            bump(ListKind::Cases, ev.index);
            break;
        case EvaluationArrived: {
            bump(ListKind::Evaluations, ev.index);
            const CaseCore c = pop.caseCore(ev.index / 2);
            const EvaluationCore e = pop.evaluationsOf(c)[ev.index % 2];
            if (e.bad()) {
                createBadReview(c, e, ev.at);
                bump(ListKind::BadReviews, ev.index);
                for (const ScriptedAction &s : m_badReviews.value(ev.index).pending) {
                    if (inWindow(s.at))
                        events.push({s.at, ScriptStep, ev.index});
                }
            }
            break;
        }
        case ScriptStep: {
            auto it = m_badReviews.find(ev.index);
            if (it == m_badReviews.end() || it->pending.isEmpty() ||
                it->pending.constFirst().at > ev.at)
                break; // already applied at this second, taken over, or withdrawn
            runScript(*it, ev.at);
            bump(ListKind::BadReviews, ev.index);
            break;
        }
        case EvaluationWithdrawn: {
            bump(ListKind::Evaluations, ev.index);
            auto it = m_badReviews.find(ev.index);
            if (it != m_badReviews.end()) {
                withdraw(*it, ev.at);
                bump(ListKind::BadReviews, ev.index);
            }
            break;
        }
        }
    }
    m_now = t1;
    return counts;
}

void PlatformState::render(QByteArray &out, ListKind kind, quint32 index) const
{
    const OrgCatalog &cat = *m_catalog;
    const auto compact = [&out](const QJsonObject &o) {
        out += QJsonDocument(o).toJson(QJsonDocument::Compact);
    };
    switch (kind) {
    case ListKind::Orgs:
        return compact(cat.orgJson(cat.orgRows().at(qsizetype(index))));
    case ListKind::Staff:
        return compact(cat.staffJson(int(index)));
    case ListKind::Items:
        return compact(cat.itemJson(int(index)));
    case ListKind::Cases:
        return m_population->writeCase(out, m_population->caseCore(index), m_now);
    case ListKind::Evaluations: {
        const CaseCore c = m_population->caseCore(index / 2);
        return m_population->writeEvaluation(out, c, m_population->evaluationsOf(c)[index % 2],
                                             m_now);
    }
    case ListKind::BadReviews:
        return compact(badReviewJson(m_badReviews.value(index).record));
    }
}

bool PlatformState::visible(ListKind kind, quint32 index, const Scope &scope) const
{
    if (scope.all())
        return true;
    const OrgCatalog &cat = *m_catalog;
    switch (kind) {
    case ListKind::Orgs: {
        const OrgRow &row = cat.orgRows().at(qsizetype(index));
        switch (row.kind) {
        case OrgRow::Kind::Center:
            return scope.center(row.index);
        case OrgRow::Kind::Department:
            return scope.department(row.index);
        case OrgRow::Kind::Window:
            return scope.window(row.index);
        }
        return false;
    }
    case ListKind::Staff: {
        const Staff &s = cat.staff().at(qsizetype(index));
        return s.window >= 0 ? scope.window(s.window) : scope.department(s.department);
    }
    case ListKind::Items:
        return scope.touchesDepartment(cat.items().at(qsizetype(index)).department);
    case ListKind::Cases: {
        const CaseCore c = m_population->caseCore(index);
        return scope.served(c.department, c.window);
    }
    case ListKind::Evaluations: {
        const CaseCore c = m_population->caseCore(index / 2);
        return scope.served(c.department, c.window);
    }
    case ListKind::BadReviews: {
        const auto it = m_badReviews.constFind(index);
        return it != m_badReviews.cend() && scope.served(it->department, it->window);
    }
    }
    return false;
}

std::optional<quint32> PlatformState::evalIndexOf(const QString &evalId) const
{
    static const QRegularExpression pattern(QStringLiteral("^E\\d{8}(\\d{9})$"));
    const auto m = pattern.match(evalId);
    if (!m.hasMatch())
        return std::nullopt;
    const quint32 index = m.captured(1).toUInt();
    const auto it = m_badReviews.constFind(index);
    if (it == m_badReviews.cend() || it->record.evalId != evalId)
        return std::nullopt;
    return index;
}

ActionAnswer PlatformState::answer(const QString &actionId, int status, const QJsonObject &body)
{
    ActionAnswer a{status, QJsonDocument(body).toJson(QJsonDocument::Compact)};
    if (!actionId.isEmpty())
        m_answers.insert(actionId, a);
    return a;
}

ActionAnswer PlatformState::applyAction(const QString &evalId, const QByteArray &body,
                                        const QString &actor, const Scope &scope)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (!doc.isObject())
        return answer({}, 400,
                      errorBody(QStringLiteral("bad_request"),
                                QStringLiteral("The body must be a JSON object: %1")
                                    .arg(parseError.errorString())));
    const QJsonObject o = doc.object();
    const QString actionId = o.value(QLatin1String("actionId")).toString().trimmed();
    if (actionId.isEmpty())
        return answer({}, 422,
                      errorBody(QLatin1String(kErrorInvalidPayload),
                                QStringLiteral("\"actionId\" is required.")));
    if (const auto it = m_answers.constFind(actionId); it != m_answers.cend())
        return *it;

    const auto type = actionTypeFromString(o.value(QLatin1String("type")).toString());
    if (!type)
        return answer(actionId, 422,
                      errorBody(QLatin1String(kErrorInvalidPayload),
                                QStringLiteral("Unknown action type \"%1\".")
                                    .arg(o.value(QLatin1String("type")).toString())));
    const QJsonValue base = o.value(QLatin1String("baseVersion"));
    if (!base.isDouble() || base.toDouble() != double(base.toInteger()))
        return answer(actionId, 422,
                      errorBody(QLatin1String(kErrorInvalidPayload),
                                QStringLiteral("\"baseVersion\" must be a whole number.")));
    QDateTime at = toDateTime(m_now);
    const QJsonValue atValue = o.value(QLatin1String("at"));
    if (!atValue.isUndefined() && !atValue.isNull()) {
        at = parsePlatformTime(atValue.toString());
        if (!at.isValid())
            return answer(actionId, 422,
                          errorBody(QLatin1String(kErrorInvalidPayload),
                                    QStringLiteral("\"at\" must be \"yyyy-MM-dd HH:mm:ss\".")));
    }
    const QJsonValue payload = o.value(QLatin1String("payload"));
    if (!payload.isUndefined() && !payload.isNull() && !payload.isObject())
        return answer(actionId, 422,
                      errorBody(QLatin1String(kErrorInvalidPayload),
                                QStringLiteral("\"payload\" must be an object.")));

    const auto index = evalIndexOf(evalId);
    auto it = index ? m_badReviews.find(*index) : m_badReviews.end();
    if (it == m_badReviews.end() || !scope.served(it->department, it->window))
        return answer(actionId, 404,
                      errorBody(QStringLiteral("not_found"),
                                QStringLiteral("No bad review %1 in your scope.").arg(evalId)));
    if (base.toInteger() != it->record.version) {
        QJsonObject conflict = errorBody(
            QStringLiteral("version_conflict"),
            QStringLiteral("The record is at version %1, not %2: it was changed meanwhile.")
                .arg(it->record.version)
                .arg(base.toInteger()));
        conflict.insert(QStringLiteral("current"), badReviewJson(it->record));
        return answer(actionId, 409, conflict);
    }
    const TransitionResult r = m_machine->apply(
        it->record, HandlingAction{actionId, *type, actor, at, payload.toObject()});
    if (!r.ok)
        return answer(actionId, 422, errorBody(r.errorCode, r.message));
    it->record = r.record;
    it->record.updatedAt = toDateTime(m_now);
    it->pending.clear(); // people took over: the platform's script stops here
    m_feeds[std::size_t(ListKind::BadReviews)].append(*index);
    qCInfo(lcSim).noquote() << actor << toString(*type) << evalId << "->"
                            << toString(it->record.state) << "version" << it->record.version;
    return answer(actionId, 200, badReviewJson(it->record));
}

QJsonObject PlatformState::meta() const
{
    return {{QStringLiteral("apiVersion"), 1},
            {QStringLiteral("platformName"), QStringLiteral("甘肃政务服务网好差评系统（模拟）")},
            {QStringLiteral("codes"), codeSetToString(m_options.codes)},
            {QStringLiteral("channels"), ChannelTable::forCodeSet(m_options.codes).toJson()},
            {QStringLiteral("policy"), m_options.policy.toJson()},
            {QStringLiteral("serverTime"), formatSimTime(m_now)}};
}

} // namespace pingjia
