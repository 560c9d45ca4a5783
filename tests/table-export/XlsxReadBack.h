// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads an XLSX back for tests, independently of the code that wrote it: `unzip` lists and
// extracts the parts, QXmlStreamReader reads the shared strings and each sheet's cells.
// Enough for what libxlsxwriter writes (shared strings, numbers, booleans); not a general
// XLSX reader.

#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

namespace pingjia::testing {

// One zip member's bytes ("" when missing).
inline QByteArray zipMember(const QString &zip, const QString &member)
{
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), zip, member});
    unzip.waitForFinished(60000);
    return unzip.readAllStandardOutput();
}

inline QStringList zipMembers(const QString &zip)
{
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-Z1"), zip});
    unzip.waitForFinished(60000);
    return QString::fromUtf8(unzip.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
}

// A sheet as cell reference ("B3") → text (shared string, number as written, "TRUE"/"FALSE").
using SheetCells = QMap<QString, QString>;

struct XlsxContent {
    QStringList sheetNames; // in workbook order
    QList<SheetCells> sheets;
    QString created; // docProps/core.xml dcterms:created
};

inline QStringList readSharedStrings(const QByteArray &xml)
{
    QStringList strings;
    QXmlStreamReader r(xml);
    QString current;
    bool inSi = false;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == u"si") {
            inSi = true;
            current.clear();
        } else if (r.isStartElement() && r.name() == u"t" && inSi) {
            current += r.readElementText();
        } else if (r.isEndElement() && r.name() == u"si") {
            strings << current;
            inSi = false;
        }
    }
    return strings;
}

inline SheetCells readSheet(const QByteArray &xml, const QStringList &shared)
{
    SheetCells cells;
    QXmlStreamReader r(xml);
    QString ref, type;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == u"c") {
            ref = r.attributes().value(QLatin1String("r")).toString();
            type = r.attributes().value(QLatin1String("t")).toString();
        } else if (r.isStartElement() && r.name() == u"v") {
            const QString v = r.readElementText();
            if (type == u"s")
                cells[ref] = shared.value(v.toInt());
            else if (type == u"b")
                cells[ref] = v == u"1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
            else
                cells[ref] = v;
        }
    }
    return cells;
}

inline XlsxContent readXlsx(const QString &path)
{
    XlsxContent content;
    const QStringList shared =
        readSharedStrings(zipMember(path, QStringLiteral("xl/sharedStrings.xml")));
    QXmlStreamReader wb(zipMember(path, QStringLiteral("xl/workbook.xml")));
    while (!wb.atEnd()) {
        wb.readNext();
        if (wb.isStartElement() && wb.name() == u"sheet")
            content.sheetNames << wb.attributes().value(QLatin1String("name")).toString();
    }
    for (qsizetype i = 0; i < content.sheetNames.size(); ++i)
        content.sheets << readSheet(
            zipMember(path, QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1)), shared);
    const QString core = QString::fromUtf8(zipMember(path, QStringLiteral("docProps/core.xml")));
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("<dcterms:created[^>]*>([^<]*)<")).match(core);
    content.created = m.captured(1);
    return content;
}

} // namespace pingjia::testing
