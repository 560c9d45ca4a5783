// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A read transaction: BEGIN without IMMEDIATE takes no write lock; the first read fixes
// the snapshot (WAL) every later statement reads, while a sync may write meanwhile.
// Writes inside it go to temp tables only (the rollup build), which lock nothing in the
// cache file. Rolled back unless ended. Not nested: the connection must not be in a
// transaction already.

#include "models/store/Connection.h"

namespace pingjia {

class ReadSnapshot {
public:
    explicit ReadSnapshot(Connection &c) : m_c(c) { m_status = m_c.exec(QStringLiteral("BEGIN")); }
    ~ReadSnapshot()
    {
        if (m_status.ok() && !m_ended)
            m_c.exec(QStringLiteral("ROLLBACK"));
    }
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

    const StoreResult &status() const { return m_status; }
    StoreResult end()
    {
        m_ended = true;
        return m_c.exec(QStringLiteral("COMMIT"));
    }

private:
    Connection &m_c;
    StoreResult m_status;
    bool m_ended = false;
};

} // namespace pingjia
