// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One key figure of the dashboard: its name, this period's value large, the previous
// period's and the change below (green when good news, red when bad). Clicking it, or
// Enter/Space when it has the focus, opens what lies behind it.

#include <QFrame>

class QLabel;

namespace pingjia {

class KeyFigureCard : public QFrame {
    Q_OBJECT
public:
    KeyFigureCard(const QString &objectName, QWidget *parent = nullptr);

    // `better`: +1 good news, −1 bad, 0 neither.
    void setFigure(const QString &name, const QString &value, const QString &previous,
                   const QString &change, int better, const QString &formula);
    QString valueText() const;
    QString nameText() const;

signals:
    void activated();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QLabel *m_name = nullptr;
    QLabel *m_value = nullptr;
    QLabel *m_compare = nullptr;
};

} // namespace pingjia
