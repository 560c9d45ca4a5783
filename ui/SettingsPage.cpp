// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/SettingsPage.h"

#include "ui/LanguagePreference.h"
#include "ui/PageId.h"

#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace pingjia {

namespace {

QLabel *noteLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

SettingsPage::SettingsPage(const QString &currentLanguage, const QString &homeDirectory,
                           QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("settingsPage"));

    auto *title = new QLabel(pageTitle(PageId::SyncSettings), this);
    title->setObjectName(QStringLiteral("pageTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_syncBox = new QGroupBox(tr("Platform sync"), this);
    auto *syncLayout = new QVBoxLayout(m_syncBox);
    m_syncPanel = noteLabel(pageArrivalNote(PageId::SyncSettings), m_syncBox);
    m_syncPanel->setObjectName(QStringLiteral("syncShellNote"));
    syncLayout->addWidget(m_syncPanel);

    auto *generalBox = new QGroupBox(tr("General"), this);
    auto *form = new QFormLayout(generalBox);
    m_language = new QComboBox(generalBox);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    for (const QString &code : supportedLanguages())
        m_language->addItem(languageNativeName(code), code);
    setCurrentLanguage(currentLanguage);
    connect(m_language, &QComboBox::activated, this,
            [this](int index) { emit languageChosen(m_language->itemData(index).toString()); });
    form->addRow(tr("Language:"), m_language);
    form->addRow(QString(),
                 noteLabel(tr("A new language takes effect when Pingjia restarts."), generalBox));

    auto *home = new QLabel(QDir::toNativeSeparators(homeDirectory), generalBox);
    home->setObjectName(QStringLiteral("homeDirectory"));
    home->setTextInteractionFlags(Qt::TextSelectableByMouse);
    home->setWordWrap(true);
    form->addRow(tr("Home folder:"), home);
    form->addRow(QString(),
                 noteLabel(tr("Settings, the local cache, the local-work file and the logs of "
                              "this user are all kept in this folder."),
                           generalBox));

    auto *content = new QWidget(this);
    m_sections = new QVBoxLayout(content);
    m_sections->setContentsMargins(24, 20, 24, 20);
    m_sections->setSpacing(16);
    m_sections->addWidget(title);
    m_sections->addWidget(m_syncBox);
    m_sections->addWidget(generalBox);
    m_sections->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

void SettingsPage::setSyncPanel(QWidget *panel)
{
    m_syncBox->layout()->replaceWidget(m_syncPanel, panel);
    m_syncPanel->deleteLater();
    m_syncPanel = panel;
}

void SettingsPage::addSection(QWidget *section)
{
    // Before the trailing stretch.
    m_sections->insertWidget(m_sections->count() - 1, section);
}

void SettingsPage::setCurrentLanguage(const QString &code)
{
    const int index = m_language->findData(code);
    if (index >= 0)
        m_language->setCurrentIndex(index);
}

} // namespace pingjia
