// SPDX-License-Identifier: GPL-3.0-or-later
// BadReviewQuery against a real SQLite cache and local-work file: every filter, every
// sort, paging boundaries and the overlay, each checked against a brute-force oracle
// computed in C++ from the same records (the effective record of each evaluation).

#include "QueueFixture.h"

#include "models/domain/Clock.h"
#include "models/domain/Deadlines.h"
#include "models/domain/EvaluationValidity.h"
#include "models/domain/Overdue.h"
#include "models/store/BadReviewQuery.h"
#include "models/store/BadReviewSql.h"
#include "models/store/LocalActionRecorder.h"

#include <QtTest>

#include <algorithm>

using namespace pingjia;
using namespace pingjia::queuetest;

namespace {

const QDateTime kNow = at("2026-10-20 10:00:00");

struct Effective {
    Evaluation evaluation;
    HandlingRecord record;
    bool valid = false;
    bool pendingUpload = false;
};

QDateTime running(const HandlingRecord &r)
{
    if (r.state == HandlingState::Unverified)
        return r.verifyDeadline;
    if (r.state == HandlingState::Confirmed || r.state == HandlingState::Rectifying)
        return r.effectiveRectificationDeadline();
    return {};
}

bool matches(const Effective &e, const BadReviewFilter &f, const QDateTime &now)
{
    const Evaluation &ev = e.evaluation;
    const HandlingRecord &r = e.record;
    if (!f.states.isEmpty() && !f.states.contains(r.state))
        return false;
    const QDateTime run = running(r);
    switch (f.due) {
    case BadReviewFilter::Due::Any:
        break;
    case BadReviewFilter::Due::Overdue:
        if (!run.isValid() || !(run < now))
            return false;
        break;
    case BadReviewFilter::Due::DueToday:
        if (!run.isValid() || run < now || platformDate(run) != platformDate(now))
            return false;
        break;
    case BadReviewFilter::Due::Within24h:
        if (!run.isValid() || run < now || run > now.addSecs(86400))
            return false;
        break;
    }
    if (!f.deptCodes.isEmpty() && !f.deptCodes.contains(ev.deptCode))
        return false;
    if (!f.centerCodes.isEmpty() && !f.centerCodes.contains(ev.centerCode))
        return false;
    if (!f.channelCodes.isEmpty() && !f.channelCodes.contains(ev.channelCode))
        return false;
    if (!f.taskCodes.isEmpty() && !f.taskCodes.contains(ev.taskCode))
        return false;
    if (!f.levels.isEmpty() && !f.levels.contains(ev.level))
        return false;
    if (f.from.isValid() && platformDate(ev.assessTime) < f.from)
        return false;
    if (f.to.isValid() && platformDate(ev.assessTime) > f.to)
        return false;
    if (f.validity == BadReviewFilter::Validity::Valid && !e.valid)
        return false;
    if (f.validity == BadReviewFilter::Validity::Invalid && e.valid)
        return false;
    if (!f.text.isEmpty() && !ev.text.contains(f.text))
        return false;
    if (!f.awaitingApprovalBy.isEmpty()) {
        const bool pending = r.state == HandlingState::InvalidRequested ||
                             (r.delayPending && (r.state == HandlingState::Confirmed ||
                                                 r.state == HandlingState::Rectifying));
        if (!pending)
            return false;
        QString requester;
        for (const HistoryEntry &h : r.history) {
            if (h.type == ActionType::RequestInvalid || h.type == ActionType::RequestDelay)
                requester = h.actor;
        }
        if (requester == f.awaitingApprovalBy)
            return false;
    }
    if (f.awaitingFollowUp && r.state != HandlingState::Rectified)
        return false;
    if (f.pendingUploadOnly && !e.pendingUpload)
        return false;
    if (f.delayedOnly &&
        !((r.state == HandlingState::Confirmed || r.state == HandlingState::Rectifying) &&
          (r.delayDeadline.isValid() || r.delayPending)))
        return false;
    if (f.evalIds && !f.evalIds->contains(ev.evalId))
        return false;
    return true;
}

} // namespace

