// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/rankings/ExportDialog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

namespace pingjia {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ExportDialog", text);
}

QString filterOf(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Csv:
        return tr("CSV, UTF-8 (*.csv)");
    case ExportFormat::Xlsx:
        return tr("Excel workbook (*.xlsx)");
    case ExportFormat::Png:
        return tr("PNG image (*.png)");
    case ExportFormat::Svg:
        return tr("SVG vector image (*.svg)");
    }
    return {};
}

QString &lastFolder()
{
    static QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return folder;
}

} // namespace

QString exportSuffix(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Csv:
        return QStringLiteral("csv");
    case ExportFormat::Xlsx:
        return QStringLiteral("xlsx");
    case ExportFormat::Png:
        return QStringLiteral("png");
    case ExportFormat::Svg:
        return QStringLiteral("svg");
    }
    return {};
}

QString exportFileName(const QString &title, ExportFormat format)
{
    QString name = title;
    name.replace(QRegularExpression(QStringLiteral(R"([\\/:*?"<>|\x00-\x1f])")),
                 QStringLiteral("_"));
    name = name.trimmed();
    if (name.isEmpty())
        name = tr("export");
    return name + u'.' + exportSuffix(format);
}

QString askExportPath(QWidget *parent, const QString &caption, const QString &title,
                      const QList<ExportFormat> &formats)
{
    if (formats.isEmpty())
        return {};
    QStringList filters;
    for (const ExportFormat f : formats)
        filters << filterOf(f);
    QString chosenFilter = filters.first();
    const QString suggested = QDir(lastFolder()).filePath(exportFileName(title, formats.first()));
    QString path = QFileDialog::getSaveFileName(parent, caption, suggested,
                                                filters.join(QStringLiteral(";;")), &chosenFilter);
    if (path.isEmpty())
        return {};
    const ExportFormat chosen = formats.value(filters.indexOf(chosenFilter), formats.first());
    const QString suffix = QFileInfo(path).suffix().toLower();
    bool known = false;
    for (const ExportFormat f : formats)
        known = known || suffix == exportSuffix(f);
    if (!known)
        path += u'.' + exportSuffix(chosen);
    lastFolder() = QFileInfo(path).absolutePath();
    return path;
}

} // namespace pingjia
