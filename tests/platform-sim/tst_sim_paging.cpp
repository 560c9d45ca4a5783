// SPDX-License-Identifier: GPL-3.0-or-later
// Paging and change tracking: every record exactly once, in (updatedAt, id) order; a
// stored cursor gets exactly the changes; bad cursors and limits are refused.
#include "SimHttp.h"
#include "SimProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

using namespace pingjia;

namespace {
const QStringList kLists{QStringLiteral("orgs"),        QStringLiteral("staff"),
                         QStringLiteral("items"),       QStringLiteral("cases"),
                         QStringLiteral("evaluations"), QStringLiteral("bad-reviews")};
}

class TestSimPaging : public QObject {
    Q_OBJECT
private:
    SimProcess m_sim;
    QString m_token;

private slots:
    void initTestCase()
    {
        QVERIFY2(m_sim.start({QStringLiteral("--scale"), QStringLiteral("4000"),
                              QStringLiteral("--seed"), QStringLiteral("11")}),
                 qPrintable(m_sim.errorString()));
        SimHttp http(m_sim.baseUrl());
        m_token = http.signIn(QStringLiteral("demo"), QStringLiteral("demo"));
        QVERIFY(!m_token.isEmpty());
    }

    void pagesCoverEveryRecordOnceAndEqualTheDump()
    {
        SimHttp http(m_sim.baseUrl());
        QHash<QString, QHash<QString, QByteArray>> fromDump;
        for (const DumpLine &l : http.dump()) {
            const QString id = recordId(l.list, l.item);
            QVERIFY2(!fromDump[l.list].contains(id), qPrintable(l.list + QLatin1Char(' ') + id));
            fromDump[l.list].insert(id, QJsonDocument(l.item).toJson(QJsonDocument::Compact));
        }
        for (const QString &list : kLists) {
            SimHttp::Walk walk;
            QVERIFY2(http.walk(list, m_token, 333, &walk), qPrintable(walk.failed.body));
            QVERIFY(!walk.cursor.isEmpty());
            QSet<QString> seen;
            QString lastKey;
            for (const QJsonObject &item : walk.items) {
                const QString id = recordId(list, item);
                QVERIFY2(!seen.contains(id), qPrintable(list + QStringLiteral(": twice ") + id));
                seen.insert(id);
                QCOMPARE(QJsonDocument(item).toJson(QJsonDocument::Compact),
                         fromDump[list].value(id));
                const QString key =
                    item.value(QLatin1String("updatedAt")).toString() + QLatin1Char('|') + id;
                QVERIFY2(key > lastKey, qPrintable(list + QStringLiteral(": out of order ") + key));
                lastKey = key;
            }
            QCOMPARE(seen.size(), fromDump[list].size());
            QVERIFY(!seen.isEmpty());
        }
    }

