// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// 四、典型差评: the proposed confirmed bad reviews of the month, each a checkable line
// (date, department, service item, the comment text — never evaluator data). The
// checked ones, in list order, are the bulletin's typical cases.

#include "models/reports/BulletinTypicalCases.h"

#include <QListWidget>

namespace pingjia {

class BulletinCaseList : public QListWidget {
    Q_OBJECT
public:
    explicit BulletinCaseList(QWidget *parent = nullptr);

    // Keeps the checks of ids still proposed.
    void setCases(const QList<BulletinTypicalCase> &cases);
    QList<BulletinTypicalCase> checkedCases() const;
    QStringList checkedIds() const;
    void setChecked(const QStringList &evalIds);

signals:
    void selectionEdited();

private:
    QList<BulletinTypicalCase> m_cases;
    bool m_setting = false;
};

} // namespace pingjia
