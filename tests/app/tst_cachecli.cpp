// SPDX-License-Identifier: GPL-3.0-or-later
// `pingjia cache check` and `pingjia cache rebuild` on the real binary, against the
// simulator over real HTTP, with the real keychain (issue 12, item 6). The counts the
// check prints are compared with the simulator's own /sim/dump, counted here; a cache
// file with damaged pages is refused with exit 2 and one message, and rebuilt from the
// platform without touching the local-work file.
#include "tests/platform-sim/SimHttp.h"
#include "SimProcess.h"

#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace pingjia;

namespace {

struct Run {
    int exit = -1;
    QString out;
    QString err;
};

// The id field of each list's records in /sim/dump.
const QHash<QString, QString> kIdField = {
    {QStringLiteral("orgs"), QStringLiteral("orgCode")},
    {QStringLiteral("staff"), QStringLiteral("staffId")},
    {QStringLiteral("items"), QStringLiteral("taskCode")},
    {QStringLiteral("cases"), QStringLiteral("projectNo")},
    {QStringLiteral("evaluations"), QStringLiteral("evalId")},
    {QStringLiteral("bad-reviews"), QStringLiteral("evalId")},
};

// The file's inode: the same file, not a new one put in its place.
qulonglong inodeOf(const QString &path)
{
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? qulonglong(st.st_ino) : 0;
}

} // namespace

class TestCacheCli : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void checkCountsWhatThePlatformHolds();
    void damagedCacheIsRefusedOnceThenRebuilt();
    void noCacheYet();

private:
    Run run(const QStringList &args, const QString &home) const;
    // "orgs" → count, from `pingjia cache check`'s lines "orgs: 12 record(s), checksum …".
    static QHash<QString, int> printedCounts(const QString &out);

    SimProcess m_sim;
    QTemporaryDir m_root;
    QString m_home;
    QHash<QString, int> m_platformCounts;
};

Run TestCacheCli::run(const QStringList &args, const QString &home) const
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PINGJIA_PASSWORD"), QStringLiteral("demo"));
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("PINGJIA_APP"),
            QStringList{QStringLiteral("--home"), home, QStringLiteral("--lang"),
                        QStringLiteral("en")} +
                args);
    if (!p.waitForFinished(600000))
        return {};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QHash<QString, int> TestCacheCli::printedCounts(const QString &out)
{
    QHash<QString, int> counts;
    static const QRegularExpression line(QStringLiteral("^([a-z-]+): (\\d+) record"),
                                         QRegularExpression::MultilineOption);
    for (auto it = line.globalMatch(out); it.hasNext();) {
        const auto m = it.next();
        counts.insert(m.captured(1), m.captured(2).toInt());
    }
    return counts;
}

void TestCacheCli::initTestCase()
{
    QVERIFY(m_root.isValid());
    QVERIFY2(m_sim.start({QStringLiteral("--scale"), QStringLiteral("small")}),
             qPrintable(m_sim.errorString()));
    // The platform's own records, counted by distinct id per list.
    QHash<QString, QSet<QString>> ids;
    for (const DumpLine &l : SimHttp(m_sim.baseUrl()).dump())
        ids[l.list].insert(l.item.value(kIdField.value(l.list)).toString());
    for (auto it = ids.begin(); it != ids.end(); ++it)
        m_platformCounts.insert(it.key(), int(it.value().size()));
    QCOMPARE(m_platformCounts.size(), 6);

    m_home = m_root.filePath(QStringLiteral("home"));
    const Run sync =
        run({QStringLiteral("sync"), QStringLiteral("--platform"), m_sim.baseUrl().toString(),
             QStringLiteral("--user"), QStringLiteral("demo")},
            m_home);
    QVERIFY2(sync.exit == 0, qPrintable(sync.err));
}

void TestCacheCli::checkCountsWhatThePlatformHolds()
{
    const Run check = run({QStringLiteral("cache"), QStringLiteral("check")}, m_home);
    QVERIFY2(check.exit == 0, qPrintable(check.err));
    QVERIFY(check.out.contains(QLatin1String("The cache file is intact.")));
    QCOMPARE(printedCounts(check.out), m_platformCounts);
    QVERIFY(check.out.contains(QLatin1String("The platform reports no count or checksum")));
}

void TestCacheCli::damagedCacheIsRefusedOnceThenRebuilt()
{
    const QString cache = m_home + QStringLiteral("/cache.sqlite");
    const QString localWork = m_home + QStringLiteral("/localwork.sqlite");
    const qulonglong localWorkBefore = inodeOf(localWork);
    QVERIFY(localWorkBefore != 0);
    {
        // Garbage over pages 3 and after, as a failing disk would leave them.
        QFile f(cache);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek(8192));
        QVERIFY(f.write(QByteArray(64 * 1024, '\xff')) > 0);
    }
    const Run damaged = run({QStringLiteral("cache"), QStringLiteral("check")}, m_home);
    QCOMPARE(damaged.exit, 2);
    QVERIFY2(damaged.err.contains(QLatin1String("pingjia cache rebuild")), qPrintable(damaged.err));
    // Said once: neither the store nor the app repeats it on stderr.
    QCOMPARE(damaged.err.count(cache), 1);

    const Run queue = run({QStringLiteral("queue")}, m_home);
    QCOMPARE(queue.exit, 2);
    QCOMPARE(queue.err.count(cache), 1);

    const Run rebuilt = run({QStringLiteral("cache"), QStringLiteral("rebuild")}, m_home);
    QVERIFY2(rebuilt.exit == 0, qPrintable(rebuilt.err));
    QVERIFY2(rebuilt.err.contains(QLatin1String("The old cache was moved to")),
             qPrintable(rebuilt.err));
    // The local-work file stayed where it was, untouched by the rebuild.
    QCOMPARE(inodeOf(localWork), localWorkBefore);
    const Run audit = run({QStringLiteral("audit"), QStringLiteral("verify")}, m_home);
    QVERIFY2(audit.exit == 0, qPrintable(audit.err));

    const Run check = run({QStringLiteral("cache"), QStringLiteral("check")}, m_home);
    QVERIFY2(check.exit == 0, qPrintable(check.err));
    QCOMPARE(printedCounts(check.out), m_platformCounts);
}

void TestCacheCli::noCacheYet()
{
    const QString empty = m_root.filePath(QStringLiteral("empty"));
    const Run check = run({QStringLiteral("cache"), QStringLiteral("check")}, empty);
    QCOMPARE(check.exit, 0);
    QVERIFY(check.out.contains(QLatin1String("There is no cache yet")));
    const Run bad = run({QStringLiteral("cache"), QStringLiteral("mend")}, empty);
    QCOMPARE(bad.exit, 1);
}

QTEST_GUILESS_MAIN(TestCacheCli)
#include "tst_cachecli.moc"
