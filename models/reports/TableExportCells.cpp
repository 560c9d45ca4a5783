// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/reports/TableExportCells.h"

#include "models/domain/PlatformTime.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>

#include <cmath>

namespace pingjia {

namespace {

bool isNumberType(int id)
{
    switch (id) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Double:
    case QMetaType::Float:
        return true;
    default:
        return false;
    }
}

} // namespace

ExportCell exportCell(const QVariant &value)
{
    ExportCell cell;
    if (!value.isValid() || value.isNull())
        return cell;
    const int type = value.metaType().id();
    if (isNumberType(type)) {
        const double d = value.toDouble();
        if (!std::isfinite(d))
            return cell;
        cell.kind = ExportCell::Kind::Number;
        cell.number = d;
        cell.text = (type == QMetaType::Double || type == QMetaType::Float)
                        ? QString::number(d, 'g', QLocale::FloatingPointShortest)
                        : value.toString();
        return cell;
    }
    if (type == QMetaType::Bool) {
        cell.kind = ExportCell::Kind::Boolean;
        cell.boolean = value.toBool();
        cell.text = cell.boolean ? QStringLiteral("true") : QStringLiteral("false");
        return cell;
    }
    cell.kind = ExportCell::Kind::Text;
    if (type == QMetaType::QDateTime)
        cell.text = formatPlatformTime(value.toDateTime());
    else if (type == QMetaType::QDate)
        cell.text = value.toDate().toString(Qt::ISODate);
    else
        cell.text = value.toString();
    if (cell.text.isEmpty())
        cell.kind = ExportCell::Kind::Empty;
    return cell;
}

int displayWidth(const QString &text)
{
    int width = 0;
    for (const char32_t c : text.toUcs4())
        width += (c >= 0x1100 && c != 0x2014) ? 2 : 1; // wide scripts; the dash "—" is narrow
    return width;
}

} // namespace pingjia
