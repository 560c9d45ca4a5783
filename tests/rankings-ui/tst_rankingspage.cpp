// SPDX-License-Identifier: GPL-3.0-or-later
// 排名 on the hand-built cache (PagesFixture.h, figures worked out there by hand): ranks,
// greyed units, sorting, period navigation with the keyboard, superseded requests, the
// drill-down to the queue (department by code, window by its bad reviews' ids), exports
// read back, and a screenshot as a test artifact.

#include "PagesFixture.h"
#include "tests/table-export/XlsxReadBack.h"

#include "models/itemmodels/BackgroundQuery.h"
#include "models/itemmodels/IndicatorRequests.h"
#include "models/itemmodels/RankingModel.h"
#include "ui/rankings/BusyIndicator.h"
#include "ui/rankings/PeriodPicker.h"
#include "ui/rankings/RankingsPage.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QHeaderView>
#include <QSignalSpy>
#include <QTabBar>
#include <QTableView>
#include <QToolButton>
#include <QtTest>

using namespace pingjia;
using namespace pingjia::rankingsui;

namespace {

QStringList column(const RankingModel &model, int c, int role = Qt::DisplayRole)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out << model.index(r, c).data(role).toString();
    return out;
}

int indicatorColumn(Indicator i)
{
    return RankingModel::FirstIndicator + int(RankingModel::tableIndicators().indexOf(i));
}

} // namespace

class TestRankingsPage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void departmentRanking();
    void sortingByHeader();
    void periodNavigation();
    void newerRequestWins();
    void drillDownToQueue();
    void exportsReadBack();
    void flaggedEvaluations();
    void screenshot();

private:
    void waitForTable();
    PagesFixture m_fixture;
    std::unique_ptr<RankingsPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestRankingsPage::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    QVERIFY(m_fixture.build());
    m_page = std::make_unique<RankingsPage>(m_fixture.cache);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_page->resize(1200, 700);
    QSignalSpy shown(m_page.get(), &RankingsPage::tableShown);
    m_page->show(); // the first show reads the cache
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() >= 1, 60000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->requests()->isBusy(), 60000);
}

void TestRankingsPage::cleanupTestCase()
{
    m_tester.reset();
    m_page.reset();
}

void TestRankingsPage::waitForTable()
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->requests()->isBusy(), 60000);
}

void TestRankingsPage::departmentRanking()
{
    QCOMPARE(m_page->period(), Period::month(2026, 10));
    QCOMPARE(m_page->level(), UnitLevel::Department);
    const RankingModel &model = *m_page->model();
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(column(model, RankingModel::UnitColumn),
             (QStringList{QStringLiteral("公安局"), QStringLiteral("人社局"),
                          QStringLiteral("税务局")}));
    QCOMPARE(column(model, RankingModel::RankColumn),
             (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("—")}));
    QCOMPARE(column(model, indicatorColumn(Indicator::ValidEvaluations)),
             (QStringList{QStringLiteral("40"), QStringLiteral("40"), QStringLiteral("5")}));
    QCOMPARE(column(model, indicatorColumn(Indicator::Satisfaction)).mid(0, 2),
             (QStringList{QStringLiteral("5.00"), QStringLiteral("4.60")}));
    // 税务局: 5 × level 5 and one 7-day default (level 3): (25 + 3) ÷ 6 = 4.67; 9 served
    // cases, 5 evaluated: coverage 55.6 %.
    QCOMPARE(model.index(2, indicatorColumn(Indicator::Satisfaction)).data().toString(),
             QStringLiteral("4.67"));
    QCOMPARE(model.index(2, indicatorColumn(Indicator::DefaultEvaluations)).data().toString(),
             QStringLiteral("1"));
    QCOMPARE(model.index(2, indicatorColumn(Indicator::Coverage)).data().toString(),
             QStringLiteral("55.6%"));
    QCOMPARE(model.index(1, indicatorColumn(Indicator::BadRate)).data().toString(),
             QStringLiteral("5.0%"));
    QVERIFY(model.index(2, 0).data(RankingModel::BelowMinimumRole).toBool());
    QVERIFY(!model.index(2, 0).data(Qt::ToolTipRole).toString().isEmpty());
    QVERIFY(!model.index(1, 0).data(RankingModel::BelowMinimumRole).toBool());
    QVERIFY2(m_page->statusText().contains(QStringLiteral("3 units, 2 ranked")),
             qPrintable(m_page->statusText()));
    // Every indicator's header names its formula.
    const QString tip =
        model.headerData(indicatorColumn(Indicator::Coverage), Qt::Horizontal, Qt::ToolTipRole)
            .toString();
    QVERIFY2(tip.contains(QString::fromUtf8(indicatorFormula(Indicator::Coverage).formulaEn)),
             qPrintable(tip));
}

