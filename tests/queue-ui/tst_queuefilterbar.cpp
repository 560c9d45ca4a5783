// SPDX-License-Identifier: GPL-3.0-or-later
// The filter bar shows what it can of a filter and keeps the rest as visible additional
// conditions: a drill-down or a saved view round-trips exactly, nothing is silently
// dropped, the search is debounced (Enter applies at once) and one change is one signal.
#include "ui/queue/QueueFilterBar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace pingjia;

namespace {
const UnitChoices kDepartments = {{QStringLiteral("D1"), QStringLiteral("公安分局")},
                                  {QStringLiteral("D2"), QStringLiteral("人社局")}};
const UnitChoices kCenters = {{QStringLiteral("C620802"), QStringLiteral("崆峒区政务服务中心")}};
} // namespace

class TestQueueFilterBar : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void startsWithNoFilter();
    void widgetsBuildTheFilter();
    void representableFilterRoundTrips();
    void restBecomesAdditionalConditions();
    void savedViewsRoundTrip();
    void oneSignalPerChange();
    void searchIsDebounced();
    void unitsReloadKeepTheChoice();

private:
    template <typename T> T *child(const char *name)
    {
        return m_bar->findChild<T *>(QLatin1String(name));
    }
    std::unique_ptr<QueueFilterBar> m_bar;
};

void TestQueueFilterBar::init()
{
    m_bar = std::make_unique<QueueFilterBar>();
    m_bar->setUnits(kDepartments, kCenters);
    m_bar->setChannels(ChannelTable::forCodeSet(CodeSet::Gbt39046));
    m_bar->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_bar.get()));
}

void TestQueueFilterBar::cleanup()
{
    m_bar.reset();
}

void TestQueueFilterBar::startsWithNoFilter()
{
    QCOMPARE(m_bar->filter(), BadReviewFilter{});
    QVERIFY(!m_bar->hasAdditionalConditions());
    QVERIFY(!child<QWidget>("additionalConditions")->isVisible());
}

void TestQueueFilterBar::widgetsBuildTheFilter()
{
    auto *state = child<QComboBox>("stateFilter");
    state->setCurrentIndex(state->findData(QStringLiteral("confirmed")));
    auto *due = child<QComboBox>("dueFilter");
    due->setCurrentIndex(due->findData(int(BadReviewFilter::Due::Within24h)));
    auto *level = child<QComboBox>("levelFilter");
    level->setCurrentIndex(level->findData(1));
    auto *validity = child<QComboBox>("validityFilter");
    validity->setCurrentIndex(validity->findData(int(BadReviewFilter::Validity::Valid)));
    auto *dept = child<QComboBox>("departmentFilter");
    dept->setCurrentIndex(dept->findData(QStringLiteral("D2")));
    auto *center = child<QComboBox>("centerFilter");
    center->setCurrentIndex(center->findData(QStringLiteral("C620802")));
    auto *channel = child<QComboBox>("channelFilter");
    channel->setCurrentIndex(channel->findData(QStringLiteral("4")));
    child<QDateEdit>("fromDate")->setDate(QDate(2026, 10, 1));
    child<QDateEdit>("toDate")->setDate(QDate(2026, 10, 31));
    child<QCheckBox>("pendingUploadOnly")->setChecked(true);

    BadReviewFilter expected;
    expected.states = {HandlingState::Confirmed};
    expected.due = BadReviewFilter::Due::Within24h;
    expected.levels = {1};
    expected.validity = BadReviewFilter::Validity::Valid;
    expected.deptCodes = {QStringLiteral("D2")};
    expected.centerCodes = {QStringLiteral("C620802")};
    expected.channelCodes = {QStringLiteral("4")};
    expected.from = QDate(2026, 10, 1);
    expected.to = QDate(2026, 10, 31);
    expected.pendingUploadOnly = true;
    QCOMPARE(m_bar->filter(), expected);
    QVERIFY(!m_bar->hasAdditionalConditions());

    // "Open" is the five open states at once.
    state->setCurrentIndex(state->findData(QStringLiteral("open")));
    QCOMPARE(m_bar->filter().states.size(), 5);
    for (HandlingState s : m_bar->filter().states)
        QVERIFY(isOpenState(s));

    QTest::mouseClick(child<QToolButton>("clearFilter"), Qt::LeftButton);
    QCOMPARE(m_bar->filter(), BadReviewFilter{});
}

void TestQueueFilterBar::representableFilterRoundTrips()
{
    BadReviewFilter f;
    f.states = {HandlingState::Rectifying};
    f.due = BadReviewFilter::Due::Overdue;
    f.deptCodes = {QStringLiteral("D1")};
    f.levels = {2};
    f.text = QStringLiteral("态度");
    f.from = QDate(2026, 9, 1);
    m_bar->setFilter(f);
    QCOMPARE(m_bar->filter(), f);
    QVERIFY(!m_bar->hasAdditionalConditions());
    QCOMPARE(m_bar->searchEdit()->text(), QStringLiteral("态度"));
}