    void storedCursorGetsOnlyTheChanges()
    {
        SimHttp http(m_sim.baseUrl());
        QHash<QString, QString> cursors;
        for (const QString &list : kLists) {
            SimHttp::Walk walk;
            QVERIFY(http.walk(list, m_token, 5000, &walk));
            cursors.insert(list, walk.cursor);
            // At the end nothing is new.
            SimHttp::Walk again;
            QVERIFY(http.walk(list, m_token, 100, &again, walk.cursor));
            QVERIFY(again.items.isEmpty());
        }
        const QByteArray before = http.dumpBytes();
        const HttpReply advance =
            http.postJson(QStringLiteral("/sim/advance"), {{QStringLiteral("hours"), 72}});
        QCOMPARE(advance.status, 200);
        const QJsonObject counts = advance.json().value(QLatin1String("counts")).toObject();
        QCOMPARE(advance.json().value(QLatin1String("now")).toString(),
                 QStringLiteral("2026-11-03 18:00:00"));
        QVERIFY(counts.value(QLatin1String("cases")).toInt() > 0);
        QVERIFY(counts.value(QLatin1String("evaluations")).toInt() > 0);
        QVERIFY(counts.value(QLatin1String("bad-reviews")).toInt() > 0);

        // What changed per the dumps: records whose JSON differs or is new.
        QHash<QString, QHash<QString, QByteArray>> old;
        for (const QByteArray &line : before.split('\n')) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (!o.isEmpty())
                old[o.value(QLatin1String("list")).toString()].insert(
                    recordId(o.value(QLatin1String("list")).toString(),
                             o.value(QLatin1String("item")).toObject()),
                    QJsonDocument(o.value(QLatin1String("item")).toObject())
                        .toJson(QJsonDocument::Compact));
        }
        QHash<QString, QSet<QString>> changed;
        for (const DumpLine &l : http.dump()) {
            const QString id = recordId(l.list, l.item);
            if (old[l.list].value(id) != QJsonDocument(l.item).toJson(QJsonDocument::Compact))
                changed[l.list].insert(id);
        }
        for (const QString &list : kLists) {
            SimHttp::Walk walk;
            QVERIFY(http.walk(list, m_token, 250, &walk, cursors.value(list)));
            QSet<QString> got;
            for (const QJsonObject &item : walk.items)
                got.insert(recordId(list, item));
            QCOMPARE(got, changed.value(list));
            QCOMPARE(qsizetype(got.size()), walk.items.size()); // each once
        }
        QVERIFY(!changed.value(QStringLiteral("evaluations")).isEmpty());
    }

    void invalidCursorIs400()
    {
        SimHttp http(m_sim.baseUrl());
        for (const QString &bad : {QStringLiteral("garbage!"), QStringLiteral("djE6b3Jnczp4OjA"),
                                   QStringLiteral("AAAA")}) {
            const HttpReply r =
                http.get(QStringLiteral("/api/v1/evaluations?cursor=") + bad, m_token);
            QCOMPARE(r.status, 400);
            QCOMPARE(r.errorCode(), QStringLiteral("invalid_cursor"));
        }
        // A cursor of another list is not a cursor of this one.
        SimHttp::Walk walk;
        QVERIFY(http.walk(QStringLiteral("orgs"), m_token, 5000, &walk));
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("cursor"), walk.cursor);
        const HttpReply r =
            http.get(QStringLiteral("/api/v1/cases?") + q.toString(QUrl::FullyEncoded), m_token);
        QCOMPARE(r.errorCode(), QStringLiteral("invalid_cursor"));
    }

    void limitOutOfRangeIs400()
    {
        SimHttp http(m_sim.baseUrl());
        for (const char *limit : {"0", "5001", "-3", "ten"}) {
            const HttpReply r = http.get(
                QStringLiteral("/api/v1/cases?limit=%1").arg(QLatin1String(limit)), m_token);
            QCOMPARE(r.status, 400);
        }
        const HttpReply ok = http.get(QStringLiteral("/api/v1/cases?limit=5000"), m_token);
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.json().value(QLatin1String("items")).toArray().size(), 5000);
        QVERIFY(ok.json().value(QLatin1String("hasMore")).toBool());
        const HttpReply dflt = http.get(QStringLiteral("/api/v1/cases"), m_token);
        QCOMPARE(dflt.json().value(QLatin1String("items")).toArray().size(), 500);
    }

    void resetInvalidatesCursors()
    {
        SimHttp http(m_sim.baseUrl());
        SimHttp::Walk walk;
        QVERIFY(http.walk(QStringLiteral("items"), m_token, 5000, &walk));
        QCOMPARE(http.postJson(QStringLiteral("/sim/reset"), {}).status, 200);
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("cursor"), walk.cursor);
        const HttpReply r =
            http.get(QStringLiteral("/api/v1/items?") + q.toString(QUrl::FullyEncoded), m_token);
        QCOMPARE(r.errorCode(), QStringLiteral("invalid_cursor"));
        const HttpReply status = http.get(QStringLiteral("/sim/status"));
        QCOMPARE(status.json().value(QLatin1String("now")).toString(),
                 QStringLiteral("2026-10-31 18:00:00"));
    }
};

QTEST_GUILESS_MAIN(TestSimPaging)
#include "tst_sim_paging.moc"
