// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The queue's handling actions: one QAction per step (shortcut V, I, A, P, C, D, F, R
// and Alt+ the same letter; B for bulk assignment), enabled from the state machine's
// allowedActions() for the current user, and the flow behind each — open the step's
// dialog, record the action through LocalActionRecorder, report a refusal in a message
// box naming the reason. Dialogs are opened window-modal with open(), never exec(), so
// the event loop (and a test) keeps running while they are up.

#include "models/domain/HandlingRecord.h"

#include <QMap>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

class QAction;
class QMessageBox;
class QWidget;

namespace pingjia {

class BulkAssignDialog;
class HandlingActionDialog;
class QueueWorkspace;

class QueueActionController : public QObject {
    Q_OBJECT
public:
    // The actions with a button. ApproveInvalid stands for "review the invalid request"
    // and ApproveDelay for "review the delay request" (approve or reject inside).
    static const QList<ActionType> &barActions();

    // `dialogParent` parents dialogs and owns the QActions' shortcuts.
    QueueActionController(QueueWorkspace &workspace, QWidget *dialogParent);

    QAction *action(ActionType type) const { return m_actions.value(type); }
    QAction *bulkAssignAction() const { return m_bulkAssign; }
    QList<QAction *> allActions() const;

    // The row actions apply to (empty: none) and the rows bulk assignment applies to.
    void setCurrent(const QString &evalId, const QString &deptCode);
    // `deptCodes`: the rows' departments, one per evaluation (the bulk plan's default).
    void setSelection(const QStringList &evalIds, const QStringList &deptCodes = {});
    QString currentEvalId() const { return m_evalId; }
    // Re-reads the current record and re-enables the actions (after a refresh).
    void updateEnabled();

    // Opens the step's dialog for the current row; nullptr (and a status message) when
    // the step is not possible now. Recording happens when the dialog is accepted.
    HandlingActionDialog *open(ActionType type);
    BulkAssignDialog *openBulkAssign();

    // The dialog or message currently up (tests, and to avoid opening two).
    HandlingActionDialog *currentDialog() const;
    BulkAssignDialog *currentBulkDialog() const;
    QMessageBox *currentMessage() const;

signals:
    // An action was recorded for these evaluations: views refresh, keeping `evalId`.
    void recorded(const QString &evalId);
    void statusMessage(const QString &text);

private:
    // True (and a message saying to sign in) when nobody is signed in.
    bool refuseWithoutUser();
    bool bulkAssignPossible() const;
    QString commonDepartment() const;
    void submit(const QString &evalId, ActionType type, const QJsonObject &payload);
    void submitBulk(const QStringList &evalIds, const QJsonObject &plan);
    void showMessage(const QString &objectName, const QString &title, const QString &text,
                     const QString &details, bool warning);

    QueueWorkspace &m_workspace;
    QWidget *m_parent;
    QMap<ActionType, QAction *> m_actions;
    QAction *m_bulkAssign = nullptr;
    QString m_evalId;
    QString m_deptCode;
    QStringList m_selection;
    QStringList m_selectionDepts;
    std::optional<HandlingRecord> m_record;
    QPointer<HandlingActionDialog> m_dialog;
    QPointer<BulkAssignDialog> m_bulkDialog;
    QPointer<QMessageBox> m_message;
};

} // namespace pingjia
