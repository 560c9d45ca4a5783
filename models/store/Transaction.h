// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// RAII transaction: rolls back unless commit() was called, so an exception or an early
// return never leaves half a page (or rows without their cursor) behind. Nested
// Transactions on the same connection become SAVEPOINTs: an inner rollback undoes only
// its own part.

#include "models/store/StoreResult.h"

namespace pingjia {

class Connection;

class Transaction {
public:
    explicit Transaction(Connection &connection);
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
    int m_depth = 0; // 0 = the outermost BEGIN
    bool m_active = false;
    StoreResult m_status;
};

} // namespace pingjia
