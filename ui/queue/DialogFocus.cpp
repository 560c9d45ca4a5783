// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/queue/DialogFocus.h"

#include <QWidget>

namespace pingjia {

void focusFirstField(QWidget *dialog, const QWidget *except)
{
    for (QWidget *w = dialog->nextInFocusChain(); w && w != dialog; w = w->nextInFocusChain()) {
        if (!dialog->isAncestorOf(w) || (except && (w == except || except->isAncestorOf(w))))
            continue;
        if (w->isVisibleTo(dialog) && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus)) {
            w->setFocus(Qt::TabFocusReason);
            return;
        }
    }
}

} // namespace pingjia
