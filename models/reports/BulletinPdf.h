// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The bulletin as a print-ready document after GB/T 9704-2012 (A4, 版心 156×225 mm, body
// 仿宋 3号 22 lines × 28 characters, red 版头 and rule, page numbers "— N —"), laid out
// with Qt's text engine; charts as vectors. The same pages go to a PDF file or to any
// paged device (a QPrinter from the print dialog or the print preview).

#include "models/reports/BulletinContent.h"
#include "models/reports/BulletinRender.h"

class QPagedPaintDevice;

namespace pingjia {

// Writes `path` (created 0600). On failure or cancel no partial file is left.
BulletinRenderResult writeBulletinPdf(const BulletinContent &content, const QString &path,
                                      const BulletinRenderOptions &options = {},
                                      const BulletinRenderControl &control = {});

// Paints every page on `device` (page size and margins are set here: A4, no device
// margins; a printer that cannot print to the edge clips). Used for QPrinter.
BulletinRenderResult renderBulletin(const BulletinContent &content, QPagedPaintDevice &device,
                                    const BulletinRenderOptions &options = {},
                                    const BulletinRenderControl &control = {});

} // namespace pingjia
