// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "models/store/StoreResult.h"

#include <QMessageBox>

namespace pingjia {

// Shown at startup when the cache file cannot be used (damaged, written by a newer
// Pingjia, or not a cache). It explains that the cache only mirrors the platform and
// offers to rebuild it, and says plainly that the local-work file stays untouched.
class CacheProblemDialog : public QMessageBox {
    Q_OBJECT
public:
    CacheProblemDialog(const StoreResult &problem, const QString &cacheFile,
                       const QString &localWorkFile, QWidget *parent = nullptr);

    // Whether rebuilding is a way forward for this kind of problem (not for a busy
    // or unreadable file: moving it aside would not help).
    static bool rebuildHelps(StoreErrorKind kind);
    QAbstractButton *rebuildButton() const { return m_rebuild; }
    QAbstractButton *quitButton() const { return m_quit; }
    bool rebuildChosen() const;

private:
    QAbstractButton *m_rebuild = nullptr;
    QAbstractButton *m_quit = nullptr;
};

} // namespace pingjia
