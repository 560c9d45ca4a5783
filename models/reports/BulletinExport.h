// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Writes an assembled bulletin in the format its file name asks for: .pdf (GB/T 9704,
// BulletinPdf), .odt (BulletinOdt), .xlsx (one sheet per table and a notes sheet of
// formulas, TableExport), .csv (the 附件 ranking table), or a folder: one CSV per table.
// Tables go out as the document prints them (so the public version's tables are the
// public ones); figures become number cells in the XLSX.

#include "models/reports/BulletinContent.h"
#include "models/reports/BulletinRender.h"
#include "models/reports/TableExport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace pingjia {

enum class BulletinFormat { Pdf, Odt, Xlsx, Csv, CsvFolder };

// "pdf", "odt", "xlsx", "csv", "csv-folder".
QString bulletinFormatKey(BulletinFormat format);
// From the extension (case-insensitive); an existing folder, or a path ending in "/",
// is CsvFolder. nullopt for anything else.
std::optional<BulletinFormat> bulletinFormatForPath(const QString &path);

// Why `path` cannot receive the export (folder missing, no permission, a folder where a
// file is wanted, a read-only file), translated; empty when it can. Checked before any
// work so the user hears it at once.
QString bulletinUnwritableReason(const QString &path, BulletinFormat format);

// Every table of the document in reading order (sections, then attachments), as export
// tables: titles, headers, cells and formulas. With `numbers`, figures become number
// cells ("98.50%" → 0.985 shown as 0.00%, "—" empty: the XLSX); without, every cell is
// the text the document prints (the CSV reads like the document).
QList<ExportTable> bulletinExportTables(const BulletinContent &content, bool numbers = true);

// Writes `path` in `format`: PDF and ODT through the renderers (BulletinPdf, BulletinOdt),
// XLSX and CSV as tables. `created` is the XLSX creation time (fixed for golden files).
// The file is written whole or not at all; a folder gets NN-<title>.csv files (for
// CsvFolder the result's pageCount is the number of files).
BulletinRenderResult writeBulletin(const BulletinContent &content, const QString &path,
                                   BulletinFormat format, const QDateTime &created,
                                   const BulletinRenderOptions &options = {},
                                   const BulletinRenderControl &control = {});

class BulletinExport {
    Q_DECLARE_TR_FUNCTIONS(pingjia::BulletinExport)
public:
    // The table formats of writeBulletin() (Xlsx, Csv, CsvFolder).
    static BulletinRenderResult writeTables(const BulletinContent &content, const QString &path,
                                            BulletinFormat format, const QDateTime &created,
                                            const BulletinRenderControl &control = {});
    // The files a CsvFolder export writes, in order (names only).
    static QStringList csvFileNames(const QList<ExportTable> &tables);
};

} // namespace pingjia
