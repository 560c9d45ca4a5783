// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/bulletin/BulletinOutline.h"

#include <QScrollBar>

namespace pingjia {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString tableHtml(const BulletinTable &t)
{
    QString html;
    if (!t.title.isEmpty())
        html += QStringLiteral("<p align=center><b>%1</b></p>").arg(esc(t.title));
    html += QStringLiteral("<table border=1 cellspacing=0 cellpadding=3 width=100%><tr>");
    for (const QString &h : t.headers)
        html += QStringLiteral("<th>%1</th>").arg(esc(h));
    html += QStringLiteral("</tr>");
    for (const QStringList &row : t.rows) {
        html += QStringLiteral("<tr>");
        for (int c = 0; c < row.size(); ++c)
            html +=
                QStringLiteral("<td align=%1>%2</td>")
                    .arg(t.numericColumns.contains(c) ? u"right"_qs : u"left"_qs, esc(row.at(c)));
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    if (!t.note.isEmpty())
        html += QStringLiteral("<p><small>%1</small></p>").arg(esc(t.note));
    return html;
}

QString blocksHtml(const QList<BulletinBlock> &blocks)
{
    QString html;
    int sub = 0;
    for (const BulletinBlock &b : blocks) {
        switch (b.kind) {
        case BulletinBlock::Kind::Paragraph:
            html += QStringLiteral("<p style='text-indent:2em'>%1</p>").arg(esc(b.text));
            break;
        case BulletinBlock::Kind::SubHeading:
            html += QStringLiteral("<p style='text-indent:2em'><b>%1%2</b></p>")
                        .arg(bulletinSubHeadingNumber(++sub), esc(b.text));
            break;
        case BulletinBlock::Kind::Table:
            html += tableHtml(b.table);
            break;
        case BulletinBlock::Kind::Chart:
            html += QStringLiteral("<p align=center><i>[%1]</i></p>").arg(esc(b.chart.title));
            break;
        }
    }
    return html;
}

} // namespace

BulletinOutline::BulletinOutline(QWidget *parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
}

QString BulletinOutline::html(const BulletinContent &c)
{
    const BulletinHeader &h = c.header;
    QString html =
        QStringLiteral("<p align=center style='color:#c00000;font-size:x-large'><b>%1</b></p>"
                       "<p align=center>%2</p><p align=center><b>[%3]</b></p><hr>"
                       "<p align=center style='font-size:large'><b>%4</b></p>"
                       "<p>%5：</p>")
            .arg(esc(h.issuingOffice), esc(h.documentNumber), esc(bulletinVersionMark(c.version)),
                 esc(h.title), esc(h.recipients));
    html += blocksHtml(c.preamble);
    for (int i = 0; i < c.sections.size(); ++i) {
        html += QStringLiteral("<p style='text-indent:2em'><b>%1%2</b></p>")
                    .arg(bulletinSectionNumber(i + 1), esc(c.sections.at(i).heading));
        html += blocksHtml(c.sections.at(i).blocks);
    }
    html += QStringLiteral("<p align=right>%1<br>%2</p>")
                .arg(esc(h.signature), esc(bulletinDateText(h.writtenOn)));
    for (int i = 0; i < c.attachments.size(); ++i) {
        html += QStringLiteral("<hr><p>附件%1</p><p align=center><b>%2</b></p>")
                    .arg(i + 1)
                    .arg(esc(c.attachments.at(i).title));
        html += tableHtml(c.attachments.at(i).table);
    }
    return html;
}

void BulletinOutline::showContent(const BulletinContent &content)
{
    const int scroll = verticalScrollBar()->value();
    setHtml(html(content));
    verticalScrollBar()->setValue(scroll);
}

} // namespace pingjia
