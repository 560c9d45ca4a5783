// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The save dialog of every export on the rankings, dashboard and chase-list pages: offers
// the formats given, suggests a file name from the table's title, adds the suffix the
// chosen filter implies and starts in the folder used last (this run).

#include <QList>
#include <QString>

class QWidget;

namespace pingjia {

enum class ExportFormat { Csv, Xlsx, Png, Svg };

QString exportSuffix(ExportFormat format); // "csv", "xlsx", "png", "svg"
// "2026年10月 部门排名" → "2026年10月 部门排名" without characters a file name cannot hold.
QString exportFileName(const QString &title, ExportFormat format);

// Empty when cancelled.
QString askExportPath(QWidget *parent, const QString &caption, const QString &title,
                      const QList<ExportFormat> &formats);

} // namespace pingjia
