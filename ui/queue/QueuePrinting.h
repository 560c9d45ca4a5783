// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Printing an HTML document of the queue (QueueDocuments.h) through Qt's print support:
// a print preview first (the user picks the printer or "print to PDF" there), and a
// direct PDF for tests and "save as PDF".

#include <QString>

#include <functional>

class QFont;
class QPrinter;
class QWidget;

namespace pingjia {

// Opens a window-modal print preview of the document `html()` builds (asked again when
// the preview repaints); landscape for wide tables.
void previewAndPrint(QWidget *parent, const QString &title, bool landscape,
                     const std::function<QString()> &html);
// The documents' font: DejaVu Sans for Latin and digits, Noto Sans CJK SC for Chinese.
QFont printFont();
// Renders `html` on `printer` (A4, CJK font set explicitly).
void printHtml(const QString &html, QPrinter &printer);
// Writes `html` as a PDF file; false with `error` (translated) when it cannot.
bool writePdf(const QString &html, const QString &path, bool landscape, QString *error);

} // namespace pingjia
