// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// bench_bulletin --home: the bulletin of a month straight from an existing home's cache,
// as `pingjia bulletin` makes it (typical cases proposed, figures gathered, text
// assembled, PDF with charts written), beside the department ranking query alone (the
// bulletin cannot be faster than the figures it names). The first open of an older
// cache migrates it and the first query builds the rollups: both are timed apart.

#include <QString>

namespace pingjia::bench {

struct BulletinCacheRunOptions {
    QString home;    // holds cache.sqlite and localwork.sqlite (used in place)
    QString month;   // YYYY-MM
    QString now;     // platform time "yyyy-MM-dd HH:mm:ss"
    QString outPath; // the PDF (kept when the caller asks)
    int repeat = 3;
};

// Prints the figures (wall and CPU ms, load average); 0 on success, 2 on a failure.
int runBulletinFromCache(const BulletinCacheRunOptions &options);

} // namespace pingjia::bench
