// SPDX-License-Identifier: GPL-3.0-or-later
// 总览 and 待评价办件 on the hand-built cache (PagesFixture.h): key figures against the
// previous month, the data behind each chart, drill-downs (a month, a channel, a
// department, a key figure), charts saved as PNG and SVG, exports read back, screenshots.

#include "PagesFixture.h"

#include "models/itemmodels/ChaseListModel.h"
#include "models/itemmodels/IndicatorRequests.h"
#include "models/itemmodels/KeyFiguresModel.h"
#include "ui/coverage/ChaseListPage.h"
#include "ui/dashboard/ChartPanel.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/dashboard/KeyFigureCard.h"
#include "ui/rankings/PeriodPicker.h"

#include <QAbstractItemModelTester>
#include <QChart>
#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

using namespace pingjia;
using namespace pingjia::rankingsui;

class TestDashboardPage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void keyFigures();
    void firstPaintComesBeforeTheCharts();
    void chartData();
    void monthClickSwitchesPeriod();
    void channelAndDepartmentDrillDown();
    void distributionDrillDown();
    void figureDrillDown();
    void chaseList();
    void savesChartsAndData();
    void screenshots();

private:
    void waitForDashboard();
    PagesFixture m_fixture;
    std::unique_ptr<DashboardPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_figuresTester;
    std::unique_ptr<QAbstractItemModelTester> m_chaseTester;
};

void TestDashboardPage::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    QVERIFY(m_fixture.build());
    m_page = std::make_unique<DashboardPage>(m_fixture.cache);
    m_figuresTester = std::make_unique<QAbstractItemModelTester>(
        m_page->figuresModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_chaseTester = std::make_unique<QAbstractItemModelTester>(
        m_page->chaseList()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_page->resize(1400, 900);
    QSignalSpy shown(m_page.get(), &DashboardPage::snapshotShown);
    m_page->show();
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() >= 1, 60000);
    waitForDashboard();
}

void TestDashboardPage::cleanupTestCase()
{
    m_figuresTester.reset();
    m_chaseTester.reset();
    m_page.reset();
}

void TestDashboardPage::waitForDashboard()
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->requests()->isBusy(), 60000);
}

void TestDashboardPage::keyFigures()
{
    QCOMPARE(m_page->period(), Period::month(2026, 10));
    const auto value = [this](KeyFiguresModel::Figure f) { return m_page->card(f)->valueText(); };
    // 40 + 40 + 5 evaluations; served 40 + 40 + 9 of which 85 evaluated: 95.5 %.
    QCOMPARE(value(KeyFiguresModel::Evaluations), QStringLiteral("85"));
    QCOMPARE(value(KeyFiguresModel::Coverage), QStringLiteral("95.5%"));
    // (75 × 5 + 8 × 4 + 2 × 1 + 1 default × 3) ÷ (85 + 1) = 412 ÷ 86 = 4.79.
    QCOMPARE(value(KeyFiguresModel::Satisfaction), QStringLiteral("4.79"));
    QVERIFY(
        m_page->card(KeyFiguresModel::Satisfaction)->nameText().contains(QStringLiteral("7-day")));
    QCOMPARE(value(KeyFiguresModel::BadRate), QStringLiteral("2.4%")); // 2 ÷ 85
    QCOMPARE(value(KeyFiguresModel::OpenBadReviews), QStringLiteral("2"));
    QCOMPARE(value(KeyFiguresModel::OverdueBadReviews), QStringLiteral("2"));
    QCOMPARE(value(KeyFiguresModel::AwaitingEvaluation), QStringLiteral("3"));
    const KeyFiguresModel &model = *m_page->figuresModel();
    QCOMPARE(model.index(KeyFiguresModel::Evaluations, KeyFiguresModel::PreviousColumn)
                 .data()
                 .toString(),
             QStringLiteral("0"));
    QCOMPARE(
        model.index(KeyFiguresModel::Coverage, KeyFiguresModel::PreviousColumn).data().toString(),
        QStringLiteral("—")); // nothing served in September
}

