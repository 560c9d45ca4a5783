// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads PDFs with poppler-utils (pdfinfo, pdffonts, pdftotext, pdftoppm) for tests: page
// count and size, fonts and whether embedded, text (NFKC-normalised: pdftotext returns some
// CJK characters as Kangxi radicals), pages as images.

#include <QColor>
#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

namespace pingjia::pdfprobe {

struct Font {
    QString name;
    QString type;
    bool embedded = false;
};

// Standard output of `program args`; empty and `ok` false when it fails.
QString run(const QString &program, const QStringList &args, bool *ok = nullptr);

int pageCount(const QString &pdf);
// "Page size" line of pdfinfo, e.g. "595.276 x 841.89 pts (A4)".
QString pageSize(const QString &pdf);
QList<Font> fonts(const QString &pdf);
// Text of pages first..last (0: to the end), NFKC-normalised.
QString text(const QString &pdf, int first = 1, int last = 0);
// Text of pages first..last laid out as on the page (pdftotext -layout: a table row on
// one line), NFKC-normalised.
QString layoutText(const QString &pdf, int first, int last);
// The same as pdftotext gives it: what a reader copying or searching the PDF gets.
QString rawText(const QString &pdf, int first = 1, int last = 0);
// Page `page` rendered at `dpi`.
QImage renderPage(const QString &pdf, int page, int dpi);

// NFKC, as the tests compare extracted text.
QString normalized(const QString &text);

// Measuring pages rendered at kDpi: a pixel's size in mm, the red of the 发文机关标志 and
// rule, the black of text.
constexpr int kDpi = 300;
inline double pxToMm(double px)
{
    return px * 25.4 / kDpi;
}
inline bool isRed(QRgb p)
{
    return qRed(p) > 180 && qGreen(p) < 90 && qBlue(p) < 90;
}
inline bool isDark(QRgb p)
{
    return qGray(p) < 110;
}

} // namespace pingjia::pdfprobe