class TestBadReviewQuery : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void queueHoldsBadReviewsOnly();
    void sqlMirrorsTheDomainRules();
    void filters_data();
    void filters();
    void savedViews();
    void textSearchFindsTwoCharacterTerms();
    void sorts_data();
    void sorts();
    void pagingBoundaries();
    void overlayOnTop();
    void derivedRowWithoutHandlingRecord();
    void detailMergesTimeline();
    void policyFromPlatformMeta();
    void emptyCache();

private:
    QStringList expected(const BadReviewFilter &f, const QDateTime &now) const;
    void rebuildOracle();

    QueueStores m_stores;
    QList<Sample> m_samples;
    QList<Effective> m_effective;
    std::unique_ptr<BadReviewQuery> m_query;
    DeadlinePolicy m_policy;
};

void TestBadReviewQuery::initTestCase()
{
    QVERIFY(m_stores.open());
    m_policy.rectifyDays = 10;
    QVERIFY(m_stores.savePolicy(m_policy));
    QVERIFY(m_stores.writeReference());
    m_samples = randomSamples(1500, 20261020, kNow, m_policy);
    QVERIFY(m_stores.write(m_samples));
    m_query = std::make_unique<BadReviewQuery>(m_stores.cache, &m_stores.work);
    rebuildOracle();
}

void TestBadReviewQuery::cleanupTestCase()
{
    Clock::clearOverride();
}

void TestBadReviewQuery::rebuildOracle()
{
    m_effective.clear();
    const HandlingStateMachine machine(m_policy);
    LocalWorkStore work(m_stores.work);
    for (const Sample &s : std::as_const(m_samples)) {
        const Evaluation &e = s.evaluation;
        if (e.withdrawn || e.level > 2)
            continue;
        Effective x{e, {}, evaluationValidity(e.level, e.text, false) == Validity::Valid, false};
        if (auto overlay = work.overlay(e.evalId)) {
            x.record = *overlay;
            x.pendingUpload = true;
        } else if (s.platform) {
            x.record = *s.platform;
        } else {
            x.record = machine.initialRecord(e.evalId, e.level, e.text, e.assessTime);
        }
        m_effective << x;
    }
}

QStringList TestBadReviewQuery::expected(const BadReviewFilter &f, const QDateTime &now) const
{
    QStringList ids;
    for (const Effective &e : m_effective) {
        if (matches(e, f, now))
            ids << e.evaluation.evalId;
    }
    ids.sort();
    return ids;
}

static QStringList sorted(QStringList ids)
{
    ids.sort();
    return ids;
}

void TestBadReviewQuery::sqlMirrorsTheDomainRules()
{
    // Where the queue's SQL mirrors a rule of models/domain (BadReviewSql names each), both
    // give the same answer on the same rows, at several moments.
    QStringList running;
    for (HandlingState s : kAllHandlingStates) {
        if (rectificationRunning(s))
            running << QLatin1Char('\'') + toString(s) + QLatin1Char('\'');
    }
    QCOMPARE(BadReviewSql::rectificationRunningStates(), running.join(QStringLiteral(", ")));
    // The verify deadline of a row whose handling record has not synced: strftime() in SQL,
    // verifyDeadline() in Deadlines.h.
    int derived = 0;
    for (const BadReviewRow &row :
         m_query->page({}, BadReviewSort::AssessTime, Qt::AscendingOrder, 0, 100000, kNow)) {
        if (!row.derived || !row.valid)
            continue;
        ++derived;
        QCOMPARE(row.verifyDeadline, verifyDeadline(row.assessTime, m_policy));
    }
    QVERIFY(derived > 0);
    for (int hours : {-24 * 40, -72, -1, 0, 1, 24, 24 * 12}) {
        const QDateTime now = kNow.addSecs(qint64(hours) * 3600);
        // Overdue: "r.running < now" against isOverdue() (Overdue.h).
        BadReviewFilter overdue;
        overdue.due = BadReviewFilter::Due::Overdue;
        QStringList domain;
        for (const Effective &e : std::as_const(m_effective)) {
            if (isOverdue(e.record, now))
                domain << e.evaluation.evalId;
        }
        QCOMPARE(
            sorted(m_query->evalIds(overdue, BadReviewSort::AssessTime, Qt::AscendingOrder, now)),
            sorted(domain));
    }
    // Delayed: BadReviewSql::delayed() against rectificationRunning() and the record.
    BadReviewFilter delayedOnly;
    delayedOnly.delayedOnly = true;
    QStringList delayed;
    for (const Effective &e : std::as_const(m_effective)) {
        if (rectificationRunning(e.record.state) &&
            (e.record.delayDeadline.isValid() || e.record.delayPending))
            delayed << e.evaluation.evalId;
    }
    QVERIFY(!delayed.isEmpty());
    QCOMPARE(
        sorted(m_query->evalIds(delayedOnly, BadReviewSort::AssessTime, Qt::AscendingOrder, kNow)),
        sorted(delayed));
}

