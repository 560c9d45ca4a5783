// SPDX-License-Identifier: GPL-3.0-or-later
// The tamper-evident audit log (issue 12, item 5). A home's logs are written through the
// store with the real keychain (gnome-keyring under the KEYRING launcher), then changed
// the way an attacker would, with the sqlite3 C API on the file: a row altered, deleted,
// inserted. Each change must be named, at the right row, by `pingjia audit verify` (exit
// 2) and by the window's start-up warning; an untouched home passes both (exit 0).
#include "app/HomeStores.h"
#include "app/UserHome.h"
#include "app/WindowSession.h"
#include "models/domain/Clock.h"
#include "models/secrets/KeychainSecretStore.h"
#include "models/store/AuditKey.h"
#include "models/store/AuditLog.h"
#include "models/store/LocalWorkDatabase.h"
#include "ui/MainWindow.h"

#include <QCryptographicHash>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace pingjia;

namespace {

// Rows are written one minute apart from this time, so a row's time names it.
const QDateTime kStart =
    QDateTime::fromString(QStringLiteral("2026-11-02T09:00:00+08:00"), Qt::ISODate);

// What an attacker with the file and the sqlite3 library does; true when it ran.
bool tamper(const QString &file, const QByteArray &sql)
{
    sqlite3 *db = nullptr;
    bool ok = sqlite3_open(QFile::encodeName(file).constData(), &db) == SQLITE_OK &&
              sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}

struct CliRun {
    int exit = -1;
    QString out;
    QString err;
};

} // namespace

class TestAuditChain : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void intactHomePasses();
    void tampering_data();
    void tampering();
    void unkeyedRowsBeforeTheKeyAreCoveredByIt();
    void oldFileIsSealedAtMigration();

private:
    // 5 audit events, then 2 reveals (each adding its own audit row): audit rows 1–7,
    // reveal rows 1–2; row n of the audit log written at kStart + (n-1) minutes.
    void writeLogs();
    CliRun verifyWithCli();
    QMessageBox *windowWarning();
    QString localWork() const { return m_home->filePath(QStringLiteral("localwork.sqlite")); }

    std::unique_ptr<QTemporaryDir> m_home;
    // The window of windowWarning(), closed before the next test and before the
    // application goes.
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<HomeStores> m_stores;
    std::unique_ptr<WindowSession> m_session;
};

void TestAuditChain::cleanup()
{
    Clock::clearOverride();
    m_session.reset();
    m_stores.reset();
    m_settings.reset();
}

void TestAuditChain::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
}

void TestAuditChain::writeLogs()
{
    LocalWorkDatabase db(localWork());
    QVERIFY(db.open().ok());
    KeychainSecretStore keychain;
    const AuditKeyStatus key = AuditKey::attach(db, keychain);
    QVERIFY2(key.keyed && key.created, qPrintable(key.note));
    AuditLog log(db);
    for (int i = 0; i < 5; ++i) {
        Clock::setOverride(kStart.addSecs(60 * i));
        QVERIFY(log.record({QStringLiteral("zhang"),
                            QStringLiteral("test_event"),
                            QStringLiteral("E%1").arg(i),
                            {},
                            {{QStringLiteral("n"), i}}})
                    .ok());
    }
    for (int i = 0; i < 2; ++i) {
        Clock::setOverride(kStart.addSecs(60 * (5 + i)));
        QVERIFY(log.recordReveal(QStringLiteral("E%1").arg(i), QStringLiteral("li"),
                                 {QStringLiteral("mobile")}, QStringLiteral("callback"))
                    .ok());
    }
    Clock::clearOverride();
    db.closeThisThread();
}

CliRun TestAuditChain::verifyWithCli()
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("PINGJIA_APP"),
            {QStringLiteral("--home"), m_home->path(), QStringLiteral("--lang"),
             QStringLiteral("en"), QStringLiteral("audit"), QStringLiteral("verify")});
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

// Opens the window on the home as the app does; the warning box, or nullptr.
QMessageBox *TestAuditChain::windowWarning()
{
    m_session.reset();
    m_stores.reset();
    const UserHome home = UserHome::inDirectory(m_home->path());
    m_settings = home.openSettings();
    m_stores = std::make_unique<HomeStores>(home);
    if (!m_stores->open({}).ok())
        return nullptr;
    m_session = std::make_unique<WindowSession>(home, *m_settings, *m_stores);
    return m_session->window().findChild<QMessageBox *>(QStringLiteral("auditChainWarning"));
}

void TestAuditChain::intactHomePasses()
{
    writeLogs();
    const CliRun run = verifyWithCli();
    QVERIFY2(run.exit == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QLatin1String("intact (9 rows, sealed with the keychain key)")),
             qPrintable(run.out));
    QVERIFY(!windowWarning());
}

