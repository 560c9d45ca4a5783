// SPDX-License-Identifier: GPL-3.0-or-later
// 排名 (issue 8) across a city and two counties, on a cache written by hand below, with the
// real page and widgets: the scope filter (an area, a center) leaves exactly the units
// worked out by hand; the 连续排名靠后 flag shows its history on hover, naming the periods;
// a unit below the minimum sample is greyed with the reason; the area level.
//
// The cache, the clock at 2026-10-31 18:00 (UTC+8). Centers: 平凉市 C620800 (the widest,
// area 620800), 崆峒区 C620802 (area 620802), 泾川县 C620821 (area 620821). In each of
// August, September and October 2026, 30 cases per department finished on the 5th, each
// evaluated once the same day:
//   DC 市民政局 (city):    30 × level 5              good 100 %, satisfaction 5.00
//   K1 崆峒区公安局:      28 × 5, 2 × 3             good 93.3 %, 4.87
//   K2 崆峒区人社局:      24 × 5, 6 × 3             good 80.0 %, 4.60
//   J1 泾川县公安局:      15 × 5, 15 × 3            good 50.0 %, 4.00
//   J2 泾川县人社局:      10 × 5, 10 × 3, 10 × 1    good 33.3 %, 3.00, bad rate 33.3 %
//     (level 1 with text: valid)
// and K3 崆峒区税务局: 5 cases in October only, level 5 (5 valid < 30: not ranked).
// Ranked every month: DC 1, K1 2, K2 3, J1 4, J2 5 (the same order on every indicator
// the score weighs; coverage 100 % and no handling due for all). Bottom K = 3 of 5 ranked
// for M = 3 months: K2, J1, J2 are flagged in October, each with August, September and
// October in its history. Within 泾川县 (two ranked) or center C620802 (two ranked)
// nobody is flagged: K ≥ the ranked units.
// Areas (one tier below the city): 崆峒区 valid 30 + 30 + 5 = 65, 泾川县 60.
// The dashboard scoped to 泾川县, October: 60 evaluations (September 60 too), 10 bad
// (J2's level 1) → bad rate 10 ÷ 60 = 16.7 %; satisfaction (no 7-day defaults: every case
// evaluated) (15 × 5 + 15 × 3 + 10 × 5 + 10 × 3 + 10 × 1) ÷ 60 = 210 ÷ 60 = 3.50; the
// departments chart holds J1 (best) and J2 only.

#include "tests/rankings/RankingsFixture.h"

#include "models/domain/Clock.h"
#include "models/domain/PlatformTime.h"
#include "models/itemmodels/IndicatorRequests.h"
#include "models/itemmodels/KeyFiguresModel.h"
#include "models/itemmodels/RankingModel.h"
#include "ui/dashboard/ChartPanel.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/dashboard/KeyFigureCard.h"
#include "ui/rankings/RankingDelegate.h"
#include "ui/rankings/RankingsPage.h"
#include "ui/rankings/ScopePicker.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QHelpEvent>
#include <QSignalSpy>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QToolTip>
#include <QtTest>

using namespace pingjia;
using namespace pingjia::rankingstest;

namespace {

const QString kCity = QStringLiteral("C620800");
const QString kKongtong = QStringLiteral("C620802");
const QString kJingchuan = QStringLiteral("C620821");

struct Dept {
    const char *code;
    const char *name;
    QString center;
    const char *area;
    QList<int> levels; // per month, one evaluation per level listed
};

QList<int> repeat(std::initializer_list<std::pair<int, int>> counts)
{
    QList<int> out;
    for (const auto &[n, level] : counts)
        out.append(QList<int>(n, level));
    return out;
}

QList<Dept> departments()
{
    return {
        {"11620800DC", "市民政局", kCity, "620800", repeat({{30, 5}})},
        {"11620802K1", "崆峒区公安局", kKongtong, "620802", repeat({{28, 5}, {2, 3}})},
        {"11620802K2", "崆峒区人社局", kKongtong, "620802", repeat({{24, 5}, {6, 3}})},
        {"11620821J1", "泾川县公安局", kJingchuan, "620821", repeat({{15, 5}, {15, 3}})},
        {"11620821J2", "泾川县人社局", kJingchuan, "620821", repeat({{10, 5}, {10, 3}, {10, 1}})}};
}

// The arrow keys on the focused box, as a user picks an entry (each step is "activated").
void selectWithKeys(QComboBox *box, int index)
{
    box->setFocus();
    while (box->currentIndex() < index)
        QTest::keyClick(box, Qt::Key_Down);
    while (box->currentIndex() > index)
        QTest::keyClick(box, Qt::Key_Up);
}

// A test subclass only to reach the delegate's protected styling.
class DelegateProbe : public RankingDelegate {
public:
    using RankingDelegate::initStyleOption;
};

} // namespace

