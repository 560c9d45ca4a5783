// SPDX-License-Identifier: GPL-3.0-or-later
// `pingjia integrity` as the real binary on caches that the real sync session filled from
// the simulator (with a cipher, so the keyed hashes are there):
// - with --plant-integrity 2, every item the simulator lists at /sim/planted is flagged;
// - the same data without planted items yields no flags at all;
// - no evaluator or staff personal data (from the simulator's /sim/dump) in the output.

#include "SimProcess.h"
#include "tests/platform-sim/SimHttp.h"

#include "models/secrets/InMemorySecretStore.h"
#include "models/secrets/PersonalDataCipher.h"
#include "models/store/CacheDatabase.h"
#include "models/store/LocalWorkDatabase.h"
#include "models/sync/SyncSession.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace pingjia;

namespace {

const QString kSimNow = QStringLiteral("2026-10-31 18:00:00");
const QString kMonth = QStringLiteral("2026-09"); // the plant month: the one before --now

// A simulator and a home synced from it.
struct SyncedHome {
    SimProcess sim;
    QTemporaryDir dir;
    InMemorySecretStore secrets;

    bool create(const QStringList &extra, QString *error)
    {
        if (!sim.start(QStringList{QStringLiteral("--seed"), QStringLiteral("7"),
                                   QStringLiteral("--now"), kSimNow, QStringLiteral("--scale"),
                                   QStringLiteral("30000")} +
                       extra)) {
            *error = sim.errorString();
            return false;
        }
        CacheDatabase cache(dir.filePath(QStringLiteral("cache.sqlite")));
        LocalWorkDatabase work(dir.filePath(QStringLiteral("localwork.sqlite")));
        if (StoreResult r = work.open(); !r.ok() || !(r = cache.open()).ok()) {
            *error = r.message;
            return false;
        }
        PersonalDataCipher cipher(secrets);
        SyncOptions options;
        options.pageLimit = 5000;
        SyncSession session(PlatformAccount{sim.baseUrl().toString(), QStringLiteral("demo"), {}},
                            cache, work, secrets, &cipher, options);
        if (const SyncError e = session.signIn(QStringLiteral("demo")); !e.ok()) {
            *error = QStringLiteral("sign-in: ") + e.message;
            return false;
        }
        if (const SyncResult r = session.sync(); !r.ok()) {
            *error = QStringLiteral("sync: ") + r.error.message;
            return false;
        }
        return true;
    }

    QByteArray run(const QStringList &args, int *exitCode)
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"PINGJIA_HOME", "DISPLAY", "WAYLAND_DISPLAY"})
            e.remove(QString::fromLatin1(name));
        e.insert(QStringLiteral("HOME"), dir.filePath(QStringLiteral("outside")));
        e.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("outside/config")));
        e.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        e.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        e.insert(QStringLiteral("PINGJIA_NOW"), kSimNow);
        QProcess p;
        p.setProcessEnvironment(e);
        p.start(qEnvironmentVariable("PINGJIA_APP"),
                QStringList{QStringLiteral("--home"), dir.path(), QStringLiteral("integrity")} +
                    args);
        if (!p.waitForFinished(600000))
            p.kill();
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        if (*exitCode != 0)
            qWarning() << p.readAllStandardError();
        return p.readAllStandardOutput();
    }
};

QString key(const QJsonObject &o)
{
    const QString id = o.value(QStringLiteral("evalId")).isNull()
                           ? o.value(QStringLiteral("unitCode")).toString()
                           : o.value(QStringLiteral("evalId")).toString();
    return o.value(QStringLiteral("rule")).toString() + QLatin1Char(':') + id;
}

} // namespace

class TestIntegrityCli : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void everyPlantedItemIsFlagged();
    void noPlantedItemsNoFlags();
    void noPersonalDataInTheOutput();
    void followUpsOnStaffPhones();
    void badMonthIsAUsageError();

private:
    SyncedHome m_planted, m_clean;
};

