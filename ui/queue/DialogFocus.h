// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Dialogs open with the cursor in their first field, so the user types at once instead
// of reaching for the mouse or tabbing past the introduction.

class QWidget;

namespace pingjia {

// Gives the focus to the first visible, enabled widget of `dialog`'s tab chain that
// takes focus by Tab and is not inside `except` (the button box). Call from showEvent.
void focusFirstField(QWidget *dialog, const QWidget *except);

} // namespace pingjia
