// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A cache file written row by row with plain SQL, so the expected figures of a test can
// be worked out by hand from exactly these rows (nothing of the code under test writes
// them). updated_at grows with every row written, as the platform's does.

#include "models/store/CacheDatabase.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace pingjia::rankingstest {

class FixtureCache {
public:
    FixtureCache() : cache(dir.filePath(QStringLiteral("cache.sqlite"))) {}

    bool open() { return dir.isValid() && cache.open().ok(); }
    QString home() const { return dir.path(); }

    bool exec(const QString &sql, const QVariantList &binds = {})
    {
        QSqlQuery q(cache.connection().database());
        if (!q.prepare(sql)) {
            qWarning() << sql << q.lastError().text();
            return false;
        }
        for (const QVariant &v : binds)
            q.addBindValue(v);
        if (!q.exec()) {
            qWarning() << sql << q.lastError().text();
            return false;
        }
        return true;
    }

    bool org(const QString &code, const QString &name, const QString &kind, const QString &parent,
             const QString &area, const QString &level = QStringLiteral("county"))
    {
        return exec(
            QStringLiteral("INSERT INTO org_units (org_code, name, level, kind, parent_code, "
                           "area_code, withdrawn, updated_at) VALUES (?, ?, ?, ?, ?, ?, 0, ?)"),
            {code, name, level, kind, parent, area, nextUpdate()});
    }

    bool staff(const QString &id, const QString &name, const QString &org)
    {
        return exec(QStringLiteral("INSERT INTO staff (staff_id, name, org_code, withdrawn, "
                                   "updated_at) VALUES (?, ?, ?, 0, ?)"),
                    {id, name, org, nextUpdate()});
    }

    // A case of department `dept` (center, window and staff optional); finish "" = open.
    bool serviceCase(const QString &projectNo, const QString &center, const QString &dept,
                     const QString &finish, int proStatus = 3, bool withdrawn = false,
                     const QString &window = {}, const QString &staffId = {})
    {
        return exec(
            QStringLiteral("INSERT INTO cases (project_no, task_code, dept_code, center_code, "
                           "window_code, staff_id, accept_date, finish_date, pro_status, "
                           "withdrawn, updated_at) VALUES (?, 'T1', ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                           "ON CONFLICT (project_no) DO UPDATE SET finish_date = "
                           "excluded.finish_date, pro_status = excluded.pro_status, withdrawn "
                           "= excluded.withdrawn, updated_at = excluded.updated_at"),
            {projectNo, dept, center, window.isEmpty() ? QVariant() : window,
             staffId.isEmpty() ? QVariant() : staffId, QStringLiteral("2026-01-01 08:00:00"),
             finish.isEmpty() ? QVariant() : finish, proStatus, withdrawn ? 1 : 0, nextUpdate()});
    }

    // An evaluation; valid is worked out here as 000 art.6 says (level 1–2 needs text).
    bool evaluation(const QString &evalId, const QString &projectNo, const QString &center,
                    const QString &dept, int level, const QString &text, const QString &assess,
                    bool withdrawn = false, const QString &channel = QStringLiteral("1"),
                    const QString &window = {}, const QString &staffId = {})
    {
        const int valid = (level <= 2 && text.trimmed().isEmpty()) ? 0 : 1;
        return exec(
            QStringLiteral("INSERT INTO evaluations (eval_id, project_no, task_code, dept_code, "
                           "center_code, window_code, staff_id, channel_code, "
                           "raw_satisfaction, level, valid, text, assess_time, withdrawn, "
                           "updated_at) VALUES (?, ?, 'T1', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                           "?) ON CONFLICT (eval_id) DO UPDATE SET withdrawn = "
                           "excluded.withdrawn, updated_at = excluded.updated_at"),
            {evalId, projectNo, dept, center, window.isEmpty() ? QVariant() : window,
             staffId.isEmpty() ? QVariant() : staffId, channel, QString::number(level), level,
             valid, text.isNull() ? QStringLiteral("") : text, assess, withdrawn ? 1 : 0,
             nextUpdate()});
    }

    struct Handling {
        QString state;
        QString verifyResult; // "" = null
        QString verifiedAt, verifyDeadline, rectificationDeadline, delayDeadline;
        QString completedAt;   // a `complete` entry in history when set
        int followUpLevel = 0; // a follow_up object when > 0
    };
    bool badReview(const QString &evalId, const Handling &h)
    {
        auto orNull = [](const QString &s) { return s.isEmpty() ? QVariant() : QVariant(s); };
        QString history = QStringLiteral("[]");
        if (!h.completedAt.isEmpty()) {
            history = QStringLiteral("[{\"actionId\":\"a1\",\"type\":\"verify\",\"actor\":\"s\","
                                     "\"at\":\"%1\",\"payload\":{}},{\"actionId\":\"a2\",\"type\":"
                                     "\"complete\",\"actor\":\"s\",\"at\":\"%2\",\"payload\":{}}]")
                          .arg(h.verifiedAt, h.completedAt);
        }
        const QVariant followUp =
            h.followUpLevel > 0
                ? QVariant(QStringLiteral("{\"satisfaction\":%1,\"method\":\"phone\"}")
                               .arg(h.followUpLevel))
                : QVariant();
        return exec(
            QStringLiteral("INSERT INTO bad_reviews (eval_id, state, verify_result, "
                           "verified_at, verify_deadline, rectification_deadline, delay_deadline, "
                           "follow_up, history, withdrawn, updated_at) VALUES (?, ?, ?, ?, ?, "
                           "?, ?, ?, ?, 0, ?)"),
            {evalId, h.state, orNull(h.verifyResult), orNull(h.verifiedAt),
             orNull(h.verifyDeadline), orNull(h.rectificationDeadline), orNull(h.delayDeadline),
             followUp, history, nextUpdate()});
    }

    QString nextUpdate()
    {
        return QDateTime(QDate(2026, 12, 1), QTime(0, 0))
            .addSecs(++m_updates)
            .toString(u"yyyy-MM-dd HH:mm:ss");
    }

    QTemporaryDir dir;
    CacheDatabase cache;

private:
    qint64 m_updates = 0;
};

struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QString err;
};

// The real `pingjia` binary ($PINGJIA_APP) with --home, a fixed PINGJIA_NOW when given,
// and nothing of the caller's environment that could reach the user's own files.
inline CliRun runPingjia(const QString &home, const QStringList &args, const QString &now = {})
{
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"PINGJIA_HOME", "PINGJIA_NOW", "DISPLAY", "WAYLAND_DISPLAY"})
        e.remove(QString::fromLatin1(name));
    e.insert(QStringLiteral("HOME"), home + QStringLiteral("/outside"));
    e.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/outside/config"));
    e.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/outside/data"));
    e.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    e.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    if (!now.isEmpty())
        e.insert(QStringLiteral("PINGJIA_NOW"), now);
    QProcess p;
    p.setProcessEnvironment(e);
    p.start(qEnvironmentVariable("PINGJIA_APP"),
            QStringList{QStringLiteral("--home"), home} + args);
    CliRun run;
    if (!p.waitForFinished(300000)) {
        p.kill();
        p.waitForFinished();
        run.err = QStringLiteral("pingjia did not finish");
        return run;
    }
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = p.readAllStandardOutput();
    run.err = QString::fromUtf8(p.readAllStandardError());
    return run;
}

} // namespace pingjia::rankingstest
