// SPDX-License-Identifier: GPL-3.0-or-later
// The global command-line grammar, without starting a process.
#include "app/CommandLine.h"
#include "app/UserHome.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace pingjia;
using Error = Invocation::Error;

namespace {
const QStringList kVerbs{"demo", "sync", "queue", "rankings", "bulletin"};
}

class TestCommandLine : public QObject {
    Q_OBJECT

private slots:
    void noArgumentsOpensTheWindow();
    void globalOptionsAnywhere();
    void environmentHomeIsTheFallback();
    void verbArgumentsPassThrough();
    void errors_data();
    void errors();
    void helpAndVersionBeforeTheVerbOnly();
    void explicitHomeKeepsEverythingInside();
};

void TestCommandLine::noArgumentsOpensTheWindow()
{
    const Invocation inv = parseCommandLine({}, kVerbs, {});
    QCOMPARE(inv.error, Error::None);
    QVERIFY(inv.verb.isEmpty());
    QVERIFY(inv.homeDirectory.isEmpty());
}

void TestCommandLine::globalOptionsAnywhere()
{
    Invocation inv =
        parseCommandLine({"--home", "/h", "demo", "--lang=en", "--headless"}, kVerbs, {});
    QCOMPARE(inv.error, Error::None);
    QCOMPARE(inv.homeDirectory, QString("/h"));
    QCOMPARE(inv.language, QString("en"));
    QCOMPARE(inv.verb, QString("demo"));
    QCOMPARE(inv.verbArguments, QStringList{"--headless"});

    inv = parseCommandLine({"queue", "--state", "confirmed", "--home=/x"}, kVerbs, {});
    QCOMPARE(inv.homeDirectory, QString("/x"));
    QCOMPARE(inv.verbArguments, QStringList({"--state", "confirmed"}));
}

void TestCommandLine::environmentHomeIsTheFallback()
{
    QCOMPARE(parseCommandLine({"demo"}, kVerbs, "/env").homeDirectory, QString("/env"));
    QCOMPARE(parseCommandLine({"--home", "/opt", "demo"}, kVerbs, "/env").homeDirectory,
             QString("/opt"));
}

void TestCommandLine::verbArgumentsPassThrough()
{
    // After the verb, --help and unknown options belong to the verb.
    const Invocation inv =
        parseCommandLine({"rankings", "--month", "2026-10", "--help", "-x"}, kVerbs, {});
    QCOMPARE(inv.error, Error::None);
    QVERIFY(!inv.help);
    QCOMPARE(inv.verbArguments, QStringList({"--month", "2026-10", "--help", "-x"}));
}

void TestCommandLine::errors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<Error>("error");
    QTest::addColumn<QString>("subject");
    QTest::newRow("unknown verb") << QStringList{"frob"} << Error::UnknownVerb << "frob";
    QTest::newRow("unknown option") << QStringList{"-v", "demo"} << Error::UnknownOption << "-v";
    QTest::newRow("home without value")
        << QStringList{"demo", "--home"} << Error::MissingValue << "--home";
    QTest::newRow("empty home=") << QStringList{"--home=", "demo"} << Error::MissingValue
                                 << "--home";
    QTest::newRow("lang without value") << QStringList{"--lang"} << Error::MissingValue << "--lang";
    QTest::newRow("unsupported lang")
        << QStringList{"--lang", "ja"} << Error::UnsupportedLanguage << "ja";
}

void TestCommandLine::errors()
{
    QFETCH(QStringList, args);
    QFETCH(Error, error);
    QFETCH(QString, subject);
    const Invocation inv = parseCommandLine(args, kVerbs, {});
    QCOMPARE(inv.error, error);
    QCOMPARE(inv.errorSubject, subject);
    QVERIFY(describeCommandLineError(inv).contains(subject));
}

void TestCommandLine::helpAndVersionBeforeTheVerbOnly()
{
    QVERIFY(parseCommandLine({"--help"}, kVerbs, {}).help);
    QVERIFY(parseCommandLine({"-h"}, kVerbs, {}).help);
    QVERIFY(parseCommandLine({"--version"}, kVerbs, {}).version);
    QVERIFY(!parseCommandLine({"demo", "--version"}, kVerbs, {}).version);
    QVERIFY(usageText({"demo      x"}).contains("demo      x"));
}

void TestCommandLine::explicitHomeKeepsEverythingInside()
{
    QTemporaryDir dir;
    const UserHome home = UserHome::inDirectory(dir.filePath("a/../h"));
    QCOMPARE(home.directory(), dir.filePath("h"));
    QVERIFY(home.isExplicit());
    for (const QString &path : {home.cacheFile(), home.localWorkFile(), home.logDirectory(),
                                home.settingsFile(), home.extraCalendarFile()})
        QVERIFY2(path.startsWith(home.directory() + '/'), qPrintable(path));
    QVERIFY(!QFileInfo::exists(home.directory())); // resolving creates nothing
    QString error;
    QVERIFY(home.ensureExists(&error));
    QVERIFY(QFileInfo(home.logDirectory()).isDir());
    auto settings = home.openSettings();
    QCOMPARE(settings->format(), QSettings::IniFormat);
    QCOMPARE(settings->fileName(), home.settingsFile());
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
