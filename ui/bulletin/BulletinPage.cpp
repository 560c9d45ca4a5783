// SPDX-License-Identifier: GPL-3.0-or-later
// BulletinPage: layout, loading the figures and re-assembling as the office edits.
#include "ui/bulletin/BulletinPage.h"

#include "models/domain/Clock.h"
#include "models/domain/PlatformTime.h"
#include "models/reports/BulletinAssembler.h"
#include "models/reports/BulletinIssue.h"
#include "models/store/BulletinArchive.h"
#include "models/store/LocalWorkDatabase.h"
#include "ui/bulletin/BulletinArchiveView.h"
#include "ui/bulletin/BulletinCaseList.h"
#include "ui/bulletin/BulletinHeaderForm.h"
#include "ui/bulletin/BulletinJob.h"
#include "ui/bulletin/BulletinOutline.h"
#include "ui/bulletin/BulletinPreview.h"
#include "ui/rankings/ScopePicker.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace pingjia {

namespace {

// Paragraphs are separated by an empty line (or each line is one when none is empty).
QStringList paragraphs(const QString &text)
{
    QStringList out;
    for (const QString &p : text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts)) {
        if (!p.trimmed().isEmpty())
            out << p.trimmed();
    }
    return out;
}

QDate previousMonth()
{
    const QDate today = platformDate(Clock::now());
    return QDate(today.year(), today.month(), 1).addMonths(-1);
}

} // namespace

BulletinPage::BulletinPage(CacheDatabase &cache, LocalWorkDatabase &localWork,
                           std::function<QString()> currentUser,
                           std::function<BulletinRenderOptions()> renderOptions, QWidget *parent)
    : QWidget(parent), m_cache(cache), m_localWork(localWork),
      m_currentUser(std::move(currentUser)), m_renderOptions(std::move(renderOptions)),
      m_job(new BulletinJob(cache, localWork, this))
{
    setObjectName(QStringLiteral("bulletinPage"));
    buildLayout();
    buildActions();
    m_reassembleTimer = new QTimer(this);
    m_reassembleTimer->setSingleShot(true);
    m_reassembleTimer->setInterval(250);
    connect(m_reassembleTimer, &QTimer::timeout, this, &BulletinPage::reassemble);
    m_reloadTimer = new QTimer(this);
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(400);
    connect(m_reloadTimer, &QTimer::timeout, this, &BulletinPage::reload);

    connect(m_job, &BulletinJob::started, this,
            [this](const QString &what) { setBusy(true, what); });
    connect(m_job, &BulletinJob::progress, this, [this](int step, int steps) {
        m_progress->setRange(0, steps);
        m_progress->setValue(step);
    });
    connect(m_job, &BulletinJob::finished, this, [this] {
        setBusy(false);
        if (m_reloadAgain) {
            m_reloadAgain = false;
            reload();
        }
    });
    connect(m_job, &BulletinJob::loaded, this, &BulletinPage::onLoaded);
    connect(m_job, &BulletinJob::written, this, &BulletinPage::onWritten);
    connect(m_job, &BulletinJob::failed, this, &BulletinPage::showError);
    connect(m_job, &BulletinJob::cancelled, this, [this] { m_status->setText(tr("Cancelled.")); });

    // Figures depend on month and scope: read again. The rest is text: re-assemble.
    connect(m_month, &QDateEdit::dateChanged, m_reloadTimer, qOverload<>(&QTimer::start));
    connect(m_scope, &ScopePicker::scopeChanged, m_reloadTimer, qOverload<>(&QTimer::start));
    connect(m_job, &BulletinJob::scopeTreeLoaded, m_scope, &ScopePicker::setTree);
    connect(m_public, &QRadioButton::toggled, this, &BulletinPage::versionSwitched);
    connect(m_header, &BulletinHeaderForm::edited, m_reassembleTimer, qOverload<>(&QTimer::start));
    connect(m_header, &BulletinHeaderForm::edited, this, &BulletinPage::updateNumberWarning);
    connect(m_opening, &QPlainTextEdit::textChanged, m_reassembleTimer,
            qOverload<>(&QTimer::start));
    connect(m_requirements, &QPlainTextEdit::textChanged, m_reassembleTimer,
            qOverload<>(&QTimer::start));
    connect(m_cases, &BulletinCaseList::selectionEdited, this, &BulletinPage::reassemble);
    connect(m_archive, &BulletinArchiveView::openRequested, this, &BulletinPage::openArchived);
    connect(m_preview, &BulletinPreview::printFailed, this, &BulletinPage::showError);
    connect(m_preview, &BulletinPreview::printed, this,
            [this](int pages) { m_status->setText(tr("Printed %n page(s).", nullptr, pages)); });
    connect(m_preview, &BulletinPreview::printCancelled, this,
            [this] { m_status->setText(tr("Printing cancelled.")); });
    setBusy(false);
    refreshArchive();
}

void BulletinPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_facts && !m_job->isRunning())
        reload();
}

BulletinPage::~BulletinPage()
{
    // Nothing the job still delivers may reach a page being taken apart: waiting hands
    // over its queued "finished", which would start a reload asked for meanwhile, and that
    // job's answers would come after the widgets are gone (a crash on closing the window
    // after a sync).
    m_job->disconnect(this);
    m_job->disconnect(m_scope);
    m_job->cancel();
    m_job->wait();
}

void BulletinPage::buildLayout()
{
    m_month = new QDateEdit(previousMonth(), this);
    m_month->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_month->setCalendarPopup(true);
    m_month->setObjectName(QStringLiteral("bulletinMonth"));
    // The areas and centers of the synced scope (filled with the first figures read).
    m_scope = new ScopePicker(this);
    m_scope->setObjectName(QStringLiteral("bulletinScope"));
    m_scope->box()->setToolTip(tr("The bulletin of everything synced, an area or a center"));
    m_internal = new QRadioButton(tr("&Internal version (may name windows and staff)"), this);
    m_public = new QRadioButton(tr("&Public version (公示版: departments only)"), this);
    m_internal->setChecked(true);
    auto *versions = new QButtonGroup(this);
    versions->addButton(m_internal);
    versions->addButton(m_public);

    auto *top = new QHBoxLayout;
    auto *choice = new QFormLayout;
    choice->addRow(tr("&Month:"), m_month);
    choice->addRow(m_scope);
    top->addLayout(choice);
    auto *versionBox = new QGroupBox(tr("Version"), this);
    auto *versionLayout = new QVBoxLayout(versionBox);
    versionLayout->addWidget(m_internal);
    versionLayout->addWidget(m_public);
    top->addWidget(versionBox);
    top->addStretch();

    m_header = new BulletinHeaderForm(this);
    m_opening = new QPlainTextEdit(this);
    m_opening->setObjectName(QStringLiteral("bulletinOpening"));
    m_requirements = new QPlainTextEdit(this);
    m_requirements->setObjectName(QStringLiteral("bulletinRequirements"));
    auto *text = new QWidget(this);
    auto *textLayout = new QVBoxLayout(text);
    textLayout->addWidget(new QLabel(tr("Opening (leave empty for the standard one):"), text));
    textLayout->addWidget(m_opening, 1);
    textLayout->addWidget(
        new QLabel(tr("六、下步工作要求 (one paragraph each, separated by an empty line):"), text));
    textLayout->addWidget(m_requirements, 2);
    auto *remember = new QPushButton(tr("&Remember header and requirements for this scope"), text);
    connect(remember, &QPushButton::clicked, this, &BulletinPage::rememberText);
    textLayout->addWidget(remember);
    textLayout->addWidget(new QLabel(tr("Figures and tables come from the cache and cannot be "
                                        "edited."),
                                     text));
    m_cases = new BulletinCaseList(this);
    m_archive = new BulletinArchiveView(this);

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(m_header, tr("&Header"));
    m_tabs->addTab(text, tr("&Text"));
    m_tabs->addTab(m_cases, tr("T&ypical cases"));
    m_tabs->addTab(m_archive, tr("&Archive"));
    m_outline = new BulletinOutline(this);
    m_preview = new BulletinPreview(this);
    m_views = new QTabWidget(this);
    m_views->addTab(m_outline, tr("Te&xt as written"));
    m_views->addTab(m_preview, tr("Pa&ges as printed"));
    // The pages are laid out on the GUI thread (QPrinter): only when they are looked at.
    connect(m_views, &QTabWidget::currentChanged, this, [this] {
        if (m_views->currentWidget() == m_preview && m_pagesStale)
            refreshPages();
    });
    auto *split = new QSplitter(this);
    split->addWidget(m_tabs);
    split->addWidget(m_views);
    split->setStretchFactor(1, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("bulletinStatus"));
    m_status->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("bulletinCancel"));
    connect(m_cancel, &QPushButton::clicked, this, &BulletinPage::cancel);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_progress);
    bottom->addWidget(m_cancel);
    layout->addLayout(bottom);
}

