// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Every piece of text a BulletinContent holds, joined: what any output format could show.
#include "models/reports/BulletinContent.h"

#include <QStringList>

namespace pingjia::bulletintest {

inline void appendTable(QStringList &out, const BulletinTable &t)
{
    out << t.title << t.headers << t.note << t.columnFormulas;
    for (const QStringList &row : t.rows)
        out << row;
}

inline void appendBlocks(QStringList &out, const QList<BulletinBlock> &blocks)
{
    for (const BulletinBlock &b : blocks) {
        out << b.text;
        appendTable(out, b.table);
        out << b.chart.title << b.chart.categories;
        for (const BulletinChartSeries &s : b.chart.series)
            out << s.name;
    }
}

inline QString allText(const BulletinContent &c)
{
    QStringList out{c.header.issuingOffice, c.header.documentNumber, c.header.title,
                    c.header.recipients,    c.header.signature,      c.header.copyTo,
                    c.header.printedBy,     c.periodLabel,           c.scopeLabel};
    appendBlocks(out, c.preamble);
    for (const BulletinSection &s : c.sections) {
        out << s.heading;
        appendBlocks(out, s.blocks);
    }
    for (const BulletinAttachment &a : c.attachments) {
        out << a.title;
        appendTable(out, a.table);
    }
    return out.join(u'\n');
}

} // namespace pingjia::bulletintest
