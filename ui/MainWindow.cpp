// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/MainWindow.h"

#include "models/domain/Clock.h"
#include "ui/AboutText.h"
#include "ui/AppIcon.h"
#include "ui/ConnectionStatusBar.h"
#include "ui/LanguagePreference.h"
#include "ui/Logging.h"
#include "ui/SettingsKeys.h"
#include "ui/ShellPage.h"
#include "ui/ShortcutOverview.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace pingjia {

namespace {

constexpr int kStatusMessageMs = 10000;

// Quiet government-console look: a light sidebar, one blue accent.
const char *const kNavigationStyle = R"(
#sidebar { background: #f3f5f8; border-right: 1px solid #dde2ea; }
#appName { color: #1f3a60; font-weight: bold; }
#appSubtitle { color: #5d6b7e; }
#navigation { background: transparent; border: none; outline: 0; }
#navigation::item { padding: 9px 14px; border-left: 3px solid transparent; color: #27364b; }
#navigation::item:hover { background: #e6ebf2; }
#navigation::item:selected { background: #dce6f4; border-left: 3px solid #1f4e8c;
                             color: #1f4e8c; font-weight: bold; }
)";

} // namespace

MainWindow::MainWindow(QSettings &settings, ConnectionStatus &connection, QWidget *parent)
    : QMainWindow(parent), m_settings(settings)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Government Service Review Supervision Console"));
    setWindowIcon(appIcon());
    setMinimumSize(960, 600);

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    for (PageId id : kAllPages)
        m_pages->addWidget(new ShellPage(id, m_pages));

    buildNavigation();
    buildMenus();

    m_connectionBar = new ConnectionStatusBar(
        connection, [] { return Clock::now(); }, this);
    statusBar()->addPermanentWidget(m_connectionBar);

    restoreWindowState();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildNavigation()
{
    auto *sidebar = new QWidget(this);
    sidebar->setObjectName(QStringLiteral("sidebar"));
    sidebar->setFixedWidth(208);

    auto *appName = new QLabel(tr("Service Reviews"), sidebar);
    appName->setObjectName(QStringLiteral("appName"));
    QFont nameFont = appName->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.35);
    appName->setFont(nameFont);
    auto *subtitle = new QLabel(tr("Supervision console"), sidebar);
    subtitle->setObjectName(QStringLiteral("appSubtitle"));

    m_navigation = new QListWidget(sidebar);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Pages"));
    for (PageId id : kAllPages) {
        auto *item = new QListWidgetItem(pageTitle(id), m_navigation);
        item->setData(Qt::UserRole, pageIndex(id));
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(pageTitle(id)).arg(pageIndex(id) + 1));
    }
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= int(kAllPages.size()))
            return;
        m_pages->setCurrentIndex(row);
        m_pageActions[row]->setChecked(true);
        emit currentPageChanged(kAllPages[row]);
    });

    auto *sidebarLayout = new QVBoxLayout(sidebar);
    sidebarLayout->setContentsMargins(0, 18, 0, 12);
    sidebarLayout->setSpacing(2);
    sidebarLayout->addWidget(appName);
    sidebarLayout->addWidget(subtitle);
    sidebarLayout->addSpacing(18);
    sidebarLayout->addWidget(m_navigation, 1);
    appName->setContentsMargins(17, 0, 12, 0);
    subtitle->setContentsMargins(17, 0, 12, 0);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(sidebar);
    layout->addWidget(m_pages, 1);
    central->setStyleSheet(QString::fromLatin1(kNavigationStyle));
    setCentralWidget(central);
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    m_quit = m_fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    m_quit->setObjectName(QStringLiteral("actionQuit"));
    m_quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quit->setMenuRole(QAction::QuitRole);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    auto *pageGroup = new QActionGroup(this);
    for (PageId id : kAllPages) {
        const int index = pageIndex(id);
        QAction *action = viewMenu->addAction(pageTitle(id));
        action->setObjectName(QStringLiteral("actionPage-") + pageKey(id));
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
        // The window owns the shortcut so it works whichever child has focus.
        action->setShortcutContext(Qt::WindowShortcut);
        pageGroup->addAction(action);
        // The keyboard lands in the page, so its own shortcuts (Alt+1…5 in the queue)
        // work at once rather than after a click.
        connect(action, &QAction::triggered, this, [this, id] {
            showPage(id);
            focusPage(id);
        });
        m_pageActions[index] = action;
    }
    addActions(pageGroup->actions());

    viewMenu->addSeparator();
    QMenu *languageMenu = viewMenu->addMenu(tr("&Language"));
    m_languageGroup = new QActionGroup(this);
    const QString current = storedLanguage(m_settings);
    for (const QString &code : supportedLanguages()) {
        QAction *action = languageMenu->addAction(languageNativeName(code));
        action->setObjectName(QStringLiteral("actionLanguage-") + code);
        action->setCheckable(true);
        action->setChecked(code == current);
        m_languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { chooseLanguage(code); });
    }

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts =
        helpMenu->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts);
    shortcuts->setObjectName(QStringLiteral("actionShortcuts"));
    shortcuts->setShortcut(QKeySequence(Qt::Key_F1));
    shortcuts->setShortcutContext(Qt::WindowShortcut);
    addAction(shortcuts);
    helpMenu->addSeparator();
    QAction *about = helpMenu->addAction(tr("&About Pingjia"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::addFileActions(const QList<QAction *> &actions)
{
    if (actions.isEmpty())
        return;
    m_fileMenu->insertActions(m_quit, actions);
    m_fileMenu->insertSeparator(m_quit);
}

void MainWindow::setPage(PageId id, QWidget *page)
{
    Q_ASSERT(page);
    const int index = pageIndex(id);
    const bool wasCurrent = m_pages->currentIndex() == index;
    QWidget *old = m_pages->widget(index);
    m_pages->insertWidget(index, page);
    m_pages->removeWidget(old);
    old->deleteLater();
    if (wasCurrent)
        m_pages->setCurrentIndex(index);
    qCDebug(lcUi) << "page" << pageKey(id) << "installed";
}

QWidget *MainWindow::page(PageId id) const
{
    return m_pages->widget(pageIndex(id));
}

PageId MainWindow::currentPage() const
{
    return kAllPages[std::max(0, m_pages->currentIndex())];
}

void MainWindow::showPage(PageId id)
{
    // The navigation row drives the stack, so mouse, keyboard and menu stay in step.
    m_navigation->setCurrentRow(pageIndex(id));
}

void MainWindow::focusPage(PageId id)
{
    // A page with a focus proxy (the queue's table) gets it; any other page takes the
    // focus itself, which still puts its page-wide shortcuts in reach.
    QWidget *target = page(id);
    if (target->focusProxy() || target->focusPolicy() != Qt::NoFocus) {
        target->setFocus(Qt::ShortcutFocusReason);
        return;
    }
    for (QWidget *w = target->nextInFocusChain(); w && w != target; w = w->nextInFocusChain()) {
        if (target->isAncestorOf(w) && w->isVisibleTo(target) && w->isEnabled() &&
            (w->focusPolicy() & Qt::TabFocus)) {
            w->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    }
    m_pages->setFocus(Qt::ShortcutFocusReason);
}

ShortcutOverview *MainWindow::shortcutOverview() const
{
    return m_shortcuts;
}

void MainWindow::showShortcuts()
{
    if (!m_shortcuts) {
        m_shortcuts = new ShortcutOverview(this);
        m_shortcuts->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_shortcuts->show();
    m_shortcuts->raise();
    m_shortcuts->activateWindow();
}

void MainWindow::chooseLanguage(const QString &code)
{
    if (!isSupportedLanguage(code))
        return;
    storeLanguage(m_settings, code);
    for (QAction *action : m_languageGroup->actions())
        action->setChecked(action->objectName().endsWith(QLatin1Char('-') + code));
    emit languageChosen(code);
    statusBar()->showMessage(tr("Language set to %1. It takes effect when Pingjia restarts.")
                                 .arg(languageNativeName(code)),
                             kStatusMessageMs);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Pingjia"), aboutText());
}

QSize MainWindow::defaultSize(const QRect &available)
{
    // Room for the queue's columns and its detail panel, never more than the screen
    // (minus a margin for panels and the window frame).
    const QSize wanted(1440, 900);
    const QSize room = available.isValid() ? available.size() * 0.94 : wanted;
    return wanted.boundedTo(room).expandedTo(minimumSize().boundedTo(room));
}

void MainWindow::restoreWindowState()
{
    const QScreen *screen = QGuiApplication::primaryScreen();
    const QRect available = screen ? screen->availableGeometry() : QRect();
    if (!restoreGeometry(m_settings.value(settings_keys::kWindowGeometry).toByteArray())) {
        resize(defaultSize(available));
        if (available.isValid())
            move(available.center() - rect().center());
    } else if (available.isValid() && !available.contains(frameGeometry())) {
        // Remembered on a larger screen: fit this one.
        resize(size().boundedTo(available.size() * 0.94));
        move(available.center() - rect().center());
    }
    restoreState(m_settings.value(settings_keys::kWindowState).toByteArray());
    const int last = m_settings.value(settings_keys::kLastPage, 0).toInt();
    showPage(kAllPages[(last >= 0 && last < int(kAllPages.size())) ? last : 0]);
}

void MainWindow::saveWindowState()
{
    m_settings.setValue(settings_keys::kWindowGeometry, saveGeometry());
    m_settings.setValue(settings_keys::kWindowState, saveState());
    m_settings.setValue(settings_keys::kLastPage, pageIndex(currentPage()));
    m_settings.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    QMainWindow::closeEvent(event);
    if (!event->isAccepted())
        return;
    // The window goes at once; what must finish (a sync stopping after its page, a count
    // in progress) finishes after the event loop, out of sight.
    hide();
    QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
}

} // namespace pingjia
