// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/KeyFigureCard.h"

#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>

namespace pingjia {

KeyFigureCard::KeyFigureCard(const QString &objectName, QWidget *parent) : QFrame(parent)
{
    setObjectName(objectName);
    setFrameShape(QFrame::StyledPanel);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(2);
    m_name = new QLabel(this);
    m_name->setWordWrap(true);
    m_value = new QLabel(this);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_value->setFont(big);
    m_compare = new QLabel(this);
    m_compare->setWordWrap(true);
    m_compare->setTextFormat(Qt::RichText);
    layout->addWidget(m_name);
    layout->addWidget(m_value);
    layout->addWidget(m_compare);
    layout->addStretch(1);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
}

void KeyFigureCard::setFigure(const QString &name, const QString &value, const QString &previous,
                              const QString &change, int better, const QString &formula)
{
    m_name->setText(name);
    m_value->setText(value);
    QString compare;
    if (!previous.isEmpty()) {
        const QString color = better > 0   ? QStringLiteral("#2e7d32")
                              : better < 0 ? QStringLiteral("#c62828")
                                           : QString();
        const QString changeHtml = color.isEmpty()
                                       ? change.toHtmlEscaped()
                                       : QStringLiteral("<span style=\"color:%1\">%2</span>")
                                             .arg(color, change.toHtmlEscaped());
        compare = tr("Previous: %1 · %2").arg(previous.toHtmlEscaped(), changeHtml);
    } else {
        compare = tr("As of now");
    }
    m_compare->setText(compare);
    setToolTip(formula);
    setAccessibleName(name + QStringLiteral(": ") + value);
}

QString KeyFigureCard::valueText() const
{
    return m_value->text();
}

QString KeyFigureCard::nameText() const
{
    return m_name->text();
}

void KeyFigureCard::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        emit activated();
    QFrame::mouseReleaseEvent(event);
}

void KeyFigureCard::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter ||
        event->key() == Qt::Key_Space) {
        emit activated();
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace pingjia
