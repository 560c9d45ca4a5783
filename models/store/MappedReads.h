// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The cache file read through a memory map for one long read-only operation on the calling
// thread's connection (a bulletin's figures), the connection's own setting put back by
// the destructor.
//
// Why: a new process (each `pingjia bulletin`, the app's first preview of a month) starts
// with SQLite's page cache empty and copies every page it reads into it (pread, malloc,
// page faults); through the map it reads the pages the operating system already holds.
// Measured at 1M evaluations, October 2026, a new process on a quiet machine: the
// bulletin's figures 566-583 -> 311-320 ms CPU (README "Performance").
//
// Only the cache file (`main`), which is rebuildable: the local-work file keeps its
// reads. Only for a bounded operation, not for the connection's life: a sync's index
// build keeps no map (IndexBuildSettings), and the queue's long-lived connections would
// count the mapped pages in the window's memory. SQLite reads through the map and writes
// as usual, so a writer on another connection meanwhile is safe.
//
// Create it outside any statement of the connection (SQLite keeps the old map while one
// holds mapped pages; the operation then only runs as before).

#include "models/store/StoreResult.h"

#include <QVariant>

namespace pingjia {

class Connection;

class MappedReads {
public:
    // SQLite's usual ceiling (SQLITE_MAX_MMAP_SIZE); a larger file is read as usual beyond.
    static constexpr qint64 kMapBytes = 0x7fff0000;
    explicit MappedReads(Connection &connection);
    ~MappedReads();
    MappedReads(const MappedReads &) = delete;
    MappedReads &operator=(const MappedReads &) = delete;

private:
    Connection &m_connection;
    QVariant m_previous;
};

} // namespace pingjia
