// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The bulletin as an editable OpenDocument text (WPS, Word, LibreOffice): same sections,
// headings, tables and page breaks as the PDF; charts embedded as images.

#include "models/reports/BulletinContent.h"
#include "models/reports/BulletinRender.h"

namespace pingjia {

// Writes `path` (created 0600). On failure or cancel no partial file is left.
BulletinRenderResult writeBulletinOdt(const BulletinContent &content, const QString &path,
                                      const BulletinRenderOptions &options = {},
                                      const BulletinRenderControl &control = {});

} // namespace pingjia
