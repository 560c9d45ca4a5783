// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The archive of issued bulletins (文号, month, scope, version, format, who, when, file,
// SHA-256), newest first. Opening one checks the file still has its recorded SHA-256
// and says so when it was changed or moved.

#include "models/store/BulletinArchive.h"

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace pingjia {

class BulletinArchiveView : public QWidget {
    Q_OBJECT
public:
    explicit BulletinArchiveView(QWidget *parent = nullptr);

    void setEntries(const QList<BulletinArchiveEntry> &entries);
    QTableWidget *table() const { return m_table; }
    // The selected entry's row, -1 when none.
    int currentRow() const;
    const QList<BulletinArchiveEntry> &entries() const { return m_entries; }

    // Whether `entry`'s file is there with its recorded SHA-256; a message when not.
    static QString checkFile(const BulletinArchiveEntry &entry);

signals:
    void openRequested(const pingjia::BulletinArchiveEntry &entry);

private:
    QTableWidget *m_table = nullptr;
    QPushButton *m_open = nullptr;
    QList<BulletinArchiveEntry> m_entries;
};

} // namespace pingjia
