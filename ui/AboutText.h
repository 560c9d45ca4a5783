// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What Help → About says: the version (QCoreApplication::applicationVersion(), which the
// app sets from the CMake project version), the licence and the Qt version in use.

#include <QString>

namespace pingjia {

// Rich text for QMessageBox::about; the user's language.
QString aboutText();

} // namespace pingjia
