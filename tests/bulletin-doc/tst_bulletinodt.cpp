// SPDX-License-Identifier: GPL-3.0-or-later
// The bulletin as ODT: content.xml (read with unzip) holds the sections, headings, tables,
// page breaks and chart images; LibreOffice opens it (headless round trip to PDF) and the
// converted text holds the same figures.

#include "BulletinFixture.h"
#include "PdfProbe.h"

#include "models/reports/BulletinOdt.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace pingjia;

class TestBulletinOdt : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void contentHoldsSectionsAndTables();
    void attachmentOnANewPage();
    void chartsAreImages();
    void publicVersionHoldsOnlyItsContent();
    void libreOfficeRoundTrip();
    void unwritablePathSaysSo();

private:
    QString contentXml(const QString &odt) const;

    QTemporaryDir m_dir;
    QString m_internal;
    QString m_public;
};

QString TestBulletinOdt::contentXml(const QString &odt) const
{
    return pdfprobe::run(QStringLiteral("unzip"),
                         {QStringLiteral("-p"), odt, QStringLiteral("content.xml")});
}

void TestBulletinOdt::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_dir.setAutoRemove(qEnvironmentVariableIsEmpty("PINGJIA_KEEP_TEST_FILES"));
    m_internal = m_dir.filePath(QStringLiteral("internal.odt"));
    m_public = m_dir.filePath(QStringLiteral("public.odt"));
    QVERIFY(writeBulletinOdt(fixture::monthlyBulletin(BulletinVersion::Internal, 120), m_internal)
                .ok());
    QVERIFY(
        writeBulletinOdt(fixture::monthlyBulletin(BulletinVersion::Public, 120), m_public).ok());
    QCOMPARE(QFileInfo(m_internal).permissions() &
                 (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
             QFile::Permissions());
}

void TestBulletinOdt::contentHoldsSectionsAndTables()
{
    const QString xml = contentXml(m_internal);
    QVERIFY(!xml.isEmpty());
    const QStringList expected = {QStringLiteral("青川市政务服务管理局"),
                                  QStringLiteral("青政务〔2026〕12号"),
                                  QStringLiteral("关于2026年10月全市政务服务“好差评”情况的通报"),
                                  QStringLiteral("各县（市、区）政务服务中心，市直各部门："),
                                  QStringLiteral("一、基本情况"),
                                  QStringLiteral("（一）表扬部门"),
                                  QStringLiteral("六、下步工作要求"),
                                  QStringLiteral("内部版"),
                                  fixture::kTotalEvaluations,
                                  fixture::kSatisfactionRate,
                                  fixture::departmentName(119),
                                  QStringLiteral("抄送：市政府办公室，市纪委监委"),
                                  QStringLiteral("2026年11月5日印发")};
    for (const QString &s : expected)
        QVERIFY2(xml.contains(s), qPrintable(s));
    // Tables: the indicators, the staff table (internal) and the appendix.
    QCOMPARE(xml.count(QStringLiteral("<table:table ")), 3);
    // One row per unit plus the header row in the appendix table.
    const qsizetype appendix = xml.lastIndexOf(QStringLiteral("<table:table "));
    QCOMPARE(xml.mid(appendix).count(QStringLiteral("<table:table-row")), 121);
}

void TestBulletinOdt::attachmentOnANewPage()
{
    const QString xml = contentXml(m_internal);
    // The paragraph "附件" of the appendix uses a style that breaks the page before it.
    const QRegularExpression breakStyle(QStringLiteral(
        "<style:style style:name=\"(\\w+)\"[^>]*>\\s*<style:paragraph-properties[^>]*"
        "fo:break-before=\"page\""));
    const auto match = breakStyle.match(xml);
    QVERIFY2(match.hasMatch(), "a paragraph style with a page break");
    const QRegularExpression styled(
        QStringLiteral("<text:p text:style-name=\"%1\">(<text:span[^>]*>)?附件<")
            .arg(match.captured(1)));
    QVERIFY2(xml.contains(styled), qPrintable(styled.pattern()));
}

void TestBulletinOdt::chartsAreImages()
{
    const QString list = pdfprobe::run(QStringLiteral("unzip"), {QStringLiteral("-l"), m_internal});
    // Four charts and the red rule of the 版头.
    QCOMPARE(list.count(QStringLiteral("Pictures/")), 5);
}

void TestBulletinOdt::publicVersionHoldsOnlyItsContent()
{
    const QString xml = contentXml(m_public);
    QVERIFY(xml.contains(QStringLiteral("公示版")));
    for (const QString &name : fixture::staffAndWindowNames())
        QVERIFY2(!xml.contains(name), qPrintable(name));
    QCOMPARE(xml.count(QStringLiteral("<table:table ")), 2);
}

void TestBulletinOdt::libreOfficeRoundTrip()
{
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    QVERIFY2(!soffice.isEmpty(), "LibreOffice (libreoffice-writer-nogui, scripts/install-deps.sh)");
    QTemporaryDir profile;
    const QString out = m_dir.filePath(QStringLiteral("converted"));
    bool ok = false;
    pdfprobe::run(soffice,
                  {QStringLiteral("-env:UserInstallation=file://") + profile.path(),
                   QStringLiteral("--headless"), QStringLiteral("--convert-to"),
                   QStringLiteral("pdf"), QStringLiteral("--outdir"), out, m_internal},
                  &ok);
    QVERIFY(ok);
    const QString pdf = out + QStringLiteral("/internal.pdf");
    QVERIFY(QFileInfo::exists(pdf));
    // LibreOffice spaces CJK from digits and Latin letters: compare without white space.
    const QRegularExpression space(QStringLiteral("\\s+"));
    const QString text = pdfprobe::text(pdf).remove(space);
    for (const QString &s :
         {QStringLiteral("关于2026年10月全市政务服务“好差评”情况的通报"),
          QStringLiteral("一、基本情况"), fixture::kTotalEvaluations, fixture::kSatisfactionRate,
          fixture::kBadReviews, fixture::departmentName(119), QStringLiteral("内部版")}) {
        QVERIFY2(text.contains(pdfprobe::normalized(s).remove(space)), qPrintable(s));
    }
    QVERIFY(pdfprobe::pageCount(pdf) > 3);
}

void TestBulletinOdt::unwritablePathSaysSo()
{
    const QString path = m_dir.filePath(QStringLiteral("missing/folder/x.odt"));
    const BulletinRenderResult result = writeBulletinOdt(fixture::gridBulletin(2), path);
    QCOMPARE(result.status, BulletinRenderResult::Status::Failed);
    QVERIFY2(result.error.contains(path), qPrintable(result.error));
}

QTEST_MAIN(TestBulletinOdt)
#include "tst_bulletinodt.moc"
