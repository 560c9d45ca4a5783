// SPDX-License-Identifier: GPL-3.0-or-later
// The archive of issued bulletins: 文号 parsing and the next-number proposal, records in
// a real local-work file (migration from version 2 included), re-issue detection and the
// file's SHA-256 (expected values from sha256sum, run here).
#include "models/domain/Clock.h"
#include "models/domain/PlatformTime.h"
#include "models/store/BulletinArchive.h"
#include "models/store/LocalWorkDatabase.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace pingjia;

class TestBulletinArchive : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    BulletinArchiveEntry entry(const QString &number, const QString &month,
                               const QString &scope = QStringLiteral("C620802"))
    {
        BulletinArchiveEntry e;
        e.number = number;
        e.month = month;
        e.scope = scope;
        e.version = QStringLiteral("internal");
        e.format = QStringLiteral("pdf");
        e.filePath = m_dir.filePath(QStringLiteral("b.pdf"));
        e.sha256 = QStringLiteral("00");
        e.issuedBy = QStringLiteral("office");
        return e;
    }

private slots:
    void cleanup() { Clock::clearOverride(); }

    void parsesNumbers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("normalized");
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("sequence");
        QTest::newRow("standard") << u"〔2026〕12号"_qs << u"〔2026〕12号"_qs << 2026 << 12;
        QTest::newRow("prefix") << u"平政服办〔2026〕3号"_qs << u"平政服办〔2026〕3号"_qs << 2026
                                << 3;
        QTest::newRow("ascii brackets, zeros")
            << u"[2026]012号"_qs << u"〔2026〕12号"_qs << 2026 << 12;
        QTest::newRow("full-width parens") << u"（2027）1号"_qs << u"〔2027〕1号"_qs << 2027 << 1;
        QTest::newRow("no 号") << u"〔2026〕12"_qs << QString() << 0 << 0;
        QTest::newRow("第") << u"〔2026〕第12号"_qs << QString() << 0 << 0;
        QTest::newRow("zero") << u"〔2026〕0号"_qs << QString() << 0 << 0;
        QTest::newRow("empty") << QString() << QString() << 0 << 0;
    }
    void parsesNumbers()
    {
        QFETCH(QString, text);
        QFETCH(QString, normalized);
        QFETCH(int, year);
        QFETCH(int, sequence);
        const auto n = BulletinNumber::parse(text);
        QCOMPARE(n.has_value(), !normalized.isEmpty());
        if (!n)
            return;
        QCOMPARE(n->toString(), normalized);
        QCOMPARE(n->year, year);
        QCOMPARE(n->sequence, sequence);
    }

    void proposesNextNumber()
    {
        LocalWorkDatabase db(m_dir.filePath(QStringLiteral("propose.sqlite")));
        QVERIFY(db.open().ok());
        BulletinArchive archive(db);
        // Empty archive: 〔year〕1号.
        QCOMPARE(archive.proposeNumber(2026).toString(), u"〔2026〕1号"_qs);
        auto e = entry(u"平政服办〔2026〕12号"_qs, u"2026-09"_qs);
        QVERIFY(archive.record(e).ok());
        QCOMPARE(archive.proposeNumber(2026).toString(), u"平政服办〔2026〕13号"_qs);
        // A smaller number issued later does not lower the proposal.
        auto f = entry(u"平政服办〔2026〕5号"_qs, u"2026-10"_qs);
        QVERIFY(archive.record(f).ok());
        QCOMPARE(archive.proposeNumber(2026).toString(), u"平政服办〔2026〕13号"_qs);
        // A new year starts again at 1 with the same 机关代字.
        QCOMPARE(archive.proposeNumber(2027).toString(), u"平政服办〔2027〕1号"_qs);
        QVERIFY(archive.numberUsed(u"平政服办[2026]12号"_qs));
        QVERIFY(!archive.numberUsed(u"平政服办〔2026〕13号"_qs));
    }

    void recordsAndFindsReissues()
    {
        Clock::setOverride(parsePlatformTime(u"2026-11-05 10:00:00"_qs));
        LocalWorkDatabase db(m_dir.filePath(QStringLiteral("reissue.sqlite")));
        QVERIFY(db.open().ok());
        BulletinArchive archive(db);
        QVERIFY(archive.issuesOf(u"2026-10"_qs, u"C620802"_qs).isEmpty());
        auto first = entry(u"〔2026〕12号"_qs, u"2026-10"_qs);
        QVERIFY(archive.record(first).ok());
        QVERIFY(first.id > 0);
        QCOMPARE(formatPlatformTime(first.issuedAt), u"2026-11-05 10:00:00"_qs);
        auto other = entry(u"〔2026〕13号"_qs, u"2026-10"_qs, u"C620821"_qs);
        QVERIFY(archive.record(other).ok());
        auto again = entry(u"〔2026〕14号"_qs, u"2026-10"_qs);
        again.version = QStringLiteral("public");
        QVERIFY(archive.record(again).ok());

        const auto issues = archive.issuesOf(u"2026-10"_qs, u"C620802"_qs);
        QCOMPARE(issues.size(), 2);
        QCOMPARE(issues.at(0).number, u"〔2026〕14号"_qs); // newest first
        QCOMPARE(issues.at(0).version, u"public"_qs);
        QCOMPARE(issues.at(1).number, u"〔2026〕12号"_qs);
        QCOMPARE(archive.entries().size(), 3);

        // Kept across a reopen, with every field.
        db.closeThisThread();
        LocalWorkDatabase reopened(db.path());
        QVERIFY(reopened.open().ok());
        const auto all = BulletinArchive(reopened).entries();
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.last().issuedBy, u"office"_qs);
        QCOMPARE(all.last().scope, u"C620802"_qs);
        QCOMPARE(all.last().format, u"pdf"_qs);
    }

    void refusesBadNumbers()
    {
        LocalWorkDatabase db(m_dir.filePath(QStringLiteral("bad.sqlite")));
        QVERIFY(db.open().ok());
        auto e = entry(u"12号"_qs, u"2026-10"_qs);
        const StoreResult r = BulletinArchive(db).record(e);
        QCOMPARE(r.kind, StoreErrorKind::Data);
        QVERIFY(r.message.contains(u"12号"));
        QVERIFY(BulletinArchive(db).entries().isEmpty());
    }

    void migratesFromVersionTwo()
    {
        const QString path = m_dir.filePath(QStringLiteral("v2.sqlite"));
        {
            LocalWorkDatabase old(path);
            QVERIFY(old.openAtVersion(2).ok());
            QCOMPARE(old.fileVersion(), 2);
        }
        LocalWorkDatabase db(path);
        QVERIFY(db.open().ok());
        QVERIFY(db.fileVersion() >= 3);
        auto e = entry(u"〔2026〕1号"_qs, u"2026-10"_qs);
        QVERIFY(BulletinArchive(db).record(e).ok());
    }

    void hashesFiles()
    {
        const QString path = m_dir.filePath(QStringLiteral("file.bin"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(100000, 'x') + "通报");
        f.close();
        QProcess sha;
        sha.start(QStringLiteral("sha256sum"), {path});
        QVERIFY(sha.waitForFinished(60000));
        const QString expected =
            QString::fromLatin1(sha.readAllStandardOutput()).section(u' ', 0, 0);
        QCOMPARE(expected.size(), 64);
        QCOMPARE(BulletinArchive::fileSha256(path), expected);
        QString error;
        QVERIFY(BulletinArchive::fileSha256(m_dir.filePath(QStringLiteral("missing")), &error)
                    .isEmpty());
        QVERIFY(error.contains(u"missing"));
    }
};

QTEST_GUILESS_MAIN(TestBulletinArchive)
#include "tst_bulletinarchive.moc"
