// SPDX-License-Identifier: GPL-3.0-or-later
// The 月度通报 page saves the ranking table as CSV through its own save dialog (Qt's file
// dialog, as under the test platform: the CSV type picked, a name typed without suffix):
// UTF-8 with a BOM, every ranked department with the score and valid evaluations that
// `pingjia rankings` reports for the same month, and no evaluator data from the
// simulator's /sim/dump.
#include "../platform-sim/SimHttp.h"
#include "AppRun.h"
#include "PageOnSyncedHome.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace pingjia;
using namespace pingjia::bulletintest;
using pingjia::queueui::kSimNow;

namespace {

// One CSV line split into its fields (RFC 4180 quoting).
QStringList csvFields(const QString &line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted && c == u'"' && i + 1 < line.size() && line.at(i + 1) == u'"') {
            field += c;
            ++i;
        } else if (c == u'"') {
            quoted = !quoted;
        } else if (c == u',' && !quoted) {
            fields << field;
            field.clear();
        } else {
            field += c;
        }
    }
    fields << field;
    return fields;
}

// Picks the filter naming `pattern` in the first file dialog shown, selects `path` and
// accepts it; polls until the page opens the dialog.
void answerSaveDialog(const QString &pattern, const QString &path)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(50);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, pattern, path] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            auto *dialog = qobject_cast<QFileDialog *>(w);
            if (!dialog || !dialog->isVisible())
                continue;
            for (const QString &filter : dialog->nameFilters()) {
                if (filter.contains(pattern))
                    dialog->selectNameFilter(filter);
            }
            // Typed into the name field, as a user does (the type's filter already
            // replaced the suggested name's suffix there).
            dialog->setDirectory(QFileInfo(path).absolutePath());
            auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            if (!name)
                return;
            name->setText(QFileInfo(path).fileName());
            QMetaObject::invokeMethod(dialog, "accept"); // a slot, protected in C++
            timer->deleteLater();
            return;
        }
    });
    timer->start();
}

} // namespace

class TestBulletinPageCsv : public QObject {
    Q_OBJECT

    queueui::SyncedHome m_home;
    QTemporaryDir m_out;
    std::unique_ptr<BulletinPage> m_page;

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(openPageOnSyncedHome(m_home, m_page, &error), qPrintable(error));
    }

    void savesTheRankingTableAsCsv()
    {
        QPushButton *saveAs = nullptr;
        for (QPushButton *b : m_page->findChildren<QPushButton *>()) {
            if (b->text() == BulletinPage::tr("&Save as…"))
                saveAs = b;
        }
        QVERIFY(saveAs);
        QSignalSpy saved(m_page.get(), &BulletinPage::saved);
        // Typed without a suffix: the page adds the chosen type's.
        answerSaveDialog(QStringLiteral("*.csv"), m_out.filePath(QStringLiteral("排名")));
        QTest::mouseClick(saveAs, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, kPageWaitMs);
        const QString path = m_out.filePath(QStringLiteral("排名.csv"));
        QCOMPARE(saved.at(0).at(0).toString(), path);

        const QByteArray bytes = fileBytes(path);
        QVERIFY2(bytes.startsWith("\xEF\xBB\xBF"), "UTF-8 with a BOM");
        const QStringList lines =
            QString::fromUtf8(bytes.mid(3))
                .split(QRegularExpression(QStringLiteral("\r?\n")), Qt::SkipEmptyParts);
        QVERIFY(lines.size() > 1);
        const QStringList headers = csvFields(lines.first());
        const int name = headers.indexOf(QStringLiteral("部门"));
        const int valid = headers.indexOf(QStringLiteral("有效评价数"));
        const int score = headers.indexOf(QStringLiteral("综合得分"));
        QVERIFY2(name >= 0 && valid >= 0 && score >= 0, qPrintable(lines.first()));
        QHash<QString, QStringList> rows;
        for (const QString &line : lines.mid(1)) {
            const QStringList f = csvFields(line);
            if (f.size() == headers.size())
                rows.insert(f.at(name), f);
        }

        // The same month from the command line, as a reader would check it.
        const Run rankings =
            runApp(m_home.path(),
                   {QStringLiteral("rankings"), QStringLiteral("--month"),
                    QStringLiteral("2026-10"), QStringLiteral("--format"), QStringLiteral("json")},
                   kSimNow);
        QCOMPARE(rankings.exitCode, 0);
        const QJsonDocument doc = QJsonDocument::fromJson(rankings.out.toUtf8());
        QJsonArray units = doc.array();
        for (const QString &key : {QStringLiteral("units"), QStringLiteral("rows")}) {
            if (units.isEmpty() && doc.object().value(key).isArray())
                units = doc.object().value(key).toArray();
        }
        int compared = 0;
        for (const QJsonValue &v : units) {
            const QJsonObject o = v.toObject();
            const QString unit = o.value(u"unitName").toString(o.value(u"name").toString());
            if (!o.value(u"score").isDouble())
                continue; // below the minimum sample: no score to compare
            QVERIFY2(rows.contains(unit), qPrintable(unit));
            const QStringList row = rows.value(unit);
            QCOMPARE(row.at(score), QString::number(o.value(u"score").toDouble(), 'f', 2));
            const QJsonValue count = o.value(u"validEvaluations").isUndefined()
                                         ? o.value(u"counts").toObject().value(u"validEvaluations")
                                         : o.value(u"validEvaluations");
            if (count.isDouble())
                QCOMPARE(QString(row.at(valid)).remove(u','), QString::number(count.toInteger()));
            ++compared;
        }
        QVERIFY2(compared > 0, qPrintable(rankings.out.left(400)));

        // No evaluator data of the month's evaluations.
        SimHttp http(m_home.sim().baseUrl());
        const QString text = QString::fromUtf8(bytes);
        int checked = 0;
        for (const DumpLine &line : http.dump()) {
            if (line.list != u"evaluations")
                continue;
            for (const char *key : {"userName", "mobile", "certkeyGOV"}) {
                const QString value = line.item.value(QLatin1String(key)).toString();
                if (value.size() < 2)
                    continue;
                QVERIFY2(!text.contains(value), qPrintable(value));
                ++checked;
            }
        }
        QVERIFY(checked > 0);
    }
};

QTEST_MAIN(TestBulletinPageCsv)
#include "tst_bulletinpagecsv.moc"
