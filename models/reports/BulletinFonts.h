// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The five faces a GB/T 9704 document uses, by role. Defaults are Debian's Noto CJK
// (fonts-noto-cjk), named explicitly so Qt never falls back to the Japanese face. A user
// may pick installed official faces (仿宋_GB2312, 方正小标宋简体 …); a remembered choice
// that is no longer installed falls back to the closest installed face of the role.

#include <QString>
#include <QStringList>

class QSettings;

namespace pingjia {

enum class BulletinFontRole { Body, Title, Heading, SubHeading, PageNumber };

struct BulletinFonts {
    QString body;       // 正文 仿宋
    QString title;      // 发文机关标志 and 标题 小标宋 (宋体 when absent)
    QString heading;    // 一、 黑体
    QString subheading; // （一） 楷体
    QString pageNumber; // 页码 宋体
    bool operator==(const BulletinFonts &) const = default;

    QString family(BulletinFontRole role) const;
    void setFamily(BulletinFontRole role, const QString &family);
};

inline constexpr BulletinFontRole kBulletinFontRoles[] = {
    BulletinFontRole::Body, BulletinFontRole::Title, BulletinFontRole::Heading,
    BulletinFontRole::SubHeading, BulletinFontRole::PageNumber};

// Noto Serif CJK SC for body, title and page numbers; Noto Sans CJK SC for headings.
BulletinFonts defaultBulletinFonts();

// The usual family names of a role's face, best first (Windows, 方正 on 统信/麒麟, then
// Noto): e.g. Body → 仿宋_GB2312, FangSong, 仿宋, 方正仿宋_GBK, …, Noto Serif CJK SC.
QStringList bulletinFontCandidates(BulletinFontRole role);

// Translated name of a role for the settings UI ("Body (FangSong)" → 正文（仿宋）).
QString bulletinFontRoleName(BulletinFontRole role);

// Each role of `wanted` if installed (case-insensitive match against `installed`), else
// the first installed candidate of the role, else the default. `installed` is usually
// QFontDatabase::families().
BulletinFonts resolveBulletinFonts(const BulletinFonts &wanted, const QStringList &installed);
// Same, against QFontDatabase::families() (needs a QGuiApplication).
BulletinFonts resolveInstalledBulletinFonts(const BulletinFonts &wanted);

// Remembered in the user's settings under "bulletin/fonts/<role>"; missing keys give the
// defaults. Not resolved: the caller resolves against what is installed now.
BulletinFonts loadBulletinFonts(const QSettings &settings);
void storeBulletinFonts(QSettings &settings, const BulletinFonts &fonts);

} // namespace pingjia
