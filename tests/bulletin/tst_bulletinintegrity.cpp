// SPDX-License-Identifier: GPL-3.0-or-later
// The internal bulletin carries the month's review-integrity flags per department (issue
// 14); the public one never does. On the hand-built cache of the integrity tests
// (IntegrityFixture.h, September 2026), worked out by hand there:
//   D1: E1 staffEvaluator + E1 evaluatedBeforeFinish = 2 flags;
//   D2: E3 staffEvaluator = 1 flag;
//   no repeat evaluator (1 case each), no burst (≤ 2 per window), no ceiling unit (< 5
//   valid evaluations each), E4 withdrawn and E5 in October.
// Verdicts recorded here: E1 staffEvaluator confirmed, E3 staffEvaluator cleared. So:
//   3 flags, 2 departments, 1 confirmed, 1 cleared, 1 still to check;
//   row D1 (named 市民政局 here): 2 | 工作人员自评 1 | 办结前评价 1 | 已确认 1 | 已排除 0
//   row D2 (named 市税务局 here): 1 | 工作人员自评 1 | 办结前评价 0 | 已确认 0 | 已排除 1
// The PDF is read back with pdftotext (NFKC, white space removed).
#include "../integrity/IntegrityFixture.h"
#include "PdfProbe.h"

#include "models/domain/Period.h"
#include "models/reports/BulletinBuilder.h"
#include "models/reports/BulletinPdf.h"
#include "models/secrets/InMemorySecretStore.h"
#include "models/store/IntegrityVerdicts.h"
#include "models/store/LocalWorkDatabase.h"

#include <QApplication>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace pingjia;

namespace {

// NFKC (pdftotext gives some CJK as radicals) without white space: pdftotext breaks
// lines inside a sentence and puts spaces between cells where the layout does.
QString flat(const QString &text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return pdfprobe::normalized(text).remove(space);
}

// The departments named as offices name them (the fixture names them by code).
OrgUnit named(const char *code, const char *parent, const QString &name)
{
    OrgUnit o = integritytest::org(code, "department", parent);
    o.name = name;
    o.updatedAt = integritytest::at("2026-01-02 00:00:00");
    return o;
}

IntegrityFlag flag(IntegrityRule rule, const char *evalId, const char *dept)
{
    IntegrityFlag f;
    f.rule = rule;
    f.evalId = QString::fromLatin1(evalId);
    f.unitCode = QString::fromLatin1(dept);
    return f;
}

} // namespace

class TestBulletinIntegrity : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    InMemorySecretStore m_secrets;
    std::unique_ptr<PersonalDataCipher> m_cipher;
    std::unique_ptr<CacheDatabase> m_cache;
    std::unique_ptr<LocalWorkDatabase> m_work;
    const QDateTime m_now = integritytest::at("2026-10-05 09:00:00");

    QString pdfText(BulletinVersion version, const QString &name)
    {
        BulletinBuilder builder(*m_cache, m_work.get());
        BulletinRequest request;
        request.month = QDate(2026, 9, 1);
        request.version = version;
        request.header.documentNumber = QStringLiteral("〔2026〕9号");
        StoreResult r;
        const auto content = builder.build(request, m_now, &r);
        if (!content) {
            qWarning("build: %s", qPrintable(r.message));
            return {};
        }
        const QString path = m_dir.filePath(name);
        const BulletinRenderResult written = writeBulletinPdf(*content, path);
        if (!written.ok()) {
            qWarning("pdf: %s", qPrintable(written.error));
            return {};
        }
        return flat(pdfprobe::rawText(path));
    }
    static bool has(const QString &text, QStringView expected)
    {
        return text.contains(flat(expected.toString()));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_cipher = std::make_unique<PersonalDataCipher>(m_secrets);
        m_cache = std::make_unique<CacheDatabase>(m_dir.filePath(u"cache.sqlite"_qs));
        QVERIFY(m_cache->open().ok());
        QVERIFY(integritytest::seedCache(*m_cache, *m_cipher));
        QVERIFY(
            CacheWriter(*m_cache, m_cipher.get())
                .upsertOrgs({named("D1", "C1", u"市民政局"_qs), named("D2", "C2", u"市税务局"_qs)})
                .ok());
        m_work = std::make_unique<LocalWorkDatabase>(m_dir.filePath(u"localwork.sqlite"_qs));
        QVERIFY(m_work->open().ok());
        IntegrityVerdicts verdicts(*m_work);
        QVERIFY(verdicts
                    .record(flag(IntegrityRule::StaffEvaluator, "E1", "D1"), u"2026-09"_qs,
                            IntegrityVerdict::Confirmed, u"核实为窗口人员自评"_qs, u"office"_qs)
                    .ok());
        QVERIFY(verdicts
                    .record(flag(IntegrityRule::StaffEvaluator, "E3", "D2"), u"2026-09"_qs,
                            IntegrityVerdict::Cleared, u"家属代评，已说明"_qs, u"office"_qs)
                    .ok());
    }

    void internalVersionCountsFlagsPerDepartment()
    {
        const QString text = pdfText(BulletinVersion::Internal, u"internal.pdf"_qs);
        QVERIFY2(has(text, u"评价真实性核查情况（内部掌握）"_qs), qPrintable(text));
        QVERIFY2(has(text, u"本月共发现疑点3条，涉及2个部门；其中已确认1条，已排除1条，"
                           "待核查1条"),
                 qPrintable(text));
        // The table follows 表1 and 表2 of 一、 (no bad review: 三、 has no table).
        QVERIFY2(has(text, u"表3 各部门评价真实性核查疑点"), qPrintable(text));
        QVERIFY2(has(text, u"部门 疑点数 工作人员自评 办结前评价 已确认 已排除"), qPrintable(text));
        QVERIFY2(has(text, u"市民政局 2 1 1 1 0"), qPrintable(text));
        QVERIFY2(has(text, u"市税务局 1 1 0 0 1"), qPrintable(text));
        // Rules without a flag get no column.
        QVERIFY(!has(text, u"同一人多次评价"));
        QVERIFY(!has(text, u"短时集中好评"));
    }

    void publicVersionShowsNone()
    {
        const QString text = pdfText(BulletinVersion::Public, u"public.pdf"_qs);
        QVERIFY2(has(text, u"公示版"), qPrintable(text));
        for (const QString &word :
             {u"真实性核查"_qs, u"疑点"_qs, u"工作人员自评"_qs, u"办结前评价"_qs, u"已排除"_qs})
            QVERIFY2(!text.contains(word), qPrintable(word));
        QVERIFY2(!has(text, u"表3"), qPrintable(text)); // 表1 and 表2 only
    }

    void noFlagsIsSaidPlainly()
    {
        // August has no evaluation at all: the check ran and found nothing.
        BulletinBuilder builder(*m_cache, m_work.get());
        BulletinRequest request;
        request.month = QDate(2026, 8, 1);
        request.header.documentNumber = QStringLiteral("〔2026〕8号");
        StoreResult r;
        const auto content = builder.build(request, m_now, &r);
        QVERIFY2(content, qPrintable(r.message));
        const QString path = m_dir.filePath(u"august.pdf"_qs);
        QVERIFY(writeBulletinPdf(*content, path).ok());
        const QString text = flat(pdfprobe::text(path));
        QVERIFY2(has(text, u"经评价真实性核查，本月未发现疑点。"), qPrintable(text));
        QVERIFY(!has(text, u"各部门评价真实性核查疑点"));
    }
};

QTEST_MAIN(TestBulletinIntegrity)
#include "tst_bulletinintegrity.moc"
