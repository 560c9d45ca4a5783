// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The sync section of 同步与设置: the account (sign in / sign out), "Sync now" (F5) and
// Cancel (Esc), a progress bar with counts, rate and time left, the last result with the
// records left out and why, the conflicts with both versions (keep the platform's or
// apply mine again), the actions the platform refused with its reason, and how many
// actions wait for upload. The sync itself runs on the engine's thread.

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;

namespace pingjia {

class ConflictListModel;
class RefusedActionModel;
class SignInDialog;
class SkippedRecordModel;
class SyncFrontEnd;
struct PushResult;
struct SyncProgress;
struct SyncResult;

class SyncPanel : public QWidget {
    Q_OBJECT
public:
    explicit SyncPanel(SyncFrontEnd &sync, QWidget *parent = nullptr);
    ~SyncPanel() override;

    QProgressBar *progressBar() const { return m_progressBar; }
    QPushButton *syncButton() const { return m_syncNow; }
    QPushButton *cancelButton() const { return m_cancel; }
    QString accountText() const;
    QString progressText() const;
    QString resultText() const;
    QString pendingText() const;
    // Connected / cannot reach the platform (last error, next attempt) / not signed in.
    QString connectionText() const;
    QPushButton *retryButton() const { return m_retry; }
    SkippedRecordModel *skippedModel() const { return m_skipped; }
    ConflictListModel *conflictModel() const { return m_conflicts; }
    RefusedActionModel *refusedModel() const { return m_refused; }
    QTableView *conflictView() const { return m_conflictView; }
    // The dialog opened by "Sign in…", while it is open.
    SignInDialog *signInDialog() const;

public slots:
    void openSignIn();
    // Keep the platform's version / apply mine again, for the selected conflict.
    void keepPlatformVersion();
    void reapplyMine();
    // Conflicts, refusals and the pending count, read again from the local work.
    void refreshLocalWork();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildDetails();
    void updateAccount();
    void updateButtons();
    void updateConnection();
    void started();
    void showProgress(const SyncProgress &progress);
    void finished(const SyncResult &result);
    void pushed(const PushResult &result);
    void resolveSelected(bool reapply);

    SyncFrontEnd &m_sync;
    QLabel *m_account = nullptr;
    QLabel *m_keychain = nullptr;
    QPushButton *m_signIn = nullptr;
    QPushButton *m_signOut = nullptr;
    QPushButton *m_syncNow = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_pending = nullptr;
    QLabel *m_connection = nullptr;
    QPushButton *m_retry = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QLabel *m_progress = nullptr;
    QLabel *m_result = nullptr;
    QTabWidget *m_details = nullptr;
    SkippedRecordModel *m_skipped = nullptr;
    ConflictListModel *m_conflicts = nullptr;
    RefusedActionModel *m_refused = nullptr;
    QTableView *m_conflictView = nullptr;
    QPushButton *m_keepPlatform = nullptr;
    QPushButton *m_reapply = nullptr;
    QPointer<SignInDialog> m_signInDialog;
};

} // namespace pingjia
