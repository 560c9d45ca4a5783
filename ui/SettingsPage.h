// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QWidget>

class QComboBox;
class QGroupBox;
class QVBoxLayout;

namespace pingjia {

// The "Sync & settings" page: the sync panel (a shell until the sync feature plugs in
// with setSyncPanel), the UI language, the home folder and the holiday calendar.
class SettingsPage : public QWidget {
    Q_OBJECT
public:
    SettingsPage(const QString &currentLanguage, const QString &homeDirectory,
                 QWidget *parent = nullptr);

    // Replaces the sync section's content; takes ownership.
    void setSyncPanel(QWidget *panel);
    // Adds a section below the others (e.g. the holiday calendar); takes ownership.
    void addSection(QWidget *section);

public slots:
    void setCurrentLanguage(const QString &code);

signals:
    void languageChosen(const QString &code);

private:
    QGroupBox *m_syncBox = nullptr;
    QWidget *m_syncPanel = nullptr;
    QComboBox *m_language = nullptr;
    QVBoxLayout *m_sections = nullptr;
};

} // namespace pingjia