class TestRankingsScope : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void everythingByDepartment();
    void flagHistoryOnHover();
    void scopeToAnArea();
    void scopeToACenter();
    void belowMinimumGreyedWithReason();
    void areasOneTierBelowTheCity();
    void dashboardFollowsTheScope();

private:
    bool build();
    void chooseScope(const QString &code);
    void waitForTable();
    QStringList units() const;
    QStringList flagged() const;
    int rowOf(const char *name) const;

    FixtureCache m_fx;
    std::unique_ptr<RankingsPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

bool TestRankingsScope::build()
{
    bool ok = m_fx.open();
    ok = ok && m_fx.org(kCity, QStringLiteral("平凉市政务服务中心"), QStringLiteral("center"), {},
                        QStringLiteral("620800"), QStringLiteral("city"));
    ok = ok && m_fx.org(kKongtong, QStringLiteral("崆峒区政务服务中心"), QStringLiteral("center"),
                        {}, QStringLiteral("620802"));
    ok = ok && m_fx.org(kJingchuan, QStringLiteral("泾川县政务服务中心"), QStringLiteral("center"),
                        {}, QStringLiteral("620821"));
    for (const Dept &d : departments()) {
        ok = ok && m_fx.org(QLatin1String(d.code), QString::fromUtf8(d.name),
                            QStringLiteral("department"), d.center, QLatin1String(d.area),
                            d.center == kCity ? QStringLiteral("city") : QStringLiteral("county"));
        for (int month = 8; ok && month <= 10; ++month) {
            for (int i = 0; ok && i < d.levels.size(); ++i) {
                const QString id =
                    QStringLiteral("%1-%2-%3").arg(QLatin1String(d.code)).arg(month).arg(i);
                const QString day =
                    QStringLiteral("2026-%1-05 ").arg(month, 2, 10, QLatin1Char('0'));
                const int level = d.levels[i];
                ok = m_fx.serviceCase(QStringLiteral("P") + id, d.center, QLatin1String(d.code),
                                      day + QStringLiteral("10:00:00")) &&
                     m_fx.evaluation(QStringLiteral("E") + id, QStringLiteral("P") + id, d.center,
                                     QLatin1String(d.code), level,
                                     level <= 2 ? QStringLiteral("太慢") : QString(),
                                     day + QStringLiteral("12:00:00"));
            }
        }
    }
    ok = ok && m_fx.org(QStringLiteral("11620802K3"), QStringLiteral("崆峒区税务局"),
                        QStringLiteral("department"), kKongtong, QStringLiteral("620802"));
    for (int i = 0; ok && i < 5; ++i) {
        const QString id = QStringLiteral("K3-%1").arg(i);
        ok = m_fx.serviceCase(QStringLiteral("P") + id, kKongtong, QStringLiteral("11620802K3"),
                              QStringLiteral("2026-10-07 10:00:00")) &&
             m_fx.evaluation(QStringLiteral("E") + id, QStringLiteral("P") + id, kKongtong,
                             QStringLiteral("11620802K3"), 5, QString(),
                             QStringLiteral("2026-10-07 12:00:00"));
    }
    return ok;
}

void TestRankingsScope::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    Clock::setOverride(parsePlatformTime(QStringLiteral("2026-10-31 18:00:00")));
    QVERIFY(build());
    m_page = std::make_unique<RankingsPage>(m_fx.cache);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_page->resize(1200, 700);
    QSignalSpy shown(m_page.get(), &RankingsPage::tableShown);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get(), 60000));
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() >= 1, 60000);
    waitForTable();
    // The scope tree arrives from its own query: the city, its center, the two counties.
    QTRY_VERIFY_WITH_TIMEOUT(m_page->scopePicker()->box()->findData(kJingchuan) >= 0, 60000);
}

void TestRankingsScope::cleanupTestCase()
{
    m_tester.reset();
    m_page.reset();
    Clock::clearOverride();
}

void TestRankingsScope::waitForTable()
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->requests()->isBusy(), 60000);
}

// As a user does: picks the entry in the combo box.
void TestRankingsScope::chooseScope(const QString &code)
{
    QComboBox *box = m_page->scopePicker()->box();
    const int index = box->findData(code);
    QVERIFY2(index >= 0, qPrintable(code));
    selectWithKeys(box, index);
    QCOMPARE(m_page->scopeCode(), code);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->table().scopeCode, code, 60000);
    waitForTable();
}

