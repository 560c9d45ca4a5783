// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// 月度通报: pick the month, scope and version (内部版 / 公示版, printed on the document);
// edit the header, the opening and 下步工作要求 (figures and tables are not editable);
// choose typical cases from the proposed list; read the text as it changes, see the real
// pages in the print preview, print through the system dialog, save as PDF, ODT, XLSX or
// CSV, or issue (印发): save and record in the archive, which is listed with its files.
// Reading the figures and writing files run on a worker thread with progress and cancel.

#include "models/domain/IntegrityRules.h"
#include "models/reports/BulletinContent.h"
#include "models/reports/BulletinExport.h"
#include "models/reports/BulletinFacts.h"
#include "models/reports/BulletinRender.h"
#include "models/reports/BulletinRequest.h"

#include <QWidget>

#include <functional>
#include <optional>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTabWidget;
class QTimer;

namespace pingjia {

class BulletinArchiveView;
class BulletinCaseList;
class BulletinHeaderForm;
class BulletinJob;
class BulletinOutline;
class BulletinPreview;
class ScopePicker;
struct BulletinArchiveEntry;
struct BulletinHeaderProposal;
class CacheDatabase;
class LocalWorkDatabase;

class BulletinPage : public QWidget {
    Q_OBJECT
public:
    static constexpr int kProposedCases = 20;

    // `currentUser` names who issues (the signed-in user); `renderOptions` gives the fonts
    // the user chose (settings) for the pages, the print and the files.
    BulletinPage(CacheDatabase &cache, LocalWorkDatabase &localWork,
                 std::function<QString()> currentUser,
                 std::function<BulletinRenderOptions()> renderOptions = {},
                 QWidget *parent = nullptr);
    ~BulletinPage() override;

    // What the page would print now, nullopt before the figures are read.
    const std::optional<BulletinContent> &content() const { return m_content; }
    BulletinRequest request() const;
    bool isBusy() const;
    // The review-integrity thresholds (settings) for the internal version's counts.
    void setIntegritySettings(const IntegritySettings &settings);
    // `path` as chosen in the save dialog, with the suffix of `filter` ("PDF (*.pdf)") added
    // when the name has none.
    static QString pathWithFilterSuffix(const QString &path, const QString &filter);

    // The widgets, for tests and accessibility.
    QDateEdit *monthEdit() const { return m_month; }
    ScopePicker *scopePicker() const { return m_scope; }
    QRadioButton *publicButton() const { return m_public; }
    QRadioButton *internalButton() const { return m_internal; }
    BulletinHeaderForm *headerForm() const { return m_header; }
    QPlainTextEdit *openingEdit() const { return m_opening; }
    QPlainTextEdit *requirementsEdit() const { return m_requirements; }
    BulletinCaseList *caseList() const { return m_cases; }
    BulletinArchiveView *archiveView() const { return m_archive; }
    BulletinOutline *outline() const { return m_outline; }
    BulletinPreview *preview() const { return m_preview; }
    QTabWidget *views() const { return m_views; }
    QLabel *statusLabel() const { return m_status; }
    QProgressBar *progressBar() const { return m_progress; }
    QTabWidget *tabs() const { return m_tabs; }
    BulletinJob *job() const { return m_job; }

public slots:
    // Reads the figures of the month and scope again (F5); after a sync.
    void reload();
    void cancel();
    // Saves a draft (not recorded) / issues (recorded in the archive) to `path`, the
    // format from its extension. Errors go to a message box and the status line.
    void saveTo(const QString &path);
    void issueTo(const QString &path);
    // Remembers header and 下步工作要求 for the scope (also done on issuing).
    void rememberText();
    // With dialogs: file chooser, the system print dialog.
    void saveAs();
    void issue();
    void print();
    // Shows the pages as they will print (the print preview tab).
    void printPreview();
    // The fonts changed in the settings: the pages are laid out again.
    void refreshPages();

signals:
    // The content shown changed (figures read, text edited, version switched).
    void contentChanged();
    // A file was written: `issued` when recorded in the archive.
    void saved(const QString &path, bool issued);
    // A failure was shown to the user.
    void errorShown(const QString &message);

protected:
    // The figures are read when the page is first shown, not at startup.
    void showEvent(QShowEvent *event) override;

private:
    void buildLayout();
    void buildActions();
    void onLoaded(const BulletinHeaderProposal &proposal, const QList<BulletinTypicalCase> &cases,
                  const BulletinFacts &facts);
    void reassemble();
    void versionSwitched();
    void startWrite(const QString &path, bool issue);
    void onWritten(const QString &path, BulletinFormat format);
    void recordIssue(const QString &path, BulletinFormat format);
    // Whether the form's 文号 may be issued (well formed, not used); says why not.
    bool numberIssuable();
    void proposeNextNumber();
    void refreshArchive();
    void updateNumberWarning();
    void showError(const QString &message);
    void setBusy(bool busy, const QString &what = {});
    void openArchived(const BulletinArchiveEntry &entry);
    BulletinRenderOptions renderOptions() const;
    QString chooseFile(const QString &caption);

    CacheDatabase &m_cache;
    LocalWorkDatabase &m_localWork;
    std::function<QString()> m_currentUser;
    std::function<BulletinRenderOptions()> m_renderOptions;
    BulletinJob *m_job = nullptr;

    QDateEdit *m_month = nullptr;
    ScopePicker *m_scope = nullptr;
    QRadioButton *m_internal = nullptr;
    QRadioButton *m_public = nullptr;
    QTabWidget *m_tabs = nullptr;
    BulletinHeaderForm *m_header = nullptr;
    QPlainTextEdit *m_opening = nullptr;
    QPlainTextEdit *m_requirements = nullptr;
    BulletinCaseList *m_cases = nullptr;
    BulletinArchiveView *m_archive = nullptr;
    BulletinOutline *m_outline = nullptr;
    BulletinPreview *m_preview = nullptr;
    QTabWidget *m_views = nullptr;
    bool m_pagesStale = true;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QList<QWidget *> m_needContent; // enabled once content exists and no job runs
    QTimer *m_reassembleTimer = nullptr;
    QTimer *m_reloadTimer = nullptr;

    std::optional<BulletinFacts> m_facts;
    std::optional<BulletinContent> m_content;
    QString m_scopeName;
    QString m_pendingPath; // of the running write
    bool m_pendingIssue = false;
    bool m_reloadAgain = false;
};

} // namespace pingjia
