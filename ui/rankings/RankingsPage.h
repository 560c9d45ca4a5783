// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// 排名: a tab per unit level (地区, 中心, 部门, 窗口, 人员), every indicator a sortable
// column, the period picker and the scope filter above. Ranks, ↑↓ change and the
// 连续排名靠后 flag (history on hover); units below the minimum sample greyed with the
// reason. Double-click or Enter on a unit opens the bad-review queue on that unit and period
// (openInQueue). The review-integrity flags' count per unit is a column; "Without flagged
// evaluations" ranks without them (issue 14, RankingIntegrityOptions). Exports: CSV, XLSX (formulas
// in a notes sheet), print preview.
//
// Queries run on the page's own thread (IndicatorRequests); a newer choice supersedes a
// running one and the table shows only the newest answer; a busy indicator shows meanwhile.
//
// Keyboard: Ctrl+1…5 are the window's pages, so levels are Alt+1 … Alt+5; Alt+←/→ period;
// Ctrl+E export XLSX, Ctrl+Shift+E CSV, Ctrl+P print preview, F5 refresh.

#include "models/domain/Period.h"
#include "models/domain/UnitLevel.h"
#include "models/store/BadReviewFilter.h"
#include "models/store/IndicatorQuery.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QTabBar;
class QTableView;
class QToolButton;

namespace pingjia {

class BackgroundQuery;
class BusyIndicator;
class CacheDatabase;
class LocalWorkDatabase;
class IndicatorRequests;
class PeriodPicker;
class RankingModel;
class ScopePicker;

class RankingsPage : public QWidget {
    Q_OBJECT
public:
    // `cache` must be open (or the page says it is not) and outlive the page.
    explicit RankingsPage(CacheDatabase &cache, QWidget *parent = nullptr);
    ~RankingsPage() override;

    UnitLevel level() const { return m_level; }
    Period period() const;
    QString scopeCode() const;

    RankingModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QTabBar *levelTabs() const { return m_tabs; }
    PeriodPicker *periodPicker() const { return m_period; }
    ScopePicker *scopePicker() const { return m_scope; }
    BusyIndicator *busyIndicator() const { return m_busy; }
    QCheckBox *withoutFlaggedBox() const { return m_withoutFlagged; }
    // The review-integrity thresholds the flag counts use (issue 14; app settings).
    void setIntegritySettings(const IntegritySettings &settings);
    // Where the 评价核查 page keeps its verdicts: a flag cleared there does not count
    // (IntegrityVerdicts::counts). Null: every flag counts.
    void setLocalWork(LocalWorkDatabase *localWork);
    IndicatorRequests *requests() const { return m_requests; }
    QString statusText() const;
    // "部门排名 · 2026年10月 · 全部" (export titles, file names).
    QString tableTitle() const;

    bool exportCsv(const QString &path, QString *error) const;
    bool exportXlsx(const QString &path, QString *error) const;

public slots:
    void setLevel(pingjia::UnitLevel level);
    void setPeriod(const pingjia::Period &period);
    void setScope(const QString &scopeCode);
    // From the dashboard: shows `level` and `period` and selects the unit when listed.
    void showUnit(pingjia::UnitLevel level, const pingjia::Period &period, const QString &unitCode);
    // Reads everything again (after a sync).
    void refresh();
    // Enter / double-click: the queue on the unit of `row` and the period.
    void openUnitInQueue(int row);
    void exportCsvAs();
    void exportXlsxAs();
    void printPreview();

signals:
    void openInQueue(const pingjia::BadReviewFilter &filter, const QString &origin);
    // Each complete table shown (tests wait on it; the table without the flag counts that
    // comes first does not emit it).
    void tableShown();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildToolbar();
    void buildShortcuts();
    void requestTable();
    void requestScopeTree();
    // `complete`: the final answer (with the flag counts); tableShown follows only it.
    void showTable(std::optional<RankingTable> table, const StoreResult &error, bool complete);
    void showStatus();
    void selectUnit(const QString &code);

    CacheDatabase &m_cache;
    IndicatorRequests *m_requests = nullptr;
    BackgroundQuery *m_drill = nullptr; // the bad reviews of a unit, for the queue
    BackgroundQuery *m_tree = nullptr;  // the scope tree
    RankingModel *m_model = nullptr;
    UnitLevel m_level = UnitLevel::Department;
    QTabBar *m_tabs = nullptr;
    PeriodPicker *m_period = nullptr;
    ScopePicker *m_scope = nullptr;
    BusyIndicator *m_busy = nullptr;
    QTableView *m_table = nullptr;
    QCheckBox *m_withoutFlagged = nullptr;
    IntegritySettings m_integritySettings;
    LocalWorkDatabase *m_localWork = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_legend = nullptr;
    QString m_error;
    QString m_pendingSelection;
    bool m_loaded = false;
};

} // namespace pingjia