void TestAuditChain::tampering_data()
{
    QTest::addColumn<QByteArray>("sql");
    QTest::addColumn<QString>("expected"); // what the CLI and the window must say

    QTest::newRow("altered") << QByteArray("UPDATE audit_log SET actor = 'wang' WHERE id = 3")
                             << QStringLiteral("The audit log is broken at row 3 (written "
                                               "2026-11-02 09:02:00): its content");
    QTest::newRow("deleted") << QByteArray("DELETE FROM audit_log WHERE id = 4")
                             << QStringLiteral("The audit log is broken at row 5 (written "
                                               "2026-11-02 09:04:00): row 4 before it is "
                                               "missing (deleted)");
    QTest::newRow("last deleted") << QByteArray("DELETE FROM audit_log WHERE id = 7")
                                  << QStringLiteral("The audit log is broken at row 7: rows 7 "
                                                    "to 7 at the end of the log are missing");
    QTest::newRow("inserted") << QByteArray("INSERT INTO audit_log (at, actor, event) VALUES "
                                            "('2026-11-02 10:00:00', 'wang', 'action')")
                              << QStringLiteral("The audit log is broken at row 8 (written "
                                                "2026-11-02 10:00:00): it has no seal");
    // A seal copied from another row does not fit its new place.
    QTest::newRow("inserted with a seal")
        << QByteArray("INSERT INTO audit_log (at, actor, event, chain_seal) SELECT "
                      "'2026-11-02 10:00:00', 'wang', 'action', chain_seal FROM audit_log "
                      "WHERE id = 7")
        << QStringLiteral("The audit log is broken at row 8 (written 2026-11-02 10:00:00): its "
                          "content");
    QTest::newRow("reveal altered")
        << QByteArray("UPDATE reveal_log SET reason = 'curiosity' WHERE id = 2")
        << QStringLiteral("The reveal log is broken at row 2 (written 2026-11-02 09:06:00): its "
                          "content");
    QTest::newRow("reveal deleted")
        << QByteArray("DELETE FROM reveal_log WHERE id = 1")
        << QStringLiteral("The reveal log is broken at row 2 (written 2026-11-02 09:06:00): row "
                          "1 before it is missing (deleted)");
}

void TestAuditChain::tampering()
{
    QFETCH(QByteArray, sql);
    QFETCH(QString, expected);
    writeLogs();
    QVERIFY(tamper(localWork(), sql));

    const CliRun run = verifyWithCli();
    QCOMPARE(run.exit, 2);
    QVERIFY2(run.err.contains(expected), qPrintable(run.err));

    QMessageBox *box = windowWarning();
    QVERIFY(box);
    QVERIFY(box->isVisible());
    QVERIFY2(box->informativeText().contains(expected), qPrintable(box->informativeText()));
}

// Rows written before a key existed (unkeyed seals) are protected by the first keyed row
// after them: rewriting them and recomputing their unkeyed seals still breaks the chain.
void TestAuditChain::unkeyedRowsBeforeTheKeyAreCoveredByIt()
{
    {
        LocalWorkDatabase db(localWork());
        QVERIFY(db.open().ok());
        Clock::setOverride(kStart);
        QVERIFY(AuditLog(db)
                    .record({QStringLiteral("zhang"), QStringLiteral("unkeyed"), {}, {}, {}})
                    .ok());
        db.closeThisThread();
    }
    writeLogs(); // audit rows 2–8 keyed
    // The attacker rewrites row 1 and gives it a correct unkeyed seal (the scheme is
    // public: SHA-256 over the table, the previous seal and the row as a JSON array).
    const QByteArray row = "audit_log\n\n[\"1\",\"2026-11-02 09:00:00\",\"wang\","
                           "\"unkeyed\",null,null,\"{}\"]";
    const QByteArray seal =
        "s1:" + QCryptographicHash::hash(row, QCryptographicHash::Sha256).toHex();
    QVERIFY(tamper(localWork(), "UPDATE audit_log SET actor = 'wang' WHERE id = 1"));
    QVERIFY(tamper(localWork(), "UPDATE audit_log SET chain_seal = '" + seal + "' WHERE id = 1"));
    // Row 1 now checks out on its own; the keyed row 2 no longer does.
    const CliRun run = verifyWithCli();
    QCOMPARE(run.exit, 2);
    QVERIFY2(run.err.contains(QLatin1String("broken at row 2 (written 2026-11-02 09:00:00)")),
             qPrintable(run.err));
}

// A file from before the chain (version 3) gets its rows sealed when it is migrated, and
// then verifies as intact.
void TestAuditChain::oldFileIsSealedAtMigration()
{
    {
        LocalWorkDatabase db(localWork());
        QVERIFY(db.openAtVersion(3).ok());
        db.closeThisThread();
    }
    QVERIFY(tamper(localWork(),
                   "INSERT INTO audit_log (at, actor, event) VALUES ('2026-10-01 08:00:00', "
                   "'zhang', 'action'); INSERT INTO reveal_log (at, actor, eval_id, fields, "
                   "reason) VALUES ('2026-10-01 08:01:00', 'zhang', 'E1', 'mobile', 'call')"));
    const CliRun run = verifyWithCli();
    QVERIFY2(run.exit == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QLatin1String("intact (2 rows, sealed without a key")),
             qPrintable(run.out));
    // The window keys the chain from then on; the old rows stay covered.
    QVERIFY(!windowWarning());
    const CliRun after = verifyWithCli();
    QVERIFY2(after.exit == 0, qPrintable(after.err));
    QVERIFY2(after.out.contains(QLatin1String("sealed with the keychain key")),
             qPrintable(after.out));
}

QTEST_MAIN(TestAuditChain)
#include "tst_auditchain.moc"
