// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Settings section: the installed face the bulletin uses for each role (正文仿宋, 标题小标宋,
// 一级标题黑体, 二级标题楷体, 页码宋体), remembered in the user's settings. Shows the face
// that will really be used when the chosen one is not installed. Hosted by the 月度通报 page
// or the settings page.

#include "models/reports/BulletinFonts.h"

#include <QMap>
#include <QWidget>

class QFontComboBox;
class QLabel;
class QSettings;

namespace pingjia {

class BulletinFontsSection : public QWidget {
    Q_OBJECT

public:
    explicit BulletinFontsSection(QSettings &settings, QWidget *parent = nullptr);

    // The stored choice and what it resolves to among the installed faces.
    BulletinFonts chosen() const { return m_chosen; }
    BulletinFonts resolved() const;

    QFontComboBox *comboFor(BulletinFontRole role) const { return m_combos.value(role); }

public slots:
    void restoreDefaults();

signals:
    void fontsChanged(const pingjia::BulletinFonts &resolved);

private:
    void choose(BulletinFontRole role, const QString &family);
    void showChoice();

    QSettings &m_settings;
    BulletinFonts m_chosen;
    QMap<BulletinFontRole, QFontComboBox *> m_combos;
    QMap<BulletinFontRole, QLabel *> m_used;
};

} // namespace pingjia
