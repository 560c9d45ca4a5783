// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/reports/BulletinFonts.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QSettings>

namespace pingjia {

namespace {

const QString kSerif = QStringLiteral("Noto Serif CJK SC");
const QString kSans = QStringLiteral("Noto Sans CJK SC");

QString settingsKey(BulletinFontRole role)
{
    switch (role) {
    case BulletinFontRole::Body:
        return QStringLiteral("bulletin/fonts/body");
    case BulletinFontRole::Title:
        return QStringLiteral("bulletin/fonts/title");
    case BulletinFontRole::Heading:
        return QStringLiteral("bulletin/fonts/heading");
    case BulletinFontRole::SubHeading:
        return QStringLiteral("bulletin/fonts/subheading");
    case BulletinFontRole::PageNumber:
        return QStringLiteral("bulletin/fonts/pageNumber");
    }
    return {};
}

QString findInstalled(const QString &family, const QStringList &installed)
{
    for (const QString &name : installed) {
        if (name.compare(family, Qt::CaseInsensitive) == 0)
            return name;
    }
    return {};
}

} // namespace

QString BulletinFonts::family(BulletinFontRole role) const
{
    switch (role) {
    case BulletinFontRole::Body:
        return body;
    case BulletinFontRole::Title:
        return title;
    case BulletinFontRole::Heading:
        return heading;
    case BulletinFontRole::SubHeading:
        return subheading;
    case BulletinFontRole::PageNumber:
        return pageNumber;
    }
    return {};
}

void BulletinFonts::setFamily(BulletinFontRole role, const QString &family)
{
    switch (role) {
    case BulletinFontRole::Body:
        body = family;
        break;
    case BulletinFontRole::Title:
        title = family;
        break;
    case BulletinFontRole::Heading:
        heading = family;
        break;
    case BulletinFontRole::SubHeading:
        subheading = family;
        break;
    case BulletinFontRole::PageNumber:
        pageNumber = family;
        break;
    }
}

BulletinFonts defaultBulletinFonts()
{
    return {kSerif, kSerif, kSans, kSerif, kSerif};
}

QStringList bulletinFontCandidates(BulletinFontRole role)
{
    switch (role) {
    case BulletinFontRole::Body:
        return {QStringLiteral("仿宋_GB2312"),  QStringLiteral("FangSong_GB2312"),
                QStringLiteral("方正仿宋_GBK"), QStringLiteral("仿宋"),
                QStringLiteral("FangSong"),     QStringLiteral("STFangsong"),
                QStringLiteral("华文仿宋"),     kSerif};
    case BulletinFontRole::Title:
        return {QStringLiteral("方正小标宋简体"),
                QStringLiteral("方正小标宋_GBK"),
                QStringLiteral("FZXiaoBiaoSong-B05S"),
                QStringLiteral("华文中宋"),
                QStringLiteral("STZhongsong"),
                QStringLiteral("宋体"),
                QStringLiteral("SimSun"),
                kSerif};
    case BulletinFontRole::Heading:
        return {QStringLiteral("黑体"), QStringLiteral("SimHei"), QStringLiteral("方正黑体_GBK"),
                QStringLiteral("方正黑体简体"), kSans};
    case BulletinFontRole::SubHeading:
        return {QStringLiteral("楷体_GB2312"),  QStringLiteral("KaiTi_GB2312"),
                QStringLiteral("方正楷体_GBK"), QStringLiteral("楷体"),
                QStringLiteral("KaiTi"),        QStringLiteral("STKaiti"),
                QStringLiteral("华文楷体"),     kSerif};
    case BulletinFontRole::PageNumber:
        return {QStringLiteral("宋体"), QStringLiteral("SimSun"), QStringLiteral("方正书宋_GBK"),
                kSerif};
    }
    return {kSerif};
}

QString bulletinFontRoleName(BulletinFontRole role)
{
    switch (role) {
    case BulletinFontRole::Body:
        return QCoreApplication::translate("BulletinFonts", "Body text (FangSong)");
    case BulletinFontRole::Title:
        return QCoreApplication::translate("BulletinFonts", "Office name and title (XiaoBiaoSong)");
    case BulletinFontRole::Heading:
        return QCoreApplication::translate("BulletinFonts", "First-level headings (HeiTi)");
    case BulletinFontRole::SubHeading:
        return QCoreApplication::translate("BulletinFonts", "Second-level headings (KaiTi)");
    case BulletinFontRole::PageNumber:
        return QCoreApplication::translate("BulletinFonts", "Page numbers (SongTi)");
    }
    return {};
}

BulletinFonts resolveBulletinFonts(const BulletinFonts &wanted, const QStringList &installed)
{
    const BulletinFonts defaults = defaultBulletinFonts();
    BulletinFonts resolved;
    for (BulletinFontRole role : kBulletinFontRoles) {
        QString found = findInstalled(wanted.family(role), installed);
        const QStringList candidates = bulletinFontCandidates(role);
        for (int i = 0; found.isEmpty() && i < candidates.size(); ++i)
            found = findInstalled(candidates.at(i), installed);
        resolved.setFamily(role, found.isEmpty() ? defaults.family(role) : found);
    }
    return resolved;
}

BulletinFonts resolveInstalledBulletinFonts(const BulletinFonts &wanted)
{
    return resolveBulletinFonts(wanted, QFontDatabase::families());
}

BulletinFonts loadBulletinFonts(const QSettings &settings)
{
    BulletinFonts fonts = defaultBulletinFonts();
    for (BulletinFontRole role : kBulletinFontRoles) {
        const QString stored = settings.value(settingsKey(role)).toString();
        if (!stored.isEmpty())
            fonts.setFamily(role, stored);
    }
    return fonts;
}

void storeBulletinFonts(QSettings &settings, const BulletinFonts &fonts)
{
    for (BulletinFontRole role : kBulletinFontRoles)
        settings.setValue(settingsKey(role), fonts.family(role));
}

} // namespace pingjia
