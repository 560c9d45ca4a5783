// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The 版头 and 版记 of the bulletin as an editable form (GB/T 9704 names): 发文机关, 文号,
// 标题, 主送, 成文日期, 落款, 抄送, 印发机关, 印发日期. Emits edited() on every change.

#include "models/reports/BulletinContent.h"

#include <QWidget>

class QDateEdit;
class QLineEdit;
class QLabel;

namespace pingjia {

class BulletinHeaderForm : public QWidget {
    Q_OBJECT
public:
    explicit BulletinHeaderForm(QWidget *parent = nullptr);

    BulletinHeader header() const;
    void setHeader(const BulletinHeader &header); // emits nothing
    // A warning under the 文号 (already used, month issued before); empty hides it.
    void setNumberWarning(const QString &text);

    QLineEdit *numberEdit() const { return m_number; }
    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *officeEdit() const { return m_office; }

signals:
    void edited();

private:
    QLineEdit *m_office = nullptr;
    QLineEdit *m_number = nullptr;
    QLabel *m_numberWarning = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_recipients = nullptr;
    QDateEdit *m_writtenOn = nullptr;
    QLineEdit *m_signature = nullptr;
    QLineEdit *m_copyTo = nullptr;
    QLineEdit *m_printedBy = nullptr;
    QDateEdit *m_printedOn = nullptr;
    bool m_setting = false;
};

} // namespace pingjia
