// SPDX-License-Identifier: GPL-3.0-or-later
// XLSX half of TableExport.h, through libxlsxwriter 1.1.4 (no memory output: it writes a
// file, here a temporary one beside the target).
#include "models/reports/TableExport.h"

#include "models/domain/PlatformTime.h"
#include "models/reports/ExportFile.h"
#include "models/reports/TableExportCells.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSet>

#include <xlsxwriter.h>

#include <algorithm>
#include <memory>

namespace pingjia {

namespace {

constexpr int kMaxSheetName = 31;       // Excel's limit, in characters
constexpr int kMaxCellText = 32767;     // Excel's limit per cell
constexpr lxw_row_t kMaxRows = 1048576; // rows per sheet, header included
constexpr double kMaxColumnWidth = 60;

QString tr(const char *text)
{
    return QCoreApplication::translate("TableExport", text);
}

QString shortened(const QString &name, int characters)
{
    const QList<uint> ucs4 = name.toUcs4();
    if (ucs4.size() <= characters)
        return name;
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(ucs4.constData()), characters);
}

// Excel refuses []:*?/\ in a sheet name, a leading or trailing apostrophe, an empty name,
// and two names equal but for case.
QString sheetName(const QString &title, int index, QSet<QString> &used)
{
    QString base = title.trimmed();
    for (const QChar bad : {u'[', u']', u':', u'*', u'?', u'/', u'\\'})
        base.replace(bad, u'_');
    while (base.startsWith(u'\''))
        base.remove(0, 1);
    while (base.endsWith(u'\''))
        base.chop(1);
    if (base.isEmpty())
        base = tr("Table %1").arg(index + 1);
    QString name = shortened(base, kMaxSheetName);
    for (int n = 2; used.contains(name.toCaseFolded()); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        name = shortened(base, kMaxSheetName - int(suffix.size())) + suffix;
    }
    used.insert(name.toCaseFolded());
    return name;
}

QString notesSheetName()
{
    return tr("Notes");
}

struct WorkbookCloser {
    void operator()(lxw_workbook *wb) const { workbook_close(wb); }
};

class XlsxWriter {
public:
    XlsxWriter(const QString &path, const QDateTime &created)
        : m_wb(workbook_new(QFile::encodeName(path).constData()))
    {
        if (!m_wb)
            return;
        m_properties.created = created.isValid() ? time_t(created.toSecsSinceEpoch()) : 0;
        workbook_set_properties(m_wb.get(), &m_properties);
        m_bold = workbook_add_format(m_wb.get());
        format_set_bold(m_bold);
        m_wrap = workbook_add_format(m_wb.get());
        format_set_text_wrap(m_wrap);
        format_set_align(m_wrap, LXW_ALIGN_VERTICAL_TOP);
    }

    bool ok() const { return m_wb != nullptr; }

    void addTable(const ExportTable &table, const QString &name)
    {
        lxw_worksheet *ws = sheet(name);
        if (!ws)
            return;
        const auto columns = lxw_col_t(table.headers.size());
        QList<int> widths(columns, 0);
        QList<lxw_format *> formats(columns, nullptr);
        for (lxw_col_t c = 0; c < columns; ++c) {
            text(ws, 0, c, table.headers.at(c), m_bold);
            widths[c] = displayWidth(table.headers.at(c));
            if (c < table.numberFormats.size() && !table.numberFormats.at(c).isEmpty())
                formats[c] = numberFormat(table.numberFormats.at(c));
        }
        const qsizetype rows = std::min<qsizetype>(table.rows.size(), kMaxRows - 1);
        for (qsizetype r = 0; r < rows; ++r) {
            const QVariantList &row = table.rows.at(r);
            for (lxw_col_t c = 0; c < columns && c < row.size(); ++c)
                widths[c] =
                    std::max(widths[c], cell(ws, lxw_row_t(r + 1), c, row.at(c), formats[c]));
        }
        for (lxw_col_t c = 0; c < columns; ++c)
            worksheet_set_column(ws, c, c, std::min(kMaxColumnWidth, widths[c] + 2.0), nullptr);
        worksheet_freeze_panes(ws, 1, 0);
        if (table.rows.size() > rows)
            fail(tr("The table “%1” has more rows than a sheet holds.").arg(table.title));
    }

