// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The frame every handling-action dialog shares: what is being done to which bad
// review, a form the subclass fills, a line saying what is still missing, and an OK
// button that stays disabled until the input is complete. The state machine checks the
// payload again; the dialog only keeps the user from sending something half-filled.

#include "models/domain/HandlingRecord.h"

#include <QDialog>
#include <QJsonObject>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPushButton;

namespace pingjia {

class HandlingActionDialog : public QDialog {
    Q_OBJECT
public:
    // The action the dialog produces; review dialogs answer with approve or reject
    // depending on the decision taken.
    virtual ActionType actionType() const { return m_type; }
    // The payload of PLATFORM_API.md for actionType(); meaningful once complete.
    virtual QJsonObject payload() const = 0;
    // Empty when the input is complete, else what is missing (translated).
    virtual QString missingInput() const = 0;

    bool isComplete() const { return missingInput().isEmpty(); }
    const HandlingRecord &record() const { return m_record; }
    QPushButton *okButton() const;

public slots:
    // Accepts only complete input: the keyboard shortcut cannot bypass the check.
    void accept() override;

protected:
    void showEvent(QShowEvent *event) override; // the cursor in the first field
    HandlingActionDialog(ActionType type, const HandlingRecord &record, QWidget *parent);

    QFormLayout *form() const { return m_form; }
    // Re-evaluates missingInput(); subclasses connect every edit to it.
    void updateState();
    void setOkText(const QString &text);
    // A line above the form (e.g. who made the request being reviewed).
    void setIntro(const QString &text);

private:
    ActionType m_type;
    HandlingRecord m_record;
    QLabel *m_intro = nullptr;
    QFormLayout *m_form = nullptr;
    QLabel *m_missing = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace pingjia
