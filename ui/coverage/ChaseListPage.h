// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// 待评价办件 (coverage chase list), a tab of the dashboard: per department, the served cases
// not yet evaluated, oldest first, with window, staff and the time left before the 7-day
// default counts them as 基本满意 (000 art.6). Export to CSV or XLSX. No evaluator or
// applicant data is ever read here.

#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;
class QTimer;

namespace pingjia {

class BusyIndicator;
class CacheDatabase;
class ChaseListModel;
class IndicatorRequests;

class ChaseListPage : public QWidget {
    Q_OBJECT
public:
    // Rows read at most (the status says when the scope has more).
    static constexpr int kRowLimit = 20000;
    static constexpr int kCountdownRepaintMs = 60 * 1000;

    explicit ChaseListPage(CacheDatabase &cache, QWidget *parent = nullptr);
    ~ChaseListPage() override;

    QString scopeCode() const { return m_scope; }
    QString departmentCode() const;
    ChaseListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QComboBox *departmentBox() const { return m_department; }
    BusyIndicator *busyIndicator() const { return m_busy; }
    IndicatorRequests *requests() const { return m_requests; }
    QString statusText() const;
    QString title() const;

    bool exportCsv(const QString &path, QString *error) const;
    bool exportXlsx(const QString &path, QString *error) const;

public slots:
    void setScope(const QString &scopeCode, const QString &scopeLabel);
    void setDepartment(const QString &deptCode);
    void refresh();
    void exportCsvAs();
    void exportXlsxAs();

signals:
    void listShown();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void request();

    CacheDatabase &m_cache;
    IndicatorRequests *m_requests = nullptr;
    ChaseListModel *m_model = nullptr;
    QString m_scope;
    QString m_scopeLabel;
    QString m_pendingDepartment;
    QComboBox *m_department = nullptr;
    BusyIndicator *m_busy = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_repaint = nullptr;
    bool m_loaded = false;
};

} // namespace pingjia
