// SPDX-License-Identifier: GPL-3.0-or-later
// The 评价核查 page on the hand-built cache (IntegrityFixture.h): the flags of September
// (three, worked out in the fixture), filters by rule and by verdict, a verdict stored in
// the local-work file with its audit row, and a CSV export without personal data.
// QAbstractItemModelTester watches the model throughout.

#include "models/itemmodels/BackgroundQuery.h"
#include "models/itemmodels/IntegrityFlagModel.h"
#include "models/secrets/InMemorySecretStore.h"
#include "models/store/IntegrityVerdicts.h"
#include "models/store/LocalWorkDatabase.h"
#include "models/store/LocalWorkStore.h"
#include "ui/integrity/IntegrityPage.h"

#include "IntegrityFixture.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace pingjia;
using namespace pingjia::integritytest;

class TestIntegrityPage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void showsFiltersJudgesAndExports();

private:
    QTemporaryDir m_dir;
    InMemorySecretStore m_secrets;
    std::unique_ptr<PersonalDataCipher> m_cipher;
    std::unique_ptr<CacheDatabase> m_cache;
    std::unique_ptr<LocalWorkDatabase> m_work;
};

void TestIntegrityPage::initTestCase()
{
    m_cipher = std::make_unique<PersonalDataCipher>(m_secrets);
    m_cache = std::make_unique<CacheDatabase>(m_dir.filePath(QStringLiteral("cache.sqlite")));
    m_work =
        std::make_unique<LocalWorkDatabase>(m_dir.filePath(QStringLiteral("localwork.sqlite")));
    QVERIFY(m_cache->open().ok());
    QVERIFY(m_work->open().ok());
    QVERIFY(seedCache(*m_cache, *m_cipher));
}

void TestIntegrityPage::showsFiltersJudgesAndExports()
{
    IntegrityPage page(*m_cache, *m_work, [] { return QStringLiteral("alice"); });
    IntegrityFlagModel *model = page.model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.resize(1000, 600);
    page.show();

    page.findChild<QLineEdit *>(QStringLiteral("integrityMonth"))
        ->setText(QStringLiteral("2026-09"));
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("integrityCheck")),
                      Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 3, 60000);
    QStringList shown;
    for (int row = 0; row < model->rowCount(); ++row)
        shown << model->data(model->index(row, IntegrityFlagModel::EvalId)).toString();
    shown.sort();
    QCOMPARE(shown, (QStringList{"E1", "E1", "E3"}));

    // Rule filter: evaluated before the case finished → E1 alone.
    auto *rule = page.findChild<QComboBox *>(QStringLiteral("integrityRule"));
    rule->setCurrentIndex(rule->findData(QStringLiteral("evaluatedBeforeFinish")));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->data(model->index(0, IntegrityFlagModel::EvalId)).toString(),
             QStringLiteral("E1"));
    QVERIFY(model->data(model->index(0, IntegrityFlagModel::Explanation))
                .toString()
                .contains(QStringLiteral("120")));

    // Confirm it, with a note.
    auto *view = page.findChild<QTableView *>(QStringLiteral("integrityView"));
    view->selectRow(0);
    page.findChild<QLineEdit *>(QStringLiteral("integrityNote"))
        ->setText(QStringLiteral("asked the window"));
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("integrityConfirm")),
                      Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(model->data(model->index(0, IntegrityFlagModel::Verdict)).toString(),
                              IntegrityFlagModel::tr("Confirmed"), 60000);
    const auto stored = IntegrityVerdicts(*m_work).verdicts(QStringLiteral("2026-09"));
    QVERIFY(stored);
    QCOMPARE(stored->size(), 1);
    const auto entry =
        stored->value({QStringLiteral("evaluatedBeforeFinish"), QStringLiteral("E1")});
    QVERIFY(entry.verdict == IntegrityVerdict::Confirmed);
    QCOMPARE(entry.actor, QStringLiteral("alice"));
    QCOMPARE(entry.note, QStringLiteral("asked the window"));
    QCOMPARE(LocalWorkStore(*m_work).audit(QStringLiteral("E1")).size(), 1);

    // Verdict filter over every rule: without verdict → the other two.
    rule->setCurrentIndex(0);
    auto *verdict = page.findChild<QComboBox *>(QStringLiteral("integrityVerdictFilter"));
    verdict->setCurrentIndex(verdict->findData(int(IntegrityFlagModel::VerdictFilter::Open)));
    QCOMPARE(model->rowCount(), 2);
    verdict->setCurrentIndex(verdict->findData(int(IntegrityFlagModel::VerdictFilter::Confirmed)));
    QCOMPARE(model->rowCount(), 1);

    // Export what is shown: the codes, no evaluator or staff data.
    verdict->setCurrentIndex(0);
    const QString path = m_dir.filePath(QStringLiteral("integrity.csv"));
    QVERIFY(page.exportCsv(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(file.readAll());
    QVERIFY(csv.contains(QStringLiteral("E3")));
    QCOMPARE(csv.count(QStringLiteral("\r\n")), 4); // header and three items
    for (const char *personal : {"13800000001", "13800000002", "138-0000-0002", "张三", "王五",
                                 "620802199001011234", "138****"})
        QVERIFY2(!csv.contains(QString::fromUtf8(personal)), personal);
}

QTEST_MAIN(TestIntegrityPage)
#include "tst_integritypage.moc"
