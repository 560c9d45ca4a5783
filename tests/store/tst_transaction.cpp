// SPDX-License-Identifier: GPL-3.0-or-later
// The RAII transaction: nothing is kept unless commit() was called.
#include "models/store/CacheDatabase.h"
#include "models/store/Connection.h"
#include "models/store/Transaction.h"

#include <QTemporaryDir>
#include <QTest>

#include <stdexcept>

using namespace pingjia;

class TestTransaction : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CacheDatabase> m_db;

    qint64 rows()
    {
        return m_db->connection().scalar(QStringLiteral("SELECT count(*) FROM staff")).toLongLong();
    }
    StoreResult insert(const QString &id)
    {
        return m_db->connection().exec(
            QStringLiteral("INSERT INTO staff (staff_id, name) VALUES ('%1', '某人')").arg(id));
    }

private slots:
    void init()
    {
        m_db = std::make_unique<CacheDatabase>(m_dir.filePath(QStringLiteral("tx.sqlite")));
        QVERIFY(m_db->open().ok());
        QVERIFY(m_db->connection().exec(QStringLiteral("DELETE FROM staff")).ok());
    }
    void cleanup() { m_db.reset(); }

    void commitKeeps()
    {
        Transaction t(m_db->connection());
        QVERIFY(t.isActive());
        QVERIFY(insert(QStringLiteral("a")).ok());
        QVERIFY(t.commit().ok());
        QVERIFY(!t.isActive());
        QCOMPARE(rows(), 1);
    }

    void scopeEndRollsBack()
    {
        {
            Transaction t(m_db->connection());
            QVERIFY(insert(QStringLiteral("a")).ok());
            QCOMPARE(rows(), 1); // visible inside
        }
        QCOMPARE(rows(), 0);
        QCOMPARE(m_db->connection().transactionDepth(), 0);
    }

    void exceptionRollsBack()
    {
        try {
            Transaction t(m_db->connection());
            QVERIFY(insert(QStringLiteral("a")).ok());
            throw std::runtime_error("parse error in the middle of a page");
        } catch (const std::runtime_error &) {
        }
        QCOMPARE(rows(), 0);
        // The connection is usable afterwards.
        Transaction t(m_db->connection());
        QVERIFY(t.isActive());
        QVERIFY(insert(QStringLiteral("b")).ok());
        QVERIFY(t.commit().ok());
        QCOMPARE(rows(), 1);
    }

    void explicitRollback()
    {
        Transaction t(m_db->connection());
        QVERIFY(insert(QStringLiteral("a")).ok());
        t.rollback();
        QCOMPARE(rows(), 0);
        QVERIFY(!t.commit().ok()); // nothing left to commit
    }

    void nestedRollbackUndoesOnlyInner()
    {
        Transaction outer(m_db->connection());
        QVERIFY(insert(QStringLiteral("outer")).ok());
        {
            Transaction inner(m_db->connection());
            QVERIFY(inner.isActive());
            QVERIFY(insert(QStringLiteral("inner")).ok());
        }
        QCOMPARE(rows(), 1);
        {
            Transaction inner(m_db->connection());
            QVERIFY(insert(QStringLiteral("inner2")).ok());
            QVERIFY(inner.commit().ok());
        }
        QVERIFY(outer.commit().ok());
        QCOMPARE(rows(), 2);
    }

    void outerRollbackUndoesCommittedInner()
    {
        {
            Transaction outer(m_db->connection());
            Transaction inner(m_db->connection());
            QVERIFY(insert(QStringLiteral("inner")).ok());
            QVERIFY(inner.commit().ok());
        }
        QCOMPARE(rows(), 0);
    }

    // The bulk upserts of a page: no SAVEPOINT inside the page's transaction (SQLite's
    // statement-journal walk made that 20–40× slower); the outer one decides.
    void joinedTransactionAddsNoSavepoint()
    {
        Connection &c = m_db->connection();
        {
            Transaction outer(c);
            {
                Transaction joined(c, Transaction::Nesting::JoinOuter);
                QVERIFY(joined.isActive());
                QCOMPARE(c.transactionDepth(), 1);
                QVERIFY(insert(QStringLiteral("joined")).ok());
                QVERIFY(joined.commit().ok());
            }
            QCOMPARE(c.transactionDepth(), 1);
        } // the outer one rolls back: so does the joined part
        QCOMPARE(rows(), 0);
        {
            Transaction outer(c);
            {
                Transaction joined(c, Transaction::Nesting::JoinOuter);
                QVERIFY(insert(QStringLiteral("kept")).ok());
            } // not committed: left to the outer one
            QVERIFY(outer.commit().ok());
        }
        QCOMPARE(rows(), 1);
    }

    void joinedWithoutOuterIsATransaction()
    {
        {
            Transaction t(m_db->connection(), Transaction::Nesting::JoinOuter);
            QVERIFY(insert(QStringLiteral("a")).ok());
        }
        QCOMPARE(rows(), 0);
        Transaction t(m_db->connection(), Transaction::Nesting::JoinOuter);
        QVERIFY(insert(QStringLiteral("b")).ok());
        QVERIFY(t.commit().ok());
        QCOMPARE(rows(), 1);
    }

    void failedStatementKeepsTransactionUsable()
    {
        Transaction t(m_db->connection());
        QVERIFY(insert(QStringLiteral("a")).ok());
        QVERIFY(!insert(QStringLiteral("a")).ok()); // duplicate key
        QVERIFY(t.commit().ok());
        QCOMPARE(rows(), 1);
    }
};

QTEST_GUILESS_MAIN(TestTransaction)
#include "tst_transaction.moc"