void TestIntegrityCli::initTestCase()
{
    QVERIFY2(QFileInfo(qEnvironmentVariable("PINGJIA_APP")).isExecutable(),
             "PINGJIA_APP must name the pingjia binary");
    QString error;
    QVERIFY2(m_planted.create({QStringLiteral("--plant-integrity"), QStringLiteral("2")}, &error),
             qPrintable(error));
    QVERIFY2(m_clean.create({}, &error), qPrintable(error));
}

void TestIntegrityCli::everyPlantedItemIsFlagged()
{
    SimHttp http(m_planted.sim.baseUrl());
    const HttpReply planted = http.get(QStringLiteral("/sim/planted"));
    QCOMPARE(planted.status, 200);
    const QJsonObject p = QJsonDocument::fromJson(planted.body).object();
    QCOMPARE(p.value(QStringLiteral("month")).toString(), kMonth);
    const QJsonArray items = p.value(QStringLiteral("items")).toArray();
    // 2 per pattern: 2 + 2×5 + 2×6 + 2 + 2 + 2 items.
    QHash<QString, int> perRule;
    for (const QJsonValue &v : items)
        ++perRule[v.toObject().value(QStringLiteral("rule")).toString()];
    QCOMPARE(perRule.value(QStringLiteral("staffEvaluator")), 2);
    QCOMPARE(perRule.value(QStringLiteral("repeatEvaluator")), 10);
    QCOMPARE(perRule.value(QStringLiteral("levelFiveBurst")), 12);
    QCOMPARE(perRule.value(QStringLiteral("ceilingLowCoverage")), 2);
    QCOMPARE(perRule.value(QStringLiteral("evaluatedBeforeFinish")), 2);
    QCOMPARE(perRule.value(QStringLiteral("followUpStaffPhone")), 2);

    int exitCode = -1;
    const QByteArray out = m_planted.run({QStringLiteral("--month"), kMonth}, &exitCode);
    QCOMPARE(exitCode, 0);
    QSet<QString> found;
    for (const QJsonValue &v : QJsonDocument::fromJson(out).array()) {
        const QJsonObject o = v.toObject();
        for (const char *field : {"rule", "evalId", "unitCode", "evidence"})
            QVERIFY2(o.contains(QLatin1String(field)), field);
        found.insert(key(o));
    }
    for (const QJsonValue &v : items)
        QVERIFY2(found.contains(key(v.toObject())), qPrintable(key(v.toObject())));
    // The unit items carry the department's code; the evaluation items their evalId.
    for (const QJsonValue &v : items)
        QVERIFY(!v.toObject().value(QStringLiteral("unitCode")).toString().isEmpty());
}

void TestIntegrityCli::noPlantedItemsNoFlags()
{
    SimHttp http(m_clean.sim.baseUrl());
    const QJsonObject p =
        QJsonDocument::fromJson(http.get(QStringLiteral("/sim/planted")).body).object();
    QCOMPARE(p.value(QStringLiteral("items")).toArray().size(), 0);
    for (const QString &month : {kMonth, QStringLiteral("2026-08"), QStringLiteral("2026-10")}) {
        int exitCode = -1;
        const QByteArray out = m_clean.run({QStringLiteral("--month"), month}, &exitCode);
        QCOMPARE(exitCode, 0);
        const QJsonArray flags = QJsonDocument::fromJson(out).array();
        if (!flags.isEmpty())
            qWarning() << month << out.left(2000);
        QCOMPARE(flags.size(), 0);
    }
}