void TestBadReviewQuery::queueHoldsBadReviewsOnly()
{
    StoreResult error;
    const qint64 n = m_query->count({}, kNow, &error);
    QVERIFY2(error.ok(), qPrintable(error.message));
    QCOMPARE(n, qint64(m_effective.size()));
    QVERIFY(n > 900); // the sample is big enough to mean something
    const QStringList all =
        m_query->evalIds({}, BadReviewSort::AssessTime, Qt::AscendingOrder, kNow, &error);
    QCOMPARE(sorted(all), expected({}, kNow));
    // Withdrawn and level 3–5 evaluations are not in the queue.
    for (const Sample &s : std::as_const(m_samples)) {
        if (s.evaluation.withdrawn || s.evaluation.level > 2)
            QVERIFY(!all.contains(s.evaluation.evalId));
    }
}

void TestBadReviewQuery::filters_data()
{
    QTest::addColumn<BadReviewFilter>("filter");
    auto add = [](const char *name, const BadReviewFilter &f) { QTest::newRow(name) << f; };
    BadReviewFilter f;
    for (HandlingState s : kAllHandlingStates) {
        f = {};
        f.states = {s};
        QTest::newRow(qPrintable(QStringLiteral("state %1").arg(toString(s)))) << f;
    }
    f = {};
    f.states = {HandlingState::Confirmed, HandlingState::Rectifying};
    add("two states", f);
    f = {};
    f.due = BadReviewFilter::Due::Overdue;
    add("overdue", f);
    f.due = BadReviewFilter::Due::DueToday;
    add("due today", f);
    f.due = BadReviewFilter::Due::Within24h;
    add("within 24 h", f);
    f = {};
    f.deptCodes = {kDeptA};
    add("department", f);
    f.deptCodes = {kDeptB, kDeptD};
    add("two departments, one never synced", f);
    f = {};
    f.centerCodes = {kCenterB};
    add("center", f);
    f = {};
    f.channelCodes = {QStringLiteral("4"), QStringLiteral("7")};
    add("channels", f);
    f = {};
    f.taskCodes = {QStringLiteral("T3")};
    add("service item", f);
    f = {};
    f.levels = {1};
    add("level 1", f);
    f.levels = {2};
    add("level 2", f);
    f = {};
    f.from = QDate(2026, 9, 1);
    f.to = QDate(2026, 9, 30);
    add("date range", f);
    f = {};
    f.to = QDate(2026, 8, 31);
    add("open start", f);
    f = {};
    f.validity = BadReviewFilter::Validity::Valid;
    add("valid", f);
    f.validity = BadReviewFilter::Validity::Invalid;
    add("invalid", f);
    f = {};
    f.text = QStringLiteral("排队");
    add("text 排队", f);
    f.text = QStringLiteral("态度");
    add("text 态度", f);
    f.text = QStringLiteral("两个小时无人");
    add("text long", f);
    f.text = QStringLiteral("慢");
    add("text one character", f);
    f.text = QStringLiteral("SLOW");
    add("text latin", f);
    f = {};
    f.awaitingApprovalBy = QStringLiteral("alice");
    add("awaiting approval by alice", f);
    f.awaitingApprovalBy = QStringLiteral("bob");
    add("awaiting approval by bob", f);
    f = {};
    f.awaitingFollowUp = true;
    add("awaiting follow-up", f);
    f = {};
    f.delayedOnly = true;
    add("delayed", f);
    f = {};
    f.evalIds = QStringList{QStringLiteral("E000001"), QStringLiteral("E000002"),
                            QStringLiteral("E000010"), QStringLiteral("nope")};
    add("eval ids", f);
    f.evalIds = QStringList{};
    add("no eval ids", f);
    f = {};
    f.deptCodes = {kDeptA, kDeptC};
    f.states = {HandlingState::Unverified, HandlingState::Confirmed};
    f.due = BadReviewFilter::Due::Overdue;
    f.levels = {1, 2};
    f.validity = BadReviewFilter::Validity::Valid;
    f.from = QDate(2026, 8, 15);
    add("combined", f);
}

