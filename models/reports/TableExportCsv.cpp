// SPDX-License-Identifier: GPL-3.0-or-later
// CSV half of TableExport.h (RFC 4180, UTF-8 with BOM).
#include "models/reports/TableExport.h"

#include "models/reports/ExportFile.h"
#include "models/reports/TableExportCells.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace pingjia {

namespace {

// A spreadsheet runs text starting with these as a formula (OWASP "CSV injection").
bool looksLikeFormula(const QString &text)
{
    if (text.isEmpty())
        return false;
    const QChar c = text.front();
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

QString csvField(const QVariant &value)
{
    const ExportCell cell = exportCell(value);
    QString text = cell.text;
    if (cell.kind == ExportCell::Kind::Text && looksLikeFormula(text))
        text.prepend(u'\'');
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') ||
        text.contains(u'\r')) {
        text.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return u'"' + text + u'"';
    }
    return text;
}

void appendLine(QByteArray &out, const QVariantList &values, qsizetype columns)
{
    QStringList fields;
    fields.reserve(columns);
    for (qsizetype c = 0; c < columns; ++c)
        fields << csvField(c < values.size() ? values.at(c) : QVariant());
    out += fields.join(u',').toUtf8();
    out += "\r\n";
}

} // namespace

QByteArray csvBytes(const ExportTable &table)
{
    QByteArray out("\xEF\xBB\xBF");
    const qsizetype columns = table.headers.size();
    QVariantList header;
    for (const QString &h : table.headers)
        header << h;
    appendLine(out, header, columns);
    for (const QVariantList &row : table.rows)
        appendLine(out, row, columns);
    return out;
}

bool writeCsv(const ExportTable &table, const QString &path, QString *error)
{
    const QByteArray bytes = csvBytes(table);
    return replaceFileAtomically(
        path,
        [&bytes, &path](const QString &temporary, QString *why) {
            QFile file(temporary);
            if (file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
                file.write(bytes) == bytes.size() && file.flush())
                return true;
            *why = QCoreApplication::translate("ExportFile", "Cannot write %1: %2")
                       .arg(QDir::toNativeSeparators(path), file.errorString());
            return false;
        },
        error);
}

} // namespace pingjia
