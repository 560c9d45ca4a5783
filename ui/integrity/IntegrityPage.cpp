// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/integrity/IntegrityPage.h"

#include "models/domain/Clock.h"
#include "models/domain/Period.h"
#include "models/domain/PlatformTime.h"
#include "models/itemmodels/BackgroundQuery.h"
#include "models/itemmodels/IntegrityFlagModel.h"
#include "models/reports/TableExport.h"
#include "models/store/IntegrityQuery.h"
#include "models/store/IntegrityVerdicts.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace pingjia {

namespace {

// What a load brings back to the GUI thread.
struct Loaded {
    bool ok = false;
    QString error;
    QList<IntegrityFlag> flags;
    QHash<QPair<QString, QString>, IntegrityVerdictEntry> verdicts;
};

} // namespace

IntegrityPage::IntegrityPage(CacheDatabase &cache, LocalWorkDatabase &localWork,
                             std::function<QString()> currentUser, QWidget *parent)
    : QWidget(parent), m_cache(cache), m_localWork(localWork), m_currentUser(std::move(currentUser))
{
    setObjectName(QStringLiteral("integrityPage"));
    m_model = new IntegrityFlagModel(this);
    m_query = new BackgroundQuery(QStringLiteral("integrity"), this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildToolbar());
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("integrityView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(IntegrityFlagModel::Explanation,
                                                     QHeaderView::Stretch);
    layout->addWidget(m_view, 1);
    layout->addWidget(buildVerdictBar());
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("integrityStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
}

QWidget *IntegrityPage::buildToolbar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    // The last whole month by default: the one a monthly review looks at.
    const QDate today = platformDate(Clock::now());
    m_monthEdit = new QLineEdit(
        QDate(today.year(), today.month(), 1).addMonths(-1).toString(QStringLiteral("yyyy-MM")),
        bar);
    m_monthEdit->setObjectName(QStringLiteral("integrityMonth"));
    m_monthEdit->setPlaceholderText(tr("YYYY-MM"));
    row->addWidget(new QLabel(tr("&Month:"), bar));
    qobject_cast<QLabel *>(row->itemAt(0)->widget())->setBuddy(m_monthEdit);
    row->addWidget(m_monthEdit);
    m_rule = new QComboBox(bar);
    m_rule->setObjectName(QStringLiteral("integrityRule"));
    m_rule->addItem(tr("All rules"), QString());
    for (IntegrityRule r : allIntegrityRules())
        m_rule->addItem(IntegrityText::ruleName(r), toString(r));
    row->addWidget(m_rule);
    m_verdictFilter = new QComboBox(bar);
    m_verdictFilter->setObjectName(QStringLiteral("integrityVerdictFilter"));
    m_verdictFilter->addItem(tr("Every item"), int(IntegrityFlagModel::VerdictFilter::All));
    m_verdictFilter->addItem(tr("Without verdict"), int(IntegrityFlagModel::VerdictFilter::Open));
    m_verdictFilter->addItem(tr("Cleared"), int(IntegrityFlagModel::VerdictFilter::Cleared));
    m_verdictFilter->addItem(tr("Confirmed"), int(IntegrityFlagModel::VerdictFilter::Confirmed));
    row->addWidget(m_verdictFilter);
    auto *check = new QPushButton(tr("&Check"), bar);
    check->setObjectName(QStringLiteral("integrityCheck"));
    row->addWidget(check);
    auto *exportButton = new QPushButton(tr("&Export CSV…"), bar);
    exportButton->setObjectName(QStringLiteral("integrityExport"));
    row->addWidget(exportButton);
    row->addStretch(1);

    connect(check, &QPushButton::clicked, this, &IntegrityPage::refresh);
    connect(m_monthEdit, &QLineEdit::returnPressed, this, &IntegrityPage::refresh);
    connect(m_rule, &QComboBox::currentIndexChanged, this, [this] {
        const QString name = m_rule->currentData().toString();
        m_model->setRuleFilter(name.isEmpty() ? std::nullopt : integrityRuleFromString(name));
    });
    connect(m_verdictFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setVerdictFilter(
            IntegrityFlagModel::VerdictFilter(m_verdictFilter->currentData().toInt()));
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export the flagged items"), QStringLiteral("integrity-%1.csv").arg(m_month),
            tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportCsv(path);
    });
    return bar;
}

