// SPDX-License-Identifier: GPL-3.0-or-later
// Opening a home's two SQLite files at startup: a damaged, foreign or newer cache is
// offered for rebuilding and moved aside (never deleted), while the local-work file is
// never moved or changed, even when it is the broken one.
#include "app/HomeStores.h"
#include "app/UserHome.h"

#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pingjia;
using Choice = HomeStores::CacheChoice;

namespace {

QByteArray digest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

// A real SQLite file of another program.
bool writeForeignDatabase(const QString &path)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "foreign");
        db.setDatabaseName(path);
        ok = db.open() && QSqlQuery(db).exec("CREATE TABLE notes(text)");
        db.close();
    }
    QSqlDatabase::removeDatabase("foreign");
    return ok;
}

} // namespace

class TestHomeStores : public QObject {
    Q_OBJECT

private slots:
    void init();
    void freshHomeOpensBothFiles();
    void corruptCacheIsRebuiltOnRequest();
    void corruptCacheIsLeftWhenTheUserQuits();
    void foreignCacheIsOfferedForRebuild();
    void corruptLocalWorkIsNeverTouched();

private:
    // Creates a home whose local-work file holds something, then closes it.
    void prepareHome();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<UserHome> m_home;
};

void TestHomeStores::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_home = std::make_unique<UserHome>(UserHome::inDirectory(m_dir->path()));
    QString error;
    QVERIFY(m_home->ensureExists(&error));
}

void TestHomeStores::prepareHome()
{
    HomeStores stores(*m_home);
    QVERIFY(stores.open({}).ok());
    stores.cache().closeThisThread();
    stores.localWork().closeThisThread();
}

void TestHomeStores::freshHomeOpensBothFiles()
{
    HomeStores stores(*m_home);
    int asked = 0;
    const StoreResult r = stores.open([&](const StoreResult &) {
        ++asked;
        return Choice::GiveUp;
    });
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(asked, 0);
    QVERIFY(QFileInfo::exists(m_home->cacheFile()));
    QVERIFY(QFileInfo::exists(m_home->localWorkFile()));
    QVERIFY(stores.cacheMovedTo().isEmpty());
}

void TestHomeStores::corruptCacheIsRebuiltOnRequest()
{
    prepareHome();
    const QByteArray localWork = digest(m_home->localWorkFile());
    QVERIFY(writeFile(m_home->cacheFile(), QByteArray(8192, 'x')));

    HomeStores stores(*m_home);
    QList<StoreErrorKind> asked;
    const StoreResult r = stores.open([&](const StoreResult &problem) {
        asked << problem.kind;
        return Choice::Rebuild;
    });
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(asked, QList<StoreErrorKind>{StoreErrorKind::Corrupt});
    QVERIFY(!stores.cacheFailed());
    // The damaged file is kept aside, byte for byte; a new empty cache is in place.
    QVERIFY(!stores.cacheMovedTo().isEmpty());
    QCOMPARE(QFileInfo(stores.cacheMovedTo()).dir().path(), m_dir->path());
    QFile moved(stores.cacheMovedTo());
    QVERIFY(moved.open(QIODevice::ReadOnly));
    QCOMPARE(moved.readAll(), QByteArray(8192, 'x'));
    QVERIFY(stores.cache().isOpen());
    QCOMPARE(digest(m_home->localWorkFile()), localWork);
}

void TestHomeStores::corruptCacheIsLeftWhenTheUserQuits()
{
    prepareHome();
    QVERIFY(writeFile(m_home->cacheFile(), QByteArray(8192, 'x')));
    const QByteArray cache = digest(m_home->cacheFile());

    HomeStores stores(*m_home);
    const StoreResult r = stores.open([](const StoreResult &) { return Choice::GiveUp; });
    QCOMPARE(r.kind, StoreErrorKind::Corrupt);
    QVERIFY(stores.cacheFailed());
    QVERIFY(r.message.contains(m_home->cacheFile()));
    QCOMPARE(digest(m_home->cacheFile()), cache);
    QCOMPARE(QDir(m_dir->path()).entryList({"*.corrupt-*"}, QDir::Files), QStringList());
}

void TestHomeStores::foreignCacheIsOfferedForRebuild()
{
    prepareHome();
    QFile::remove(m_home->cacheFile());
    QVERIFY(writeForeignDatabase(m_home->cacheFile()));
    HomeStores stores(*m_home);
    StoreErrorKind asked = StoreErrorKind::None;
    QVERIFY(stores
                .open([&](const StoreResult &problem) {
                    asked = problem.kind;
                    return Choice::Rebuild;
                })
                .ok());
    QCOMPARE(asked, StoreErrorKind::WrongFile);
    QVERIFY(QFileInfo::exists(stores.cacheMovedTo()));
}

void TestHomeStores::corruptLocalWorkIsNeverTouched()
{
    prepareHome();
    QVERIFY(writeFile(m_home->localWorkFile(), QByteArray(8192, 'y')));
    const QByteArray localWork = digest(m_home->localWorkFile());
    const QByteArray cache = digest(m_home->cacheFile());

    HomeStores stores(*m_home);
    int asked = 0;
    const StoreResult r = stores.open([&](const StoreResult &) {
        ++asked;
        return Choice::Rebuild;
    });
    QCOMPARE(r.kind, StoreErrorKind::Corrupt);
    QVERIFY(!stores.cacheFailed());
    QCOMPARE(asked, 0); // never offered for rebuilding
    QVERIFY(r.message.contains(m_home->localWorkFile()));
    QCOMPARE(digest(m_home->localWorkFile()), localWork);
    QCOMPARE(digest(m_home->cacheFile()), cache);
}

QTEST_GUILESS_MAIN(TestHomeStores)
#include "tst_homestores.moc"