void TestBadReviewQuery::filters()
{
    QFETCH(BadReviewFilter, filter);
    StoreResult error;
    const QStringList want = expected(filter, kNow);
    const QStringList got =
        m_query->evalIds(filter, BadReviewSort::Urgency, Qt::AscendingOrder, kNow, &error);
    QVERIFY2(error.ok(), qPrintable(error.message));
    QCOMPARE(sorted(got), want);
    QCOMPARE(m_query->count(filter, kNow, &error), qint64(want.size()));
    const QList<BadReviewRow> rows = m_query->page(filter, BadReviewSort::AssessTime,
                                                   Qt::DescendingOrder, 0, 5000, kNow, &error);
    QCOMPARE(rows.size(), want.size());
}

void TestBadReviewQuery::savedViews()
{
    StoreResult error;
    for (SavedView v : kAllSavedViews) {
        const BadReviewFilter f = savedViewFilter(v, QStringLiteral("bob"));
        QCOMPARE(
            sorted(m_query->evalIds(f, BadReviewSort::Urgency, Qt::AscendingOrder, kNow, &error)),
            expected(f, kNow));
        QVERIFY(!savedViewName(v).isEmpty());
    }
    QCOMPARE(savedViewFilter(SavedView::Unverified, {}).states,
             QList<HandlingState>{HandlingState::Unverified});
    // Nobody signed in: nothing awaits "my" approval.
    QCOMPARE(m_query->count(savedViewFilter(SavedView::AwaitingMyApproval, {}), kNow), qint64(0));
    QVERIFY(m_query->count(savedViewFilter(SavedView::AwaitingMyApproval, QStringLiteral("bob")),
                           kNow) > 0);
}

void TestBadReviewQuery::textSearchFindsTwoCharacterTerms()
{
    BadReviewFilter f;
    f.text = QStringLiteral("排队");
    const QList<BadReviewRow> rows =
        m_query->page(f, BadReviewSort::AssessTime, Qt::AscendingOrder, 0, 5000, kNow);
    QVERIFY(!rows.isEmpty());
    for (const BadReviewRow &r : rows)
        QVERIFY2(r.commentExcerpt.contains(QStringLiteral("排队")), qPrintable(r.commentExcerpt));
    f.text = QStringLiteral("态度");
    QVERIFY(m_query->count(f, kNow) > 0);
    f.text = QStringLiteral("不存在的词");
    QCOMPARE(m_query->count(f, kNow), qint64(0));
}

void TestBadReviewQuery::sorts_data()
{
    QTest::addColumn<int>("sort");
    QTest::addColumn<int>("order");
    const char *names[] = {"level",
                           "assess time",
                           "center",
                           "department",
                           "window",
                           "staff",
                           "channel",
                           "comment",
                           "state",
                           "verify deadline",
                           "rectification deadline",
                           "urgency"};
    for (int s = 0; s <= int(BadReviewSort::Urgency); ++s) {
        QTest::newRow(qPrintable(QStringLiteral("%1 asc").arg(QLatin1String(names[s]))))
            << s << int(Qt::AscendingOrder);
        QTest::newRow(qPrintable(QStringLiteral("%1 desc").arg(QLatin1String(names[s]))))
            << s << int(Qt::DescendingOrder);
    }
}