QStringList TestRankingsScope::units() const
{
    QStringList out;
    for (int r = 0; r < m_page->model()->rowCount(); ++r)
        out << m_page->model()->index(r, RankingModel::UnitColumn).data().toString();
    return out;
}

QStringList TestRankingsScope::flagged() const
{
    QStringList out;
    for (int r = 0; r < m_page->model()->rowCount(); ++r) {
        if (m_page->model()->index(r, 0).data(RankingModel::FlaggedRole).toBool())
            out << m_page->model()->index(r, RankingModel::UnitColumn).data().toString();
    }
    return out;
}

int TestRankingsScope::rowOf(const char *name) const
{
    return units().indexOf(QString::fromUtf8(name));
}

void TestRankingsScope::everythingByDepartment()
{
    QCOMPARE(m_page->period(), Period::month(2026, 10));
    QCOMPARE(m_page->scopeCode(), QString());
    // Ranked first by rank, then the unranked.
    QCOMPARE(units(), (QStringList{"市民政局", "崆峒区公安局", "崆峒区人社局", "泾川县公安局",
                                   "泾川县人社局", "崆峒区税务局"}));
    QStringList ranks;
    for (int r = 0; r < m_page->model()->rowCount(); ++r)
        ranks << m_page->model()->index(r, RankingModel::RankColumn).data().toString();
    QCOMPARE(ranks, (QStringList{"1", "2", "3", "4", "5", "—"}));
    QCOMPARE(flagged(), (QStringList{"崆峒区人社局", "泾川县公安局", "泾川县人社局"}));
}

void TestRankingsScope::flagHistoryOnHover()
{
    QTableView *table = m_page->table();
    const int row = rowOf("泾川县人社局");
    QVERIFY(row >= 0);
    const QModelIndex flag = m_page->model()->index(row, RankingModel::FlagColumn);
    table->scrollTo(flag);
    const QPoint at = table->visualRect(flag).center();
    QHelpEvent hover(QEvent::ToolTip, at, table->viewport()->mapToGlobal(at));
    QApplication::sendEvent(table->viewport(), &hover);
    QTRY_VERIFY_WITH_TIMEOUT(QToolTip::isVisible(), 60000);
    const QString tip = QToolTip::text();
    QVERIFY2(tip.startsWith(QStringLiteral("Ranked last repeatedly:")), qPrintable(tip));
    // The three months by name, each the last of five ranked.
    for (const char *month : {"8/2026", "9/2026", "10/2026"}) {
        QVERIFY2(tip.contains(QStringLiteral("%1: rank 5 of 5 (bottom)").arg(QLatin1String(month))),
                 qPrintable(tip));
    }
    QToolTip::hideText();
    // An unflagged unit's flag cell says nothing alarming.
    const int first = rowOf("市民政局");
    QVERIFY(!m_page->model()
                 ->index(first, RankingModel::FlagColumn)
                 .data(Qt::ToolTipRole)
                 .toString()
                 .contains(QStringLiteral("repeatedly")));
}

void TestRankingsScope::scopeToAnArea()
{
    chooseScope(QStringLiteral("620821"));
    QCOMPARE(units(), (QStringList{"泾川县公安局", "泾川县人社局"}));
    QCOMPARE(flagged(), QStringList{}); // two ranked: K = 3 leaves nobody at the bottom
    QCOMPARE(m_page->model()->index(1, RankingModel::RankColumn).data().toString(),
             QStringLiteral("2"));
}

void TestRankingsScope::scopeToACenter()
{
    chooseScope(kKongtong);
    QCOMPARE(units(), (QStringList{"崆峒区公安局", "崆峒区人社局", "崆峒区税务局"}));
    QCOMPARE(flagged(), QStringList{});
}

