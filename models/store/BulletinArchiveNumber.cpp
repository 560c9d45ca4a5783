// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/BulletinArchiveNumber.h"

#include <QRegularExpression>

namespace pingjia {

std::optional<BulletinNumber> BulletinNumber::parse(const QString &text)
{
    // 〔〕 is the standard's; [] 【】 () （） ［］ are what people type instead.
    static const QRegularExpression re(QStringLiteral(
        u"^\\s*(.*?)\\s*[〔\\[【(（［]\\s*(\\d{4})\\s*[〕\\]】)）］]\\s*(\\d{1,6})\\s*号\\s*$"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    BulletinNumber n;
    n.prefix = m.captured(1);
    n.year = m.captured(2).toInt();
    n.sequence = m.captured(3).toInt();
    if (n.year < 1900 || n.sequence <= 0)
        return std::nullopt;
    return n;
}

QString BulletinNumber::toString() const
{
    return prefix + QStringLiteral(u"〔%1〕%2号").arg(year).arg(sequence);
}

BulletinNumber BulletinNumber::next(const std::optional<BulletinNumber> &last, int year)
{
    if (!last)
        return {QString(), year, 1};
    if (last->year >= year)
        return {last->prefix, last->year, last->sequence + 1};
    return {last->prefix, year, 1};
}

} // namespace pingjia