void TestBadReviewQuery::sorts()
{
    QFETCH(int, sort);
    QFETCH(int, order);
    const auto s = BadReviewSort(sort);
    const auto o = Qt::SortOrder(order);
    StoreResult error;
    const QList<BadReviewRow> rows = m_query->page({}, s, o, 0, 100000, kNow, &error);
    QVERIFY2(error.ok(), qPrintable(error.message));
    QCOMPARE(rows.size(), m_effective.size());
    // The key of each sort, as the user sees it; nulls last in both directions.
    auto key = [s](const BadReviewRow &r) -> QVariant {
        auto orName = [](const QString &name, const QString &code) {
            return QVariant(name.isEmpty() ? code : name);
        };
        switch (s) {
        case BadReviewSort::Level:
            return r.level;
        case BadReviewSort::AssessTime:
            return r.assessTime;
        case BadReviewSort::Center:
            return orName(r.centerName, r.centerCode);
        case BadReviewSort::Department:
            return orName(r.deptName, r.deptCode);
        case BadReviewSort::Window:
            return orName(r.windowName, r.windowCode);
        case BadReviewSort::Staff:
            return orName(r.staffName, r.staffId);
        case BadReviewSort::Channel:
            return r.channelCode;
        case BadReviewSort::Comment:
            return QVariant();
        case BadReviewSort::State: {
            const HandlingState order[] = {
                HandlingState::Unverified, HandlingState::InvalidRequested,
                HandlingState::Confirmed,  HandlingState::Rectifying,
                HandlingState::Rectified,  HandlingState::Closed,
                HandlingState::NotAdopted, HandlingState::Invalid};
            return int(std::find(std::begin(order), std::end(order), r.state) - order);
        }
        case BadReviewSort::VerifyDeadline:
            return r.verifyDeadline.isValid() ? QVariant(r.verifyDeadline) : QVariant();
        case BadReviewSort::RectificationDeadline:
            return r.effectiveRectificationDeadline.isValid()
                       ? QVariant(r.effectiveRectificationDeadline)
                       : QVariant();
        case BadReviewSort::Urgency:
            return r.runningDeadline().isValid() ? QVariant(r.runningDeadline()) : QVariant();
        }
        return {};
    };
    if (s == BadReviewSort::Comment)
        return; // SQLite orders text by bytes; checked by the model test's round trip
    bool seenNull = false;
    for (int i = 1; i < rows.size(); ++i) {
        const QVariant a = key(rows.at(i - 1));
        const QVariant b = key(rows.at(i));
        if (a.isNull())
            seenNull = true;
        if (seenNull) {
            QVERIFY2(b.isNull(), "nulls come last");
            continue;
        }
        if (b.isNull())
            continue;
        const auto cmp = QVariant::compare(a, b);
        if (o == Qt::AscendingOrder)
            QVERIFY2(cmp != QPartialOrdering::Greater,
                     qPrintable(rows.at(i - 1).evalId + QLatin1Char(' ') + rows.at(i).evalId));
        else
            QVERIFY2(cmp != QPartialOrdering::Less,
                     qPrintable(rows.at(i - 1).evalId + QLatin1Char(' ') + rows.at(i).evalId));
    }
}

