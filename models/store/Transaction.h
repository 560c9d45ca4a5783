// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// RAII transaction: rolls back unless commit() was called, so an exception or an early
// return never leaves half a page (or rows without their cursor) behind. Nested
// Transactions on the same connection become SAVEPOINTs: an inner rollback undoes only
// its own part. A nested one made with Nesting::JoinOuter adds no savepoint and simply
// belongs to the open transaction (its commit does nothing, its rollback leaves the
// outer one to roll back): bulk writes use it, because a SAVEPOINT around single-row
// upserts that fire triggers makes SQLite walk its in-memory statement journal on every
// statement (ANCHORS.md, "SQLite sub-journal pathology"), 20–40× slower.

#include "models/store/StoreResult.h"

namespace pingjia {

class Connection;

class Transaction {
public:
    enum class Nesting { Savepoint, JoinOuter };
    explicit Transaction(Connection &connection, Nesting nesting = Nesting::Savepoint);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // Whether BEGIN succeeded; when not, status() says why and commit() fails.
    bool isActive() const { return m_active; }
    const StoreResult &status() const { return m_status; }

    StoreResult commit();
    void rollback();

private:
    Connection &m_connection;
    int m_depth = 0;       // 0 = the outermost BEGIN
    bool m_joined = false; // JoinOuter inside an open transaction: no statement of its own
    bool m_active = false;
    StoreResult m_status;
};

} // namespace pingjia
