// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/rankings/BusyIndicator.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

namespace pingjia {

BusyIndicator::BusyIndicator(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("busyIndicator"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label = new QLabel(tr("Computing…"), this);
    m_bar = new QProgressBar(this);
    m_bar->setRange(0, 0); // busy: no known end
    m_bar->setTextVisible(false);
    m_bar->setMaximumWidth(120);
    m_bar->setMaximumHeight(m_label->sizeHint().height());
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    for (QWidget *w : {static_cast<QWidget *>(m_label), static_cast<QWidget *>(m_bar)}) {
        w->setSizePolicy([w] {
            QSizePolicy p = w->sizePolicy();
            p.setRetainSizeWhenHidden(true);
            return p;
        }());
        w->hide();
    }
    setAccessibleName(tr("Computing"));
}

void BusyIndicator::setBusy(bool busy)
{
    m_busy = busy;
    m_label->setVisible(busy);
    m_bar->setVisible(busy);
}

} // namespace pingjia
