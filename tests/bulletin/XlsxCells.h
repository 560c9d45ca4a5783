// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The cells of an XLSX as text, read with Debian's `unzip` and regular expressions over
// the parts libxlsxwriter writes (shared strings, inline numbers): enough to compare a
// bulletin export with its golden file cell by cell, without the code that wrote it.
#include "AppRun.h"

#include <QMap>
#include <QRegularExpression>

namespace pingjia::bulletintest {

struct XlsxSheets {
    QStringList names;
    QList<QMap<QString, QString>> cells; // per sheet: "B3" → text
    QString created;                     // docProps/core.xml dcterms:created
};

inline QString xmlText(QString s)
{
    s.replace(u"&lt;"_qs, u"<"_qs).replace(u"&gt;"_qs, u">"_qs).replace(u"&quot;"_qs, u"\""_qs);
    return s.replace(u"&amp;"_qs, u"&"_qs);
}

inline XlsxSheets readXlsxSheets(const QString &path)
{
    XlsxSheets x;
    QStringList shared;
    static const QRegularExpression si(QStringLiteral("<si>(.*?)</si>"),
                                       QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression t(QStringLiteral("<t[^>]*>(.*?)</t>"),
                                      QRegularExpression::DotMatchesEverythingOption);
    for (const auto &m : si.globalMatch(zipText(path, u"xl/sharedStrings.xml"_qs))) {
        QString text;
        for (const auto &part : t.globalMatch(m.captured(1)))
            text += xmlText(part.captured(1));
        shared << text;
    }
    static const QRegularExpression sheet(QStringLiteral("<sheet name=\"([^\"]*)\""));
    for (const auto &m : sheet.globalMatch(zipText(path, u"xl/workbook.xml"_qs)))
        x.names << xmlText(m.captured(1));
    static const QRegularExpression cell(
        QStringLiteral("<c r=\"([A-Z]+[0-9]+)\"([^>]*)>(?:<f>[^<]*</f>)?<v>([^<]*)</v>"));
    for (qsizetype i = 0; i < x.names.size(); ++i) {
        QMap<QString, QString> cells;
        const QString xml = zipText(path, QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1));
        for (const auto &m : cell.globalMatch(xml)) {
            const bool isShared = m.captured(2).contains(u"t=\"s\"");
            cells[m.captured(1)] = isShared ? shared.value(m.captured(3).toInt()) : m.captured(3);
        }
        x.cells << cells;
    }
    static const QRegularExpression created(QStringLiteral("<dcterms:created[^>]*>([^<]*)<"));
    x.created = created.match(zipText(path, u"docProps/core.xml"_qs)).captured(1);
    return x;
}

} // namespace pingjia::bulletintest
