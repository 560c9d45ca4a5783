// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One chart of the dashboard with its own small toolbar: save as PNG or SVG, export the
// data behind it as CSV (its columns' formulas named in the header comment of the file's
// notes when exported as XLSX elsewhere). The chart is rebuilt from its data by a builder,
// so the exported image is drawn from a fresh chart at a fixed size, not from the screen.

#include "models/reports/TableExport.h"

#include <QWidget>

#include <functional>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
QT_END_NAMESPACE
class QToolButton;

namespace pingjia {

class ChartPanel : public QWidget {
    Q_OBJECT
public:
    using Builder = std::function<QChart *()>;
    static constexpr QSize kImageSize{960, 540};

    explicit ChartPanel(const QString &objectName, QWidget *parent = nullptr);

    // Shows the chart `build` makes (called again for each image saved) and keeps `data`
    // as what the chart shows.
    void setContent(Builder build, ExportTable data);

    QChart *chart() const;
    QChartView *view() const { return m_view; }
    const ExportTable &data() const { return m_data; }
    QToolButton *saveImageButton() const { return m_saveImage; }
    QToolButton *exportDataButton() const { return m_exportData; }

    // Without dialogs (tests, callers that chose the file already).
    bool saveImage(const QString &path, QString *error) const;
    bool exportData(const QString &path, QString *error) const;

public slots:
    void saveImageAs();
    void exportDataAs();

private:
    void report(bool ok, const QString &error);

    QChartView *m_view = nullptr;
    QToolButton *m_saveImage = nullptr;
    QToolButton *m_exportData = nullptr;
    Builder m_build;
    ExportTable m_data;
};

} // namespace pingjia
