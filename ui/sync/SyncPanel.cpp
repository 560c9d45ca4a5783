// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sync/SyncPanel.h"

#include "models/domain/PlatformTime.h"
#include "models/itemmodels/ConflictListModel.h"
#include "models/itemmodels/RefusedActionModel.h"
#include "models/sync/SyncTypes.h"
#include "ui/sync/ConflictResolver.h"
#include "ui/sync/SignInDialog.h"
#include "ui/sync/SkippedRecordModel.h"
#include "ui/sync/SyncFrontEnd.h"
#include "ui/sync/SyncReportText.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace pingjia {

namespace {

constexpr int kProgressSteps = 1000;
constexpr int kConnectionRefreshMs = 15 * 1000;

QTableView *tableFor(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setMinimumHeight(140);
    return view;
}

QLabel *wrappedLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

SyncPanel::SyncPanel(SyncFrontEnd &sync, QWidget *parent) : QWidget(parent), m_sync(sync)
{
    setObjectName(QStringLiteral("syncPanel"));

    m_account = wrappedLabel(QStringLiteral("syncAccount"), this);
    m_signIn = new QPushButton(tr("Sign &in…"), this);
    m_signIn->setObjectName(QStringLiteral("syncSignIn"));
    m_signOut = new QPushButton(tr("Sign &out"), this);
    m_signOut->setObjectName(QStringLiteral("syncSignOut"));
    m_keychain = wrappedLabel(QStringLiteral("syncKeychain"), this);
    m_keychain->hide();

    m_syncNow = new QPushButton(tr("Sync now (F5)"), this);
    m_syncNow->setObjectName(QStringLiteral("syncNow"));
    m_cancel = new QPushButton(tr("Cancel (Esc)"), this);
    m_cancel->setObjectName(QStringLiteral("syncCancel"));
    m_pending = wrappedLabel(QStringLiteral("syncPending"), this);
    m_connection = wrappedLabel(QStringLiteral("syncConnection"), this);
    m_retry = new QPushButton(tr("&Retry now"), this);
    m_retry->setObjectName(QStringLiteral("syncRetryNow"));
    m_retry->hide();

    m_progressBar = new QProgressBar(this);
    m_progressBar->setObjectName(QStringLiteral("syncProgressBar"));
    m_progressBar->setRange(0, kProgressSteps);
    m_progressBar->setValue(0);
    m_progressBar->setTextVisible(true);
    m_progress = wrappedLabel(QStringLiteral("syncProgressText"), this);
    m_result = wrappedLabel(QStringLiteral("syncResult"), this);

    auto *accountRow = new QHBoxLayout;
    accountRow->addWidget(m_account, 1);
    accountRow->addWidget(m_signIn);
    accountRow->addWidget(m_signOut);
    auto *connectionRow = new QHBoxLayout;
    connectionRow->addWidget(m_connection, 1);
    connectionRow->addWidget(m_retry);
    auto *syncRow = new QHBoxLayout;
    syncRow->addWidget(m_syncNow);
    syncRow->addWidget(m_cancel);
    syncRow->addWidget(m_pending, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(accountRow);
    layout->addWidget(m_keychain);
    layout->addLayout(connectionRow);
    layout->addLayout(syncRow);
    layout->addWidget(m_progressBar);
    layout->addWidget(m_progress);
    layout->addWidget(m_result);
    layout->addWidget(buildDetails());

    // Window-wide while this page shows; a hidden page's shortcuts do not fire, so the
    // queue page's F5 (refresh) does not clash.
    auto *syncKey = new QShortcut(QKeySequence(Qt::Key_F5), this);
    connect(syncKey, &QShortcut::activated, &m_sync, &SyncFrontEnd::syncNow);
    auto *cancelKey = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(cancelKey, &QShortcut::activated, &m_sync, &SyncFrontEnd::cancel);

    connect(m_signIn, &QPushButton::clicked, this, &SyncPanel::openSignIn);
    connect(m_signOut, &QPushButton::clicked, &m_sync, &SyncFrontEnd::signOut);
    connect(m_syncNow, &QPushButton::clicked, &m_sync, &SyncFrontEnd::syncNow);
    connect(m_cancel, &QPushButton::clicked, &m_sync, &SyncFrontEnd::cancel);
    // A sync pushes the waiting actions too: "retry now" is a sync started at once.
    connect(m_retry, &QPushButton::clicked, &m_sync, &SyncFrontEnd::syncNow);
    // The time of the next attempt moves on while the page is open.
    auto *connectionTimer = new QTimer(this);
    connectionTimer->setInterval(kConnectionRefreshMs);
    connect(connectionTimer, &QTimer::timeout, this, &SyncPanel::updateConnection);
    connectionTimer->start();

    connect(&m_sync, &SyncFrontEnd::accountChanged, this, &SyncPanel::updateAccount);
    connect(&m_sync, &SyncFrontEnd::busyChanged, this, &SyncPanel::updateButtons);
    connect(&m_sync, &SyncFrontEnd::syncStarted, this, &SyncPanel::started);
    connect(&m_sync, &SyncFrontEnd::progress, this, &SyncPanel::showProgress);
    connect(&m_sync, &SyncFrontEnd::syncFinished, this, &SyncPanel::finished);
    connect(&m_sync, &SyncFrontEnd::pushFinished, this, &SyncPanel::pushed);
    connect(&m_sync, &SyncFrontEnd::dataSynced, this, &SyncPanel::refreshLocalWork);
    connect(&m_sync, &SyncFrontEnd::credentialsRequired, this, [this](const QString &message) {
        m_result->setText(tr("The platform needs the password again: %1").arg(message));
    });

    updateAccount();
    refreshLocalWork();
}

SyncPanel::~SyncPanel() = default;

QWidget *SyncPanel::buildDetails()
{
    m_details = new QTabWidget(this);
    m_details->setObjectName(QStringLiteral("syncDetails"));

    m_skipped = new SkippedRecordModel(this);
    m_details->addTab(tableFor(m_skipped, QStringLiteral("syncSkipped"), m_details),
                      tr("Left out"));

    auto *conflictTab = new QWidget(m_details);
    m_conflicts = new ConflictListModel(m_sync.localWork(), this);
    m_conflictView = tableFor(m_conflicts, QStringLiteral("syncConflicts"), conflictTab);
    m_conflictView->setWordWrap(true);
    // The two versions are what the user compares: they get the room.
    QHeaderView *header = m_conflictView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (int column : {ConflictListModel::LocalColumn, ConflictListModel::PlatformColumn,
                       ConflictListModel::MessageColumn})
        header->setSectionResizeMode(column, QHeaderView::Stretch);
    connect(m_conflicts, &QAbstractItemModel::modelReset, m_conflictView,
            &QTableView::resizeRowsToContents);
    m_keepPlatform = new QPushButton(tr("Keep the platform's version"), conflictTab);
    m_keepPlatform->setObjectName(QStringLiteral("conflictKeepPlatform"));
    m_reapply = new QPushButton(tr("Apply mine again"), conflictTab);
    m_reapply->setObjectName(QStringLiteral("conflictReapply"));
    connect(m_keepPlatform, &QPushButton::clicked, this, &SyncPanel::keepPlatformVersion);
    connect(m_reapply, &QPushButton::clicked, this, &SyncPanel::reapplyMine);
    auto *conflictButtons = new QHBoxLayout;
    conflictButtons->addStretch(1);
    conflictButtons->addWidget(m_keepPlatform);
    conflictButtons->addWidget(m_reapply);
    auto *conflictLayout = new QVBoxLayout(conflictTab);
    conflictLayout->addWidget(
        new QLabel(tr("Someone changed these records on the platform before your action "
                      "arrived. Nothing was overwritten: choose which version stays."),
                   conflictTab));
    conflictLayout->addWidget(m_conflictView, 1);
    conflictLayout->addLayout(conflictButtons);
    m_details->addTab(conflictTab, tr("Conflicts"));

    m_refused = new RefusedActionModel(m_sync.localWork(), this);
    m_details->addTab(tableFor(m_refused, QStringLiteral("syncRefused"), m_details),
                      tr("Refused by the platform"));

    connect(m_conflictView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SyncPanel::updateButtons);
    connect(m_conflicts, &QAbstractItemModel::modelReset, this, &SyncPanel::updateButtons);
    return m_details;
}

SignInDialog *SyncPanel::signInDialog() const
{
    return m_signInDialog.data();
}

QString SyncPanel::accountText() const
{
    return m_account->text();
}

QString SyncPanel::progressText() const
{
    return m_progress->text();
}

QString SyncPanel::resultText() const
{
    return m_result->text();
}

QString SyncPanel::pendingText() const
{
    return m_pending->text();
}

QString SyncPanel::connectionText() const
{
    return m_connection->text();
}

void SyncPanel::updateConnection()
{
    const bool offline = m_sync.hasAccount() && !m_sync.isOnline() && !m_sync.isBusy();
    QString text;
    if (!m_sync.hasAccount()) {
        text = tr("Not signed in.");
    } else if (m_sync.isOnline()) {
        text = tr("Connected to the platform.");
    } else if (m_sync.isBusy()) {
        text = tr("Contacting the platform…");
    } else {
        text = tr("Cannot reach the platform.");
        const SyncError error = m_sync.lastError();
        if (!error.ok())
            text += QLatin1Char(' ') + tr("Last error: %1").arg(error.message);
        const int nextMs = m_sync.nextAttemptInMs();
        text += QLatin1Char(' ') + (nextMs >= 0
                                        ? tr("Next attempt by itself in about %1.")
                                              .arg(SyncReportText::duration((nextMs + 999) / 1000))
                                        : tr("No attempt is scheduled: use Retry now."));
    }
    m_connection->setText(text);
    m_retry->setVisible(offline);
    m_retry->setEnabled(offline);
}

void SyncPanel::updateAccount()
{
    const PlatformAccount a = m_sync.account();
    m_account->setText(a.isComplete()
                           ? tr("Signed in to %1 as %2.").arg(a.platformUrl, a.user)
                           : tr("Not signed in. Sign in to the provincial platform to sync; "
                                "the console works from the local cache meanwhile."));
    const QString problem = m_sync.keychainProblem();
    m_keychain->setText(problem.isEmpty()
                            ? QString()
                            : tr("No usable system keychain (%1): passwords cannot be kept and "
                                 "evaluator data is cached masked.")
                                  .arg(problem));
    m_keychain->setVisible(!problem.isEmpty());
    updateButtons();
}

void SyncPanel::updateButtons()
{
    const bool busy = m_sync.isBusy();
    const bool account = m_sync.hasAccount();
    m_syncNow->setEnabled(account && !busy);
    m_cancel->setEnabled(busy);
    m_signIn->setEnabled(!busy);
    m_signOut->setEnabled(account && !busy);
    const bool selected = m_conflictView && m_conflictView->selectionModel()->hasSelection();
    m_keepPlatform->setEnabled(selected);
    m_reapply->setEnabled(selected);
    updateConnection();
}

void SyncPanel::started()
{
    m_progressBar->setValue(0);
    m_progressBar->setFormat(QStringLiteral("%p%"));
    m_progress->setText(tr("Syncing…"));
    updateButtons();
}

void SyncPanel::showProgress(const SyncProgress &progress)
{
    m_progressBar->setValue(int(SyncReportText::overallFraction(progress) * kProgressSteps));
    m_progress->setText(SyncReportText::progressLine(progress));
}

void SyncPanel::finished(const SyncResult &result)
{
    m_skipped->setRecords(result.skipped);
    QStringList lines;
    if (result.ok()) {
        m_progressBar->setValue(kProgressSteps);
        lines << tr("Last sync %1: %2")
                     .arg(formatPlatformTime(result.finishedAt),
                          SyncReportText::totalLine(result.progress));
    } else {
        lines << SyncReportText::errorText(result.error, m_sync.pendingUploads());
        // The bar keeps what was reached; its text says the sync stopped there.
        m_progressBar->setFormat(tr("Stopped at %p%"));
    }
    lines << SyncReportText::summaryLines(result);
    m_progress->setText(result.ok() ? SyncReportText::totalLine(result.progress)
                                    : tr("Stopped; everything received so far is kept."));
    m_result->setText(lines.join(u'\n'));
    refreshLocalWork();
    // What needs a decision first, then what was left out.
    if (m_conflicts->rowCount() > 0)
        m_details->setCurrentIndex(1);
    else if (!result.skipped.isEmpty())
        m_details->setCurrentIndex(0);
    updateButtons();
}

void SyncPanel::pushed(const PushResult &result)
{
    if (!result.error.ok())
        m_progress->setText(SyncReportText::errorText(result.error, m_sync.pendingUploads()));
    refreshLocalWork(); // the running totals: what waits, what conflicts
    updateConnection();
}

void SyncPanel::refreshLocalWork()
{
    QString error;
    m_conflicts->refresh(&error);
    m_refused->refresh(error.isEmpty() ? &error : nullptr);
    const int pending = m_sync.pendingUploads();
    // The current truth of the local work, not the counts of the last upload.
    QString text = pending > 0 ? tr("%n action(s) waiting for upload", nullptr, pending)
                               : tr("No action is waiting for upload.");
    if (m_conflicts->rowCount() > 0)
        text += tr(" · %n conflict(s) to decide", nullptr, m_conflicts->rowCount());
    if (!error.isEmpty())
        text += QStringLiteral(" · ") + error;
    m_pending->setText(text);
    m_details->setTabText(1, tr("Conflicts (%1)").arg(m_conflicts->rowCount()));
    m_details->setTabText(2, tr("Refused by the platform (%1)").arg(m_refused->rowCount()));
}

void SyncPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refreshLocalWork(); // the queue may have recorded actions meanwhile
}

void SyncPanel::openSignIn()
{
    if (!m_signInDialog) {
        m_signInDialog = new SignInDialog(m_sync, this);
        m_signInDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_signInDialog->open();
}

void SyncPanel::keepPlatformVersion()
{
    resolveSelected(false);
}

void SyncPanel::reapplyMine()
{
    resolveSelected(true);
}

void SyncPanel::resolveSelected(bool reapply)
{
    const QModelIndexList rows = m_conflictView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const ConflictEntry conflict = m_conflicts->entry(rows.first().row());
    ConflictResolver resolver(m_sync.cache(), m_sync.localWork());
    const QString user = m_sync.currentUser();
    if (user.isEmpty()) {
        QMessageBox::warning(this, tr("Conflict not resolved"),
                             tr("Sign in first: the resolution is recorded under the name of "
                                "the platform user signed in."));
        return;
    }
    const QString error =
        reapply ? resolver.reapplyMine(conflict, user) : resolver.keepPlatform(conflict, user);
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Conflict not resolved"), error);
        return;
    }
    refreshLocalWork();
    m_sync.localWorkResolved(); // the queue shows the new pending action or the platform's
}

} // namespace pingjia
