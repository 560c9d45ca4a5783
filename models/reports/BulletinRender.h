// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What every bulletin renderer takes besides the content: fonts, progress, cancel; and
// what it returns. Renderers run on any thread (QPdfWriter, QTextDocument and the chart
// scene need no GUI thread; QPrinter for the print dialog stays on the GUI thread).

#include "models/reports/BulletinFonts.h"

#include <QString>

#include <atomic>
#include <functional>

namespace pingjia {

struct BulletinRenderOptions {
    BulletinFonts fonts = defaultBulletinFonts(); // resolved by the renderer before use
    bool doubleSided = true; // 订口 28 mm on the left of odd and the right of even pages
};

struct BulletinRenderControl {
    // Called with (step, steps) as pages are laid out and painted; any thread.
    std::function<void(int step, int steps)> progress;
    // Set from another thread to stop; the renderer returns Cancelled and removes the
    // partial file.
    const std::atomic_bool *cancel = nullptr;
    // Called on a cancel while the painter is still active (QPrinter::abort, so a printer
    // gets no half document); may be empty.
    std::function<void()> abortDevice;

    bool cancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }
    void report(int step, int steps) const
    {
        if (progress)
            progress(step, steps);
    }
};

struct BulletinRenderResult {
    enum class Status { Ok, Cancelled, Failed };
    Status status = Status::Ok;
    QString error;     // translated, for the user, when Failed
    int pageCount = 0; // PDF/print: pages written
    bool ok() const { return status == Status::Ok; }
};

} // namespace pingjia