    void addNotes(const QList<ExportTable> &tables, const QStringList &names,
                  const QDateTime &created)
    {
        lxw_worksheet *ws = sheet(notesSheetName());
        if (!ws)
            return;
        text(ws, 0, 0, tr("Created"), m_bold);
        text(ws, 0, 1, formatPlatformTime(created) + QStringLiteral(" (UTC+8)"), nullptr);
        lxw_row_t row = 2;
        text(ws, row, 0, tr("Sheet"), m_bold);
        text(ws, row, 1, tr("Table"), m_bold);
        text(ws, row, 2, tr("Column"), m_bold);
        text(ws, row, 3, tr("Formula"), m_bold);
        for (qsizetype t = 0; t < tables.size(); ++t) {
            const ExportTable &table = tables.at(t);
            for (qsizetype c = 0; c < table.headers.size(); ++c) {
                ++row;
                text(ws, row, 0, names.at(t), nullptr);
                text(ws, row, 1, table.title, nullptr);
                text(ws, row, 2, table.headers.at(c), nullptr);
                text(ws, row, 3, table.columnFormulas.value(c), m_wrap);
            }
        }
        worksheet_set_column(ws, 0, 0, 20, nullptr);
        worksheet_set_column(ws, 1, 1, 30, nullptr);
        worksheet_set_column(ws, 2, 2, 20, nullptr);
        worksheet_set_column(ws, 3, 3, 80, nullptr);
        worksheet_freeze_panes(ws, 3, 0);
    }

    // Writes the file; false with `error` when anything failed on the way.
    bool close(QString *error)
    {
        const lxw_error closed = workbook_close(m_wb.release());
        if (m_error.isEmpty() && closed != LXW_NO_ERROR)
            fail(QString::fromUtf8(lxw_strerror(closed)));
        if (!m_error.isEmpty())
            *error = m_error;
        return m_error.isEmpty();
    }

private:
    lxw_worksheet *sheet(const QString &name)
    {
        lxw_worksheet *ws = workbook_add_worksheet(m_wb.get(), name.toUtf8().constData());
        if (!ws)
            fail(tr("Cannot add the sheet “%1”.").arg(name));
        return ws;
    }

    lxw_format *numberFormat(const QString &code)
    {
        lxw_format *f = workbook_add_format(m_wb.get());
        format_set_num_format(f, code.toUtf8().constData());
        return f;
    }

    void text(lxw_worksheet *ws, lxw_row_t r, lxw_col_t c, const QString &value, lxw_format *f)
    {
        if (value.isEmpty())
            return;
        check(worksheet_write_string(ws, r, c, shortened(value, kMaxCellText).toUtf8().constData(),
                                     f));
    }

    // Writes one cell; returns the width it needs.
    int cell(lxw_worksheet *ws, lxw_row_t r, lxw_col_t c, const QVariant &value, lxw_format *f)
    {
        const ExportCell e = exportCell(value);
        switch (e.kind) {
        case ExportCell::Kind::Empty:
            return 0;
        case ExportCell::Kind::Number:
            check(worksheet_write_number(ws, r, c, e.number, f));
            return std::min(int(e.text.size()), 12);
        case ExportCell::Kind::Boolean:
            check(worksheet_write_boolean(ws, r, c, e.boolean, f));
            return 5;
        case ExportCell::Kind::Text:
            text(ws, r, c, e.text, f);
            return displayWidth(e.text);
        }
        return 0;
    }

    void check(lxw_error e)
    {
        if (e != LXW_NO_ERROR)
            fail(QString::fromUtf8(lxw_strerror(e)));
    }

    void fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
    }

    std::unique_ptr<lxw_workbook, WorkbookCloser> m_wb;
    lxw_doc_properties m_properties{};
    lxw_format *m_bold = nullptr;
    lxw_format *m_wrap = nullptr;
    QString m_error;
};

} // namespace

QStringList xlsxSheetNames(const QList<ExportTable> &tables)
{
    QSet<QString> used{notesSheetName().toCaseFolded()};
    QStringList names;
    for (qsizetype t = 0; t < tables.size(); ++t)
        names << sheetName(tables.at(t).title, int(t), used);
    return names;
}

bool writeXlsx(const QList<ExportTable> &tables, const QString &path, const QDateTime &created,
               QString *error)
{
    return replaceFileAtomically(
        path,
        [&](const QString &temporary, QString *why) {
            XlsxWriter writer(temporary, created);
            if (!writer.ok()) {
                *why = QCoreApplication::translate("ExportFile", "Cannot write %1.")
                           .arg(QDir::toNativeSeparators(path));
                return false;
            }
            const QStringList names = xlsxSheetNames(tables);
            for (qsizetype t = 0; t < tables.size(); ++t)
                writer.addTable(tables.at(t), names.at(t));
            writer.addNotes(tables, names, created);
            return writer.close(why);
        },
        error);
}

} // namespace pingjia
