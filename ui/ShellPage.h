// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "ui/PageId.h"

#include <QWidget>

class QLabel;

namespace pingjia {

// Stands in for a page whose feature has not landed yet, so the user sees a friendly
// note instead of a blank area. MainWindow::setPage() replaces it with the real page.
class ShellPage : public QWidget {
    Q_OBJECT
public:
    explicit ShellPage(PageId page, QWidget *parent = nullptr);
    // The note shown, for tests and accessibility.
    QString noteText() const;

private:
    QLabel *m_note = nullptr;
};

} // namespace pingjia
