// SPDX-License-Identifier: GPL-3.0-or-later
// The 月度通报 page on a simulator-synced home: it reads the month's figures on a worker
// thread, the office edits the header and text and picks a typical case, the version is
// switched, the file saved and issued, and an unwritable path gives a clear error dialog.
// Screenshots are kept as artifacts.
#include "AppRun.h"
#include "ContentText.h"

#include "PageOnSyncedHome.h"
#include "models/reports/BulletinHeaderMemory.h"
#include "models/store/BulletinArchive.h"
#include "ui/bulletin/BulletinArchiveView.h"
#include "ui/bulletin/BulletinCaseList.h"
#include "ui/bulletin/BulletinHeaderForm.h"
#include "ui/bulletin/BulletinJob.h"
#include "ui/bulletin/BulletinOutline.h"
#include "ui/bulletin/BulletinPage.h"
#include "ui/rankings/ScopePicker.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace pingjia;
using namespace pingjia::bulletintest;

namespace {

constexpr int kWaitMs = 120000;

void saveShot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("PINGJIA_TEST_ARTIFACTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    w->grab().save(dir + u'/' + name);
}

} // namespace

class TestBulletinPage : public QObject {
    Q_OBJECT

    queueui::SyncedHome m_home;
    QTemporaryDir m_out;
    std::unique_ptr<BulletinPage> m_page;

