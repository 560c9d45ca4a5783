// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The queue's filter bar: comment search (debounced), state, due, level, validity,
// department, center, channel, assessment date range and "pending upload only". A filter that the
// widgets cannot show (a drill-down from the tracker, 待我审批, a list of evaluations) is kept as
// "additional conditions" with a label saying where it came from and a button to drop
// it, so the user always sees that more is filtered than the combos tell.

#include "models/domain/Channel.h"
#include "models/store/BadReviewFilter.h"
#include "ui/queue/UnitChoice.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;
class QToolButton;

namespace pingjia {

class OptionalDateEdit;

class QueueFilterBar : public QWidget {
    Q_OBJECT
public:
    static constexpr int kSearchDebounceMs = 300;

    explicit QueueFilterBar(QWidget *parent = nullptr);

    BadReviewFilter filter() const;
    // Shows `filter`; what the widgets cannot show becomes the additional conditions,
    // described by `origin` (e.g. "Tracker: <department> · Overdue"). Emits
    // filterChanged once.
    void setFilter(const BadReviewFilter &filter, const QString &origin = {});
    bool hasAdditionalConditions() const;
    QString additionalConditionsText() const;
    // Everything filtered, in words ("属实 · 崆峒区公安分局 · 搜索：排队"): empty when
    // nothing is. For printed and exported views.
    QString describe() const;

    void setUnits(const UnitChoices &departments, const UnitChoices &centers);
    void setChannels(const ChannelTable &channels);

    QLineEdit *searchEdit() const { return m_search; }

public slots:
    // Back to no filter at all.
    void clear();
    // Applies a pending search at once (Enter in the search box).
    void applySearchNow();

signals:
    void filterChanged(const pingjia::BadReviewFilter &filter);

private:
    void buildSearch();
    void buildCombos();
    void buildAdditionalRow();
    QToolButton *layOut(); // returns the clear button
    void connectFields();
    void setTabOrders(QWidget *clearButton);
    void emitChanged();
    static void fillUnitCombo(QComboBox *combo, const UnitChoices &units);
    static void selectData(QComboBox *combo, const QVariant &data);
    static QString codeOf(const QComboBox *combo);

    QLineEdit *m_search = nullptr;
    QTimer *m_searchDebounce = nullptr;
    QComboBox *m_state = nullptr;
    QComboBox *m_due = nullptr;
    QComboBox *m_level = nullptr;
    QComboBox *m_validity = nullptr;
    QComboBox *m_department = nullptr;
    QComboBox *m_center = nullptr;
    QComboBox *m_channel = nullptr;
    OptionalDateEdit *m_from = nullptr;
    OptionalDateEdit *m_to = nullptr;
    QCheckBox *m_pendingUpload = nullptr;
    QWidget *m_additionalRow = nullptr;
    QLabel *m_additionalText = nullptr;
    QToolButton *m_dropAdditional = nullptr;

    BadReviewFilter m_additional; // the part of the filter the widgets do not show
    QString m_additionalOrigin;
    bool m_loading = false; // setFilter() in progress: one signal at the end
    QString m_lastSearch;
};

} // namespace pingjia