void TestBadReviewQuery::pagingBoundaries()
{
    StoreResult error;
    const QList<BadReviewRow> all =
        m_query->page({}, BadReviewSort::Urgency, Qt::AscendingOrder, 0, 100000, kNow, &error);
    const int n = int(all.size());
    // Pages of 200 put back together are the whole, in order, without overlap.
    QStringList joined;
    for (int offset = 0; offset < n + 200; offset += 200) {
        const auto page =
            m_query->page({}, BadReviewSort::Urgency, Qt::AscendingOrder, offset, 200, kNow);
        QVERIFY(page.size() <= 200);
        if (offset + 200 <= n)
            QCOMPARE(page.size(), 200);
        for (const auto &r : page)
            joined << r.evalId;
    }
    QStringList allIds;
    for (const auto &r : all)
        allIds << r.evalId;
    QCOMPARE(joined, allIds);
    // The last row, one past it, and an empty limit.
    QCOMPARE(m_query->page({}, BadReviewSort::Urgency, Qt::AscendingOrder, n - 1, 10, kNow).size(),
             qsizetype(1));
    QCOMPARE(m_query->page({}, BadReviewSort::Urgency, Qt::AscendingOrder, n, 10, kNow).size(),
             qsizetype(0));
    QCOMPARE(m_query->page({}, BadReviewSort::Urgency, Qt::AscendingOrder, 0, 0, kNow).size(),
             qsizetype(0));
}

void TestBadReviewQuery::overlayOnTop()
{
    // bob verifies an unverified row locally: the queue shows it confirmed and pending
    // upload, before the platform knows anything.
    QString target;
    for (const Effective &e : std::as_const(m_effective)) {
        if (e.record.state == HandlingState::Unverified && !e.pendingUpload && e.valid) {
            target = e.evaluation.evalId;
            break;
        }
    }
    QVERIFY(!target.isEmpty());
    Clock::setOverride(kNow);
    LocalActionRecorder recorder(m_stores.cache, m_stores.work);
    const RecordedAction done =
        recorder.record(target, ActionType::Verify,
                        {{QStringLiteral("evidence"), QStringLiteral("调取监控，情况属实")}},
                        QStringLiteral("bob"));
    QVERIFY2(done.ok(), qPrintable(done.message()));
    rebuildOracle();

    auto row = m_query->row(target, kNow);
    QVERIFY(row);
    QCOMPARE(row->state, HandlingState::Confirmed);
    QVERIFY(row->pendingUpload);
    QVERIFY(row->effectiveRectificationDeadline.isValid());
    BadReviewFilter pending;
    pending.pendingUploadOnly = true;
    QCOMPARE(sorted(m_query->evalIds(pending, BadReviewSort::Urgency, Qt::AscendingOrder, kNow)),
             expected(pending, kNow));
    QVERIFY(m_query->evalIds(pending, BadReviewSort::Urgency, Qt::AscendingOrder, kNow)
                .contains(target));
    BadReviewFilter unverified;
    unverified.states = {HandlingState::Unverified};
    QVERIFY(!m_query->evalIds(unverified, BadReviewSort::Urgency, Qt::AscendingOrder, kNow)
                 .contains(target));
    // Every filter still agrees with the oracle with the overlay in place.
    BadReviewFilter confirmed;
    confirmed.states = {HandlingState::Confirmed};
    QCOMPARE(sorted(m_query->evalIds(confirmed, BadReviewSort::Urgency, Qt::AscendingOrder, kNow)),
             expected(confirmed, kNow));

    // A query without the local-work file shows the platform's state only.
    BadReviewQuery platformOnly(m_stores.cache, nullptr);
    auto plain = platformOnly.row(target, kNow);
    QVERIFY(plain);
    QCOMPARE(plain->state, HandlingState::Unverified);
    QVERIFY(!plain->pendingUpload);
}

void TestBadReviewQuery::derivedRowWithoutHandlingRecord()
{
    for (const Sample &s : std::as_const(m_samples)) {
        if (s.platform || s.evaluation.withdrawn || s.evaluation.level > 2)
            continue;
        auto row = m_query->row(s.evaluation.evalId, kNow);
        QVERIFY(row);
        if (row->pendingUpload)
            continue;
        QVERIFY(row->derived);
        const bool valid =
            evaluationValidity(s.evaluation.level, s.evaluation.text, false) == Validity::Valid;
        QCOMPARE(row->state, valid ? HandlingState::Unverified : HandlingState::Invalid);
        QCOMPARE(row->verifyDeadline,
                 valid ? s.evaluation.assessTime.addSecs(3600 * m_policy.verifyHours)
                       : QDateTime());
        QVERIFY(!row->rectificationDeadline.isValid());
    }
}

