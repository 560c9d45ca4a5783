// SPDX-License-Identifier: GPL-3.0-or-later
// The 月度通报 page walked as an office user does, through its buttons and the dialogs
// they open (answered here as a user would, from a timer while the dialog runs):
// printing through the system print dialog to a PDF file (read back with pdftotext),
// issuing through the file dialog, the next 文号 proposed from the archive, issuing the
// same month again warned about before anything is written, a used number refused before
// a file is asked for, the archive reopening an issued file (and saying when it changed),
// and long work showing progress that Cancel stops (reading figures, printing).
#include "AppRun.h"

#include "PageOnSyncedHome.h"
#include "models/store/BulletinArchive.h"
#include "ui/bulletin/BulletinArchiveView.h"
#include "ui/bulletin/BulletinHeaderForm.h"
#include "ui/bulletin/BulletinPage.h"
#include "ui/bulletin/BulletinPreview.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintDialog>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace pingjia;
using namespace pingjia::bulletintest;

namespace {

constexpr int kWaitMs = 120000;

// Answers the next modal dialog of type T once it runs (its exec() blocks the click that
// opened it, so the answer comes from a timer).
// selectFile() leaves the name alone while the dialog's name field has the focus (so the
// default name was saved): the folder is set and the name typed into the field instead.
void answerFileName(QFileDialog *d, const QString &path)
{
    d->setDirectory(QFileInfo(path).absolutePath());
    if (auto *name = d->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")))
        name->setText(QFileInfo(path).fileName());
}

template <class T> void whenModal(QObject *owner, std::function<void(T *)> answer)
{
    auto *timer = new QTimer(owner);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, owner, [timer, answer] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            answer(dialog);
        }
    });
    timer->start();
}

// Cancels the print progress dialog as soon as it shows.
class CancelOnShow : public QObject {
public:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show && watched->objectName() == u"printProgress") {
            if (auto *p = qobject_cast<QProgressDialog *>(watched)) {
                p->cancel();
                ++cancelled;
            }
        }
        return false;
    }
    int cancelled = 0;
};

} // namespace

class TestBulletinWalk : public QObject {
    Q_OBJECT

    queueui::SyncedHome m_home;
    QTemporaryDir m_out;
    std::unique_ptr<BulletinPage> m_page;
    QList<QUrl> m_opened;

    void waitIdle()
    {
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy(), kWaitMs);
        QApplication::processEvents();
    }
    QPushButton *button(const QString &text) const
    {
        for (QPushButton *b : m_page->findChildren<QPushButton *>()) {
            if (b->text() == text)
                return b;
        }
        qWarning("no button %s", qPrintable(text));
        return nullptr;
    }
    // The page greys its buttons while it reads figures in the background: wait for them.
    void clickWhenEnabled(const QString &text)
    {
        QPushButton *b = button(text);
        QVERIFY(b);
        QTRY_VERIFY_WITH_TIMEOUT(b->isEnabled() && !m_page->isBusy(), kWaitMs);
        b->click();
    }
    QString number() const { return m_page->headerForm()->numberEdit()->text(); }
    QList<BulletinArchiveEntry> archive() { return BulletinArchive(m_home.work()).entries(); }
    // Issue… through the file dialog, answered with `path`.
    void answerFileDialog(const QString &path)
    {
        auto *timer = new QTimer(this);
        timer->setInterval(20);
        connect(timer, &QTimer::timeout, this, [timer, path] {
            auto *d = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            if (!d)
                return;
            answerFileName(d, path);
            // Until the dialog shows the name (its folder may still be loading).
            if (d->selectedFiles().value(0) != path)
                return;
            timer->stop();
            timer->deleteLater();
            static_cast<QDialog *>(d)->accept(); // QFileDialog::accept is protected
        });
        timer->start();
    }

public slots:
    void openFile(const QUrl &url) { m_opened << url; }

