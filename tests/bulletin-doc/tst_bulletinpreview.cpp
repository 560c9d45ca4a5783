// SPDX-License-Identifier: GPL-3.0-or-later
// The print preview widget (same pages as the PDF, printing through QPrinter; the pages
// prepared and the print made on a worker while the window answers) and the font settings
// section (choice remembered, fallback to an installed face).

#include "BulletinFixture.h"
#include "PdfProbe.h"

#include "ui/bulletin/BulletinFontsSection.h"
#include "ui/bulletin/BulletinPreview.h"
#include "ui/bulletin/BulletinRenderTask.h"

#include <QApplication>
#include <QDir>
#include <QFontComboBox>
#include <QLabel>
#include <QPrintPreviewWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QToolButton>

#include <atomic>

using namespace pingjia;

class TestBulletinPreview : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void previewShowsThePages();
    void printsThroughQPrinter();
    void preparesThePagesOffTheGuiThread();
    void newContentSupersedesPagesBeingPrepared();
    void cancelStopsPreparing();
    void printsOffTheGuiThread();
    void fontChoiceIsRemembered();
    void missingFaceFallsBackToAnInstalledOne();
    void usualNamesAreFound();

private:
    QTemporaryDir m_dir;
};

void TestBulletinPreview::previewShowsThePages()
{
    BulletinPreview preview;
    preview.resize(600, 800);
    preview.show();
    // 31 single-line paragraphs: 3 pages of text (worked out in tst_bulletinpdf), and the
    // 版记 on an even last page (printed on both sides): a 4th page.
    preview.setContent(fixture::gridBulletin(31));
    QTRY_COMPARE_WITH_TIMEOUT(preview.pageCount(), 4, 60000);
    QTRY_COMPARE_WITH_TIMEOUT(preview.findChild<QLabel *>(QStringLiteral("pageCount"))->text(),
                              tr("%n page(s)", nullptr, 4), 60000);
}

