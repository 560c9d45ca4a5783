// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A small progress bar for the status bar, visible only while a sync runs, so a sync
// started in the background (the demo, a reconnect) shows wherever the user is.

#include <QWidget>

class QProgressBar;

namespace pingjia {

class SyncFrontEnd;

class SyncStatusProgress : public QWidget {
    Q_OBJECT
public:
    explicit SyncStatusProgress(SyncFrontEnd &sync, QWidget *parent = nullptr);

    QProgressBar *bar() const { return m_bar; }

private:
    QProgressBar *m_bar = nullptr;
};

} // namespace pingjia