// The key figures are painted on their own, before any chart's data is read; each chart
// follows as its part arrives (a new page: its charts start empty).
void TestDashboardPage::firstPaintComesBeforeTheCharts()
{
    DashboardPage page(m_fixture.cache);
    QList<int> parts;
    bool chartsEmptyAtFirstPaint = false;
    QString evaluationsAtFirstPaint;
    connect(&page, &DashboardPage::partsShown, this, [&](int shown) {
        if (parts.isEmpty()) {
            evaluationsAtFirstPaint = page.card(KeyFiguresModel::Evaluations)->valueText();
            chartsEmptyAtFirstPaint = true;
            for (int c = 0; c < DashboardPage::ChartCount; ++c) {
                chartsEmptyAtFirstPaint =
                    chartsEmptyAtFirstPaint &&
                    page.chart(DashboardPage::Chart(c))->data().rows.isEmpty();
            }
        }
        parts << shown;
    });
    QSignalSpy complete(&page, &DashboardPage::snapshotShown);
    page.resize(1200, 800);
    page.show();
    QTRY_VERIFY_WITH_TIMEOUT(complete.count() >= 1, 60000);
    QVERIFY(!parts.isEmpty());
    QVERIFY(parts.first() & DashboardSnapshot::Figures);
    QVERIFY(!(parts.first() & DashboardSnapshot::Departments));
    QCOMPARE(evaluationsAtFirstPaint, QStringLiteral("85"));
    QVERIFY(chartsEmptyAtFirstPaint);
    int all = 0;
    for (int p : std::as_const(parts))
        all |= p;
    QCOMPARE(all, int(DashboardSnapshot::All));
    QVERIFY(parts.size() >= 3); // figures, then the charts in more than one step
    QVERIFY(!page.chart(DashboardPage::DepartmentsChart)->data().rows.isEmpty());
}

void TestDashboardPage::chartData()
{
    const ExportTable trend = m_page->chart(DashboardPage::TrendChart)->data();
    QCOMPARE(trend.rows.size(), 12);
    QCOMPARE(trend.rows.first().first().toString(), QStringLiteral("2025-11"));
    QCOMPARE(trend.rows.last().first().toString(), QStringLiteral("2026-10"));
    QCOMPARE(trend.rows.last().at(1).toLongLong(), 85); // valid
    QCOMPARE(trend.rows.last().at(2).toLongLong(), 1);  // defaults
    QCOMPARE(trend.rows.last().at(4).toDouble(), 2.0 / 85);
    QVERIFY(trend.rows.at(0).at(3).isNull()); // no evaluation: undefined, not 0
    const ExportTable levels = m_page->chart(DashboardPage::DistributionChart)->data();
    // Month, level 1 … 5, defaults, satisfaction: October 2, 0, 0, 8, 75.
    QCOMPARE(levels.rows.last().mid(1, 5),
             (QVariantList{qint64(2), qint64(0), qint64(0), qint64(8), qint64(75)}));
    const ExportTable channels = m_page->chart(DashboardPage::ChannelChart)->data();
    QMap<QString, qint64> byName;
    for (const QVariantList &row : channels.rows)
        byName[row.at(1).toString()] = row.at(2).toLongLong();
    QCOMPARE(byName.value(QStringLiteral("大厅评价器")), 40);
    QCOMPARE(byName.value(QStringLiteral("移动端")), 40);
    QCOMPARE(byName.value(QStringLiteral("PC端")), 5);
    const ExportTable departments = m_page->chart(DashboardPage::DepartmentsChart)->data();
    QCOMPARE(departments.rows.first().at(2).toString(), QStringLiteral("公安局")); // top first
    QVERIFY(!departments.columnFormulas.at(4).isEmpty());
}