private slots:
    void initTestCase()
    {
        QVERIFY(m_out.isValid());
        QString error;
        QVERIFY2(openPageOnSyncedHome(m_home, m_page, &error), qPrintable(error));
    }

    void printsThroughTheSystemDialog()
    {
        const QString path = m_out.filePath(u"printed.pdf"_qs);
        QSignalSpy printed(m_page->preview(), &BulletinPreview::printed);
        bool answered = false;
        whenModal<QPrintDialog>(this, [&](QPrintDialog *d) {
            // Without a print server only "Print to File (PDF)" is offered; pick it anyway.
            if (auto *printers = d->findChild<QComboBox *>(u"printers"_qs))
                printers->setCurrentIndex(printers->count() - 1);
            if (auto *file = d->findChild<QLineEdit *>(u"filename"_qs)) {
                file->setText(path);
                answered = true;
            }
            d->accept();
        });
        clickWhenEnabled(BulletinPage::tr("&Print…"));
        QVERIFY(answered);
        QTRY_COMPARE_WITH_TIMEOUT(printed.count(), 1, kWaitMs);
        const int pages = printed.at(0).at(0).toInt();
        QVERIFY(pages >= 3);
        QVERIFY(m_page->statusLabel()->text().contains(QString::number(pages)));
        // The printed file is the bulletin, with its text as written (月, not the radical
        // ⽉ that QPrinter's own PDF would give pdftotext).
        const Run info = runProgram(u"pdfinfo"_qs, {path});
        QVERIFY2(info.out.contains(u"Pages:") && info.out.contains(QString::number(pages)),
                 qPrintable(info.out));
        QVERIFY2(info.out.contains(u"A4"), qPrintable(info.out));
        const Run raw = runProgram(u"pdftotext"_qs, {u"-enc"_qs, u"UTF-8"_qs, path, u"-"_qs});
        QVERIFY2(raw.out.contains(u"2026年10月"), qPrintable(raw.out.left(400)));
        QVERIFY(raw.out.contains(m_page->content()->header.documentNumber));
        QVERIFY(squeezed(raw.out).contains(squeezed(m_page->content()->header.title)));
    }

    void printCanBeCancelled()
    {
        const QString path = m_out.filePath(u"cancelled.pdf"_qs);
        CancelOnShow canceller;
        qApp->installEventFilter(&canceller);
        QSignalSpy cancelled(m_page->preview(), &BulletinPreview::printCancelled);
        QSignalSpy printed(m_page->preview(), &BulletinPreview::printed);
        whenModal<QPrintDialog>(this, [&](QPrintDialog *d) {
            if (auto *file = d->findChild<QLineEdit *>(u"filename"_qs))
                file->setText(path);
            d->accept();
        });
        clickWhenEnabled(BulletinPage::tr("&Print…"));
        qApp->removeEventFilter(&canceller);
        QCOMPARE(canceller.cancelled, 1);
        QCOMPARE(cancelled.count(), 1);
        QCOMPARE(printed.count(), 0);
        QVERIFY(!QFile::exists(path)); // no half document
        QCOMPARE(m_page->statusLabel()->text(), BulletinPage::tr("Printing cancelled."));
    }

    void issuesAndProposesTheNextNumber()
    {
        QCOMPARE(number(), u"〔2026〕1号"_qs);
        const QString path = m_out.filePath(u"issued-1.pdf"_qs);
        QSignalSpy saved(m_page.get(), &BulletinPage::saved);
        answerFileDialog(path);
        clickWhenEnabled(BulletinPage::tr("&Issue…"));
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, kWaitMs);
        QCOMPARE(saved.at(0).at(1).toBool(), true);
        QCOMPARE(archive().size(), 1);
        QCOMPARE(archive().at(0).number, u"〔2026〕1号"_qs);
        QCOMPARE(archive().at(0).filePath, path);
        // 1号 is used now: the form proposes the archive's next one, and the page says
        // the month was issued.
        QCOMPARE(number(), u"〔2026〕2号"_qs);
        QCOMPARE(m_page->content()->header.documentNumber, u"〔2026〕2号"_qs);
        QCOMPARE(m_page->archiveView()->table()->rowCount(), 1);
        bool warned = false;
        for (QLabel *l : m_page->headerForm()->findChildren<QLabel *>())
            warned = warned || (l->isVisible() && l->text().contains(u"〔2026〕1号"));
        QVERIFY(warned);
    }

    void issuingTheMonthAgainWarns()
    {
        // Declined: nothing asked further, nothing written.
        QString warning;
        whenModal<QMessageBox>(this, [&](QMessageBox *box) {
            warning = box->text();
            box->button(QMessageBox::No)->click();
        });
        clickWhenEnabled(BulletinPage::tr("&Issue…"));
        QVERIFY2(warning.contains(u"〔2026〕1号"), qPrintable(warning));
        QVERIFY(warning.contains(u"office-user"));
        QCOMPARE(archive().size(), 1);
        // Accepted: the file is asked for and the month issued again as 2号.
        const QString path = m_out.filePath(u"issued-2.pdf"_qs);
        QSignalSpy saved(m_page.get(), &BulletinPage::saved);
        whenModal<QMessageBox>(this, [&](QMessageBox *box) {
            answerFileDialog(path);
            box->button(QMessageBox::Yes)->click();
        });
        clickWhenEnabled(BulletinPage::tr("&Issue…"));
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, kWaitMs);
        QCOMPARE(archive().size(), 2);
        QCOMPARE(archive().at(0).number, u"〔2026〕2号"_qs);
        QCOMPARE(number(), u"〔2026〕3号"_qs);
        const Run raw = runProgram(u"pdftotext"_qs, {u"-enc"_qs, u"UTF-8"_qs, path, u"-"_qs});
        QVERIFY(raw.out.contains(u"〔2026〕2号"));
    }

    void usedNumberIsRefusedBeforeAFileIsAsked()
    {
        m_page->headerForm()->numberEdit()->setText(u"〔2026〕1号"_qs);
        QSignalSpy errors(m_page.get(), &BulletinPage::errorShown);
        bool fileAsked = false;
        whenModal<QFileDialog>(this, [&](QFileDialog *d) {
            fileAsked = true;
            d->reject();
        });
        clickWhenEnabled(BulletinPage::tr("&Issue…"));
        QCOMPARE(errors.count(), 1);
        QVERIFY(errors.at(0).at(0).toString().contains(u"〔2026〕1号"));
        // getSaveFileName() runs its dialog inside click(): had it opened, the watcher
        // above would have answered it before click() returned. No wait needed.
        QVERIFY(!fileAsked);
        for (QMessageBox *box : m_page->findChildren<QMessageBox *>())
            box->close();
        for (QTimer *t : findChildren<QTimer *>())
            t->deleteLater(); // the unanswered file-dialog watcher
        QCOMPARE(archive().size(), 2);
        m_page->headerForm()->numberEdit()->setText(u"〔2026〕3号"_qs);
    }

    void archiveReopensAnIssuedFile()
    {
        QDesktopServices::setUrlHandler(u"file"_qs, this, "openFile");
        QTableWidget *table = m_page->archiveView()->table();
        QCOMPARE(table->rowCount(), 2);
        const BulletinArchiveEntry newest = m_page->archiveView()->entries().at(0);
        QCOMPARE(newest.number, u"〔2026〕2号"_qs);
        table->selectRow(0);
        QPushButton *open = button(BulletinArchiveView::tr("&Open issued file"));
        QVERIFY(open->isEnabled());
        open->click();
        QCOMPARE(m_opened, QList<QUrl>{QUrl::fromLocalFile(newest.filePath)});
        // Changed since issued: said so, and opened all the same (to see what changed).
        QSignalSpy errors(m_page.get(), &BulletinPage::errorShown);
        QFile f(newest.filePath);
        QVERIFY(f.open(QIODevice::Append));
        f.write("%");
        f.close();
        open->click();
        QCOMPARE(errors.count(), 1);
        QVERIFY(errors.at(0).at(0).toString().contains(u"〔2026〕2号"));
        QCOMPARE(m_opened.size(), 2);
        // Gone: said so, nothing opened.
        QVERIFY(QFile::remove(newest.filePath));
        open->click();
        QCOMPARE(errors.count(), 2);
        QCOMPARE(m_opened.size(), 2);
        for (QMessageBox *box : m_page->findChildren<QMessageBox *>())
            box->close();
        QDesktopServices::unsetUrlHandler(u"file"_qs);
    }

    void readingFiguresShowsProgressAndCancels()
    {
        const QString before = m_page->content()->header.title;
        m_page->reload();
        QVERIFY(m_page->isBusy());
        QVERIFY(m_page->progressBar()->isVisible());
        QPushButton *cancel = nullptr;
        for (QPushButton *b : m_page->findChildren<QPushButton *>()) {
            if (b->text() == BulletinPage::tr("Cancel") && b->isVisible())
                cancel = b;
        }
        QVERIFY(cancel);
        cancel->click();
        waitIdle();
        QCOMPARE(m_page->statusLabel()->text(), BulletinPage::tr("Cancelled."));
        QVERIFY(!m_page->progressBar()->isVisible());
        // The page keeps what it had.
        QCOMPARE(m_page->content()->header.title, before);
    }
};

QTEST_MAIN(TestBulletinWalk)
#include "tst_bulletinwalk.moc"
