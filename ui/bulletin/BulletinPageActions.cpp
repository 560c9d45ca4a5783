// SPDX-License-Identifier: GPL-3.0-or-later
// BulletinPage: saving, issuing, printing, the archive's files and error dialogs.
#include "ui/bulletin/BulletinPage.h"

#include "models/domain/Clock.h"
#include "models/domain/PlatformTime.h"
#include "models/reports/BulletinHeaderMemory.h"
#include "models/reports/BulletinIssue.h"
#include "models/store/BulletinArchive.h"
#include "ui/bulletin/BulletinArchiveView.h"
#include "ui/bulletin/BulletinHeaderForm.h"
#include "ui/bulletin/BulletinJob.h"
#include "ui/bulletin/BulletinPreview.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTabWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace pingjia {

namespace {

QString fileFilters()
{
    return BulletinPage::tr("PDF (*.pdf);;OpenDocument text (*.odt);;Excel workbook (*.xlsx);;"
                            "CSV, the ranking table (*.csv)");
}

// "2026-10-公示版.pdf" in the documents folder.
QString suggestedPath(const BulletinRequest &r)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(folder).filePath(
        QStringLiteral("%1-%2.pdf")
            .arg(r.month.toString(u"yyyy-MM"), bulletinVersionMark(r.version)));
}

} // namespace