void TestDashboardPage::monthClickSwitchesPeriod()
{
    QChart *chart = m_page->chart(DashboardPage::TrendChart)->chart();
    QLineSeries *line = nullptr;
    for (QAbstractSeries *s : chart->series())
        if (!line)
            line = qobject_cast<QLineSeries *>(s);
    QVERIFY(line);
    emit line->clicked(QPointF(10.2, 4.0)); // the 11th month shown: September 2026
    QCOMPARE(m_page->period(), Period::month(2026, 9));
    waitForDashboard();
    QCOMPARE(m_page->card(KeyFiguresModel::Evaluations)->valueText(), QStringLiteral("0"));
    m_page->periodPicker()->stepForward();
    waitForDashboard();
    QCOMPARE(m_page->card(KeyFiguresModel::Evaluations)->valueText(), QStringLiteral("85"));
}

void TestDashboardPage::channelAndDepartmentDrillDown()
{
    QSignalSpy queue(m_page.get(), &DashboardPage::openInQueue);
    QSignalSpy ranking(m_page.get(), &DashboardPage::openRanking);
    auto *pie = qobject_cast<QPieSeries *>(
        m_page->chart(DashboardPage::ChannelChart)->chart()->series().value(0));
    QVERIFY(pie);
    QPieSlice *mobile = nullptr;
    for (QPieSlice *slice : pie->slices())
        if (slice->label().startsWith(QStringLiteral("移动端")))
            mobile = slice;
    QVERIFY(mobile);
    emit mobile->clicked();
    QCOMPARE(queue.count(), 1);
    const auto f = queue.at(0).at(0).value<BadReviewFilter>();
    QCOMPARE(f.channelCodes, QStringList{QStringLiteral("2")});
    QCOMPARE(f.from, QDate(2026, 10, 1));
    QCOMPARE(f.to, QDate(2026, 10, 31));

    m_page->openDepartment(kD2);
    QCOMPARE(ranking.count(), 1);
    QCOMPARE(ranking.at(0).at(0).value<UnitLevel>(), UnitLevel::Department);
    QCOMPARE(ranking.at(0).at(1).value<Period>(), Period::month(2026, 10));
    QCOMPARE(ranking.at(0).at(2).toString(), kD2);
}

// The five-level chart: a click on October's level-1 segment opens the queue on October's
// valid level-1 bad reviews (人社局's E2-39 and E2-40, PagesFixture.h); a click on a
// level-5 segment switches the period to that month (September: the 11th month shown).
void TestDashboardPage::distributionDrillDown()
{
    QSignalSpy queue(m_page.get(), &DashboardPage::openInQueue);
    QStackedBarSeries *bars = nullptr;
    for (QAbstractSeries *s : m_page->chart(DashboardPage::DistributionChart)->chart()->series())
        if (!bars)
            bars = qobject_cast<QStackedBarSeries *>(s);
    QVERIFY(bars);
    QCOMPARE(bars->barSets().size(), 5);
    emit bars->clicked(11, bars->barSets().at(0)); // October, level 1
    QCOMPARE(queue.count(), 1);
    const auto f = queue.at(0).at(0).value<BadReviewFilter>();
    QCOMPARE(f.levels, QList<int>{1});
    QCOMPARE(f.validity, BadReviewFilter::Validity::Valid);
    QCOMPARE(f.from, QDate(2026, 10, 1));
    QCOMPARE(f.to, QDate(2026, 10, 31));
    QCOMPARE(m_page->period(), Period::month(2026, 10));
    emit bars->clicked(10, bars->barSets().at(4)); // September, level 5
    QCOMPARE(queue.count(), 1);
    QCOMPARE(m_page->period(), Period::month(2026, 9));
    waitForDashboard();
    m_page->periodPicker()->stepForward();
    waitForDashboard();
    QCOMPARE(m_page->period(), Period::month(2026, 10));
}

