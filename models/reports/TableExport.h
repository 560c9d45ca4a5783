// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A small, generic export of tables: CSV (one table) and XLSX (one sheet per table plus a
// 说明 / notes sheet naming every column's formula). Shared by the rankings, the dashboard
// and the bulletin. Every figure a page shows can leave the app with its formula named
// (DESIGN §3), so the formulas travel with the numbers.
//
// Cell values are QVariants: numbers stay numbers (XLSX number cells), a null QVariant is
// an empty cell (a rate whose denominator is 0), booleans are true/false, dates and times
// are written as text in platform time ("yyyy-MM-dd", "yyyy-MM-dd HH:mm:ss"). The caller
// puts nothing personal in a table: this code cannot tell.

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace pingjia {

struct ExportTable {
    QString title;              // sheet name (shortened to Excel's 31) and notes heading
    QStringList headers;        // one per column
    QList<QVariantList> rows;   // each as long as headers (shorter rows are padded)
    QStringList columnFormulas; // one per column, how it is computed; empty = not a formula
    QStringList numberFormats;  // optional, one per column, Excel format ("0.0%", "0.00")
};

// CSV as RFC 4180: UTF-8 with a byte-order mark (so Excel opens Chinese right), CRLF line
// ends, fields with a comma, quote, CR or LF quoted with quotes doubled. A text cell that a
// spreadsheet would take for a formula (starting with = + - @, tab or CR) gets a leading
// apostrophe (CSV injection). The file replaces `path` atomically and is the user's
// only (0600). False with a translated `error` when it cannot be written.
bool writeCsv(const ExportTable &table, const QString &path, QString *error);
// The CSV text itself (with BOM), for tests and the clipboard.
QByteArray csvBytes(const ExportTable &table);

// XLSX through libxlsxwriter: one sheet per table (bold, frozen header row, widths from the
// content), then a 说明 sheet: the creation time and, per table and column, its formula.
// `created` is stored as the document's creation time, so the same tables and time give
// byte-identical files (golden tests). Replaces `path` atomically, 0600.
bool writeXlsx(const QList<ExportTable> &tables, const QString &path, const QDateTime &created,
               QString *error);

// The sheet names writeXlsx gives `tables` (unique, ≤ 31 characters, no []:*?/\).
QStringList xlsxSheetNames(const QList<ExportTable> &tables);

} // namespace pingjia
