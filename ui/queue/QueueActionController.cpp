// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/queue/QueueActionController.h"

#include "models/domain/Overdue.h"
#include "models/itemmodels/PlatformErrorText.h"
#include "models/store/LocalActionRecorder.h"
#include "ui/Logging.h"
#include "ui/queue/ActionDialogFactory.h"
#include "ui/queue/BulkAssignDialog.h"
#include "ui/queue/HandlingActionDialog.h"
#include "ui/queue/QueueWorkspace.h"
#include "ui/queue/RectificationPlanForm.h"

#include <QAction>
#include <QHash>
#include <QIcon>
#include <QMessageBox>
#include <QStyle>
#include <QWidget>

namespace pingjia {

namespace {

struct ActionText {
    ActionType type;
    Qt::Key key;
    const char *text;
    const char *tip;
};

// A themed icon where the desktop has one, else Qt's own: never a bare label.
QIcon iconFor(ActionType type, const QStyle *style)
{
    struct Icon {
        ActionType type;
        const char *theme;
        QStyle::StandardPixmap fallback;
    };
    static constexpr Icon kIcons[] = {
        {ActionType::Verify, "dialog-ok-apply", QStyle::SP_DialogApplyButton},
        {ActionType::RequestInvalid, "dialog-warning", QStyle::SP_MessageBoxWarning},
        {ActionType::ApproveInvalid, "document-preview", QStyle::SP_FileDialogContentsView},
        {ActionType::Plan, "document-edit", QStyle::SP_FileDialogListView},
        {ActionType::Complete, "task-complete", QStyle::SP_DialogYesButton},
        {ActionType::RequestDelay, "appointment-new", QStyle::SP_MediaPause},
        {ActionType::ApproveDelay, "view-calendar", QStyle::SP_FileDialogInfoView},
        {ActionType::FollowUp, "call-start", QStyle::SP_MessageBoxInformation},
        {ActionType::Reopen, "view-refresh", QStyle::SP_BrowserReload},
    };
    for (const Icon &i : kIcons)
        if (i.type == type)
            return QIcon::fromTheme(QLatin1String(i.theme), style->standardIcon(i.fallback));
    return {};
}

// Context "pingjia::QueueActionController" in the translation files.
constexpr ActionText kActionTexts[] = {
    {ActionType::Verify, Qt::Key_V, QT_TRANSLATE_NOOP("pingjia::QueueActionController", "Verify…"),
     QT_TRANSLATE_NOOP("pingjia::QueueActionController",
                       "Confirm the bad review as true, with the evidence")},
    {ActionType::RequestInvalid, Qt::Key_I,
     QT_TRANSLATE_NOOP("pingjia::QueueActionController", "Request invalid…"),
     QT_TRANSLATE_NOOP("pingjia::QueueActionController",
                       "Ask to declare it mistaken or malicious; a second person decides")},
    {ActionType::ApproveInvalid, Qt::Key_A,
     QT_TRANSLATE_NOOP("pingjia::QueueActionController", "Review invalid request…"),
     QT_TRANSLATE_NOOP("pingjia::QueueActionController",
                       "Approve or reject the request to declare it invalid")},
    {ActionType::Plan, Qt::Key_P,
     QT_TRANSLATE_NOOP("pingjia::QueueActionController", "Plan rectification…"),
     QT_TRANSLATE_NOOP("pingjia::QueueActionController",
                       "Responsible department, person and measures")},
    {ActionType::Complete, Qt::Key_C,
     QT_TRANSLATE_NOOP("pingjia::QueueActionController", "Complete…"),
     QT_TRANSLATE_NOOP("pingjia::QueueActionController",
                       "Record what was changed: the rectification is finished")},
    {ActionType::RequestDelay, Qt::Key_D,
     QT_TRANSLATE_NOOP("pingjia::QueueActionController", "Request delay…"),
     QT_TRANSLATE_NOOP("pingjia::QueueActionController",
                       "A later deadline, or cannot rectify; a second person decides")},
    {ActionType::ApproveDelay, Qt::Key_A,
     QT_TRANSLATE_NOOP("pingjia::QueueActionController", "Review delay request…"),
     QT_TRANSLATE_NOOP("pingjia::QueueActionController",
                       "Approve (with the new deadline) or reject the delay request")},
    {ActionType::FollowUp, Qt::Key_F,
     QT_TRANSLATE_NOOP("pingjia::QueueActionController", "Follow-up visit…"),
     QT_TRANSLATE_NOOP("pingjia::QueueActionController",
                       "The evaluator's satisfaction with the rectification")},
    {ActionType::Reopen, Qt::Key_R, QT_TRANSLATE_NOOP("pingjia::QueueActionController", "Reopen…"),
     QT_TRANSLATE_NOOP("pingjia::QueueActionController",
                       "Start a new rectification for a closed or not adopted bad review")},
};

// The review buttons open for the requester too: the state machine then refuses with
// same_actor and the user reads why, instead of wondering about a greyed-out button.
bool reviewPossible(const HandlingRecord &r, ActionType type)
{
    if (r.withdrawn)
        return false;
    if (type == ActionType::ApproveInvalid)
        return r.state == HandlingState::InvalidRequested;
    if (type == ActionType::ApproveDelay)
        return r.delayPending && rectificationRunning(r.state);
    return false;
}

} // namespace

const QList<ActionType> &QueueActionController::barActions()
{
    static const QList<ActionType> actions = [] {
        QList<ActionType> list;
        for (const ActionText &a : kActionTexts)
            list.append(a.type);
        return list;
    }();
    return actions;
}

QueueActionController::QueueActionController(QueueWorkspace &workspace, QWidget *dialogParent)
    : QObject(dialogParent), m_workspace(workspace), m_parent(dialogParent)
{
    for (const ActionText &a : kActionTexts) {
        auto *action = new QAction(iconFor(a.type, dialogParent->style()), tr(a.text), this);
        action->setObjectName(QStringLiteral("action-") + toString(a.type));
        // The bare letter for speed in the table, Alt+letter from anywhere on the page
        // (a text field keeps the bare letter for typing).
        action->setShortcuts({QKeySequence(a.key), QKeySequence(Qt::ALT | a.key)});
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(
            tr("%1 (%2)").arg(tr(a.tip), QKeySequence(a.key).toString(QKeySequence::NativeText)));
        action->setEnabled(false);
        const ActionType type = a.type;
        connect(action, &QAction::triggered, this, [this, type] { open(type); });
        m_actions.insert(type, action);
    }
    m_bulkAssign =
        new QAction(QIcon::fromTheme(QStringLiteral("mail-forward"),
                                     dialogParent->style()->standardIcon(QStyle::SP_ArrowForward)),
                    tr("Assign selected to a department…"), this);
    m_bulkAssign->setObjectName(QStringLiteral("action-bulk-assign"));
    m_bulkAssign->setShortcuts({QKeySequence(Qt::Key_B), QKeySequence(Qt::ALT | Qt::Key_B)});
    m_bulkAssign->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_bulkAssign->setToolTip(
        tr("A rectification plan for every selected confirmed bad review (B)"));
    m_bulkAssign->setEnabled(false);
    connect(m_bulkAssign, &QAction::triggered, this, [this] { openBulkAssign(); });
    dialogParent->addActions(allActions());
}

QList<QAction *> QueueActionController::allActions() const
{
    QList<QAction *> list;
    for (ActionType type : barActions())
        list.append(m_actions.value(type));
    list.append(m_bulkAssign);
    return list;
}

HandlingActionDialog *QueueActionController::currentDialog() const
{
    return m_dialog;
}

BulkAssignDialog *QueueActionController::currentBulkDialog() const
{
    return m_bulkDialog;
}

QMessageBox *QueueActionController::currentMessage() const
{
    return m_message;
}

void QueueActionController::setCurrent(const QString &evalId, const QString &deptCode)
{
    m_evalId = evalId;
    m_deptCode = deptCode;
    updateEnabled();
}

void QueueActionController::setSelection(const QStringList &evalIds, const QStringList &deptCodes)
{
    m_selection = evalIds;
    m_selectionDepts = deptCodes;
    m_bulkAssign->setEnabled(bulkAssignPossible());
}

bool QueueActionController::bulkAssignPossible() const
{
    if (!m_workspace.isOpen() || m_selection.size() < 2)
        return false;
    // Enabled when at least one selected row can be planned now (checked on the first
    // rows only: a long selection is not read record by record on every key press).
    constexpr int kChecked = 200;
    const QString me = m_workspace.currentUser();
    for (int i = 0; i < m_selection.size() && i < kChecked; ++i)
        if (m_workspace.recorder().allowedActions(m_selection.at(i), me).contains(ActionType::Plan))
            return true;
    return false;
}

QString QueueActionController::commonDepartment() const
{
    // The department most of the selected rows were evaluated in.
    QHash<QString, int> counts;
    QString best;
    for (const QString &dept : m_selectionDepts) {
        if (dept.isEmpty())
            continue;
        const int n = ++counts[dept];
        if (best.isEmpty() || n > counts.value(best))
            best = dept;
    }
    return best;
}

void QueueActionController::updateEnabled()
{
    m_record.reset();
    QList<ActionType> allowed;
    if (m_workspace.isOpen() && !m_evalId.isEmpty()) {
        StoreResult error;
        m_record = m_workspace.recorder().effectiveRecord(m_evalId, &error);
        if (m_record)
            allowed = m_workspace.recorder().allowedActions(m_evalId, m_workspace.currentUser());
        else
            qCDebug(lcUi) << "no effective record for" << m_evalId << error.message;
    }
    const QString me = m_workspace.currentUser();
    for (auto it = m_actions.begin(); it != m_actions.end(); ++it) {
        const ActionType type = it.key();
        const bool review = type == ActionType::ApproveInvalid || type == ActionType::ApproveDelay;
        it.value()->setEnabled(m_record &&
                               (review ? reviewPossible(*m_record, type) : allowed.contains(type)));
    }
    m_bulkAssign->setEnabled(m_workspace.isOpen() && m_selection.size() > 1);
}

bool QueueActionController::refuseWithoutUser()
{
    if (!m_workspace.currentUser().isEmpty())
        return false;
    showMessage(QStringLiteral("signInRequiredMessage"), tr("Sign in first"),
                QueueWorkspace::signInRequiredText(), QString(), true);
    return true;
}

HandlingActionDialog *QueueActionController::open(ActionType type)
{
    if (m_dialog || m_bulkDialog || refuseWithoutUser())
        return nullptr;
    updateEnabled();
    QAction *action = m_actions.value(type);
    if (!action || !action->isEnabled() || !m_record) {
        emit statusMessage(
            tr("%1 is not possible for this bad review now.").arg(actionTypeName(type)));
        return nullptr;
    }
    ActionDialogContext context;
    context.record = *m_record;
    context.me = m_workspace.currentUser();
    if (type == ActionType::Plan)
        context.departments = m_workspace.departments();
    context.evaluationDeptCode = m_deptCode;
    std::unique_ptr<HandlingActionDialog> dialog = createActionDialog(type, context, m_parent);
    HandlingActionDialog *d = dialog.release();
    d->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = d;
    const QString evalId = m_evalId;
    connect(d, &QDialog::accepted, this,
            [this, d, evalId] { submit(evalId, d->actionType(), d->payload()); });
    d->open();
    return d;
}

BulkAssignDialog *QueueActionController::openBulkAssign()
{
    if (m_dialog || m_bulkDialog || refuseWithoutUser() || !bulkAssignPossible())
        return nullptr;
    auto *d = new BulkAssignDialog(int(m_selection.size()), m_workspace.departments(),
                                   commonDepartment(), m_parent);
    d->setAttribute(Qt::WA_DeleteOnClose);
    m_bulkDialog = d;
    const QStringList evalIds = m_selection;
    connect(d, &QDialog::accepted, this,
            [this, d, evalIds] { submitBulk(evalIds, d->planForm()->payload()); });
    d->open();
    return d;
}

void QueueActionController::submit(const QString &evalId, ActionType type,
                                   const QJsonObject &payload)
{
    const RecordedAction result =
        m_workspace.recorder().record(evalId, type, payload, m_workspace.currentUser());
    if (!result.ok()) {
        const QString code = result.transition.errorCode;
        qCInfo(lcUi) << "action" << toString(type) << "on" << evalId << "refused:" << code
                     << result.message();
        showMessage(QStringLiteral("actionRefusedMessage"),
                    tr("%1 was not recorded").arg(actionTypeName(type)), result.message(),
                    code.isEmpty() ? QString() : platformErrorSentence(code), true);
        updateEnabled();
        return;
    }
    // The page adds where the upload stands, read again at every refresh.
    emit statusMessage(tr("%1 recorded for %2.").arg(actionTypeName(type), evalId));
    emit recorded(evalId);
}

void QueueActionController::submitBulk(const QStringList &evalIds, const QJsonObject &plan)
{
    const QList<RecordedAction> results = m_workspace.recorder().recordBulkPlan(
        evalIds, plan.value(QStringLiteral("deptCode")).toString(),
        plan.value(QStringLiteral("person")).toString(),
        plan.value(QStringLiteral("measures")).toString(), m_workspace.currentUser());
    QStringList failures;
    int done = 0;
    for (int i = 0; i < results.size() && i < evalIds.size(); ++i) {
        if (results.at(i).ok())
            ++done;
        else
            failures << tr("%1: %2").arg(evalIds.at(i), results.at(i).message());
    }
    if (results.size() != evalIds.size())
        qCWarning(lcUi) << "bulk plan answered" << results.size() << "results for" << evalIds.size()
                        << "evaluations";
    const QString summary =
        tr("Plans recorded for %1 of %n bad review(s).", nullptr, int(evalIds.size())).arg(done);
    if (failures.isEmpty())
        emit statusMessage(summary);
    else
        showMessage(QStringLiteral("bulkAssignReport"), tr("Assignment to a department"),
                    summary + QLatin1Char('\n') +
                        tr("%n could not be planned:", nullptr, int(failures.size())),
                    failures.join(QLatin1Char('\n')), done == 0);
    if (done > 0)
        emit recorded(m_evalId);
}

void QueueActionController::showMessage(const QString &objectName, const QString &title,
                                        const QString &text, const QString &details, bool warning)
{
    auto *box = new QMessageBox(warning ? QMessageBox::Warning : QMessageBox::Information, title,
                                text, QMessageBox::Ok, m_parent);
    box->setObjectName(objectName);
    box->setInformativeText(details);
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_message = box;
    box->open();
}

} // namespace pingjia
