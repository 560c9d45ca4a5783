// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/ChartPanel.h"

#include "ui/dashboard/ChartImage.h"
#include "ui/rankings/ExportDialog.h"

#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QMessageBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <memory>

namespace pingjia {

ChartPanel::ChartPanel(const QString &objectName, QWidget *parent) : QWidget(parent)
{
    setObjectName(objectName);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_view = new QChartView(this);
    m_view->setObjectName(objectName + QStringLiteral("View"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(360, 240);
    layout->addWidget(m_view, 1);

    auto *bar = new QHBoxLayout;
    bar->addStretch(1);
    m_saveImage = new QToolButton(this);
    m_saveImage->setText(tr("Save image…"));
    m_saveImage->setToolTip(tr("Save this chart as PNG or SVG"));
    m_exportData = new QToolButton(this);
    m_exportData->setText(tr("Export data…"));
    m_exportData->setToolTip(tr("Export the figures behind this chart as CSV"));
    bar->addWidget(m_saveImage);
    bar->addWidget(m_exportData);
    layout->addLayout(bar);
    connect(m_saveImage, &QToolButton::clicked, this, &ChartPanel::saveImageAs);
    connect(m_exportData, &QToolButton::clicked, this, &ChartPanel::exportDataAs);
    setContent({}, {});
}

void ChartPanel::setContent(Builder build, ExportTable data)
{
    m_build = std::move(build);
    m_data = std::move(data);
    QChart *chart = m_build ? m_build() : new QChart;
    QChart *old = m_view->chart();
    m_view->setChart(chart); // the view owns the new chart; the old one is ours to delete
    delete old;
    m_saveImage->setEnabled(bool(m_build));
    m_exportData->setEnabled(!m_data.headers.isEmpty());
}

QChart *ChartPanel::chart() const
{
    return m_view->chart();
}

bool ChartPanel::saveImage(const QString &path, QString *error) const
{
    if (!m_build) {
        *error = tr("There is no chart to save yet.");
        return false;
    }
    const std::unique_ptr<QChart> fresh(m_build());
    return saveChartImage(*fresh, path, kImageSize, error);
}

bool ChartPanel::exportData(const QString &path, QString *error) const
{
    return writeCsv(m_data, path, error);
}

void ChartPanel::saveImageAs()
{
    const QString path =
        askExportPath(this, tr("Save chart"), m_data.title, {ExportFormat::Png, ExportFormat::Svg});
    if (path.isEmpty())
        return;
    QString error;
    report(saveImage(path, &error), error);
}

void ChartPanel::exportDataAs()
{
    const QString path =
        askExportPath(this, tr("Export chart data"), m_data.title, {ExportFormat::Csv});
    if (path.isEmpty())
        return;
    QString error;
    report(exportData(path, &error), error);
}

void ChartPanel::report(bool ok, const QString &error)
{
    if (!ok)
        QMessageBox::warning(this, tr("Export failed"), error);
}

} // namespace pingjia
