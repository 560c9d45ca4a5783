// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/bulletin/BulletinArchiveView.h"

#include "models/domain/PlatformTime.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pingjia {

BulletinArchiveView::BulletinArchiveView(QWidget *parent) : QWidget(parent)
{
    m_table = new QTableWidget(0, 8, this);
    m_table->setHorizontalHeaderLabels({tr("Number"), tr("Month"), tr("Scope"), tr("Version"),
                                        tr("Format"), tr("Issued by"), tr("Issued at"),
                                        tr("File")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_open = new QPushButton(tr("&Open issued file"), this);
    m_open->setEnabled(false);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_open);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    auto open = [this] {
        if (const int row = currentRow(); row >= 0)
            emit openRequested(m_entries.at(row));
    };
    connect(m_open, &QPushButton::clicked, this, open);
    connect(m_table, &QTableWidget::cellActivated, this, open);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_open->setEnabled(currentRow() >= 0); });
}

void BulletinArchiveView::setEntries(const QList<BulletinArchiveEntry> &entries)
{
    m_entries = entries;
    m_table->setRowCount(int(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        const BulletinArchiveEntry &e = entries.at(row);
        const QStringList cells = {e.number,
                                   e.month,
                                   e.scope.isEmpty() ? tr("all") : e.scope,
                                   e.version == u"public" ? tr("Public (公示版)") : tr("Internal"),
                                   e.format.toUpper(),
                                   e.issuedBy,
                                   formatPlatformTime(e.issuedAt),
                                   QDir::toNativeSeparators(e.filePath)};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells.at(col));
            item->setToolTip(col == cells.size() - 1 ? tr("SHA-256 %1").arg(e.sha256)
                                                     : cells.at(col));
            m_table->setItem(row, col, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_open->setEnabled(currentRow() >= 0);
}

int BulletinArchiveView::currentRow() const
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    return selected.isEmpty() ? -1 : selected.constFirst()->row();
}

QString BulletinArchiveView::checkFile(const BulletinArchiveEntry &entry)
{
    if (!QFileInfo::exists(entry.filePath))
        return tr("The issued file %1 is no longer there (moved or deleted).")
            .arg(QDir::toNativeSeparators(entry.filePath));
    QString error;
    const QString sha = BulletinArchive::fileSha256(entry.filePath, &error);
    if (sha.isEmpty())
        return error;
    if (sha != entry.sha256)
        return tr("The file %1 was changed after it was issued: it is not the bulletin %2 as "
                  "issued (SHA-256 differs).")
            .arg(QDir::toNativeSeparators(entry.filePath), entry.number);
    return {};
}

} // namespace pingjia
