// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/reports/BulletinContent.h"

// The words below belong to the document format (GB/T 9704-2012 prescribes them in
// Chinese), not to the user interface: an English UI still issues a Chinese bulletin.

namespace pingjia {

namespace {

QString chineseNumber(int n)
{
    static const QString digits = QStringLiteral("〇一二三四五六七八九");
    if (n <= 0)
        return QString::number(n);
    if (n < 10)
        return digits.at(n);
    if (n < 100) {
        const int tens = n / 10;
        const int ones = n % 10;
        QString text = tens == 1 ? QString() : QString(digits.at(tens));
        text += QStringLiteral("十");
        if (ones)
            text += digits.at(ones);
        return text;
    }
    return QString::number(n);
}

} // namespace

QString bulletinVersionMark(BulletinVersion version)
{
    return version == BulletinVersion::Public ? QStringLiteral("公示版") : QStringLiteral("内部版");
}

QString bulletinSectionNumber(int oneBased)
{
    return chineseNumber(oneBased) + QStringLiteral("、");
}

QString bulletinSubHeadingNumber(int oneBased)
{
    return QStringLiteral("（") + chineseNumber(oneBased) + QStringLiteral("）");
}

QString bulletinDateText(const QDate &date)
{
    if (!date.isValid())
        return {};
    return QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
}

} // namespace pingjia