void TestQueueFilterBar::restBecomesAdditionalConditions()
{
    BadReviewFilter f;
    f.states = {HandlingState::Confirmed, HandlingState::Rectifying}; // not one combo entry
    f.deptCodes = {QStringLiteral("D1"), QStringLiteral("D2")};
    f.taskCodes = {QStringLiteral("T1")};
    f.delayedOnly = true;
    f.evalIds = QStringList{QStringLiteral("E1"), QStringLiteral("E2")};
    f.due = BadReviewFilter::Due::Overdue;
    m_bar->setFilter(f, QStringLiteral("Tracker: 公安分局 · Delayed"));
    QCOMPARE(m_bar->filter(), f); // nothing dropped
    QVERIFY(m_bar->hasAdditionalConditions());
    QVERIFY(child<QWidget>("additionalConditions")->isVisible());
    const QString text = child<QLabel>("additionalConditionsText")->text();
    QVERIFY2(text.contains(QStringLiteral("Tracker: 公安分局 · Delayed")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("T1")));
    // The combos show what they can: the due filter is there.
    QCOMPARE(child<QComboBox>("dueFilter")->currentData().toInt(),
             int(BadReviewFilter::Due::Overdue));
    // A combo choice narrows further on top of the additional conditions.
    auto *level = child<QComboBox>("levelFilter");
    level->setCurrentIndex(level->findData(1));
    QCOMPARE(m_bar->filter().levels, QList<int>{1});
    QCOMPARE(m_bar->filter().taskCodes, QStringList{QStringLiteral("T1")});
    // Removing them leaves the widgets' part.
    QTest::mouseClick(child<QToolButton>("dropAdditionalConditions"), Qt::LeftButton);
    QVERIFY(!m_bar->hasAdditionalConditions());
    BadReviewFilter left;
    left.due = BadReviewFilter::Due::Overdue;
    left.levels = {1};
    QCOMPARE(m_bar->filter(), left);
    QVERIFY(!child<QWidget>("additionalConditions")->isVisible());
}

void TestQueueFilterBar::savedViewsRoundTrip()
{
    for (SavedView view : kAllSavedViews) {
        const BadReviewFilter f = savedViewFilter(view, QStringLiteral("supervisor1"));
        m_bar->setFilter(f, savedViewName(view));
        QCOMPARE(m_bar->filter(), f);
    }
}

void TestQueueFilterBar::oneSignalPerChange()
{
    QSignalSpy changed(m_bar.get(), &QueueFilterBar::filterChanged);
    BadReviewFilter f;
    f.states = {HandlingState::Unverified};
    f.deptCodes = {QStringLiteral("D1")};
    f.from = QDate(2026, 1, 1);
    f.to = QDate(2026, 2, 1);
    m_bar->setFilter(f);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().value<BadReviewFilter>(), f);
    auto *validity = child<QComboBox>("validityFilter");
    validity->setCurrentIndex(2);
    QCOMPARE(changed.count(), 2);
}

void TestQueueFilterBar::searchIsDebounced()
{
    QSignalSpy changed(m_bar.get(), &QueueFilterBar::filterChanged);
    QLineEdit *search = m_bar->searchEdit();
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("wait"));
    QCOMPARE(changed.count(), 0); // four keystrokes, no query yet
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 60000);
    QCOMPARE(m_bar->filter().text, QStringLiteral("wait"));
    QTest::keyClicks(search, QStringLiteral("ing"));
    QTest::keyClick(search, Qt::Key_Return); // at once
    QCOMPARE(changed.count(), 2);
    QCOMPARE(m_bar->filter().text, QStringLiteral("waiting"));
    // The timer that was running does not fire a second identical change.
    QTest::qWait(QueueFilterBar::kSearchDebounceMs * 2);
    QCOMPARE(changed.count(), 2);
}

void TestQueueFilterBar::unitsReloadKeepTheChoice()
{
    auto *dept = child<QComboBox>("departmentFilter");
    dept->setCurrentIndex(dept->findData(QStringLiteral("D2")));
    QSignalSpy changed(m_bar.get(), &QueueFilterBar::filterChanged);
    m_bar->setUnits(kDepartments + UnitChoices{{QStringLiteral("D3"), QStringLiteral("税务局")}},
                    kCenters);
    QCOMPARE(m_bar->filter().deptCodes, QStringList{QStringLiteral("D2")});
    QCOMPARE(changed.count(), 0);
    QCOMPARE(dept->count(), 4);
}

QTEST_MAIN(TestQueueFilterBar)
#include "tst_queuefilterbar.moc"
