// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/CacheProblemDialog.h"

#include <QAbstractButton>
#include <QDir>
#include <QLabel>
#include <QPushButton>

namespace pingjia {

bool CacheProblemDialog::rebuildHelps(StoreErrorKind kind)
{
    return kind == StoreErrorKind::Corrupt || kind == StoreErrorKind::NewerSchema ||
           kind == StoreErrorKind::WrongFile;
}

CacheProblemDialog::CacheProblemDialog(const StoreResult &problem, const QString &cacheFile,
                                       const QString &localWorkFile, QWidget *parent)
    : QMessageBox(parent)
{
    setObjectName(QStringLiteral("cacheProblemDialog"));
    setIcon(QMessageBox::Warning);
    setWindowTitle(tr("The local cache cannot be used"));
    setText(tr("The local cache cannot be used."));

    QString advice;
    if (rebuildHelps(problem.kind)) {
        advice = tr("The cache only mirrors the provincial platform, so it can be rebuilt: "
                    "Pingjia moves the file aside (it is not deleted) and starts an empty "
                    "cache, which the next sync fills again.");
        if (problem.kind == StoreErrorKind::NewerSchema)
            advice += QLatin1Char(' ') +
                      tr("Alternatively quit and run the newer Pingjia that wrote the file.");
    } else {
        advice = tr("Close other programs or Pingjia windows that may use the file, check "
                    "the folder's permissions and start Pingjia again.");
    }
    advice += QStringLiteral("\n\n") +
              tr("Your local work (unsent actions and the audit log) is kept in %1 and is "
                 "not touched.")
                  .arg(QDir::toNativeSeparators(localWorkFile));
    setInformativeText(advice);
    // QMessageBox wraps long advice into a narrow column; give it room to read.
    if (auto *informative = findChild<QLabel *>(QStringLiteral("qt_msgbox_informativelabel")))
        informative->setMinimumWidth(440);
    setDetailedText(
        tr("Cache file: %1\n\n%2").arg(QDir::toNativeSeparators(cacheFile), problem.message));

    if (rebuildHelps(problem.kind)) {
        m_rebuild = addButton(tr("Rebuild the cache"), QMessageBox::AcceptRole);
        m_rebuild->setObjectName(QStringLiteral("rebuildButton"));
    }
    m_quit = addButton(tr("Quit"), QMessageBox::RejectRole);
    m_quit->setObjectName(QStringLiteral("quitButton"));
    setDefaultButton(qobject_cast<QPushButton *>(m_rebuild ? m_rebuild : m_quit));
    setEscapeButton(m_quit);
}

bool CacheProblemDialog::rebuildChosen() const
{
    return m_rebuild && clickedButton() == m_rebuild;
}

} // namespace pingjia
