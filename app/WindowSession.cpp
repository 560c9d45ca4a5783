// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/WindowSession.h"

#include "app/ExitCode.h"
#include "app/HomeStores.h"
#include "app/PageAssembly.h"
#include "app/StartupCacheCheck.h"
#include "app/UserHome.h"
#include "models/store/AuditKey.h"
#include "models/store/AuditLog.h"
#include "ui/AuditWarning.h"
#include "ui/CacheProblemDialog.h"
#include "ui/MainWindow.h"
#include "ui/sync/SyncFrontEnd.h"

#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>

namespace pingjia {

namespace {

struct WindowSessionText {
    Q_DECLARE_TR_FUNCTIONS(WindowSession)
};

void showStartProblem(const QString &what, const StoreResult &problem)
{
    QMessageBox box(QMessageBox::Critical, WindowSessionText::tr("Pingjia cannot start"), what,
                    QMessageBox::Close);
    box.setObjectName(QStringLiteral("localWorkProblemDialog"));
    box.setInformativeText(problem.message);
    box.exec();
}

// After the background check of the cache: a damaged cache is offered for rebuilding
// (the pages then read the new, empty one); quitting closes the window. False when the
// window closes on a damaged cache.
bool offerRebuild(WindowSession &session, const UserHome &home, HomeStores &stores,
                  const StoreResult &result)
{
    if (result.kind != StoreErrorKind::Corrupt)
        return true; // an interrupted or unreadable check is not a verdict on the file
    CacheProblemDialog dialog(result, home.cacheFile(), home.localWorkFile(), &session.window());
    dialog.exec();
    QString movedTo;
    if (dialog.rebuildChosen()) {
        const StoreResult rebuilt = stores.cache().rebuild(&movedTo);
        if (rebuilt.ok()) {
            session.reloadPages();
            session.window().statusBar()->showMessage(
                WindowSessionText::tr(
                    "The damaged cache was moved to %1; sync to fill the new one.")
                    .arg(QDir::toNativeSeparators(movedTo)));
            return true;
        }
        showStartProblem(WindowSessionText::tr("The cache could not be rebuilt."), rebuilt);
    }
    session.window().close();
    return false;
}

} // namespace

WindowSession::WindowSession(const UserHome &home, QSettings &settings, HomeStores &stores,
                             std::unique_ptr<SecretStore> secrets)
    : m_sync(std::make_unique<SyncFrontEnd>(stores.cache(), stores.localWork(), settings,
                                            m_connection, std::move(secrets))),
      m_window(std::make_unique<MainWindow>(settings, m_connection))
{
    m_reloadPages = assemblePages(*m_window, home, settings, stores, m_sync.get());
    // Before the first audit row of this session: the key seals it, the check reads it.
    const AuditKeyStatus key = AuditKey::attach(stores.localWork(), m_sync->secrets());
    AuditWarning::showIfBroken(m_window.get(), AuditLog(stores.localWork()).verify(),
                               key.keyed ? QString() : key.note);
    if (!stores.cacheMovedTo().isEmpty()) {
        m_window->statusBar()->showMessage(
            WindowSessionText::tr("The damaged cache was moved to %1; sync to fill the new one.")
                .arg(QDir::toNativeSeparators(stores.cacheMovedTo())));
    }
}

WindowSession::~WindowSession() = default;

int runWindow(const UserHome &home, QSettings &settings, WindowStart start)
{
    HomeStores stores(home);
    bool asked = false;
    bool rebuild = false;
    const StoreResult opened = stores.open([&](const StoreResult &problem) {
        asked = true;
        CacheProblemDialog dialog(problem, home.cacheFile(), home.localWorkFile());
        dialog.exec();
        rebuild = dialog.rebuildChosen();
        return rebuild ? HomeStores::CacheChoice::Rebuild : HomeStores::CacheChoice::GiveUp;
    });
    if (!opened.ok()) {
        // A cache problem the user chose to quit on was said already by its dialog.
        if (!asked)
            showStartProblem(WindowSessionText::tr("The local-work file cannot be used."), opened);
        else if (rebuild)
            showStartProblem(WindowSessionText::tr("The cache could not be rebuilt."), opened);
        return ExitDataError;
    }
    WindowSession session(home, settings, stores, std::move(start.secrets));
    session.window().show();
    int exitCode = ExitOk;
    StartupCacheCheck check(stores.cache(), std::move(start.beforeCacheCheck));
    QObject::connect(&check, &StartupCacheCheck::finished, &session.window(),
                     [&](const StoreResult &result) {
                         if (!offerRebuild(session, home, stores, result))
                             exitCode = ExitDataError;
                     });
    if (!asked) // a cache just rebuilt or checked by its dialog needs no check
        check.start();
    if (start.shown)
        start.shown(session);
    const int code = QApplication::exec();
    return exitCode != ExitOk ? exitCode : code;
}

} // namespace pingjia