QWidget *IntegrityPage::buildVerdictBar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_note = new QLineEdit(bar);
    m_note->setObjectName(QStringLiteral("integrityNote"));
    m_note->setPlaceholderText(tr("Note on the verdict (what was checked)"));
    row->addWidget(m_note, 1);
    auto *clear = new QPushButton(tr("C&leared"), bar);
    clear->setObjectName(QStringLiteral("integrityClear"));
    auto *confirm = new QPushButton(tr("C&onfirmed"), bar);
    confirm->setObjectName(QStringLiteral("integrityConfirm"));
    row->addWidget(clear);
    row->addWidget(confirm);
    connect(clear, &QPushButton::clicked, this, [this] { giveVerdict(false); });
    connect(confirm, &QPushButton::clicked, this, [this] { giveVerdict(true); });
    return bar;
}

void IntegrityPage::setStatus(const QString &text)
{
    m_status->setText(text);
}

void IntegrityPage::refresh()
{
    const QString text = m_monthEdit->text().trimmed();
    const auto period = text.size() == 7 ? Period::parse(text) : std::nullopt;
    if (!period || period->kind() != PeriodKind::Month) {
        setStatus(tr("Write the month like 2026-09."));
        return;
    }
    m_month = text;
    setStatus(tr("Checking %1…").arg(period->label()));
    CacheDatabase *cache = &m_cache;
    LocalWorkDatabase *local = &m_localWork;
    const IntegritySettings settings = m_settings;
    const QDateTime now = Clock::now();
    const Period p = *period;
    m_query->run<Loaded>(
        [cache, local, settings, now, p, text] {
            Loaded out;
            StoreResult error;
            auto flags = IntegrityQuery(*cache).flags(p, {}, now, settings, &error);
            auto verdicts = flags ? IntegrityVerdicts(*local).verdicts(text, &error) : std::nullopt;
            out.ok = flags && verdicts;
            out.error = error.message;
            if (out.ok) {
                out.flags = std::move(*flags);
                out.verdicts = std::move(*verdicts);
            }
            return out;
        },
        [this, p](Loaded loaded) {
            if (!loaded.ok) {
                setStatus(tr("The check could not run: %1").arg(loaded.error));
                return;
            }
            m_model->setFlags(std::move(loaded.flags), std::move(loaded.verdicts));
            setStatus(
                tr("%1: %n flagged item(s).", nullptr, int(m_model->totalCount())).arg(p.label()));
        });
}

void IntegrityPage::giveVerdict(bool confirmed)
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const QString actor = m_currentUser ? m_currentUser() : QString();
    if (rows.isEmpty()) {
        setStatus(tr("Select a flagged item first."));
        return;
    }
    if (actor.isEmpty()) {
        setStatus(tr("Sign in to the platform first: a verdict records who gave it."));
        return;
    }
    const IntegrityFlag flag = m_model->flagAt(rows.first().row());
    const IntegrityVerdict verdict =
        confirmed ? IntegrityVerdict::Confirmed : IntegrityVerdict::Cleared;
    const QString note = m_note->text();
    const QString month = m_month;
    LocalWorkDatabase *local = &m_localWork;
    m_query->run<StoreResult>(
        [local, flag, month, verdict, note, actor] {
            return IntegrityVerdicts(*local).record(flag, month, verdict, note, actor);
        },
        [this, flag, verdict, note, actor](StoreResult r) {
            if (!r.ok()) {
                setStatus(tr("The verdict was not stored: %1").arg(r.message));
                return;
            }
            m_model->setVerdict(flag, IntegrityVerdictEntry{verdict, note, actor, Clock::now()});
            m_note->clear();
            setStatus(tr("Verdict stored."));
        });
}

bool IntegrityPage::exportCsv(const QString &path)
{
    // What is shown: codes, explanations and verdicts. Flags hold no personal data.
    ExportTable table;
    table.title = tr("Review integrity");
    for (int c = 0; c < m_model->columnCount(); ++c)
        table.headers << m_model->headerData(c, Qt::Horizontal).toString();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QVariantList cells;
        for (int c = 0; c < m_model->columnCount(); ++c)
            cells << m_model->data(m_model->index(row, c));
        table.rows << cells;
    }
    QString error;
    if (!writeCsv(table, path, &error)) {
        setStatus(tr("The export failed: %1").arg(error));
        return false;
    }
    setStatus(tr("%n item(s) exported.", nullptr, int(table.rows.size())));
    return true;
}

} // namespace pingjia
