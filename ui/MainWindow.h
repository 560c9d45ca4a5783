// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "ui/PageId.h"

#include <QMainWindow>
#include <QPointer>

#include <array>

class QActionGroup;
class QListWidget;
class QMenu;
class QSettings;
class QStackedWidget;

namespace pingjia {

class ConnectionStatus;
class ConnectionStatusBar;
class ShortcutOverview;

// The console's frame: navigation on the left, one page at a time on the right, menus,
// and a status bar fed by ConnectionStatus. It starts with a ShellPage for every PageId;
// features plug their page in with setPage() and MainWindow needs no change for that.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // settings must outlive the window: geometry, state and the language choice go there.
    MainWindow(QSettings &settings, ConnectionStatus &connection, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Replaces the page (the shell or an earlier page, which is deleted) and takes
    // ownership. The navigation entry and its shortcut stay the same.
    void setPage(PageId id, QWidget *page);
    QWidget *page(PageId id) const;

    PageId currentPage() const;
    // The shortcut overview while it is open (F1).
    ShortcutOverview *shortcutOverview() const;
    // The size the window opens at without a remembered one, on a screen whose free
    // area is `available`.
    QSize defaultSize(const QRect &available);
    ConnectionStatusBar *connectionStatusBar() const { return m_connectionBar; }
    // A page's export and print actions, listed in the File menu above Quit.
    void addFileActions(const QList<QAction *> &actions);

public slots:
    void showPage(PageId id);
    // Moves the keyboard focus into the page (what Ctrl+1…6 do after showing it).
    void focusPage(PageId id);
    void showShortcuts();
    // Stores the UI language; it applies at the next start (translators load once).
    void chooseLanguage(const QString &code);

signals:
    void currentPageChanged(PageId id);
    void languageChosen(const QString &code);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildNavigation();
    void buildMenus();
    void showAbout();
    void restoreWindowState();
    void saveWindowState();

    QSettings &m_settings;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    ConnectionStatusBar *m_connectionBar = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QMenu *m_fileMenu = nullptr;
    QAction *m_quit = nullptr;
    std::array<QAction *, kAllPages.size()> m_pageActions{};
    QPointer<ShortcutOverview> m_shortcuts;
};

} // namespace pingjia