void BulletinPage::buildActions()
{
    struct Button {
        QString text;
        QKeySequence keys;
        void (BulletinPage::*slot)();
        bool needsContent;
    };
    const QList<Button> buttons = {
        {tr("Read figures again"), QKeySequence(Qt::Key_F5), &BulletinPage::reload, false},
        {tr("Print pre&view"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
         &BulletinPage::printPreview, true},
        {tr("&Print…"), QKeySequence::Print, &BulletinPage::print, true},
        {tr("&Save as…"), QKeySequence::Save, &BulletinPage::saveAs, true},
        {tr("&Issue…"), QKeySequence(Qt::CTRL | Qt::Key_I), &BulletinPage::issue, true},
    };
    auto *row = new QHBoxLayout;
    row->addStretch();
    for (const Button &b : buttons) {
        auto *button = new QPushButton(b.text, this);
        button->setToolTip(b.keys.toString(QKeySequence::NativeText));
        auto *action = new QAction(b.text, this);
        action->setShortcut(b.keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        connect(button, &QPushButton::clicked, this, b.slot);
        connect(action, &QAction::triggered, this, [this, button, slot = b.slot] {
            if (button->isEnabled())
                (this->*slot)();
        });
        if (b.needsContent)
            m_needContent << button;
        row->addWidget(button);
    }
    auto *cancel = new QAction(tr("Cancel"), this);
    cancel->setShortcut(QKeySequence::Cancel);
    cancel->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(cancel, &QAction::triggered, this, &BulletinPage::cancel);
    addAction(cancel);
    qobject_cast<QVBoxLayout *>(layout())->insertLayout(1, row);
}

void BulletinPage::showError(const QString &message)
{
    m_status->setText(message);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Monthly bulletin"), message,
                                QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("bulletinError"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    emit errorShown(message);
}

QString BulletinPage::pathWithFilterSuffix(const QString &path, const QString &filter)
{
    // Qt's own file dialog does not add the chosen type's suffix to a name typed without one.
    if (path.isEmpty() || !QFileInfo(path).suffix().isEmpty())
        return path;
    static const QRegularExpression pattern(QStringLiteral("\\*(\\.[a-z]+)"));
    const QRegularExpressionMatch m = pattern.match(filter);
    return m.hasMatch() ? path + m.captured(1) : path;
}

QString BulletinPage::chooseFile(const QString &caption)
{
    QString filter;
    const QString path = QFileDialog::getSaveFileName(this, caption, suggestedPath(request()),
                                                      fileFilters(), &filter);
    return pathWithFilterSuffix(path, filter);
}

void BulletinPage::saveAs()
{
    const QString path = chooseFile(tr("Save the bulletin"));
    if (!path.isEmpty())
        saveTo(path);
}

void BulletinPage::issue()
{
    // A number that cannot be used is said before anything is asked.
    if (!numberIssuable())
        return;
    const BulletinRequest r = request();
    const QString earlier = BulletinIssue::reissueWarning(
        BulletinArchive(m_localWork).issuesOf(r.month.toString(u"yyyy-MM"), r.scope));
    if (!earlier.isEmpty() &&
        QMessageBox::question(this, tr("Issue again?"), earlier) != QMessageBox::Yes)
        return;
    const QString path = chooseFile(tr("Issue the bulletin"));
    if (!path.isEmpty())
        issueTo(path);
}

void BulletinPage::saveTo(const QString &path)
{
    startWrite(path, false);
}

bool BulletinPage::numberIssuable()
{
    const QString number = m_header->header().documentNumber;
    if (!BulletinNumber::parse(number)) {
        showError(tr("\"%1\" is not a document number of the form 〔2026〕12号.").arg(number));
        return false;
    }
    if (BulletinArchive(m_localWork).numberUsed(number)) {
        showError(tr("The document number %1 was already given to another bulletin.").arg(number));
        return false;
    }
    return true;
}

void BulletinPage::issueTo(const QString &path)
{
    if (numberIssuable())
        startWrite(path, true);
}

void BulletinPage::proposeNextNumber()
{
    StoreResult r;
    const BulletinNumber next =
        BulletinArchive(m_localWork).proposeNumber(platformDate(Clock::now()).year(), &r);
    if (!r.ok()) {
        showError(r.message);
        return;
    }
    BulletinHeader header = m_header->header();
    header.documentNumber = next.toString();
    m_header->setHeader(header);
    reassemble();
}

void BulletinPage::startWrite(const QString &path, bool issue)
{
    if (!m_content) {
        showError(tr("The figures have not been read yet."));
        return;
    }
    const auto format = bulletinFormatForPath(path);
    if (!format) {
        showError(tr("Cannot tell the format of %1: use .pdf, .odt, .xlsx or .csv.")
                      .arg(QDir::toNativeSeparators(path)));
        return;
    }
    if (issue && *format == BulletinFormat::CsvFolder) {
        showError(tr("A folder of CSV files cannot be issued."));
        return;
    }
    if (const QString why = bulletinUnwritableReason(path, *format); !why.isEmpty()) {
        showError(why);
        return;
    }
    reassemble(); // the text as edited this very moment
    m_pendingPath = path;
    m_pendingIssue = issue;
    if (!m_job->write(*m_content, path, *format, renderOptions()))
        showError(tr("Another task is running; try again when it has finished."));
}

void BulletinPage::onWritten(const QString &path, BulletinFormat format)
{
    if (path != m_pendingPath)
        return;
    const bool issued = m_pendingIssue;
    m_pendingPath.clear();
    if (issued) {
        recordIssue(path, format);
        return;
    }
    m_status->setText(tr("Draft saved to %1 (not issued).").arg(QDir::toNativeSeparators(path)));
    emit saved(path, false);
}

void BulletinPage::recordIssue(const QString &path, BulletinFormat format)
{
    const BulletinRequest r = request();
    BulletinArchive archive(m_localWork);
    BulletinArchiveEntry entry;
    const StoreResult result =
        BulletinIssue::record(archive, *m_content, r.month.toString(u"yyyy-MM"), r.scope, path,
                              format, m_currentUser ? m_currentUser() : QString(), &entry);
    if (!result.ok()) {
        showError(result.message);
        return;
    }
    rememberText();
    refreshArchive();
    // The number is used now: whatever is issued next gets the archive's next one.
    proposeNextNumber();
    updateNumberWarning();
    m_status->setText(tr("Issued %1 as %2 (SHA-256 %3).")
                          .arg(entry.number, QDir::toNativeSeparators(path), entry.sha256));
    emit saved(path, true);
}

void BulletinPage::rememberText()
{
    BulletinRememberedText text;
    text.header = m_header->header();
    text.requirements = request().requirements;
    if (const StoreResult r = BulletinHeaderMemory(m_localWork).save(request().scope, text);
        !r.ok())
        showError(r.message);
}

BulletinRenderOptions BulletinPage::renderOptions() const
{
    return m_renderOptions ? m_renderOptions() : BulletinRenderOptions{};
}

void BulletinPage::refreshPages()
{
    if (!m_content)
        return;
    m_preview->setContent(*m_content, renderOptions());
    m_pagesStale = false;
}

void BulletinPage::print()
{
    if (m_pagesStale)
        refreshPages();
    m_preview->print();
}

void BulletinPage::printPreview()
{
    m_views->setCurrentWidget(m_preview);
    if (m_pagesStale)
        refreshPages();
}

void BulletinPage::openArchived(const BulletinArchiveEntry &entry)
{
    if (const QString problem = BulletinArchiveView::checkFile(entry); !problem.isEmpty()) {
        showError(problem);
        if (!QFileInfo::exists(entry.filePath))
            return;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(entry.filePath)))
        showError(
            tr("No program is set up to open %1.").arg(QDir::toNativeSeparators(entry.filePath)));
}

} // namespace pingjia
