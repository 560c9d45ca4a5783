// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// 登录平台: the platform address, the user, the password and an optional CA file to pin.
// Signing in reads the platform's meta and keeps the password and refresh token in the
// system keychain (through SyncFrontEnd); the dialog stays open and says plainly what
// went wrong: wrong password, platform unreachable, certificate not trusted, no keychain.
// On success it closes and the first sync starts.

#include "models/sync/SyncTypes.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace pingjia {

class SyncFrontEnd;

class SignInDialog : public QDialog {
    Q_OBJECT
public:
    explicit SignInDialog(SyncFrontEnd &sync, QWidget *parent = nullptr);

    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *caFileEdit() const { return m_caFile; }
    QPushButton *signInButton() const { return m_signIn; }
    // The error or progress shown under the fields; empty when nothing to say.
    QString message() const;

    // What the user sees for a failed sign-in: a headline per kind and the details.
    static QString describe(const SyncError &error);

public slots:
    void accept() override; // starts the sign-in; closes when it succeeds

private:
    void chooseCaFile();
    void finished(const SyncError &error);
    void setWorking(bool working);
    void showMessage(const QString &text, bool error);

    SyncFrontEnd &m_sync;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_caFile = nullptr;
    QPushButton *m_browse = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_signIn = nullptr;
    bool m_working = false;
};

} // namespace pingjia
