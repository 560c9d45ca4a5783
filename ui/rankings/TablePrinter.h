// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Prints an ExportTable (title, the table, each column's formula below it) through Qt's
// text engine, landscape, with a print preview first.

#include "models/reports/TableExport.h"

class QPrinter;
class QWidget;

namespace pingjia {

// The HTML the printout is made of (tests read it).
QString tableHtml(const ExportTable &table);
void printTable(const ExportTable &table, QPrinter &printer);
// Opens the print preview dialog (modal) for `table`.
void previewTable(const ExportTable &table, QWidget *parent);

} // namespace pingjia
