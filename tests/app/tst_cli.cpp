// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real `pingjia` binary ($PINGJIA_APP) headless, with HOME and the XDG
// folders pointed at a separate throwaway folder, to prove that --home (or
// PINGJIA_HOME) keeps every file inside the home, and that exit codes and messages
// follow DESIGN.md §4.
#include <QDirIterator>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

QStringList filesUnder(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << QDir(dir).relativeFilePath(it.next());
    files.sort();
    return files;
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void demoHeadlessKeepsEveryFileInHome();
    void pingjiaHomeWorksTheSame();
    void homeOptionWinsOverEnvironment();
    void demoHeadlessTwiceKeepsTheHome();
    void usageErrorsExitOne_data();
    void usageErrorsExitOne();
    void invalidClockIsAUsageErrorAndCreatesNothing();
    void homeThatIsAFileExitsTwo();
    void brokenFilesExitTwoAndStayUntouched_data();
    void brokenFilesExitTwoAndStayUntouched();
    void helpListsEveryVerb();
    void windowWithoutDisplayExitsOne();
    void messagesFollowTheLanguage();

private:
    Run run(const QStringList &args, const QMap<QString, QString> &env = {});

    QString m_app;
    std::unique_ptr<QTemporaryDir> m_outside; // HOME and XDG folders of the child
    std::unique_ptr<QTemporaryDir> m_root;    // where homes are made
};

void TestCli::initTestCase()
{
    m_app = qEnvironmentVariable("PINGJIA_APP");
    QVERIFY2(QFileInfo(m_app).isExecutable(), "PINGJIA_APP must name the pingjia binary");
}

void TestCli::init()
{
    m_outside = std::make_unique<QTemporaryDir>();
    m_root = std::make_unique<QTemporaryDir>();
    QVERIFY(m_outside->isValid() && m_root->isValid());
}

Run TestCli::run(const QStringList &args, const QMap<QString, QString> &env)
{
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"PINGJIA_HOME", "PINGJIA_NOW", "DISPLAY", "WAYLAND_DISPLAY"})
        e.remove(QString::fromLatin1(name));
    const QString outside = m_outside->path();
    e.insert("HOME", outside);
    e.insert("XDG_CONFIG_HOME", outside + "/config");
    e.insert("XDG_DATA_HOME", outside + "/data");
    e.insert("XDG_CACHE_HOME", outside + "/cache");
    e.insert("XDG_STATE_HOME", outside + "/state");
    e.insert("TMPDIR", outside + "/tmp");
    e.insert("QT_QPA_PLATFORM", "offscreen");
    for (auto it = env.begin(); it != env.end(); ++it)
        e.insert(it.key(), it.value());

    QProcess process;
    process.setProcessEnvironment(e);
    process.setWorkingDirectory(m_root->path());
    process.start(m_app, args);
    if (!process.waitForFinished(-1))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

void TestCli::demoHeadlessKeepsEveryFileInHome()
{
    const QString home = m_root->filePath("home");
    const Run r = run({"--home", home, "demo", "--headless"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(home), qPrintable(r.out));
    // The demo synced from the simulator; Chinese by default.
    QVERIFY2(r.out.contains("缓存状态：评价 "), qPrintable(r.out));
    QVERIFY2(!r.out.contains("从未同步"), qPrintable(r.out));
    const QStringList files = filesUnder(home);
    for (const char *expected : {"logs/pingjia.log", "cache.sqlite", "localwork.sqlite"})
        QVERIFY2(files.contains(QString::fromLatin1(expected)), qPrintable(files.join(',')));

    QCOMPARE(filesUnder(m_outside->path()), QStringList());
    // Nothing besides the home in the working directory either.
    QCOMPARE(QDir(m_root->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
             QStringList{"home"});
}

void TestCli::pingjiaHomeWorksTheSame()
{
    const QString home = m_root->filePath("env-home");
    const Run r = run({"demo", "--headless"}, {{"PINGJIA_HOME", home}});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(home), qPrintable(r.out));
    QVERIFY(filesUnder(home).contains("logs/pingjia.log"));
    QCOMPARE(filesUnder(m_outside->path()), QStringList());
}

void TestCli::homeOptionWinsOverEnvironment()
{
    const QString fromEnv = m_root->filePath("from-env");
    const QString fromOption = m_root->filePath("from-option");
    const Run r = run({"--home", fromOption, "demo", "--headless"}, {{"PINGJIA_HOME", fromEnv}});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(QFileInfo::exists(fromOption));
    QVERIFY(!QFileInfo::exists(fromEnv));
    // --home after the verb works too.
    const Run after = run({"demo", "--headless", "--home", fromOption});
    QCOMPARE(after.exitCode, 0);
    QVERIFY(after.out.contains(fromOption));
}

void TestCli::demoHeadlessTwiceKeepsTheHome()
{
    const QString home = m_root->filePath("home");
    QVERIFY(QDir().mkpath(home));
    {
        QSettings settings(home + "/pingjia.ini", QSettings::IniFormat);
        settings.setValue("ui/language", "en");
        settings.setValue("test/marker", 42);
    }
    QCOMPARE(run({"--home", home, "demo", "--headless"}).exitCode, 0);
    const Run second = run({"--home", home, "demo", "--headless"});
    QCOMPARE(second.exitCode, 0);
    QSettings settings(home + "/pingjia.ini", QSettings::IniFormat);
    QCOMPARE(settings.value("test/marker").toInt(), 42);
    QCOMPARE(settings.value("ui/language").toString(), QString("en"));
}

void TestCli::usageErrorsExitOne_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentioned");
    QTest::newRow("unknown verb") << QStringList{"frobnicate"} << "frobnicate";
    QTest::newRow("unknown global option") << QStringList{"--frob", "demo"} << "--frob";
    QTest::newRow("unknown verb option") << QStringList{"demo", "--headless", "--frob"} << "frob";
    QTest::newRow("stray verb argument") << QStringList{"demo", "--headless", "extra"} << "extra";
    QTest::newRow("missing home value") << QStringList{"demo", "--headless", "--home"} << "--home";
    QTest::newRow("unsupported language")
        << QStringList{"--lang", "fr", "demo", "--headless"} << "fr";
}