    void waitIdle()
    {
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy(), kWaitMs);
        QApplication::processEvents();
    }
    QString shown() const { return m_page->outline()->toPlainText(); }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(openPageOnSyncedHome(m_home, m_page, &error), qPrintable(error));
    }

    void showsTheMonth()
    {
        QVERIFY2(shown().contains(u"2026年10月"), qPrintable(shown().left(300)));
        QCOMPARE(m_page->headerForm()->header().documentNumber, u"〔2026〕1号"_qs);
        QVERIFY(m_page->headerForm()->titleEdit()->text().contains(u"2026年10月"));
        QVERIFY(shown().contains(u"内部版"));
        QVERIFY(m_page->caseList()->count() > 0);
        saveShot(m_page.get(), u"bulletin-page.png"_qs);
    }

    void editsTextAndHeader()
    {
        QSignalSpy changed(m_page.get(), &BulletinPage::contentChanged);
        m_page->openingEdit()->setPlainText(u"现将本月情况通报如下，请各部门认真对照。"_qs);
        QTRY_VERIFY_WITH_TIMEOUT(shown().contains(u"请各部门认真对照"), kWaitMs);
        m_page->requirementsEdit()->setPlainText(u"一是加强窗口管理。\n\n二是限期整改。"_qs);
        QTRY_VERIFY_WITH_TIMEOUT(shown().contains(u"二是限期整改"), kWaitMs);
        QLineEdit *title = m_page->headerForm()->titleEdit();
        title->setFocus();
        title->selectAll();
        // Chinese arrives through the input method, as typed with a pinyin IME.
        QInputMethodEvent typed;
        typed.setCommitString(u"关于十月份好差评的通报"_qs);
        QApplication::sendEvent(title, &typed);
        QCOMPARE(title->text(), u"关于十月份好差评的通报"_qs);
        QTRY_VERIFY_WITH_TIMEOUT(shown().contains(u"关于十月份好差评的通报"), kWaitMs);
        QVERIFY(changed.count() >= 3);
    }

    void picksATypicalCase()
    {
        BulletinCaseList *cases = m_page->caseList();
        cases->item(0)->setCheckState(Qt::Checked);
        QTRY_COMPARE_WITH_TIMEOUT(m_page->request().typicalCaseIds.size(), 1, kWaitMs);
        const QString comment = cases->checkedCases().constFirst().comment;
        QVERIFY(!comment.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(shown().contains(comment.left(6)), kWaitMs);
    }

    void switchesToPublic()
    {
        const BulletinTypicalCase picked = m_page->caseList()->checkedCases().constFirst();
        m_page->publicButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(m_page->content()->version == BulletinVersion::Public, kWaitMs);
        QVERIFY(shown().contains(u"公示版"));
        const QString all = allText(*m_page->content());
        if (!picked.staffName.isEmpty())
            QVERIFY(!all.contains(picked.staffName));
        if (!picked.windowName.isEmpty())
            QVERIFY(!all.contains(picked.windowName));
        m_page->internalButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(m_page->content()->version == BulletinVersion::Internal, kWaitMs);
    }

    void savesADraft()
    {
        const QString path = m_out.filePath(u"draft.xlsx"_qs);
        QSignalSpy saved(m_page.get(), &BulletinPage::saved);
        m_page->saveTo(path);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, kWaitMs);
        QCOMPARE(saved.at(0).at(1).toBool(), false);
        QVERIFY(QFile::exists(path));
        QVERIFY(BulletinArchive(m_home.work()).entries().isEmpty());
        // The edited text is in the file (the title is in no table: check the ODT below).
        waitIdle();
    }

    void issuesAndListsTheArchive()
    {
        const QString path = m_out.filePath(u"issued.odt"_qs);
        QSignalSpy saved(m_page.get(), &BulletinPage::saved);
        m_page->issueTo(path);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, kWaitMs);
        QCOMPARE(saved.at(0).at(1).toBool(), true);
        const QList<BulletinArchiveEntry> entries = BulletinArchive(m_home.work()).entries();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.at(0).number, u"〔2026〕1号"_qs);
        QCOMPARE(entries.at(0).issuedBy, u"office-user"_qs);
        QCOMPARE(entries.at(0).month, u"2026-10"_qs);
        QCOMPARE(entries.at(0).sha256, BulletinArchive::fileSha256(path));
        QCOMPARE(m_page->archiveView()->table()->rowCount(), 1);
        QVERIFY(BulletinArchiveView::checkFile(entries.at(0)).isEmpty());
        const QString xml = zipText(path, u"content.xml"_qs);
        QVERIFY2(xml.contains(u"关于十月份好差评的通报"), qPrintable(xml.left(400)));
        QVERIFY(xml.contains(u"请各部门认真对照"));
        // Issued again: the form says so; the header was remembered for the scope.
        QTRY_VERIFY_WITH_TIMEOUT(m_page->headerForm()->findChildren<QLabel *>().size() > 0,
                                 kWaitMs);
        bool warned = false;
        for (QLabel *l : m_page->headerForm()->findChildren<QLabel *>())
            warned = warned || (l->isVisible() && l->text().contains(u"〔2026〕1号"));
        QVERIFY(warned);
        QCOMPARE(BulletinHeaderMemory(m_home.work()).load(QString()).requirements,
                 (QStringList{u"一是加强窗口管理。"_qs, u"二是限期整改。"_qs}));
        // The archive's next number is proposed; the same number again is refused with a
        // dialog.
        QCOMPARE(m_page->headerForm()->numberEdit()->text(), u"〔2026〕2号"_qs);
        m_page->headerForm()->numberEdit()->setText(u"〔2026〕1号"_qs);
        QSignalSpy errors(m_page.get(), &BulletinPage::errorShown);
        m_page->issueTo(m_out.filePath(u"again.pdf"_qs));
        QCOMPARE(errors.count(), 1);
        QVERIFY(errors.at(0).at(0).toString().contains(u"〔2026〕1号"));
        QTRY_VERIFY_WITH_TIMEOUT(QApplication::activeModalWidget() ||
                                     m_page->findChild<QMessageBox *>(u"bulletinError"_qs),
                                 kWaitMs);
        for (QMessageBox *box : m_page->findChildren<QMessageBox *>())
            box->close();
        // A changed file is noticed when reopened from the archive.
        QFile f(path);
        QVERIFY(f.open(QIODevice::Append));
        f.write("x");
        f.close();
        QVERIFY(BulletinArchiveView::checkFile(entries.at(0)).contains(u"changed"));
    }

    void saveDialogAddsTheChosenSuffix()
    {
        QCOMPARE(
            BulletinPage::pathWithFilterSuffix(u"/tmp/通报"_qs, u"OpenDocument text (*.odt)"_qs),
            u"/tmp/通报.odt"_qs);
        QCOMPARE(
            BulletinPage::pathWithFilterSuffix(u"/tmp/a.pdf"_qs, u"Excel workbook (*.xlsx)"_qs),
            u"/tmp/a.pdf"_qs);
        QCOMPARE(BulletinPage::pathWithFilterSuffix(QString(), u"PDF (*.pdf)"_qs), QString());
    }

    void unwritablePathShowsAnError()
    {
        QSignalSpy errors(m_page.get(), &BulletinPage::errorShown);
        m_page->saveTo(u"/nonexistent-folder/b.pdf"_qs);
        QCOMPARE(errors.count(), 1);
        QVERIFY(errors.at(0).at(0).toString().contains(u"/nonexistent-folder"));
        QVERIFY(m_page->statusLabel()->text().contains(u"/nonexistent-folder"));
        QMessageBox *box = m_page->findChild<QMessageBox *>(u"bulletinError"_qs);
        QVERIFY(box);
        saveShot(box, u"bulletin-error.png"_qs);
        box->close();
    }

    void monthChangeReadsAgainAndCancels()
    {
        m_page->monthEdit()->setDate(QDate(2026, 9, 1));
        QTRY_VERIFY_WITH_TIMEOUT(shown().contains(u"2026年9月"), kWaitMs);
        QVERIFY(m_page->headerForm()->titleEdit()->text().contains(u"2026年9月"));
        // Cancel a running read: the page stays usable with what it had.
        m_page->reload();
        m_page->cancel();
        waitIdle();
        QVERIFY(m_page->content().has_value());
    }

    void cancelStopsTheFiguresReadWhereItIs()
    {
        // The worker is held after the first step of the figures read until the test has
        // pressed the page's Cancel. No later step may run: the cancel reaches the running
        // read (and the indicator query it runs) at once, not at the next step's check.
        waitIdle();
        const QString before = shown();
        QSemaphore held, proceed;
        std::atomic_int lastStep{0};
        BulletinJob::setAfterStepHook([&](int step, int) {
            lastStep = step;
            if (step == 1) {
                held.release();
                proceed.acquire();
            }
        });
        const auto unhook = qScopeGuard([] { BulletinJob::setAfterStepHook({}); });
        m_page->reload();
        QVERIFY(held.tryAcquire(1, kWaitMs));
        auto *cancel = m_page->findChild<QPushButton *>(u"bulletinCancel"_qs);
        QVERIFY(cancel && cancel->isVisible());
        QTest::mouseClick(cancel, Qt::LeftButton);
        proceed.release();
        waitIdle();
        QCOMPARE(lastStep.load(), 1);
        QCOMPARE(m_page->findChild<QLabel *>(u"bulletinStatus"_qs)->text(),
                 QCoreApplication::translate("pingjia::BulletinPage", "Cancelled."));
        QCOMPARE(shown(), before); // the page keeps what it had
    }

    void picksAScope()
    {
        // The synced areas and centers are offered; a center's bulletin names it.
        QComboBox *box = m_page->scopePicker()->box();
        QTRY_VERIFY_WITH_TIMEOUT(box->count() > 2, kWaitMs);
        QCOMPARE(box->itemData(0).toString(), QString()); // everything synced first
        int center = -1;
        for (int i = 1; i < box->count() && center < 0; ++i) {
            if (box->itemData(i).toString().startsWith(u'C'))
                center = i;
        }
        QVERIFY2(center > 0, "a center in the picker");
        const QString code = box->itemData(center).toString();
        const QString name = box->itemText(center).trimmed();
        box->setCurrentIndex(center);
        emit box->activated(center);
        QCOMPARE(m_page->request().scope, code);
        QTRY_VERIFY_WITH_TIMEOUT(m_page->headerForm()->titleEdit()->text().contains(name), kWaitMs);
        waitIdle();
        QVERIFY2(shown().contains(name), qPrintable(shown().left(300)));
        saveShot(m_page.get(), u"bulletin-page-center.png"_qs);
        m_page->scopePicker()->setScopeCode(QString());
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->headerForm()->titleEdit()->text().contains(name),
                                 kWaitMs);
        waitIdle();
    }

    // Last: it closes the page. A reload asked for while one runs waits for the running
    // one; closing the page then must end both, start nothing, and touch no widget after
    // it is gone (this crashed the window on closing after a sync).
    void closingWithAReloadPendingStartsNothing()
    {
        waitIdle();
        QSemaphore held, proceed;
        std::atomic_bool holding{true};
        BulletinJob::setAfterStepHook([&](int step, int) {
            if (step == 1 && holding.exchange(false)) {
                held.release();
                proceed.acquire();
            }
        });
        const auto unhook = qScopeGuard([] { BulletinJob::setAfterStepHook({}); });
        m_page->reload();
        QVERIFY(held.tryAcquire(1, kWaitMs));
        m_page->reload(); // waits for the running one
        auto *job = m_page->findChild<BulletinJob *>();
        QVERIFY(job);
        QSignalSpy started(job, &BulletinJob::started);
        QSignalSpy finished(job, &BulletinJob::finished);
        proceed.release();
        m_page.reset();
        QCOMPARE(started.count(), 0);
        QCOMPARE(finished.count(), 1); // the running read ended; nothing came after it
    }
};

QTEST_MAIN(TestBulletinPage)
#include "tst_bulletinpage.moc"