void TestRankingsScope::belowMinimumGreyedWithReason()
{
    const int row = rowOf("崆峒区税务局");
    QVERIFY(row >= 0);
    QTableView *table = m_page->table();
    QVERIFY(qobject_cast<RankingDelegate *>(table->itemDelegate()));
    DelegateProbe probe;
    const QModelIndex unit = m_page->model()->index(row, RankingModel::UnitColumn);
    QStyleOptionViewItem option;
    option.initFrom(table);
    probe.initStyleOption(&option, unit);
    QCOMPARE(option.palette.color(QPalette::Text),
             table->palette().color(QPalette::Disabled, QPalette::Text));
    QVERIFY(option.font.italic());
    QStyleOptionViewItem ranked;
    ranked.initFrom(table);
    probe.initStyleOption(&ranked, m_page->model()->index(rowOf("崆峒区公安局"), 0));
    QVERIFY(!ranked.font.italic());
    // The reason, on hover: 5 valid evaluations against the minimum sample of 30.
    QCOMPARE(unit.data(Qt::ToolTipRole).toString(),
             QStringLiteral("5 valid evaluations (minimum sample 30)"));
    QCOMPARE(m_page->model()->index(row, RankingModel::RankColumn).data().toString(),
             QStringLiteral("—"));
}

void TestRankingsScope::areasOneTierBelowTheCity()
{
    chooseScope(QString());
    QSignalSpy shown(m_page.get(), &RankingsPage::tableShown);
    m_page->setLevel(UnitLevel::Area);
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() >= 1, 60000);
    waitForTable();
    QStringList names = units();
    names.sort();
    QCOMPARE(names, (QStringList{"崆峒区", "泾川县"}));
    const int valid = RankingModel::FirstIndicator +
                      int(RankingModel::tableIndicators().indexOf(Indicator::ValidEvaluations));
    QCOMPARE(m_page->model()->index(rowOf("崆峒区"), valid).data().toString(),
             QStringLiteral("65"));
    QCOMPARE(m_page->model()->index(rowOf("泾川县"), valid).data().toString(),
             QStringLiteral("60"));
    const QString artifacts = qEnvironmentVariable("PINGJIA_TEST_ARTIFACTS");
    if (!artifacts.isEmpty()) {
        QDir().mkpath(artifacts);
        m_page->setLevel(UnitLevel::Department);
        waitForTable();
        QVERIFY(m_page->grab().save(artifacts + QStringLiteral("/rankings-page-scopes.png")));
    }
}

void TestRankingsScope::dashboardFollowsTheScope()
{
    DashboardPage page(m_fx.cache);
    std::unique_ptr<QAbstractItemModelTester> tester = std::make_unique<QAbstractItemModelTester>(
        page.figuresModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy shown(&page, &DashboardPage::snapshotShown);
    page.resize(1200, 800);
    page.show();
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() >= 1, 60000);
    QTRY_VERIFY_WITH_TIMEOUT(page.scopePicker()->box()->findData(QStringLiteral("620821")) >= 0,
                             60000);
    QTRY_VERIFY_WITH_TIMEOUT(!page.requests()->isBusy(), 60000);
    shown.clear();
    QComboBox *box = page.scopePicker()->box();
    selectWithKeys(box, box->findData(QStringLiteral("620821")));
    QCOMPARE(page.scopeCode(), QStringLiteral("620821"));
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() >= 1, 60000);
    QTRY_COMPARE_WITH_TIMEOUT(page.snapshot().scopeCode, QStringLiteral("620821"), 60000);
    QTRY_VERIFY_WITH_TIMEOUT(!page.requests()->isBusy(), 60000);
    const auto value = [&](KeyFiguresModel::Figure f) { return page.card(f)->valueText(); };
    QCOMPARE(value(KeyFiguresModel::Evaluations), QStringLiteral("60"));
    QCOMPARE(value(KeyFiguresModel::BadRate), QStringLiteral("16.7%"));
    QCOMPARE(value(KeyFiguresModel::Satisfaction), QStringLiteral("3.50"));
    QCOMPARE(page.figuresModel()
                 ->index(KeyFiguresModel::Evaluations, KeyFiguresModel::PreviousColumn)
                 .data()
                 .toString(),
             QStringLiteral("60"));
    const ExportTable departments = page.chart(DashboardPage::DepartmentsChart)->data();
    QStringList names;
    for (const QVariantList &row : departments.rows)
        names << row.at(2).toString();
    QVERIFY2(!names.isEmpty() && names.first() == QStringLiteral("泾川县公安局"),
             qPrintable(names.join(u',')));
    QVERIFY2(!names.contains(QStringLiteral("市民政局")) &&
                 !names.contains(QStringLiteral("崆峒区公安局")),
             qPrintable(names.join(u',')));
    const QString artifacts = qEnvironmentVariable("PINGJIA_TEST_ARTIFACTS");
    if (!artifacts.isEmpty())
        QVERIFY(page.grab().save(artifacts + QStringLiteral("/dashboard-page-county.png")));
}

QTEST_MAIN(TestRankingsScope)
#include "tst_rankingsscope.moc"
