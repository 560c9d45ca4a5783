// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// 评价核查: the review-integrity flags of a month (IntegrityQuery), filtered by rule and
// verdict, each with its plain explanation; a verdict (cleared / confirmed) per item,
// stored in the local-work file with an audit row (IntegrityVerdicts); CSV export of what
// is shown, which holds no personal data. Queries and writes run on the page's own thread.

#include "models/domain/IntegrityRules.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace pingjia {

class BackgroundQuery;
class CacheDatabase;
class IntegrityFlagModel;
class LocalWorkDatabase;

class IntegrityPage : public QWidget {
    Q_OBJECT
public:
    IntegrityPage(CacheDatabase &cache, LocalWorkDatabase &localWork,
                  std::function<QString()> currentUser, QWidget *parent = nullptr);

    IntegrityFlagModel *model() const { return m_model; }
    BackgroundQuery *query() const { return m_query; }
    // Thresholds (from the settings group "integrity" in the app).
    void setSettings(const IntegritySettings &settings) { m_settings = settings; }

public slots:
    void refresh();
    // Writes the CSV of the shown rows to `path`; false with a message on the page.
    bool exportCsv(const QString &path);

private:
    QWidget *buildToolbar();
    QWidget *buildVerdictBar();
    void giveVerdict(bool confirmed);
    void setStatus(const QString &text);

    CacheDatabase &m_cache;
    LocalWorkDatabase &m_localWork;
    std::function<QString()> m_currentUser;
    IntegritySettings m_settings;
    QString m_month;
    IntegrityFlagModel *m_model = nullptr;
    BackgroundQuery *m_query = nullptr;
    QLineEdit *m_monthEdit = nullptr;
    QComboBox *m_rule = nullptr;
    QComboBox *m_verdictFilter = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_note = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace pingjia
