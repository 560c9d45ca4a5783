// SPDX-License-Identifier: GPL-3.0-or-later
// `pingjia bulletin` on a cache synced from the simulator, run as the real binary next to
// `pingjia rankings`: the PDF's text holds the title, the month and the figures the
// rankings verb reports for the same month; the month's totals match the simulator's
// /sim/dump counted here; the public version holds no staff name, window name or
// evaluator data in any format; ODT content.xml, XLSX and CSV carry the same figures,
// and so does LibreOffice's reading of the XLSX and ODT; --issue records the file in the
// archive with its SHA-256 and proposes the next number; bad arguments and unwritable
// paths are clear errors. The first two pages are kept as PNG artifacts.
#include "../platform-sim/SimHttp.h"
#include "AppRun.h"

#include "../queue-ui/SyncedHome.h"
#include "models/domain/EvaluationValidity.h"

#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace pingjia;
using namespace pingjia::bulletintest;
using pingjia::queueui::kSimNow;

namespace {

const QString kMonth = QStringLiteral("2026-10");

// Personal names and numbers from the simulator's own data.
struct Forbidden {
    QStringList staffNames;
    QStringList windowNames;
    QStringList evaluatorData; // userName, mobile, certkeyGOV
};

struct MonthTotals {
    qint64 all = 0; // non-withdrawn evaluations assessed in the month
    qint64 valid = 0;
    qint64 invalid = 0;
};

struct RankedRow {
    QString name;
    QString score; // two decimals as printed
    qint64 validEvaluations = -1;
};

QString firstString(const QJsonObject &o, const QStringList &keys)
{
    for (const QString &k : keys) {
        if (o.value(k).isString())
            return o.value(k).toString();
    }
    return {};
}

// The rankings verb's JSON: an array of units, or an object holding one.
QList<RankedRow> rankedRows(const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    QJsonArray units = doc.array();
    for (const QString &key : {u"units"_qs, u"rows"_qs, u"ranking"_qs}) {
        if (units.isEmpty() && doc.object().value(key).isArray())
            units = doc.object().value(key).toArray();
    }
    QList<RankedRow> rows;
    for (const QJsonValue &v : units) {
        const QJsonObject o = v.toObject();
        RankedRow r;
        r.name = firstString(o, {u"unitName"_qs, u"name"_qs});
        const QJsonValue score = o.value(u"score");
        if (score.isDouble())
            r.score = QString::number(score.toDouble(), 'f', 2);
        const QJsonValue valid = o.value(u"validEvaluations").isUndefined()
                                     ? o.value(u"counts").toObject().value(u"validEvaluations")
                                     : o.value(u"validEvaluations");
        if (valid.isDouble())
            r.validEvaluations = valid.toInteger();
        rows << r;
    }
    return rows;
}

} // namespace

class TestBulletinCli : public QObject {
    Q_OBJECT

    queueui::SyncedHome m_home;
    QTemporaryDir m_out;
    Forbidden m_forbidden;
    MonthTotals m_totals;
    QHash<QString, qint64> m_centerTotals; // non-withdrawn evaluations of the month
    QHash<QString, QString> m_centerNames;
    QString m_publicPdf;

    QString out(const QString &name) const { return m_out.filePath(name); }

    Run bulletin(const QStringList &args)
    {
        return runApp(m_home.path(), QStringList{u"bulletin"_qs} + args, kSimNow);
    }

