// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/coverage/ChaseListPage.h"

#include "models/domain/Clock.h"
#include "models/itemmodels/ChaseListModel.h"
#include "models/itemmodels/IndicatorRequests.h"
#include "models/reports/TableExport.h"
#include "models/store/CacheDatabase.h"
#include "ui/rankings/BusyIndicator.h"
#include "ui/rankings/ExportDialog.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace pingjia {

namespace {

struct ChaseAnswer {
    std::optional<QList<ChaseCount>> counts;
    std::optional<QList<ChaseItem>> items;
    StoreResult error;
};

ExportTable chaseTable(const ChaseListModel &model, const QString &title)
{
    ExportTable t;
    t.title = title;
    for (int c = 0; c < ChaseListModel::ColumnCount; ++c) {
        t.headers << ChaseListModel::columnName(c);
        t.columnFormulas << ChaseListModel::columnNote(c);
    }
    for (int r = 0; r < model.rowCount(); ++r) {
        QVariantList row;
        for (int c = 0; c < ChaseListModel::ColumnCount; ++c)
            row << model.exportValue(r, c);
        t.rows << row;
    }
    return t;
}

} // namespace

ChaseListPage::ChaseListPage(CacheDatabase &cache, QWidget *parent)
    : QWidget(parent), m_cache(cache)
{
    setObjectName(QStringLiteral("chaseListPage"));
    m_model = new ChaseListModel(this);
    m_requests = new IndicatorRequests(cache, QStringLiteral("chase-list"), this);

    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    auto *label = new QLabel(tr("&Department:"), this);
    m_department = new QComboBox(this);
    m_department->setObjectName(QStringLiteral("chaseDepartment"));
    m_department->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    label->setBuddy(m_department);
    bar->addWidget(label);
    bar->addWidget(m_department);
    m_busy = new BusyIndicator(this);
    bar->addWidget(m_busy);
    bar->addStretch(1);
    auto *csv = new QToolButton(this);
    csv->setObjectName(QStringLiteral("chaseExportCsv"));
    csv->setText(tr("Export CSV…"));
    auto *xlsx = new QToolButton(this);
    xlsx->setObjectName(QStringLiteral("chaseExportXlsx"));
    xlsx->setText(tr("Export Excel…"));
    bar->addWidget(csv);
    bar->addWidget(xlsx);
    layout->addLayout(bar);

    auto *note = new QLabel(tr("Served cases with no evaluation yet. Seven days (7×24 h) after "
                               "it was finished, a case without an evaluation counts as "
                               "基本满意 (level 3): ask for the evaluation before."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("chaseTable"));
    m_table->setModel(m_model);
    // No sort indicator first: the rows keep the order the query gave (rank, oldest).
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    layout->addWidget(m_table, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("chaseStatus"));
    layout->addWidget(m_status);

    m_repaint = new QTimer(this);
    m_repaint->setInterval(kCountdownRepaintMs);
    connect(m_repaint, &QTimer::timeout, m_table->viewport(), qOverload<>(&QWidget::update));
    m_repaint->start();

    connect(m_department, &QComboBox::activated, this,
            [this](int index) { setDepartment(m_department->itemData(index).toString()); });
    connect(csv, &QToolButton::clicked, this, &ChaseListPage::exportCsvAs);
    connect(xlsx, &QToolButton::clicked, this, &ChaseListPage::exportXlsxAs);
    connect(m_requests, &IndicatorRequests::busyChanged, m_busy, &BusyIndicator::setBusy);
    auto *exportAction = new QAction(this);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(exportAction, &QAction::triggered, this, &ChaseListPage::exportXlsxAs);
    addAction(exportAction);
}

ChaseListPage::~ChaseListPage() = default;

QString ChaseListPage::departmentCode() const
{
    return m_pendingDepartment;
}

QString ChaseListPage::statusText() const
{
    return m_status->text();
}

QString ChaseListPage::title() const
{
    const QString dept = m_department->currentIndex() > 0
                             ? m_department->currentText().section(QStringLiteral(" ("), 0, 0)
                             : m_scopeLabel;
    return tr("Cases awaiting evaluation · %1").arg(dept);
}

void ChaseListPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded)
        refresh();
}

void ChaseListPage::setScope(const QString &scopeCode, const QString &scopeLabel)
{
    m_scopeLabel = scopeLabel;
    if (scopeCode == m_scope && m_loaded)
        return;
    m_scope = scopeCode;
    m_pendingDepartment.clear();
    if (m_loaded || isVisible())
        refresh();
}

void ChaseListPage::setDepartment(const QString &deptCode)
{
    m_pendingDepartment = deptCode;
    refresh();
}

void ChaseListPage::refresh()
{
    m_loaded = true;
    request();
}

void ChaseListPage::request()
{
    if (!m_cache.isOpen()) {
        m_status->setText(tr("The cache is not open."));
        return;
    }
    const QString scope = m_scope;
    const QString dept = m_pendingDepartment;
    const QDateTime now = Clock::now();
    m_requests->request<ChaseAnswer>(
        [scope, dept, now](IndicatorQuery &query) {
            ChaseAnswer a;
            a.counts = query.chaseCounts(scope, now, &a.error);
            if (a.counts)
                a.items = query.chaseList(scope, dept, now, 0, kRowLimit, &a.error);
            return a;
        },
        [this, dept](ChaseAnswer a) {
            if (!a.counts || !a.items) {
                m_model->setItems({}, 0);
                m_status->setText(a.error.message);
                emit listShown();
                return;
            }
            qint64 total = 0;
            qint64 inDept = 0;
            {
                const QSignalBlocker blocker(m_department);
                m_department->clear();
                for (const ChaseCount &c : *a.counts)
                    total += c.cases;
                m_department->addItem(tr("All departments (%1)").arg(total), QString());
                for (const ChaseCount &c : *a.counts) {
                    m_department->addItem(QStringLiteral("%1 (%2)")
                                              .arg(c.deptName.isEmpty() ? c.deptCode : c.deptName)
                                              .arg(c.cases),
                                          c.deptCode);
                    if (c.deptCode == dept)
                        inDept = c.cases;
                }
                m_department->setCurrentIndex(std::max(0, m_department->findData(dept)));
            }
            const qint64 listed = dept.isEmpty() ? total : inDept;
            m_model->setItems(std::move(*a.items), listed);
            m_table->resizeColumnsToContents();
            m_status->setText(m_model->rowCount() < listed
                                  ? tr("%1 cases awaiting evaluation; the oldest %2 are listed.")
                                        .arg(listed)
                                        .arg(m_model->rowCount())
                                  : tr("%1 cases awaiting evaluation, oldest first.").arg(listed));
            emit listShown();
        });
}

bool ChaseListPage::exportCsv(const QString &path, QString *error) const
{
    return writeCsv(chaseTable(*m_model, title()), path, error);
}

bool ChaseListPage::exportXlsx(const QString &path, QString *error) const
{
    return writeXlsx({chaseTable(*m_model, title())}, path, Clock::now(), error);
}

void ChaseListPage::exportCsvAs()
{
    const QString path = askExportPath(this, tr("Export chase list"), title(), {ExportFormat::Csv});
    QString error;
    if (!path.isEmpty() && !exportCsv(path, &error))
        QMessageBox::warning(this, tr("Export failed"), error);
}

void ChaseListPage::exportXlsxAs()
{
    const QString path =
        askExportPath(this, tr("Export chase list"), title(), {ExportFormat::Xlsx});
    QString error;
    if (!path.isEmpty() && !exportXlsx(path, &error))
        QMessageBox::warning(this, tr("Export failed"), error);
}

} // namespace pingjia
