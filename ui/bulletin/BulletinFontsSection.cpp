// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/bulletin/BulletinFontsSection.h"

#include <QFontComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace pingjia {

BulletinFontsSection::BulletinFontsSection(QSettings &settings, QWidget *parent)
    : QWidget(parent), m_settings(settings), m_chosen(loadBulletinFonts(settings))
{
    auto *box = new QGroupBox(tr("Bulletin fonts"), this);
    auto *grid = new QGridLayout(box);
    int row = 0;
    for (BulletinFontRole role : kBulletinFontRoles) {
        auto *combo = new QFontComboBox(box);
        combo->setWritingSystem(QFontDatabase::SimplifiedChinese);
        combo->setObjectName(QStringLiteral("fontRole%1").arg(int(role)));
        auto *used = new QLabel(box);
        used->setObjectName(QStringLiteral("usedRole%1").arg(int(role)));
        grid->addWidget(new QLabel(bulletinFontRoleName(role), box), row, 0);
        grid->addWidget(combo, row, 1);
        grid->addWidget(used, row, 2);
        connect(combo, &QFontComboBox::currentFontChanged, this,
                [this, role](const QFont &font) { choose(role, font.family()); });
        m_combos.insert(role, combo);
        m_used.insert(role, used);
        ++row;
    }
    auto *note = new QLabel(tr("Official documents use FangSong for the body, XiaoBiaoSong for "
                               "the title, HeiTi and KaiTi for headings. A face that is not "
                               "installed is replaced by the closest installed one."),
                            box);
    note->setWordWrap(true);
    grid->addWidget(note, row++, 0, 1, 3);
    auto *defaults = new QPushButton(tr("Restore defaults"), box);
    defaults->setObjectName(QStringLiteral("restoreDefaults"));
    connect(defaults, &QPushButton::clicked, this, &BulletinFontsSection::restoreDefaults);
    grid->addWidget(defaults, row, 0, 1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(box);
    showChoice();
}

BulletinFonts BulletinFontsSection::resolved() const
{
    return resolveInstalledBulletinFonts(m_chosen);
}

void BulletinFontsSection::restoreDefaults()
{
    m_chosen = defaultBulletinFonts();
    storeBulletinFonts(m_settings, m_chosen);
    showChoice();
    emit fontsChanged(resolved());
}

void BulletinFontsSection::choose(BulletinFontRole role, const QString &family)
{
    if (m_chosen.family(role) == family)
        return;
    m_chosen.setFamily(role, family);
    storeBulletinFonts(m_settings, m_chosen);
    showChoice();
    emit fontsChanged(resolved());
}

void BulletinFontsSection::showChoice()
{
    const BulletinFonts used = resolved();
    for (BulletinFontRole role : kBulletinFontRoles) {
        const QSignalBlocker block(m_combos[role]);
        m_combos[role]->setCurrentFont(QFont(used.family(role)));
        const bool replaced =
            used.family(role).compare(m_chosen.family(role), Qt::CaseInsensitive) != 0;
        m_used[role]->setText(
            replaced
                ? tr("%1 is not installed; using %2").arg(m_chosen.family(role), used.family(role))
                : QString());
    }
}

} // namespace pingjia