void TestCli::usageErrorsExitOne()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentioned);
    const QString home = m_root->filePath("home");
    const Run r = run(QStringList{"--home", home} + args);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(mentioned), qPrintable(r.err));
    QCOMPARE(r.out, QString()); // messages go to stderr only
}

void TestCli::invalidClockIsAUsageErrorAndCreatesNothing()
{
    const QString home = m_root->filePath("home");
    const Run r =
        run({"--home", home, "demo", "--headless"}, {{"PINGJIA_NOW", "2026-10-31T18:00:00"}});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("PINGJIA_NOW"), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(home));

    const Run fixed =
        run({"--home", home, "demo", "--headless"}, {{"PINGJIA_NOW", "2026-10-31 18:00:00"}});
    QCOMPARE(fixed.exitCode, 0);
}

void TestCli::homeThatIsAFileExitsTwo()
{
    const QString file = m_root->filePath("a-file");
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not a folder");
    f.close();
    const Run r = run({"--home", file, "demo", "--headless"});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(file), qPrintable(r.err));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("not a folder"));
}

void TestCli::brokenFilesExitTwoAndStayUntouched_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("advice");
    QTest::newRow("cache") << "cache.sqlite"
                           << "Rebuild the cache";
    QTest::newRow("local work") << "localwork.sqlite"
                                << "backup";
}

void TestCli::brokenFilesExitTwoAndStayUntouched()
{
    QFETCH(QString, file);
    QFETCH(QString, advice);
    const QString home = m_root->filePath("home");
    QCOMPARE(run({"--home", home, "demo", "--headless"}).exitCode, 0);
    const QByteArray garbage(8192, 'x');
    {
        QFile f(home + '/' + file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(garbage);
    }
    const QStringList before = filesUnder(home);
    const Run r = run({"--home", home, "--lang", "en", "demo", "--headless"});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(file), qPrintable(r.err));
    QVERIFY2(r.err.contains(advice), qPrintable(r.err));
    QFile f(home + '/' + file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), garbage);
    // Headless nothing is moved aside or created.
    QStringList after = filesUnder(home);
    QCOMPARE(after, before);
}

void TestCli::helpListsEveryVerb()
{
    const Run r = run({"--lang", "en", "--help"});
    QCOMPARE(r.exitCode, 0);
    for (const char *verb : {"demo", "sync", "queue", "rankings", "bulletin", "--home"})
        QVERIFY2(r.out.contains(QString::fromLatin1(verb)), verb);
    const Run demoHelp = run({"--lang", "en", "demo", "--help"});
    QCOMPARE(demoHelp.exitCode, 0);
    QVERIFY(demoHelp.out.contains("--headless"));
    QVERIFY(demoHelp.out.contains("pingjia demo"));
}

void TestCli::windowWithoutDisplayExitsOne()
{
    const Run r = run({"--home", m_root->filePath("home"), "--lang", "en"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("demo --headless"), qPrintable(r.err));
}

void TestCli::messagesFollowTheLanguage()
{
    const QString home = m_root->filePath("home");
    const Run chinese = run({"--home", home, "frobnicate"});
    QVERIFY2(chinese.err.contains("未知命令"), qPrintable(chinese.err));
    const Run english = run({"--home", home, "--lang", "en", "frobnicate"});
    QVERIFY2(english.err.contains("Unknown command"), qPrintable(english.err));

    // The stored choice applies when --lang is absent.
    QVERIFY(QDir().mkpath(home));
    QSettings(home + "/pingjia.ini", QSettings::IniFormat).setValue("ui/language", "en");
    const Run stored = run({"--home", home, "frobnicate"});
    QVERIFY2(stored.err.contains("Unknown command"), qPrintable(stored.err));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