void TestBadReviewQuery::detailMergesTimeline()
{
    // A platform record with history plus one local action on top.
    QString target;
    HandlingRecord platform;
    for (const Sample &s : std::as_const(m_samples)) {
        if (s.platform && !s.evaluation.withdrawn &&
            s.platform->state == HandlingState::Confirmed && !s.platform->history.isEmpty() &&
            !s.platform->delayPending) {
            target = s.evaluation.evalId;
            platform = *s.platform;
            break;
        }
    }
    QVERIFY(!target.isEmpty());
    Clock::setOverride(kNow);
    LocalActionRecorder recorder(m_stores.cache, m_stores.work);
    const RecordedAction plan = recorder.record(
        target, ActionType::Plan, payloadFor(ActionType::Plan, platform), QStringLiteral("carol"));
    QVERIFY2(plan.ok(), qPrintable(plan.message()));
    rebuildOracle();

    StoreResult error;
    const auto d = m_query->detail(target, &error);
    QVERIFY2(d, qPrintable(error.message));
    QCOMPARE(d->record.state, HandlingState::Rectifying);
    QCOMPARE(d->timeline.size(), platform.history.size() + 1);
    for (int i = 0; i < platform.history.size(); ++i) {
        QCOMPARE(d->timeline.at(i).source, TimelineEntry::Source::Platform);
        QCOMPARE(d->timeline.at(i).actionId, platform.history.at(i).actionId);
    }
    const TimelineEntry &local = d->timeline.last();
    QCOMPARE(local.source, TimelineEntry::Source::Local);
    QCOMPARE(local.actor, QStringLiteral("carol"));
    QCOMPARE(local.type, ActionType::Plan);
    QVERIFY(local.uploadStatus == std::optional<OutboxStatus>(OutboxStatus::Pending));
    QVERIFY(d->fullComment.size() >= d->row.commentExcerpt.size());
    QVERIFY(d->serviceCase);
    QCOMPARE(d->serviceCase->projectNo, QStringLiteral("P") + target);
    QVERIFY(d->serviceItem);
    // Evaluator data only masked, never the plaintext.
    QVERIFY(!d->evaluatorNameMasked.contains(QStringLiteral("张三")));
    QVERIFY(!d->evaluatorMobileMasked.contains(QStringLiteral("13812345678")));

    // Unknown, withdrawn and level 3–5 evaluations have no detail.
    QVERIFY(!m_query->detail(QStringLiteral("nope")));
    for (const Sample &s : std::as_const(m_samples)) {
        if (s.evaluation.withdrawn || s.evaluation.level > 2) {
            QVERIFY(!m_query->detail(s.evaluation.evalId));
            break;
        }
    }
}

void TestBadReviewQuery::policyFromPlatformMeta()
{
    QCOMPARE(m_query->policy().rectifyDays, 10);
    DeadlinePolicy five;
    five.rectifyDays = 5;
    five.verifyHours = 12;
    QVERIFY(m_stores.savePolicy(five));
    QVERIFY(m_query->reloadMeta().ok());
    QCOMPARE(m_query->policy(), five);
    QCOMPARE(storedDeadlinePolicy(m_stores.cache), five);
    QVERIFY(m_stores.savePolicy(m_policy));
    QVERIFY(m_query->reloadMeta().ok());
    QCOMPARE(m_query->channels().name(QStringLiteral("4")), QStringLiteral("政务服务大厅评价器"));
}

void TestBadReviewQuery::emptyCache()
{
    QueueStores empty;
    QVERIFY(empty.open());
    BadReviewQuery q(empty.cache, &empty.work);
    StoreResult error;
    QCOMPARE(q.count({}, kNow, &error), qint64(0));
    QVERIFY(error.ok());
    QVERIFY(q.page({}, BadReviewSort::Urgency, Qt::AscendingOrder, 0, 200, kNow, &error).isEmpty());
    QVERIFY(error.ok());
    QCOMPARE(q.policy(), DeadlinePolicy{});
}

QTEST_GUILESS_MAIN(TestBadReviewQuery)
#include "tst_badreviewquery.moc"
