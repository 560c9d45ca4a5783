// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The fields of a rectification plan {deptCode, person, measures}: the plan dialog and
// the bulk assignment ask exactly the same.

#include "ui/queue/UnitChoice.h"

#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace pingjia {

class RectificationPlanForm : public QWidget {
    Q_OBJECT
public:
    // `departments` from the cache; `preselected` (e.g. the evaluation's own department)
    // is chosen when listed, else nothing is, so the user decides.
    RectificationPlanForm(const UnitChoices &departments, const QString &preselected,
                          QWidget *parent = nullptr);

    QString deptCode() const;
    QString person() const;
    QString measures() const;
    QJsonObject payload() const;
    // Empty when complete, else what is missing (translated).
    QString missingInput() const;

    QComboBox *departmentCombo() const { return m_department; }
    QLineEdit *personEdit() const { return m_person; }
    QPlainTextEdit *measuresEdit() const { return m_measures; }

signals:
    void changed();

private:
    QComboBox *m_department = nullptr;
    QLineEdit *m_person = nullptr;
    QPlainTextEdit *m_measures = nullptr;
};

} // namespace pingjia
