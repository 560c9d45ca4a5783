// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cursor.h"

#include <QStringList>

namespace pingjia {

QByteArray Cursor::encode() const
{
    const QString plain = QStringLiteral("v1:%1:%2:%3").arg(listName(list), instance).arg(position);
    return plain.toLatin1().toBase64(QByteArray::Base64UrlEncoding |
                                     QByteArray::OmitTrailingEquals);
}

std::optional<Cursor> Cursor::decode(const QByteArray &text)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        text, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QStringList f = QString::fromLatin1(*decoded).split(QLatin1Char(':'));
    if (f.size() != 4 || f.at(0) != QLatin1String("v1") || f.at(2).isEmpty())
        return std::nullopt;
    const auto list = listFromName(f.at(1));
    bool ok = false;
    const qsizetype position = f.at(3).toLongLong(&ok);
    if (!list || !ok || position < 0)
        return std::nullopt;
    return Cursor{*list, f.at(2), position};
}

} // namespace pingjia
