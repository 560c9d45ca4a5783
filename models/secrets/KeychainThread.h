// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The one thread of the process that talks to QtKeychain. QtKeychain keeps a single job
// queue, a QObject living in the thread of the first job, and crashes when jobs come from
// a second thread; so every job, from whichever thread asks, is created, run and deleted
// here. The asking thread waits at most a timeout: a keychain that does not answer (a
// Secret Service that hangs, a stopped keyring daemon) yields a clear error instead of a
// frozen window. While a job is overdue, later calls fail at once with the same message
// rather than queueing behind it.

#include <QCoreApplication>
#include <QString>

#include <chrono>
#include <functional>

namespace pingjia {

class KeychainThread {
    Q_DECLARE_TR_FUNCTIONS(KeychainThread)
public:
    enum class Outcome { Done, TimedOut, Busy, NoApplication };

    // Calls `start` on the keychain thread and waits until the work it starts calls the
    // `done` it was given, up to `timeout`. The work must be asynchronous (QtKeychain jobs
    // and timers on that thread's event loop), never a nested event loop: a second call
    // would run inside it and wait for a job queued behind its own. The GUI thread keeps
    // painting and handling queued events while it waits (user input is held back, as in
    // a modal wait); other threads simply block. `start` must capture nothing by
    // reference: after a timeout it may still run.
    using Done = std::function<void()>;
    static Outcome run(std::function<void(Done done)> start, std::chrono::milliseconds timeout);

    // A translated sentence for TimedOut and Busy.
    static QString message(Outcome outcome, std::chrono::milliseconds timeout);
};

} // namespace pingjia