void TestDashboardPage::figureDrillDown()
{
    QSignalSpy queue(m_page.get(), &DashboardPage::openInQueue);
    KeyFigureCard *overdue = m_page->card(KeyFiguresModel::OverdueBadReviews);
    QTest::mouseClick(overdue, Qt::LeftButton);
    QCOMPARE(queue.count(), 1);
    const auto f = queue.at(0).at(0).value<BadReviewFilter>();
    QCOMPARE(f.due, BadReviewFilter::Due::Overdue);
    QCOMPARE(f.validity, BadReviewFilter::Validity::Valid);
    KeyFigureCard *awaiting = m_page->card(KeyFiguresModel::AwaitingEvaluation);
    awaiting->setFocus();
    QTest::keyClick(awaiting, Qt::Key_Return);
    QCOMPARE(m_page->tabs()->currentWidget(), m_page->chaseList());
}

void TestDashboardPage::chaseList()
{
    ChaseListPage *chase = m_page->chaseList();
    QTRY_VERIFY_WITH_TIMEOUT(!chase->requests()->isBusy() && chase->model()->rowCount() == 3,
                             60000);
    const ChaseListModel &model = *chase->model();
    for (int r = 0; r < 3; ++r) {
        QCOMPARE(model.index(r, ChaseListModel::DepartmentColumn).data().toString(),
                 QStringLiteral("税务局"));
        // Finished 10-30 10:00: counts as satisfied at 11-06 10:00, 5 d 16 h after now.
        QCOMPARE(model.index(r, ChaseListModel::TimeLeftColumn).data().toString(),
                 QStringLiteral("5 d 16 h"));
    }
    QVERIFY(chase->statusText().contains(QStringLiteral("3")));
    QTemporaryDir dir;
    QString error;
    const QString path = dir.filePath(QStringLiteral("chase.csv"));
    QVERIFY2(chase->exportCsv(path, &error), qPrintable(error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList lines =
        QString::fromUtf8(f.readAll().mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY2(lines.at(1).contains(QStringLiteral("P3-07")), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(1).contains(QStringLiteral("2026-11-06 10:00:00")), qPrintable(lines.at(1)));
    m_page->tabs()->setCurrentIndex(0);
}

void TestDashboardPage::savesChartsAndData()
{
    QTemporaryDir dir;
    QString error;
    ChartPanel *trend = m_page->chart(DashboardPage::TrendChart);
    const QString png = dir.filePath(QStringLiteral("trend.png"));
    QVERIFY2(trend->saveImage(png, &error), qPrintable(error));
    const QImage image(png);
    QCOMPARE(image.size(), ChartPanel::kImageSize * 2);
    QVERIFY(image.pixelColor(5, 5) == QColor(Qt::white)); // drawn on white, not transparent
    const QString svg = dir.filePath(QStringLiteral("trend.svg"));
    QVERIFY2(trend->saveImage(svg, &error), qPrintable(error));
    QFile svgFile(svg);
    QVERIFY(svgFile.open(QIODevice::ReadOnly));
    const QString svgText = QString::fromUtf8(svgFile.readAll());
    QVERIFY(svgText.contains(QStringLiteral("<svg")));
    QVERIFY(svgText.contains(QStringLiteral("26-10"))); // axis labels are text, not pixels
    QVERIFY(!trend->saveImage(dir.filePath(QStringLiteral("trend.gif")), &error));
    const QString csv = dir.filePath(QStringLiteral("channels.csv"));
    QVERIFY2(m_page->chart(DashboardPage::ChannelChart)->exportData(csv, &error),
             qPrintable(error));
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(csvFile.readAll()).contains(QStringLiteral(",移动端,40,40\r\n")));
}

void TestDashboardPage::screenshots()
{
    const QString artifacts = qEnvironmentVariable("PINGJIA_TEST_ARTIFACTS");
    if (artifacts.isEmpty())
        QSKIP("PINGJIA_TEST_ARTIFACTS not set");
    QDir().mkpath(artifacts);
    m_page->tabs()->setCurrentIndex(0);
    QVERIFY(m_page->grab().toImage().save(artifacts + QStringLiteral("/dashboard-page.png")));
    m_page->showChaseList();
    QVERIFY(m_page->grab().toImage().save(artifacts + QStringLiteral("/chase-list.png")));
}

QTEST_MAIN(TestDashboardPage)
#include "tst_dashboardpage.moc"
