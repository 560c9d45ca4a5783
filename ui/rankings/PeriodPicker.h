// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The period of a ranking or of the dashboard: a month, quarter, year or custom range of
// days (UTC+8), with previous/next buttons. Alt+← / Alt+→ step anywhere inside the page
// given as `shortcutScope` (the page), Alt+↑ / Alt+↓ change the kind. A period that
// starts after today cannot be chosen.

#include "models/domain/Period.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QSpinBox;
class QToolButton;
class QLabel;

namespace pingjia {

class PeriodPicker : public QWidget {
    Q_OBJECT
public:
    // Starts on the month holding `today` (UTC+8).
    PeriodPicker(QDate today, QWidget *shortcutScope, QWidget *parent = nullptr);

    Period period() const { return m_period; }
    QDate today() const { return m_today; }

    QComboBox *kindBox() const { return m_kind; }
    QToolButton *previousButton() const { return m_previous; }
    QToolButton *nextButton() const { return m_next; }

public slots:
    // Shows `period` (signals when it differs); an invalid one is ignored.
    void setPeriod(const pingjia::Period &period);
    void stepBack();
    void stepForward();
    // Keeps the day the current period starts on, in the new kind.
    void setKind(pingjia::PeriodKind kind);

signals:
    void periodChanged(const pingjia::Period &period);

private:
    void buildShortcuts(QWidget *scope);
    void showPeriod();
    void editorsChanged();

    QDate m_today;
    Period m_period;
    bool m_updating = false;
    QComboBox *m_kind = nullptr;
    QSpinBox *m_year = nullptr;
    QComboBox *m_part = nullptr; // month 1–12 or quarter 1–4
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_rangeDash = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
};

} // namespace pingjia
