// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sync/SyncStatusProgress.h"

#include "models/sync/SyncTypes.h"
#include "ui/sync/SyncFrontEnd.h"
#include "ui/sync/SyncReportText.h"

#include <QHBoxLayout>
#include <QProgressBar>

namespace pingjia {

SyncStatusProgress::SyncStatusProgress(SyncFrontEnd &sync, QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("syncStatusProgress"));
    m_bar = new QProgressBar(this);
    m_bar->setRange(0, 1000);
    m_bar->setMaximumWidth(180);
    m_bar->setFormat(tr("Syncing %p%"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar);
    hide();

    connect(&sync, &SyncFrontEnd::syncStarted, this, [this] {
        m_bar->setValue(0);
        show();
    });
    connect(&sync, &SyncFrontEnd::progress, this, [this](const SyncProgress &p) {
        m_bar->setValue(int(SyncReportText::overallFraction(p) * 1000));
        m_bar->setToolTip(SyncReportText::progressLine(p));
    });
    connect(&sync, &SyncFrontEnd::syncFinished, this, &QWidget::hide);
}

} // namespace pingjia
