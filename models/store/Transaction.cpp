// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/Transaction.h"

#include "models/store/Connection.h"
#include "models/store/Logging.h"

namespace pingjia {

namespace {
QString savepointName(int depth)
{
    return QStringLiteral("pingjia_sp%1").arg(depth);
}
} // namespace

Transaction::Transaction(Connection &connection, Nesting nesting) : m_connection(connection)
{
    m_depth = m_connection.transactionDepth();
    m_joined = m_depth > 0 && nesting == Nesting::JoinOuter;
    if (m_joined) {
        m_active = true;
        return;
    }
    // IMMEDIATE takes the write lock now, so two writers queue on the busy timeout
    // instead of one failing later when it upgrades a read lock.
    m_status =
        m_connection.exec(m_depth == 0 ? QStringLiteral("BEGIN IMMEDIATE")
                                       : QStringLiteral("SAVEPOINT ") + savepointName(m_depth));
    m_active = m_status.ok();
    if (m_active)
        ++m_connection.transactionDepth();
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

StoreResult Transaction::commit()
{
    if (!m_active)
        return m_status.ok() ? StoreResult::failure(StoreErrorKind::Sql,
                                                    QStringLiteral("transaction already ended"))
                             : m_status;
    if (m_joined) { // the outer transaction commits
        m_active = false;
        return {};
    }
    const StoreResult r =
        m_connection.exec(m_depth == 0 ? QStringLiteral("COMMIT")
                                       : QStringLiteral("RELEASE ") + savepointName(m_depth));
    if (!r.ok()) {
        rollback();
        return r;
    }
    m_active = false;
    --m_connection.transactionDepth();
    return r;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    if (m_joined) // the caller's error reaches the outer transaction, which rolls back
        return;
    --m_connection.transactionDepth();
    StoreResult r;
    if (m_depth == 0) {
        r = m_connection.exec(QStringLiteral("ROLLBACK"));
    } else {
        r = m_connection.exec(QStringLiteral("ROLLBACK TO ") + savepointName(m_depth));
        if (r.ok())
            r = m_connection.exec(QStringLiteral("RELEASE ") + savepointName(m_depth));
    }
    if (!r.ok())
        qCWarning(lcStore) << "rollback failed:" << r.message;
}

} // namespace pingjia
