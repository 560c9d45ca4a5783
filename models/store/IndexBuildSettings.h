// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The connection's settings while it builds indexes over a large table (a bulk load's
// CREATE INDEX, CacheWriter::BulkLoad): SQLite's external sorter with helper threads and
// short sorted runs. Set for the lifetime of the object, the connection's own settings
// put back by the destructor. Create it outside any transaction (SQLite refuses to change
// temp_store inside one; the build then only runs slower).
//
// Why each (measured on the seven evaluation indexes over 1,013,077 rows, this 2-core
// machine, models/sync/README.md "Index build"):
// - `temp_store=FILE`: SQLite gives its sorter no helper threads while temporary storage is
//   in memory (sqlite3VdbeSorterInit), whatever `PRAGMA threads` says. The connection
//   keeps MEMORY otherwise (statement journals, ANCHORS.md).
// - `threads`: one helper per core, so sorted runs are sorted and merged beside the
//   table scan.
// - `cache_size` 8 MB: the sorter writes a sorted run each time it holds cache_size bytes;
//   with 64 MB it held a whole index in one run, sorted on the connection's thread.
// - `mmap_size=0`: no memory map (with the helper threads a map saved nothing
//   measurable, and it counted ~600 MB of file pages in the process's peak memory).

#include <QVariant>

namespace pingjia {

class Connection;

class IndexBuildSettings {
public:
    static constexpr int kSorterRunKiB = 8192;
    explicit IndexBuildSettings(Connection &connection);
    ~IndexBuildSettings();
    IndexBuildSettings(const IndexBuildSettings &) = delete;
    IndexBuildSettings &operator=(const IndexBuildSettings &) = delete;

    // Helper threads asked for: one per core, at least 1, at most SQLite's usual 8.
    static int sorterThreads();

private:
    Connection &m_connection;
    QVariant m_threads;
    QVariant m_tempStore;
    QVariant m_cacheSize;
    QVariant m_mmapSize;
};

} // namespace pingjia