    void readDump()
    {
        SimHttp http(m_home.sim().baseUrl());
        QHash<QString, QString> centerOfCase; // projectNo → centerCode
        QStringList monthCases;               // projectNo of each evaluation of the month
        for (const DumpLine &line : http.dump()) {
            const QJsonObject &o = line.item;
            if (line.list == u"cases")
                centerOfCase.insert(o.value(u"projectNo").toString(),
                                    o.value(u"centerCode").toString());
            if (line.list == u"orgs" && o.value(u"kind").toString() == u"center")
                m_centerNames.insert(o.value(u"orgCode").toString(), o.value(u"name").toString());
            if (line.list == u"staff")
                m_forbidden.staffNames << o.value(u"name").toString();
            else if (line.list == u"orgs" && o.value(u"kind").toString() == u"window")
                m_forbidden.windowNames << o.value(u"name").toString();
            if (line.list != u"evaluations")
                continue;
            for (const char *key : {"userName", "mobile", "certkeyGOV"}) {
                const QString value = o.value(QLatin1String(key)).toString();
                if (value.size() >= 2)
                    m_forbidden.evaluatorData << value;
            }
            if (o.value(u"status").toString() == u"withdrawn" ||
                !o.value(u"assessTime").toString().startsWith(kMonth))
                continue;
            // gbt39046 codes (the simulator's default): 1 = 非常满意 … 5 = 非常不满意.
            const int level = 6 - o.value(u"satisfaction").toString().toInt();
            const bool valid =
                level >= 3 || !o.value(u"writingEvaluation").toString().trimmed().isEmpty();
            ++m_totals.all;
            ++(valid ? m_totals.valid : m_totals.invalid);
            monthCases << o.value(u"projectNo").toString();
        }
        for (const QString &projectNo : monthCases)
            ++m_centerTotals[centerOfCase.value(projectNo)];
        m_forbidden.staffNames.removeDuplicates();
        m_forbidden.windowNames.removeDuplicates();
        m_forbidden.evaluatorData.removeDuplicates();
    }

