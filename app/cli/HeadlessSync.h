// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A sync run from the command line (`pingjia sync`, `pingjia demo --headless`): progress
// lines on stderr, the summary on stdout, Ctrl+C stops after the page being stored.

#include "models/sync/SyncSession.h"

#include <QCoreApplication>

#include <atomic>
#include <memory>

class QTextStream;

namespace pingjia {

class HeadlessSync {
    Q_DECLARE_TR_FUNCTIONS(HeadlessSync)
public:
    HeadlessSync(QTextStream &out, QTextStream &err);
    ~HeadlessSync();

    // Give this to the SyncSession: Ctrl+C sets it (from the first call on).
    std::shared_ptr<std::atomic_bool> cancelFlag() const { return m_cancel; }
    // The session's sync(); prints the progress and then the summary.
    SyncResult run(SyncSession &session);

private:
    QTextStream &m_out;
    QTextStream &m_err;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace pingjia