void TestBulletinPreview::printsThroughQPrinter()
{
    BulletinPreview preview;
    preview.setContent(fixture::monthlyBulletin(BulletinVersion::Public, 40));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString path = m_dir.filePath(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(path);
    const BulletinRenderResult result = preview.printTo(printer);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(pdfprobe::pageCount(path), result.pageCount);
    QVERIFY(pdfprobe::pageSize(path).contains(QLatin1String("(A4)")));
    const QString text = pdfprobe::text(path);
    QVERIFY(text.contains(QStringLiteral("公示版")));
    QVERIFY(text.contains(fixture::kTotalEvaluations));
}

namespace {

// Holds the worker of a render task at its first progress step (after the layout) until
// released, recording the thread it ran on. Waits on semaphores only, never on time.
struct HeldWorker {
    QSemaphore reached;
    QSemaphore release;
    std::atomic<QThread *> thread{nullptr};
    std::atomic_int calls{0};

    HeldWorker()
    {
        BulletinRenderTask::setWorkerHook([this](int step, int) {
            if (step != 1 || calls++ > 0)
                return; // only the first render is held
            thread = QThread::currentThread();
            reached.release();
            release.acquire();
        });
    }
    // Declared after the preview: a worker still held (a failed check) is let go before the
    // preview waits for it.
    ~HeldWorker()
    {
        release.release(100);
        BulletinRenderTask::setWorkerHook({});
    }
};

QString pageLabel(const BulletinPreview &preview)
{
    return preview.findChild<QLabel *>(QStringLiteral("pageCount"))->text();
}

} // namespace

void TestBulletinPreview::preparesThePagesOffTheGuiThread()
{
    BulletinPreview preview;
    preview.resize(600, 800);
    preview.show();
    HeldWorker held;
    // setContent returns while the worker is held after laying the pages out: the layout ran
    // on the worker, and this thread's event loop still turns meanwhile.
    preview.setContent(fixture::gridBulletin(31));
    QTRY_VERIFY_WITH_TIMEOUT(held.thread.load() != nullptr, 60000);
    QVERIFY(held.thread.load() != nullptr);
    QVERIFY(held.thread.load() != QThread::currentThread());
    QVERIFY(preview.isPreparing());
    QVERIFY(preview.findChild<QProgressBar *>(QStringLiteral("preparing"))->isVisible());
    QVERIFY(preview.findChild<QToolButton *>(QStringLiteral("cancelPreparing"))->isVisible());
    bool turned = false;
    QMetaObject::invokeMethod(
        &preview, [&turned] { turned = true; }, Qt::QueuedConnection);
    QTRY_VERIFY_WITH_TIMEOUT(turned, 60000);
    // The count is known once laid out (31 lines: 4 pages, tst_bulletinpdf).
    QTRY_COMPARE_WITH_TIMEOUT(pageLabel(preview), tr("Preparing %n page(s)…", nullptr, 4), 60000);
    QCOMPARE(preview.pageCount(), 0);
    held.release.release();
    QTRY_COMPARE_WITH_TIMEOUT(preview.pageCount(), 4, 60000);
    QVERIFY(!preview.isPreparing());
    QVERIFY(!preview.findChild<QProgressBar *>(QStringLiteral("preparing"))->isVisible());
    QCOMPARE(pageLabel(preview), tr("%n page(s)", nullptr, 4));
    // The replayed pages show: the red 发文机关标志 of page 1 is in the view.
    QApplication::processEvents();
    const QImage shot = preview.previewWidget()->grab().toImage();
    int red = 0;
    for (int y = 0; y < shot.height(); ++y) {
        for (int x = 0; x < shot.width(); ++x) {
            const QRgb p = shot.pixel(x, y);
            red += qRed(p) > 180 && qGreen(p) < 90 && qBlue(p) < 90 ? 1 : 0;
        }
    }
    QVERIFY2(red > 100, "the pages are drawn");
    // The replayed pages as the user sees them, kept as an artifact.
    if (const QString dir = qEnvironmentVariable("PINGJIA_TEST_ARTIFACTS"); !dir.isEmpty()) {
        QDir().mkpath(dir + QStringLiteral("/bulletin-doc"));
        preview.grab().save(dir + QStringLiteral("/bulletin-doc/preview.png"));
    }
}

void TestBulletinPreview::newContentSupersedesPagesBeingPrepared()
{
    BulletinPreview preview;
    preview.show();
    HeldWorker held;
    QList<int> shown;
    connect(preview.previewWidget(), &QPrintPreviewWidget::previewChanged, &preview,
            [&] { shown << preview.pageCount(); });
    preview.setContent(fixture::gridBulletin(31)); // 4 pages
    QTRY_VERIFY_WITH_TIMEOUT(held.thread.load() != nullptr, 60000);
    // The user picks another month meanwhile: 28 lines fit on 2 pages with the 版记.
    preview.setContent(fixture::gridBulletin(28));
    held.release.release();
    QTRY_VERIFY_WITH_TIMEOUT(!preview.isPreparing(), 60000);
    QCOMPARE(preview.pageCount(), 2);
    QVERIFY2(!shown.contains(4), "the stale pages were shown");
}

void TestBulletinPreview::cancelStopsPreparing()
{
    BulletinPreview preview;
    preview.show();
    HeldWorker held;
    preview.setContent(fixture::gridBulletin(31));
    QTRY_VERIFY_WITH_TIMEOUT(held.thread.load() != nullptr, 60000);
    QTest::mouseClick(preview.findChild<QToolButton *>(QStringLiteral("cancelPreparing")),
                      Qt::LeftButton);
    held.release.release();
    QTRY_VERIFY_WITH_TIMEOUT(!preview.isPreparing(), 60000);
    QCOMPARE(preview.pageCount(), 0);
    QCOMPARE(pageLabel(preview), tr("Preview cancelled."));
    // New content prepares again.
    preview.setContent(fixture::gridBulletin(28));
    QTRY_COMPARE_WITH_TIMEOUT(preview.pageCount(), 2, 60000);
}

void TestBulletinPreview::printsOffTheGuiThread()
{
    // The print's worker waits, at its first step, for a call it queues on this thread: it
    // goes on only if this thread's event loop turns while the print runs.
    std::atomic<QThread *> worker{nullptr};
    std::atomic_bool served{false};
    BulletinRenderTask::setWorkerHook([&](int step, int) {
        if (step != 1)
            return;
        worker = QThread::currentThread();
        auto answered = std::make_shared<QSemaphore>();
        QMetaObject::invokeMethod(
            qApp, [answered] { answered->release(); }, Qt::QueuedConnection);
        served = answered->tryAcquire(1, 60000);
    });
    const auto unhook = qScopeGuard([] { BulletinRenderTask::setWorkerHook({}); });
    BulletinPreview preview;
    preview.show();
    preview.setContent(fixture::gridBulletin(3));
    QTRY_VERIFY_WITH_TIMEOUT(!preview.isPreparing(), 60000);
    worker = nullptr;
    served = false;
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString path = m_dir.filePath(QStringLiteral("printed-off-gui.pdf"));
    printer.setOutputFileName(path);
    const BulletinRenderResult result = preview.printWithProgress(printer);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(worker.load() != nullptr);
    QVERIFY(worker.load() != QThread::currentThread());
    QVERIFY2(served, "the GUI thread answered while the print ran");
    QCOMPARE(pdfprobe::pageCount(path), result.pageCount);
}

void TestBulletinPreview::fontChoiceIsRemembered()
{
    const QString ini = m_dir.filePath(QStringLiteral("remembered.ini"));
    {
        QSettings settings(ini, QSettings::IniFormat);
        BulletinFontsSection section(settings);
        QCOMPARE(section.chosen(), defaultBulletinFonts());
        QFontComboBox *body = section.comboFor(BulletinFontRole::Body);
        QVERIFY(body);
        body->setCurrentFont(QFont(QStringLiteral("Noto Sans CJK SC")));
        QCOMPARE(section.chosen().body, QStringLiteral("Noto Sans CJK SC"));
    }
    {
        QSettings settings(ini, QSettings::IniFormat);
        QCOMPARE(settings.value(QStringLiteral("bulletin/fonts/body")).toString(),
                 QStringLiteral("Noto Sans CJK SC"));
        BulletinFontsSection section(settings);
        QCOMPARE(section.resolved().body, QStringLiteral("Noto Sans CJK SC"));
        section.findChild<QPushButton *>(QStringLiteral("restoreDefaults"))->click();
        QCOMPARE(section.chosen(), defaultBulletinFonts());
        QCOMPARE(loadBulletinFonts(settings), defaultBulletinFonts());
    }
}

void TestBulletinPreview::missingFaceFallsBackToAnInstalledOne()
{
    QSettings settings(m_dir.filePath(QStringLiteral("missing.ini")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("bulletin/fonts/body"), QStringLiteral("方正仿宋_GBK"));
    BulletinFontsSection section(settings);
    QCOMPARE(section.chosen().body, QStringLiteral("方正仿宋_GBK"));
    // Only Noto CJK is installed here: the body falls back to the serif face.
    QCOMPARE(section.resolved().body, QStringLiteral("Noto Serif CJK SC"));
    const QLabel *used =
        section.findChild<QLabel *>(QStringLiteral("usedRole%1").arg(int(BulletinFontRole::Body)));
    QVERIFY(used->text().contains(QStringLiteral("方正仿宋_GBK")));
    QVERIFY(used->text().contains(QStringLiteral("Noto Serif CJK SC")));
}

void TestBulletinPreview::usualNamesAreFound()
{
    // A Windows machine's faces, named as Windows names them.
    const QStringList windows = {QStringLiteral("SimSun"), QStringLiteral("SimHei"),
                                 QStringLiteral("KaiTi"), QStringLiteral("FangSong"),
                                 QStringLiteral("Arial")};
    BulletinFonts wanted = defaultBulletinFonts();
    const BulletinFonts onWindows = resolveBulletinFonts(wanted, windows);
    QCOMPARE(onWindows.body, QStringLiteral("FangSong"));
    QCOMPARE(onWindows.title, QStringLiteral("SimSun")); // no 小标宋: the closest is 宋体
    QCOMPARE(onWindows.heading, QStringLiteral("SimHei"));
    QCOMPARE(onWindows.subheading, QStringLiteral("KaiTi"));
    QCOMPARE(onWindows.pageNumber, QStringLiteral("SimSun"));
    // 统信/麒麟 with 方正 faces; a chosen face is matched case-insensitively.
    const QStringList founder = {QStringLiteral("方正仿宋_GBK"), QStringLiteral("方正小标宋简体"),
                                 QStringLiteral("方正黑体_GBK"), QStringLiteral("方正楷体_GBK"),
                                 QStringLiteral("Noto Serif CJK SC")};
    // Settings brought from a Windows machine; the 页码 face matched case-insensitively.
    wanted = {QStringLiteral("仿宋_GB2312"), QStringLiteral("方正小标宋简体"),
              QStringLiteral("黑体"), QStringLiteral("楷体_GB2312"),
              QStringLiteral("noto serif cjk sc")};
    const BulletinFonts onKylin = resolveBulletinFonts(wanted, founder);
    QCOMPARE(onKylin.body, QStringLiteral("方正仿宋_GBK"));
    QCOMPARE(onKylin.title, QStringLiteral("方正小标宋简体"));
    QCOMPARE(onKylin.heading, QStringLiteral("方正黑体_GBK"));
    QCOMPARE(onKylin.subheading, QStringLiteral("方正楷体_GBK"));
    QCOMPARE(onKylin.pageNumber, QStringLiteral("Noto Serif CJK SC"));
    // Nothing usable installed: the defaults.
    QCOMPARE(resolveBulletinFonts(wanted, {QStringLiteral("DejaVu Sans")}), defaultBulletinFonts());
}

QTEST_MAIN(TestBulletinPreview)
#include "tst_bulletinpreview.moc"