void TestRankingsPage::sortingByHeader()
{
    QTableView *table = m_page->table();
    QVERIFY(table->isSortingEnabled());
    const int bad = indicatorColumn(Indicator::BadRate);
    table->sortByColumn(bad, Qt::DescendingOrder);
    // 5.0 %, 0.0 %, 0.0 % (tie keeps the ranking's order).
    QCOMPARE(column(*m_page->model(), RankingModel::UnitColumn),
             (QStringList{QStringLiteral("人社局"), QStringLiteral("公安局"),
                          QStringLiteral("税务局")}));
    table->sortByColumn(RankingModel::RankColumn, Qt::DescendingOrder);
    QCOMPARE(column(*m_page->model(), RankingModel::UnitColumn),
             (QStringList{QStringLiteral("人社局"), QStringLiteral("公安局"),
                          QStringLiteral("税务局")})); // unranked last in both orders
    table->sortByColumn(RankingModel::RankColumn, Qt::AscendingOrder);
    QCOMPARE(m_page->model()->index(0, RankingModel::UnitColumn).data().toString(),
             QStringLiteral("公安局"));
}

void TestRankingsPage::periodNavigation()
{
    m_page->activateWindow();
    m_page->table()->setFocus();
    QTest::keyClick(m_page->table(), Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(m_page->period(), Period::month(2026, 9));
    waitForTable();
    QCOMPARE(m_page->model()->table().period, Period::month(2026, 9));
    // September is empty: every unit listed with zeros, undefined rates, nobody ranked.
    QCOMPARE(m_page->model()->rowCount(), 3);
    QCOMPARE(column(*m_page->model(), indicatorColumn(Indicator::ValidEvaluations)),
             (QStringList{QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("0")}));
    QCOMPARE(column(*m_page->model(), indicatorColumn(Indicator::BadRate)),
             (QStringList{QStringLiteral("—"), QStringLiteral("—"), QStringLiteral("—")}));
    QVERIFY(m_page->periodPicker()->nextButton()->isEnabled());
    m_page->periodPicker()->nextButton()->click();
    QCOMPARE(m_page->period(), Period::month(2026, 10));
    QVERIFY(!m_page->periodPicker()->nextButton()->isEnabled()); // November has not begun
    m_page->periodPicker()->setKind(PeriodKind::Quarter);
    QCOMPARE(m_page->period(), Period::quarter(2026, 4));
    waitForTable();
    QCOMPARE(
        m_page->model()->index(1, indicatorColumn(Indicator::ValidEvaluations)).data().toString(),
        QStringLiteral("40"));
    m_page->periodPicker()->setKind(PeriodKind::Month);
    QCOMPARE(m_page->period(), Period::month(2026, 10));
    waitForTable();
}

void TestRankingsPage::newerRequestWins()
{
    QSignalSpy shown(m_page.get(), &RankingsPage::tableShown);
    QSignalSpy busy(m_page->requests(), &IndicatorRequests::busyChanged);
    m_page->setLevel(UnitLevel::Staff);
    m_page->setLevel(UnitLevel::Center);
    m_page->setLevel(UnitLevel::Window);
    QVERIFY(m_page->busyIndicator()->isBusy());
    waitForTable();
    QVERIFY(!m_page->busyIndicator()->isBusy());
    // Only the newest answer reached the table.
    QCOMPARE(shown.count(), 1);
    QCOMPARE(m_page->model()->table().level, UnitLevel::Window);
    QCOMPARE(m_page->levelTabs()->currentIndex(), int(UnitLevel::Window));
    QCOMPARE(column(*m_page->model(), RankingModel::UnitColumn),
             (QStringList{QStringLiteral("1号窗口"), QStringLiteral("2号窗口")}));
}

void TestRankingsPage::drillDownToQueue()
{
    QSignalSpy open(m_page.get(), &RankingsPage::openInQueue);
    // Window 2 (a level the filter has no field for): its bad reviews by id.
    const int row = m_page->model()->rowOfUnit(kW2);
    QVERIFY(row >= 0);
    m_page->table()->setCurrentIndex(m_page->model()->index(row, RankingModel::UnitColumn));
    m_page->table()->setFocus();
    QTest::keyClick(m_page->table(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(open.count(), 1, 60000);
    BadReviewFilter f = open.at(0).at(0).value<BadReviewFilter>();
    QCOMPARE(f.evalIds.value_or(QStringList{}),
             (QStringList{QStringLiteral("E2-39"), QStringLiteral("E2-40")}));
    QCOMPARE(f.from, QDate(2026, 10, 1));
    QCOMPARE(f.to, QDate(2026, 10, 31));
    QVERIFY(open.at(0).at(1).toString().contains(QStringLiteral("2号窗口")));

    // A department by its code.
    m_page->setLevel(UnitLevel::Department);
    waitForTable();
    const int d1 = m_page->model()->rowOfUnit(kD1);
    const QRect cell =
        m_page->table()->visualRect(m_page->model()->index(d1, RankingModel::UnitColumn));
    QTest::mouseClick(m_page->table()->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(m_page->table()->viewport(), Qt::LeftButton, {}, cell.center());
    QTRY_COMPARE_WITH_TIMEOUT(open.count(), 2, 60000);
    f = open.at(1).at(0).value<BadReviewFilter>();
    QCOMPARE(f.deptCodes, QStringList{kD1});
    QVERIFY(!f.evalIds.has_value());
    QCOMPARE(f.from, QDate(2026, 10, 1));
}

void TestRankingsPage::exportsReadBack()
{
    QTemporaryDir dir;
    QString error;
    const QString csvPath = dir.filePath(QStringLiteral("排名.csv"));
    QVERIFY2(m_page->exportCsv(csvPath, &error), qPrintable(error));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines =
        QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4); // header + 3 departments
    QVERIFY(lines.at(0).startsWith(QStringLiteral("Rank,Change,Unit,")));
    QVERIFY2(lines.at(2).startsWith(QStringLiteral("2,,人社局,")), qPrintable(lines.at(2)));
    QVERIFY2(lines.at(2).contains(QStringLiteral(",0.05,")), qPrintable(lines.at(2))); // bad rate
    QVERIFY2(lines.at(3).startsWith(QStringLiteral(",,税务局,")), qPrintable(lines.at(3)));

    const QString xlsxPath = dir.filePath(QStringLiteral("排名.xlsx"));
    QVERIFY2(m_page->exportXlsx(xlsxPath, &error), qPrintable(error));
    const testing::XlsxContent x = testing::readXlsx(xlsxPath);
    QCOMPARE(x.sheetNames.size(), 3); // ranking, rules, notes
    QCOMPARE(x.sheets.at(0).value(QStringLiteral("C3")), QStringLiteral("人社局"));
    QCOMPARE(x.sheets.at(0).value(QStringLiteral("A2")).toDouble(), 1.0);
    // The notes name the coverage formula.
    bool named = false;
    for (auto it = x.sheets.at(2).cbegin(); it != x.sheets.at(2).cend(); ++it)
        named = named || it.value().contains(
                             QString::fromUtf8(indicatorFormula(Indicator::Coverage).formulaEn));
    QVERIFY(named);
}

// Review integrity (issue 14). By hand from PagesFixture.h: 公安局's 40 level-5 evaluations
// share one minute on window 1 and 人社局's 30 level-5 ones on window 2 (level-5 bursts:
// ≥ 6 within 10 minutes on one window), 税务局's have no window: flagged 40, 30, 0.
// Without them: 公安局 0 valid, 人社局 10 (8 × level 4, 2 × level 1: bad rate 20.0 %),
// 税务局 5: all below the minimum sample of 30, nobody ranked.
void TestRankingsPage::flaggedEvaluations()
{
    m_page->setLevel(UnitLevel::Department);
    waitForTable();
    const RankingModel &model = *m_page->model();
    const int flaggedColumn = RankingModel::flaggedEvaluationsColumn();
    QCOMPARE(model.headerData(flaggedColumn, Qt::Horizontal).toString(),
             QStringLiteral("Flagged evaluations"));
    const auto cell = [&](const QString &unit, int c) {
        return model.index(model.rowOfUnit(unit), c).data().toString();
    };
    QCOMPARE(cell(kD1, flaggedColumn), QStringLiteral("40"));
    QCOMPARE(cell(kD2, flaggedColumn), QStringLiteral("30"));
    QCOMPARE(cell(kD3, flaggedColumn), QStringLiteral("0"));
    QVERIFY2(m_page->statusText().contains(QStringLiteral("70 evaluations flagged")),
             qPrintable(m_page->statusText()));

    QSignalSpy shown(m_page.get(), &RankingsPage::tableShown);
    m_page->withoutFlaggedBox()->click();
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() >= 1, 60000);
    waitForTable();
    QVERIFY(model.table().withoutFlagged);
    const int valid = indicatorColumn(Indicator::ValidEvaluations);
    QCOMPARE(cell(kD1, valid), QStringLiteral("0"));
    QCOMPARE(cell(kD2, valid), QStringLiteral("10"));
    QCOMPARE(cell(kD3, valid), QStringLiteral("5"));
    QCOMPARE(cell(kD2, indicatorColumn(Indicator::BadRate)), QStringLiteral("20.0%"));
    QCOMPARE(cell(kD1, flaggedColumn), QStringLiteral("40")); // still counted
    QCOMPARE(column(model, RankingModel::RankColumn),
             (QStringList{QStringLiteral("—"), QStringLiteral("—"), QStringLiteral("—")}));
    QVERIFY(m_page->tableTitle().contains(QStringLiteral("without flagged evaluations")));

    QTemporaryDir dir;
    QString error;
    const QString xlsxPath = dir.filePath(QStringLiteral("flagged.xlsx"));
    QVERIFY2(m_page->exportXlsx(xlsxPath, &error), qPrintable(error));
    const testing::XlsxContent x = testing::readXlsx(xlsxPath);
    bool header = false, rule = false;
    for (auto it = x.sheets.at(0).cbegin(); it != x.sheets.at(0).cend(); ++it)
        header = header || it.value() == QStringLiteral("Flagged evaluations");
    for (auto it = x.sheets.at(1).cbegin(); it != x.sheets.at(1).cend(); ++it)
        rule = rule || it.value().startsWith(QStringLiteral("Without the evaluations flagged"));
    QVERIFY(header);
    QVERIFY(rule);

    m_page->withoutFlaggedBox()->click();
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() >= 2, 60000);
    waitForTable();
    QCOMPARE(cell(kD1, valid), QStringLiteral("40"));
}

void TestRankingsPage::screenshot()
{
    const QString artifacts = qEnvironmentVariable("PINGJIA_TEST_ARTIFACTS");
    if (artifacts.isEmpty())
        QSKIP("PINGJIA_TEST_ARTIFACTS not set");
    QDir().mkpath(artifacts);
    m_page->table()->resizeColumnsToContents();
    const QImage image = m_page->grab().toImage();
    QVERIFY(image.save(artifacts + QStringLiteral("/rankings-page.png")));
    // Labels are not clipped: each column is at least as wide as its header's text.
    const QHeaderView *header = m_page->table()->horizontalHeader();
    for (int c = 0; c < m_page->model()->columnCount(); ++c) {
        const QString text = m_page->model()->headerData(c, Qt::Horizontal).toString();
        QVERIFY2(header->sectionSize(c) >= header->fontMetrics().horizontalAdvance(text),
                 qPrintable(text));
    }
}

QTEST_MAIN(TestRankingsPage)
#include "tst_rankingspage.moc"
