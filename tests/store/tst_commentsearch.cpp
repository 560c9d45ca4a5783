// SPDX-License-Identifier: GPL-3.0-or-later
// Comment search: any substring of two or more characters is found (bigram index),
// including the two-character words SQLite's trigram tokenizer cannot find.
#include "StoreFixtures.h"

#include "models/store/CacheDatabase.h"
#include "models/store/CacheWriter.h"
#include "models/store/CommentSearch.h"

#include <QTemporaryDir>
#include <QTest>

using namespace pingjia;
using namespace pingjia::fixtures;

class TestCommentSearch : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CacheDatabase> m_cache;
    std::unique_ptr<CacheWriter> m_writer;

    QStringList ids(std::initializer_list<int> numbers)
    {
        QStringList out;
        for (int n : numbers)
            out << evaluation(n).evalId;
        out.sort();
        return out;
    }
    QStringList find(const QString &term)
    {
        StoreResult r;
        QStringList found = CommentSearch(*m_cache).findEvalIds(term, 1000, &r);
        if (!r.ok())
            qWarning() << r.message;
        found.sort();
        return found;
    }

private slots:
    void initTestCase()
    {
        m_cache = std::make_unique<CacheDatabase>(m_dir.filePath(QStringLiteral("c.sqlite")));
        QVERIFY(m_cache->open().ok());
        m_writer = std::make_unique<CacheWriter>(*m_cache, nullptr);
        QVERIFY(m_writer
                    ->upsertEvaluations({
                        evaluation(1, 1, QStringLiteral("排队两个小时无人引导")),
                        evaluation(2, 2, QStringLiteral("工作人员态度很差，排队太久")),
                        evaluation(3, 5, QStringLiteral("服务态度好，效率高")),
                        evaluation(4, 1, QStringLiteral("等了两个多小时")),
                        evaluation(5, 4, QStringLiteral("Staff were POLITE, 2小时办完")),
                        evaluation(6, 1, QString()),
                        evaluation(7, 3, QStringLiteral("一般")),
                    })
                    .ok());
    }

    void bigrams()
    {
        QCOMPARE(commentBigrams(QStringLiteral("排队两个小时")),
                 QStringLiteral("排队 队两 两个 个小 小时"));
        QCOMPARE(commentBigrams(QStringLiteral("态度差，排队")), QStringLiteral("态度 度差 排队"));
        QCOMPARE(commentBigrams(QStringLiteral("好")), QString());
        QCOMPARE(commentBigrams(QStringLiteral("AB")), QStringLiteral("ab"));
    }

    void twoCharacterWords()
    {
        QCOMPARE(find(QStringLiteral("排队")), ids({1, 2}));
        QCOMPARE(find(QStringLiteral("态度")), ids({2, 3}));
        QCOMPARE(find(QStringLiteral("引导")), ids({1}));
    }

    void longerPhrases()
    {
        QCOMPARE(find(QStringLiteral("两个小时")), ids({1}));
        QCOMPARE(find(QStringLiteral("两个")), ids({1, 4}));
        QCOMPARE(find(QStringLiteral("排队太久")), ids({2}));
        QCOMPARE(find(QStringLiteral("态度很差")), ids({2}));
    }

    void noFalsePositives()
    {
        // All characters occur in comment 1, but not as this substring.
        QCOMPARE(find(QStringLiteral("小时两个")), QStringList());
        QCOMPARE(find(QStringLiteral("队排")), QStringList());
        QCOMPARE(find(QStringLiteral("窗口")), QStringList());
    }

    void mixedScriptAndCase()
    {
        QCOMPARE(find(QStringLiteral("polite")), ids({5}));
        QCOMPARE(find(QStringLiteral("2小时")), ids({5}));
        QCOMPARE(find(QStringLiteral("小时")), ids({1, 4, 5}));
    }

    void punctuationInTheTerm()
    {
        QCOMPARE(find(QStringLiteral("很差，排队")), ids({2}));
        QCOMPARE(find(QStringLiteral("很差。排队")), QStringList());
    }

    void singleCharacterFallsBackToScan()
    {
        QCOMPARE(find(QStringLiteral("久")), ids({2}));
        QCOMPARE(find(QStringLiteral("般")), ids({7}));
    }

    void blankTermIsNoFilter()
    {
        QVERIFY(!CommentSearch::condition(QStringLiteral("  ")).has_value());
        QCOMPARE(find(QString()), QStringList());
    }

    void conditionComposes()
    {
        const auto c = CommentSearch::condition(QStringLiteral("排队"), QStringLiteral("e"));
        QVERIFY(c.has_value());
        QSqlQuery q(m_cache->connection().database());
        q.prepare(QStringLiteral("SELECT count(*) FROM evaluations e WHERE e.level <= 2 AND ") +
                  c->sql);
        for (const QVariant &v : c->binds)
            q.addBindValue(v);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        QCOMPARE(CommentSearch(*m_cache).count(QStringLiteral("态度")), 2);
    }

    void editedAndClearedTextIsReindexed()
    {
        QVERIFY(
            m_writer->upsertEvaluations({evaluation(3, 5, QStringLiteral("窗口指引清楚"))}).ok());
        QCOMPARE(find(QStringLiteral("态度")), ids({2}));
        QCOMPARE(find(QStringLiteral("指引")), ids({3}));
        QVERIFY(m_writer->upsertEvaluations({evaluation(3, 5, QString())}).ok());
        QCOMPARE(find(QStringLiteral("指引")), QStringList());
        // Upserting unchanged text keeps exactly one index entry.
        QVERIFY(
            m_writer->upsertEvaluations({evaluation(1, 1, QStringLiteral("排队两个小时无人引导"))})
                .ok());
        QCOMPARE(find(QStringLiteral("无人")), ids({1}));
        QCOMPARE(m_cache->connection()
                     .scalar(QStringLiteral("SELECT count(*) FROM comment_fts WHERE comment_fts "
                                            "MATCH '\"无人\"'"))
                     .toInt(),
                 1);
        QVERIFY(m_cache->connection().scalar(QStringLiteral("PRAGMA integrity_check")).toString() ==
                QLatin1String("ok"));
        QVERIFY(m_cache->connection()
                    .exec(QStringLiteral(
                        "INSERT INTO comment_fts(comment_fts, rank) VALUES('integrity-check', 0)"))
                    .ok());
    }
};

QTEST_GUILESS_MAIN(TestCommentSearch)
#include "tst_commentsearch.moc"
