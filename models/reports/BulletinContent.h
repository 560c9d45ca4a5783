// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The monthly bulletin (月度通报) as plain values: what the document says, already
// formatted as text, independent of the output format. Assembly from the cache fills it
// (BulletinAssembler, bulletin-data); the PDF, print, ODT, XLSX and CSV writers only
// render what is in here, so the public version can hold nothing the assembler left out.
//
// Numbering is the renderers' job: section headings are given without "一、", sub-headings
// without "（一）", attachments without "附件1" (see bulletinSectionNumber() and friends),
// so PDF and ODT number alike and an edit cannot break the sequence.

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace pingjia {

// 内部版 may name windows and staff; 公示版 names departments only (issue 9).
enum class BulletinVersion { Internal, Public };

// 版头, 主送, 落款 and 版记 of GB/T 9704-2012. Editable, remembered per center.
struct BulletinHeader {
    QString issuingOffice; // 发文机关标志, printed red, e.g. "××市政务服务管理局"
    QString documentNumber; // 发文字号, e.g. "〔2026〕12号" (may carry the 机关代字 before it)
    QString title; // 标题, e.g. 关于2026年10月全市政务服务"好差评"情况的通报
    QString recipients; // 主送机关, without the trailing full-width colon
    QDate writtenOn;    // 成文日期 (printed 2026年11月5日)
    QString signature;  // 落款 (发文机关署名) above the 成文日期
    QString copyTo;     // 抄送, without "抄送：" (empty: the 版记 has no 抄送 line)
    QString printedBy;  // 印发机关 in the 版记
    QDate printedOn;    // 印发日期 in the 版记 (printed 2026年11月5日印发)
    bool operator==(const BulletinHeader &) const = default;
};

// A table: header row and rows of text already formatted by the assembler ("98.50%",
// "1,234"). The renderers repeat the header row on every page the table spans.
struct BulletinTable {
    QString title;              // 表题, printed centred above the table (may be empty)
    QStringList headers;        // one per column
    QList<QStringList> rows;    // each row has headers.size() cells
    QList<int> numericColumns;  // column indexes aligned right (figures)
    QStringList columnFormulas; // per column, the formula named (XLSX notes; may be empty)
    QString note;               // 注 printed under the table (may be empty)
    bool operator==(const BulletinTable &) const = default;
};

struct BulletinChartSeries {
    QString name;
    QList<double> values;       // one per category
    bool secondaryAxis = false; // e.g. 满意率 (%) over counts (件)
    bool operator==(const BulletinChartSeries &) const = default;
};

// A chart drawn as vectors (Qt Charts) into the PDF; an image in the ODT.
struct BulletinChart {
    enum class Kind {
        Trend,            // lines over months (12-month trend), secondary axis allowed
        RankingBars,      // horizontal bars, one per unit, in the order given
        ChannelMix,       // pie of one series (evaluations by channel)
        LevelDistribution // stacked bars of the five levels per category
    };
    Kind kind = Kind::Trend;
    QString title;
    QStringList categories; // x categories (months, units, channels, levels)
    QList<BulletinChartSeries> series;
    QString unit;          // primary axis unit, e.g. "件" or "%"
    QString secondaryUnit; // secondary axis unit when a series uses it
    bool operator==(const BulletinChart &) const = default;
};

struct BulletinBlock {
    enum class Kind { Paragraph, SubHeading, Table, Chart };
    Kind kind = Kind::Paragraph;
    QString text;          // Paragraph and SubHeading (a sub-heading without "（一）")
    BulletinTable table;   // Kind::Table
    BulletinChart chart;   // Kind::Chart
    bool editable = false; // narrative the office may edit before issuing (not figures)
    QString key;           // stable id of an editable block ("opening", "requirements.1")
    bool operator==(const BulletinBlock &) const = default;
};

// 一、基本情况 … : heading given without its number.
struct BulletinSection {
    QString heading;
    QList<BulletinBlock> blocks;
    bool operator==(const BulletinSection &) const = default;
};

// 附件: each starts on a new page with "附件N" at the top left and its title centred.
struct BulletinAttachment {
    QString title; // e.g. 2026年10月各部门"好差评"排名表
    BulletinTable table;
    bool operator==(const BulletinAttachment &) const = default;
};

struct BulletinContent {
    BulletinHeader header;
    BulletinVersion version = BulletinVersion::Internal;
    QString periodLabel;             // "2026年10月"
    QString scopeLabel;              // "全市" or the center's name
    QList<BulletinBlock> preamble;   // text after 主送, before the first section
    QList<BulletinSection> sections; // numbered 一、二、…
    QList<BulletinAttachment> attachments;
    QDateTime generatedAt; // when assembled (Clock::now()); not printed
    bool operator==(const BulletinContent &) const = default;
};

// "内部版" / "公示版", printed under the 版头 and in the 版记.
QString bulletinVersionMark(BulletinVersion version);
// "一、" for 1 … "二十、" for 20 (sections).
QString bulletinSectionNumber(int oneBased);
// "（一）" … (sub-headings, restarting in each section).
QString bulletinSubHeadingNumber(int oneBased);
// "2026年11月5日" (GB/T 9704: Arabic numerals, no leading zeros).
QString bulletinDateText(const QDate &date);

} // namespace pingjia
