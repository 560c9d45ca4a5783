// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/reports/BulletinExport.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

namespace pingjia {

namespace {

// "98.50%" → 0.985, "4.62" → 4.62, "1234" → 1234, "—" → null; other text stays text.
QVariant cellValue(const QString &text, bool numeric)
{
    if (!numeric)
        return text;
    if (text == u"—" || text.isEmpty())
        return QVariant();
    bool ok = false;
    if (text.endsWith(u'%')) {
        const double v = QStringView(text).chopped(1).toDouble(&ok);
        // Through decimal text again, so 98.12 % is the double nearest 0.9812.
        return ok ? QVariant(QString::number(v / 100.0, 'g', 12).toDouble()) : QVariant(text);
    }
    const qlonglong n = text.toLongLong(&ok);
    if (ok)
        return n;
    const double d = text.toDouble(&ok);
    return ok ? QVariant(d) : QVariant(text);
}

// A column of one kind of figure gets that kind's format. A column mixing kinds (the
// 主要指标 table: counts above rates) has none: its cells stay the printed text.
QString numberFormat(const BulletinTable &t, int column)
{
    if (!t.numericColumns.contains(column))
        return {};
    QSet<QString> kinds;
    for (const QStringList &row : t.rows) {
        const QString cell = row.value(column);
        if (cell.endsWith(u'%'))
            kinds << QStringLiteral("0.00%");
        else if (cell.contains(u'.'))
            kinds << QStringLiteral("0.00");
        else if (!cell.isEmpty() && cell != u"—")
            kinds << QStringLiteral("0");
    }
    return kinds.size() == 1 ? *kinds.cbegin() : QString();
}

ExportTable exportTable(const BulletinTable &t, const QString &fallbackTitle, bool numbers)
{
    ExportTable e;
    // "表1  评价渠道分布" → "评价渠道分布" (sheet and file names).
    static const QRegularExpression number(QStringLiteral("^表\\d+\\s*"));
    e.title = QString(t.title).remove(number).trimmed();
    if (e.title.isEmpty())
        e.title = fallbackTitle;
    e.headers = t.headers;
    e.columnFormulas = t.columnFormulas;
    for (int c = 0; c < t.headers.size(); ++c)
        e.numberFormats << (numbers ? numberFormat(t, c) : QString());
    for (const QStringList &row : t.rows) {
        QVariantList cells;
        for (int c = 0; c < t.headers.size(); ++c)
            cells << cellValue(row.value(c), !e.numberFormats.at(c).isEmpty());
        e.rows << cells;
    }
    return e;
}

QString fileSafe(QString title)
{
    static const QRegularExpression bad(QStringLiteral("[\\\\/:*?\"<>|\\s“”]+"));
    return title.replace(bad, QStringLiteral("_"));
}

BulletinRenderResult failed(const QString &message)
{
    return {BulletinRenderResult::Status::Failed, message, 0};
}

BulletinRenderResult writeCsvFolder(const QList<ExportTable> &tables, const QString &path,
                                    const BulletinRenderControl &control)
{
    if (!QDir().mkpath(path))
        return failed(
            BulletinExport::tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(path)));
    const QStringList names = BulletinExport::csvFileNames(tables);
    for (int i = 0; i < tables.size(); ++i) {
        if (control.cancelled())
            return {BulletinRenderResult::Status::Cancelled, {}, i};
        QString error;
        if (!writeCsv(tables.at(i), QDir(path).filePath(names.at(i)), &error))
            return failed(error);
        control.report(i + 1, int(tables.size()));
    }
    return {BulletinRenderResult::Status::Ok, {}, int(tables.size())};
}

} // namespace

QString bulletinFormatKey(BulletinFormat format)
{
    switch (format) {
    case BulletinFormat::Pdf:
        return QStringLiteral("pdf");
    case BulletinFormat::Odt:
        return QStringLiteral("odt");
    case BulletinFormat::Xlsx:
        return QStringLiteral("xlsx");
    case BulletinFormat::Csv:
        return QStringLiteral("csv");
    case BulletinFormat::CsvFolder:
        return QStringLiteral("csv-folder");
    }
    return {};
}

