// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// "Computing…" with a moving bar while a page's query runs on its thread; empty space
// otherwise (the layout keeps its room, so nothing jumps).

#include <QWidget>

class QProgressBar;
class QLabel;

namespace pingjia {

class BusyIndicator : public QWidget {
    Q_OBJECT
public:
    explicit BusyIndicator(QWidget *parent = nullptr);
    bool isBusy() const { return m_busy; }

public slots:
    void setBusy(bool busy);

private:
    bool m_busy = false;
    QProgressBar *m_bar = nullptr;
    QLabel *m_label = nullptr;
};

} // namespace pingjia
