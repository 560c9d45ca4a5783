// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sync/SignInDialog.h"

#include "models/sync/PlatformAccount.h"
#include "ui/sync/SyncFrontEnd.h"
#include "ui/sync/SyncReportText.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pingjia {

SignInDialog::SignInDialog(SyncFrontEnd &sync, QWidget *parent) : QDialog(parent), m_sync(sync)
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in to the platform"));

    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("platformUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://hcp.example.gov.cn"));
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("platformUser"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("platformPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_caFile = new QLineEdit(this);
    m_caFile->setObjectName(QStringLiteral("caFile"));
    m_caFile->setPlaceholderText(tr("optional: the platform's own CA certificate (PEM)"));
    m_browse = new QPushButton(tr("Browse…"), this);
    connect(m_browse, &QPushButton::clicked, this, &SignInDialog::chooseCaFile);

    const PlatformAccount known = sync.account();
    m_url->setText(known.platformUrl);
    m_user->setText(known.user);
    m_caFile->setText(known.caFile);

    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    form->addRow(tr("Platform &address:"), m_url);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("Pinned &CA file:"), caRow);

    auto *note = new QLabel(tr("The password and the platform's refresh token are kept in the "
                               "system keychain only, never in a file."),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("signInMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_signIn = m_buttons->addButton(tr("&Sign in"), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    setMinimumWidth(520);

    connect(&m_sync, &SyncFrontEnd::signInFinished, this, &SignInDialog::finished);
    (m_url->text().isEmpty() ? m_url : m_user->text().isEmpty() ? m_user : m_password)->setFocus();
}

QString SignInDialog::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

QString SignInDialog::describe(const SyncError &error)
{
    QString headline;
    switch (error.kind) {
    case SyncErrorKind::Credentials:
        headline = tr("Wrong user name or password.");
        break;
    case SyncErrorKind::Network:
        headline = tr("The platform cannot be reached.");
        break;
    case SyncErrorKind::Tls:
        headline = tr("The platform's certificate is not trusted.");
        break;
    case SyncErrorKind::Keychain:
        headline = tr("No system keychain is available.");
        break;
    default:
        headline = tr("The sign-in failed.");
        break;
    }
    return headline + QLatin1Char('\n') + SyncReportText::errorText(error, 0);
}

void SignInDialog::accept()
{
    if (m_working)
        return;
    const QString url = PlatformAccount::normalizeUrl(m_url->text());
    if (url.isEmpty()) {
        showMessage(tr("Give the platform's address, starting with https:// (or http://)."), true);
        m_url->setFocus();
        return;
    }
    if (m_user->text().trimmed().isEmpty() || m_password->text().isEmpty()) {
        showMessage(tr("Give the user name and the password."), true);
        (m_user->text().trimmed().isEmpty() ? m_user : m_password)->setFocus();
        return;
    }
    const QString ca = m_caFile->text().trimmed();
    if (!ca.isEmpty() && !QFileInfo(ca).isReadable()) {
        showMessage(tr("Cannot read the CA file %1.").arg(ca), true);
        return;
    }
    if (!m_sync.signIn(url, m_user->text(), m_password->text(), ca)) {
        showMessage(tr("A sync is running. Wait for it or cancel it, then sign in."), true);
        return;
    }
    setWorking(true);
    showMessage(tr("Signing in to %1…").arg(url), false);
}

void SignInDialog::finished(const SyncError &error)
{
    if (!m_working)
        return;
    setWorking(false);
    if (error.ok()) {
        m_password->clear();
        QDialog::accept();
        return;
    }
    showMessage(describe(error), true);
    if (error.kind == SyncErrorKind::Credentials) {
        m_password->selectAll();
        m_password->setFocus();
    } else if (error.kind == SyncErrorKind::Tls) {
        m_caFile->setFocus();
    }
}

void SignInDialog::chooseCaFile()
{
    const QString file =
        QFileDialog::getOpenFileName(this, tr("The platform's CA certificate"), m_caFile->text(),
                                     tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!file.isEmpty())
        m_caFile->setText(file);
}

void SignInDialog::setWorking(bool working)
{
    m_working = working;
    for (QWidget *w : {static_cast<QWidget *>(m_url), static_cast<QWidget *>(m_user),
                       static_cast<QWidget *>(m_password), static_cast<QWidget *>(m_caFile),
                       static_cast<QWidget *>(m_browse), static_cast<QWidget *>(m_signIn)})
        w->setEnabled(!working);
}

void SignInDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    QPalette p = m_message->palette();
    p.setColor(QPalette::WindowText,
               error ? QColor(0xb0, 0x1e, 0x1e) : palette().color(QPalette::WindowText));
    m_message->setPalette(p);
    m_message->setVisible(!text.isEmpty());
}

} // namespace pingjia