std::optional<BulletinFormat> bulletinFormatForPath(const QString &path)
{
    if (path.endsWith(u'/') || QFileInfo(path).isDir())
        return BulletinFormat::CsvFolder;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"pdf")
        return BulletinFormat::Pdf;
    if (suffix == u"odt")
        return BulletinFormat::Odt;
    if (suffix == u"xlsx")
        return BulletinFormat::Xlsx;
    if (suffix == u"csv")
        return BulletinFormat::Csv;
    return std::nullopt;
}

QString bulletinUnwritableReason(const QString &path, BulletinFormat format)
{
    const QFileInfo target(path);
    const QString folderPath =
        format == BulletinFormat::CsvFolder && !target.exists()
            ? QFileInfo(QDir::cleanPath(target.absoluteFilePath())).absolutePath()
            : target.absolutePath();
    const QFileInfo folder(folderPath);
    const QString shownPath = QDir::toNativeSeparators(path);
    const QString shownFolder = QDir::toNativeSeparators(folder.absoluteFilePath());
    if (!folder.exists())
        return BulletinExport::tr("Cannot write %1: the folder %2 does not exist.")
            .arg(shownPath, shownFolder);
    if (!folder.isDir() || !folder.isWritable())
        return BulletinExport::tr("Cannot write %1: no permission to write in %2.")
            .arg(shownPath, shownFolder);
    if (format != BulletinFormat::CsvFolder && target.isDir())
        return BulletinExport::tr("Cannot write %1: it is a folder.").arg(shownPath);
    if (target.exists() && !target.isWritable())
        return BulletinExport::tr("Cannot write %1: the file is read-only.").arg(shownPath);
    return {};
}

QList<ExportTable> bulletinExportTables(const BulletinContent &content, bool numbers)
{
    QList<ExportTable> tables;
    for (const BulletinSection &s : content.sections) {
        for (const BulletinBlock &b : s.blocks) {
            if (b.kind == BulletinBlock::Kind::Table)
                tables << exportTable(b.table, s.heading, numbers);
        }
    }
    for (const BulletinAttachment &a : content.attachments)
        tables << exportTable(a.table, a.title, numbers);
    return tables;
}

QStringList BulletinExport::csvFileNames(const QList<ExportTable> &tables)
{
    QStringList names;
    for (int i = 0; i < tables.size(); ++i)
        names << QStringLiteral("%1-%2.csv")
                     .arg(i + 1, 2, 10, QLatin1Char('0'))
                     .arg(fileSafe(tables.at(i).title));
    return names;
}

BulletinRenderResult BulletinExport::writeTables(const BulletinContent &content,
                                                 const QString &path, BulletinFormat format,
                                                 const QDateTime &created,
                                                 const BulletinRenderControl &control)
{
    switch (format) {
    case BulletinFormat::Pdf:
    case BulletinFormat::Odt:
        return failed(tr("Documents are written by writeBulletin(), not as tables."));
    case BulletinFormat::CsvFolder:
        return writeCsvFolder(bulletinExportTables(content, false), path, control);
    case BulletinFormat::Csv:
    case BulletinFormat::Xlsx:
        break;
    }
    const QList<ExportTable> tables = bulletinExportTables(content, format == BulletinFormat::Xlsx);
    QString error;
    bool ok = false;
    if (format == BulletinFormat::Xlsx)
        ok = writeXlsx(tables, path, created, &error);
    else if (tables.isEmpty())
        error = tr("The bulletin has no table to write.");
    else
        ok = writeCsv(tables.constLast(), path, &error); // the 附件: the full ranking
    return ok ? BulletinRenderResult{BulletinRenderResult::Status::Ok, {}, 1} : failed(error);
}

} // namespace pingjia