    void verifyNoLeak(const QString &text, const QString &what)
    {
        for (const QStringList *list :
             {&m_forbidden.staffNames, &m_forbidden.windowNames, &m_forbidden.evaluatorData}) {
            for (const QString &name : *list) {
                QVERIFY2(!text.contains(name),
                         qPrintable(QStringLiteral("%1 holds \"%2\"").arg(what, name)));
            }
        }
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_home.create(&error), qPrintable(error));
        readDump();
        QVERIFY(m_totals.all > 0);
        QVERIFY(!m_forbidden.staffNames.isEmpty());
        QVERIFY(!m_forbidden.windowNames.isEmpty());
        // Both binaries read the files as the app does: close this process's handles.
        m_home.cache().closeThisThread();
        m_home.work().closeThisThread();
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no month") << QStringList{u"--out"_qs, u"x.pdf"_qs} << u"--month"_qs;
        QTest::newRow("bad month")
            << QStringList{u"--month"_qs, u"2026-13"_qs, u"--out"_qs, u"x.pdf"_qs} << u"2026-13"_qs;
        QTest::newRow("no out") << QStringList{u"--month"_qs, kMonth} << u"--out"_qs;
        QTest::newRow("unknown format")
            << QStringList{u"--month"_qs, kMonth, u"--out"_qs, u"x.docx"_qs} << u"x.docx"_qs;
        QTest::newRow("bad number") << QStringList{u"--month"_qs, kMonth,      u"--number"_qs,
                                                   u"12"_qs,      u"--out"_qs, u"x.pdf"_qs}
                                    << u"12"_qs;
        QTest::newRow("unknown option") << QStringList{u"--colour"_qs} << u"colour"_qs;
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = bulletin(args);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void unwritablePaths()
    {
        Run r = bulletin({u"--month"_qs, kMonth, u"--out"_qs, u"/nonexistent-folder/b.xlsx"_qs});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"/nonexistent-folder"), qPrintable(r.err));
        // A file where the folder should be (root may write anywhere, so not chmod).
        QFile(out(u"not-a-folder.pdf"_qs)).open(QIODevice::WriteOnly);
        r = bulletin({u"--month"_qs, kMonth, u"--out"_qs, out(u"not-a-folder.pdf/b.pdf"_qs)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"not-a-folder.pdf"), qPrintable(r.err));
    }

    void pdfHoldsTheRankingsFigures()
    {
        const Run rankings =
            runApp(m_home.path(),
                   {u"rankings"_qs, u"--month"_qs, kMonth, u"--format"_qs, u"json"_qs}, kSimNow);
        QCOMPARE(rankings.exitCode, 0);
        // Every unit, ranked or below the minimum sample, is in the 附件 with its score: the
        // first ones (the table's order) are checked.
        const QList<RankedRow> ranked = rankedRows(rankings.out.toUtf8()).mid(0, 5);
        QVERIFY2(!ranked.isEmpty(), qPrintable(rankings.out.left(400)));

        const QString pdf = out(u"internal.pdf"_qs);
        const Run r = bulletin({u"--month"_qs, kMonth, u"--out"_qs, pdf});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"internal.pdf"));
        const QString text = squeezed(pdfText(pdf));
        QVERIFY2(text.contains(u"关于2026年10月"), qPrintable(text.left(300)));
        QVERIFY(text.contains(u"“好差评”情况的通报") || text.contains(u"\"好差评\"情况的通报"));
        QVERIFY(text.contains(u"内部版"));
        QVERIFY2(text.contains(QStringLiteral("共收到评价%1条").arg(m_totals.all)),
                 qPrintable(text.left(2000)));
        QVERIFY(text.contains(QStringLiteral("有效评价%1条").arg(m_totals.valid)));
        QVERIFY(text.contains(QStringLiteral("无效评价%1条").arg(m_totals.invalid)));
        for (const RankedRow &row : ranked) {
            QVERIFY2(text.contains(squeezed(row.name)), qPrintable(row.name));
            if (!row.score.isEmpty())
                QVERIFY2(text.contains(row.score), qPrintable(row.name + u' ' + row.score));
        }
        QVERIFY(r.err.contains(u"--issue")); // a draft, said so

        // The first two pages as artifacts.
        const QString artifacts = qEnvironmentVariable("PINGJIA_TEST_ARTIFACTS");
        if (!artifacts.isEmpty()) {
            QDir().mkpath(artifacts);
            runProgram(u"pdftoppm"_qs, {u"-png"_qs, u"-r"_qs, u"60"_qs, u"-f"_qs, u"1"_qs, u"-l"_qs,
                                        u"2"_qs, pdf, artifacts + u"/bulletin-page"_qs});
            QVERIFY(!QDir(artifacts).entryList({u"bulletin-page*.png"_qs}).isEmpty());
        }
    }

    void scopedToACenter()
    {
        // The center with most evaluations in the month, counted from the dump.
        QString center;
        for (auto it = m_centerTotals.cbegin(); it != m_centerTotals.cend(); ++it) {
            if (!it.key().isEmpty() &&
                (center.isEmpty() || it.value() > m_centerTotals.value(center)))
                center = it.key();
        }
        QVERIFY2(!center.isEmpty() && m_centerNames.contains(center), "cases and centers dumped");
        QVERIFY(m_centerTotals.value(center) < m_totals.all);
        const QString pdf = out(u"center.pdf"_qs);
        const Run r = bulletin({u"--month"_qs, kMonth, u"--scope"_qs, center, u"--out"_qs, pdf});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString text = squeezed(pdfText(pdf));
        QVERIFY2(text.contains(squeezed(m_centerNames.value(center))), qPrintable(text.left(300)));
        QVERIFY2(text.contains(QStringLiteral("共收到评价%1条").arg(m_centerTotals.value(center))),
                 qPrintable(text.left(2000)));
        // A code the cache does not know is a clear error.
        const Run unknown = bulletin(
            {u"--month"_qs, kMonth, u"--scope"_qs, u"C999999"_qs, u"--out"_qs, out(u"x.pdf"_qs)});
        QVERIFY(unknown.exitCode != 0);
        QVERIFY2(unknown.err.contains(u"C999999"), qPrintable(unknown.err));
    }

    void publicVersionLeaksNothing()
    {
        m_publicPdf = out(u"public.pdf"_qs);
        for (const QString &name : {u"public.pdf"_qs, u"public.odt"_qs, u"public.xlsx"_qs,
                                    u"public.csv"_qs, u"public-csv/"_qs}) {
            const Run r = bulletin({u"--month"_qs, kMonth, u"--public"_qs, u"--out"_qs, out(name)});
            QVERIFY2(r.exitCode == 0, qPrintable(name + QStringLiteral(": ") + r.err));
        }
        const QString pdf = pdfText(out(u"public.pdf"_qs));
        QVERIFY(squeezed(pdf).contains(u"公示版"));
        verifyNoLeak(pdf, u"public PDF"_qs);
        verifyNoLeak(zipText(out(u"public.odt"_qs), u"content.xml"_qs), u"public ODT"_qs);
        QString xlsx;
        for (const QString &member : {u"xl/sharedStrings.xml"_qs, u"xl/worksheets/sheet1.xml"_qs})
            xlsx += zipText(out(u"public.xlsx"_qs), member);
        verifyNoLeak(xlsx, u"public XLSX"_qs);
        verifyNoLeak(QString::fromUtf8(fileBytes(out(u"public.csv"_qs))), u"public CSV"_qs);
        const QDir folder(out(u"public-csv"_qs));
        const QStringList files = folder.entryList({u"*.csv"_qs}, QDir::Files);
        QVERIFY(files.size() >= 3);
        for (const QString &f : files) {
            const QByteArray bytes = fileBytes(folder.filePath(f));
            QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
            verifyNoLeak(QString::fromUtf8(bytes), f);
        }
        // The internal version may name them: the check above can fail.
        const Run internal =
            bulletin({u"--month"_qs, kMonth, u"--out"_qs, out(u"internal.odt"_qs)});
        QCOMPARE(internal.exitCode, 0);
    }

    void odtAndXlsxCarryTheFigures()
    {
        const QString odt = zipText(out(u"internal.odt"_qs), u"content.xml"_qs);
        QVERIFY2(odt.contains(QStringLiteral("共收到评价%1条").arg(m_totals.all)),
                 qPrintable(odt.left(500)));
        const QString xlsx = out(u"figures.xlsx"_qs);
        QCOMPARE(bulletin({u"--month"_qs, kMonth, u"--out"_qs, xlsx}).exitCode, 0);
        // 主要指标 (counts above rates in a column) is written as printed: shared strings.
        const QString strings = zipText(xlsx, u"xl/sharedStrings.xml"_qs);
        QVERIFY2(strings.contains(QStringLiteral("<t>%1</t>").arg(m_totals.valid)),
                 qPrintable(strings.left(800)));
    }

    void libreOfficeReadsTheSameFigures()
    {
        if (QStandardPaths::findExecutable(u"soffice"_qs).isEmpty())
            QSKIP("LibreOffice (soffice) is not installed: scripts/install-deps.sh installs it");
        QTemporaryDir profile;
        for (const QString &file : {u"figures.xlsx"_qs, u"internal.odt"_qs}) {
            const Run r =
                runProgram(u"soffice"_qs, {u"-env:UserInstallation=file://"_qs + profile.path(),
                                           u"--headless"_qs, u"--convert-to"_qs, u"pdf"_qs,
                                           u"--outdir"_qs, out(u"lo"_qs), out(file)});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            const QString pdf = out(u"lo/"_qs + QFileInfo(file).completeBaseName() + u".pdf"_qs);
            const QString text = squeezed(pdfText(pdf));
            QVERIFY2(text.contains(QString::number(m_totals.valid)),
                     qPrintable(file + text.left(500)));
        }
    }

    void issuesIntoTheArchive()
    {
        const QString first = out(u"issued-1.pdf"_qs);
        Run r =
            bulletin({u"--month"_qs, kMonth, u"--public"_qs, u"--issue"_qs, u"--out"_qs, first});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QStringList fields = r.out.trimmed().split(u'\t');
        QCOMPARE(fields.size(), 3);
        QCOMPARE(fields.at(1), u"〔2026〕1号"_qs); // empty archive, PINGJIA_NOW in 2026
        const Run sha = runProgram(u"sha256sum"_qs, {first});
        QCOMPARE(fields.at(2), sha.out.section(u' ', 0, 0));
        QVERIFY(!r.err.contains(u"already issued"));

        // Again: the next number, and a warning that the month was issued before.
        r = bulletin({u"--month"_qs, kMonth, u"--issue"_qs, u"--out"_qs, out(u"issued-2.xlsx"_qs)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed().split(u'\t').value(1), u"〔2026〕2号"_qs);
        QVERIFY2(r.err.contains(u"〔2026〕1号"), qPrintable(r.err));

        // A number already given is refused; nothing is written.
        r = bulletin({u"--month"_qs, kMonth, u"--issue"_qs, u"--number"_qs, u"〔2026〕2号"_qs,
                      u"--out"_qs, out(u"issued-3.pdf"_qs)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!QFile::exists(out(u"issued-3.pdf"_qs)));
        // A folder cannot be issued.
        r = bulletin({u"--month"_qs, kMonth, u"--issue"_qs, u"--out"_qs, out(u"folder/"_qs)});
        QCOMPARE(r.exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestBulletinCli)
#include "tst_bulletincli.moc"
