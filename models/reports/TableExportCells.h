// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How one QVariant of an ExportTable is written, the same in CSV and XLSX.

#include <QString>
#include <QVariant>

namespace pingjia {

struct ExportCell {
    enum class Kind { Empty, Number, Boolean, Text };
    Kind kind = Kind::Empty;
    double number = 0;
    bool boolean = false;
    QString text; // what CSV writes (numbers in the C locale, shortest exact form)
};

// Null, invalid or non-finite numbers are Empty; QDate/QDateTime become text in platform
// time (UTC+8); integers and doubles are Number; everything else is its string.
ExportCell exportCell(const QVariant &value);

// Columns a text takes on screen (CJK counts two), for XLSX column widths.
int displayWidth(const QString &text);

} // namespace pingjia
