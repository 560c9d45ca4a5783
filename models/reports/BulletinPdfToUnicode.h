// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Mends the text of a PDF written by Qt 6.4 (QPdfWriter). Qt maps each glyph of an
// embedded font back to the lowest code point the font's cmap gives it
// (QFontSubset::getReverseMap); Noto CJK draws 青 (U+9752) and the radical ⻘ (U+2ED8) with
// one glyph, so the PDF's ToUnicode CMap says ⻘ and copying, searching or pdftotext gets
// the radical (月 → ⽉, 门 → ⻔, 心 → ⼼ …). No face choice avoids it (every CJK face
// with radicals in its cmap shares their glyphs), so the written CMap is corrected: each
// radical or stroke (U+2E80–U+2FDF, U+31C0–U+31EF) whose glyph the font also gives a
// unified ideograph is replaced by that ideograph. Same length in place: the PDF's byte
// offsets stay valid. A bulletin never means a radical itself.

#include <QByteArray>
#include <QHash>
#include <QStringList>

namespace pingjia {

// Radical or stroke → the unified ideograph of the same glyph, for the faces `families`
// (needs a QGuiApplication). Worked out once per family and kept.
QHash<char16_t, char16_t> pdfRadicalReplacements(const QStringList &families);

// Rewrites the destinations of the ToUnicode CMaps (bfchar and bfrange entries) of `pdf`
// found in `replacements`; returns how many were replaced. A linear bfrange (one base for
// many codes) is left as it is: Qt writes those only for runs of consecutive code points.
int mendPdfToUnicode(QByteArray &pdf, const QHash<char16_t, char16_t> &replacements);

} // namespace pingjia