BulletinRequest BulletinPage::request() const
{
    BulletinRequest r;
    r.month = QDate(m_month->date().year(), m_month->date().month(), 1);
    r.scope = m_scope->scopeCode();
    r.version = m_public->isChecked() ? BulletinVersion::Public : BulletinVersion::Internal;
    r.header = m_header->header();
    r.opening = m_opening->toPlainText().trimmed();
    r.requirements = paragraphs(m_requirements->toPlainText());
    r.typicalCaseIds = m_cases->checkedIds();
    return r;
}

bool BulletinPage::isBusy() const
{
    return m_job->isRunning();
}

void BulletinPage::setIntegritySettings(const IntegritySettings &settings)
{
    m_job->setIntegritySettings(settings);
}

void BulletinPage::reload()
{
    if (m_job->isRunning()) {
        // Read again once the running job ends (a write is never interrupted).
        m_reloadAgain = true;
        return;
    }
    m_job->load(request(), kProposedCases);
}

void BulletinPage::cancel()
{
    m_reloadAgain = false;
    m_job->cancel();
}

void BulletinPage::onLoaded(const BulletinHeaderProposal &proposal,
                            const QList<BulletinTypicalCase> &cases, const BulletinFacts &facts)
{
    m_facts = facts;
    m_scopeName = proposal.scopeName;
    m_header->setHeader(proposal.header);
    const QSignalBlocker block(m_requirements);
    m_requirements->setPlainText(
        (proposal.requirements.isEmpty() ? bulletinDefaultRequirements() : proposal.requirements)
            .join(QStringLiteral("\n\n")));
    m_cases->setCases(cases);
    m_status->setText(tr("Figures of %1 for %2 read at %3.")
                          .arg(m_month->date().toString(QStringLiteral("yyyy-MM")), m_scopeName,
                               formatPlatformTime(facts.handling.asOf)));
    updateNumberWarning();
    reassemble();
}

void BulletinPage::versionSwitched()
{
    // The review-integrity counts are read for the internal version only.
    if (m_facts && !m_public->isChecked() && !m_facts->integrity.checked)
        reload();
    else
        reassemble();
}

void BulletinPage::reassemble()
{
    if (!m_facts)
        return;
    BulletinFacts facts = *m_facts;
    facts.typicalCases = m_cases->checkedCases();
    m_content = assembleBulletin(facts, request());
    m_outline->showContent(*m_content);
    m_pagesStale = true;
    if (m_views->currentWidget() == m_preview)
        refreshPages();
    setBusy(m_job->isRunning());
    emit contentChanged();
}

void BulletinPage::setBusy(bool busy, const QString &what)
{
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    if (busy) {
        m_progress->setRange(0, 0);
        m_status->setText(what);
    }
    for (QWidget *w : std::as_const(m_needContent))
        w->setEnabled(!busy && m_content.has_value());
}

void BulletinPage::refreshArchive()
{
    StoreResult r;
    const auto entries = BulletinArchive(m_localWork).entries(&r);
    if (!r.ok()) {
        showError(r.message);
        return;
    }
    m_archive->setEntries(entries);
}

void BulletinPage::updateNumberWarning()
{
    QStringList warnings;
    BulletinArchive archive(m_localWork);
    const QString number = m_header->header().documentNumber;
    if (!number.isEmpty() && !BulletinNumber::parse(number))
        warnings << tr("Not a document number of the form 〔2026〕12号.");
    else if (archive.numberUsed(number))
        warnings << tr("This number was already given to another bulletin.");
    const BulletinRequest r = request();
    const QString reissue =
        BulletinIssue::reissueWarning(archive.issuesOf(r.month.toString(u"yyyy-MM"), r.scope));
    if (!reissue.isEmpty())
        warnings << reissue;
    m_header->setNumberWarning(warnings.join(u'\n'));
}

} // namespace pingjia
