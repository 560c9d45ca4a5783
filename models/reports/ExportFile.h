// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Writing an export so that a failure loses nothing: the content goes to a temporary file
// beside the target (owner-only, 0600), which then replaces the target in one rename.

#include <QString>

#include <functional>

namespace pingjia {

// Calls `write(temporaryPath, error)`; when it succeeds, renames the file over `path`.
// False with a translated `error` when the folder cannot take a file, writing fails or the
// rename fails; the temporary file is then removed and `path` is as it was.
bool replaceFileAtomically(const QString &path,
                           const std::function<bool(const QString &, QString *)> &write,
                           QString *error);

} // namespace pingjia