void TestIntegrityCli::noPersonalDataInTheOutput()
{
    SimHttp http(m_planted.sim.baseUrl());
    QSet<QString> personal;
    for (const DumpLine &line : http.dump()) {
        if (line.list == QLatin1String("evaluations")) {
            for (const char *f : {"userName", "mobile", "certkeyGOV"})
                personal.insert(line.item.value(QLatin1String(f)).toString());
        } else if (line.list == QLatin1String("staff")) {
            personal.insert(line.item.value(QStringLiteral("name")).toString());
            personal.insert(line.item.value(QStringLiteral("mobile")).toString());
        }
    }
    personal.remove(QString());
    QVERIFY(personal.size() > 1000);
    for (const QString &format : {QStringLiteral("json"), QStringLiteral("csv")}) {
        int exitCode = -1;
        const QString out = QString::fromUtf8(m_planted.run(
            {QStringLiteral("--month"), kMonth, QStringLiteral("--format"), format}, &exitCode));
        QCOMPARE(exitCode, 0);
        QVERIFY(out.size() > 100);
        for (const QString &value : std::as_const(personal))
            QVERIFY2(!out.contains(value), qPrintable(format + QLatin1Char(' ') + value));
    }
}

// Worked out from the simulator's dump: the bad reviews whose follow-up reached a staff
// member's phone, of evaluations assessed in the month; none of those numbers, nor any
// other follow-up phone, may be in the home's files.
void TestIntegrityCli::followUpsOnStaffPhones()
{
    SimHttp http(m_planted.sim.baseUrl());
    QSet<QString> staffPhones, followUpPhones;
    QHash<QString, QString> assessed; // evalId → assessTime, of non-withdrawn evaluations
    QHash<QString, QString> calledPhone;
    for (const DumpLine &line : http.dump()) {
        const bool live = line.item.value(QStringLiteral("status")).toString() != "withdrawn";
        if (line.list == QLatin1String("staff")) {
            staffPhones.insert(line.item.value(QStringLiteral("mobile")).toString());
        } else if (line.list == QLatin1String("evaluations") && live) {
            assessed.insert(line.item.value(QStringLiteral("evalId")).toString(),
                            line.item.value(QStringLiteral("assessTime")).toString());
        } else if (line.list == QLatin1String("bad-reviews") && live) {
            const QString phone = line.item.value(QStringLiteral("followUp"))
                                      .toObject()
                                      .value(QStringLiteral("phone"))
                                      .toString();
            if (!phone.isEmpty()) {
                followUpPhones.insert(phone);
                calledPhone.insert(line.item.value(QStringLiteral("evalId")).toString(), phone);
            }
        }
    }
    staffPhones.remove(QString());
    QVERIFY2(followUpPhones.size() > 50, "the simulator serves follow-up phones");
    QSet<QString> expected;
    for (auto it = calledPhone.cbegin(); it != calledPhone.cend(); ++it) {
        if (staffPhones.contains(*it) && assessed.value(it.key()).startsWith(kMonth))
            expected.insert(it.key());
    }
    QCOMPARE(expected.size(), 2); // the planted ones

    int exitCode = -1;
    const QByteArray out = m_planted.run({QStringLiteral("--month"), kMonth}, &exitCode);
    QCOMPARE(exitCode, 0);
    QSet<QString> flagged;
    for (const QJsonValue &v : QJsonDocument::fromJson(out).array()) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("rule")).toString() == QLatin1String("followUpStaffPhone"))
            flagged.insert(o.value(QStringLiteral("evalId")).toString());
    }
    QCOMPARE(flagged, expected);

    const QStringList files = QDir(m_planted.dir.path()).entryList(QDir::Files);
    QVERIFY(files.contains(QStringLiteral("cache.sqlite")));
    for (const QString &name : files) {
        QFile file(m_planted.dir.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        for (const QString &phone : std::as_const(followUpPhones))
            QVERIFY2(!bytes.contains(phone.toUtf8()), qPrintable(name + QLatin1Char(' ') + phone));
    }
}

void TestIntegrityCli::badMonthIsAUsageError()
{
    int exitCode = -1;
    m_clean.run({QStringLiteral("--month"), QStringLiteral("2026-9")}, &exitCode);
    QCOMPARE(exitCode, 1);
}

QTEST_GUILESS_MAIN(TestIntegrityCli)
#include "tst_integritycli.moc"
