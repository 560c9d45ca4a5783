// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real `pingjia` binary ($PINGJIA_APP) with the permissive umask 022 of a usual
// shell and checks that the home it makes, and a home an older version left readable by
// every local user, end up private: folders 0700 and files 0600 (issue 12, item 3).
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

namespace {

// Octal mode bits of a path, as `stat` gives them.
int modeOf(const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

// Paths under `dir` (and `dir` itself) whose mode is not 0700 for a folder or 0600 for a file.
QStringList notPrivate(const QString &dir, int *files)
{
    QStringList wrong;
    if (modeOf(dir) != 0700)
        wrong << QStringLiteral("%1 %2").arg(dir).arg(modeOf(dir), 0, 8);
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const bool folder = it.fileInfo().isDir();
        if (!folder)
            ++*files;
        if (modeOf(path) != (folder ? 0700 : 0600))
            wrong << QStringLiteral("%1 %2").arg(path).arg(modeOf(path), 0, 8);
    }
    return wrong;
}

bool writeFile(const QString &path, int mode)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write("x=1\n") != 4)
        return false;
    file.close();
    return ::chmod(QFile::encodeName(path).constData(), mode_t(mode)) == 0;
}

} // namespace

class TestPrivateHome : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void newHomeIsPrivate();
    void readableHomeIsTightenedAndLogged();

private:
    int runQueue(const QString &home);

    QString m_app;
    QTemporaryDir m_root;
};

void TestPrivateHome::initTestCase()
{
    m_app = qEnvironmentVariable("PINGJIA_APP");
    QVERIFY2(QFile::exists(m_app), "PINGJIA_APP must name the built pingjia binary");
    QVERIFY(m_root.isValid());
    ::umask(022); // the child inherits it: what a user's shell usually has
}

int TestPrivateHome::runQueue(const QString &home)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_root.filePath(QStringLiteral("outside")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_root.filePath(QStringLiteral("outside")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_root.filePath(QStringLiteral("outside")));
    process.setProcessEnvironment(env);
    process.start(m_app, {QStringLiteral("--home"), home, QStringLiteral("queue")});
    if (!process.waitForFinished(120000))
        return -1;
    return process.exitCode();
}

void TestPrivateHome::newHomeIsPrivate()
{
    const QString home = m_root.filePath(QStringLiteral("new-home"));
    QCOMPARE(runQueue(home), 0);
    int files = 0;
    const QStringList wrong = notPrivate(home, &files);
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
    QVERIFY2(files > 0, "the run should have written at least its log file");
}

void TestPrivateHome::readableHomeIsTightenedAndLogged()
{
    const QString home = m_root.filePath(QStringLiteral("old-home"));
    QVERIFY(QDir().mkpath(home + QStringLiteral("/logs")));
    QVERIFY(::chmod(QFile::encodeName(home).constData(), 0755) == 0);
    QVERIFY(::chmod(QFile::encodeName(home + QStringLiteral("/logs")).constData(), 0755) == 0);
    QVERIFY(writeFile(home + QStringLiteral("/pingjia.ini"), 0644));
    QVERIFY(writeFile(home + QStringLiteral("/logs/old.log"), 0644));
    QCOMPARE(modeOf(home + QStringLiteral("/pingjia.ini")), 0644);

    QCOMPARE(runQueue(home), 0);
    int files = 0;
    const QStringList wrong = notPrivate(home, &files);
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));

    // The log says what was tightened.
    QString log;
    QDirIterator it(home + QStringLiteral("/logs"), QDir::Files);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        log += QString::fromUtf8(file.readAll());
    }
    QVERIFY2(log.contains(QStringLiteral("made private")), qPrintable(log.right(2000)));
    QVERIFY(log.contains(QStringLiteral("pingjia.ini")));
}

QTEST_GUILESS_MAIN(TestPrivateHome)
#include "tst_privatehome.moc"
