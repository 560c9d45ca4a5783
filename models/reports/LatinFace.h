// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Latin letters and digits of printed documents (the bulletin, the queue's prints) in
// DejaVu (fonts-dejavu-core), Chinese in the document's CJK face. Not the CJK face alone:
// in a run that starts with a Latin letter ("D1", "W12", "C620122") HarfBuzz gives Noto
// CJK's digits substituted glyphs that the font's cmap does not reach, and Qt 6.4's PDF
// engine builds the ToUnicode map from the cmap only (QFontSubset::getReverseMap), so
// those digits print but pdftotext, search and copy lose them ("D1（0条）" → "D（ 条）").
// Only ASCII letters, digits and ASCII punctuation take the Latin face: Chinese quotes,
// dashes and full-width forms keep the CJK face's full-width glyphs.

#include <QList>
#include <QString>
#include <QStringList>
#include <QTextLayout>

class QTextDocument;

namespace pingjia {

// DejaVu Sans for a sans (黑体) face, DejaVu Serif for the others (宋体, 仿宋, 楷体).
QString latinFaceFor(const QString &cjkFamily);
// {latinFaceFor(cjkFamily), cjkFamily}: for a whole document that is mostly Latin.
QStringList latinFirstFamilies(const QString &cjkFamily);

// Runs of printable ASCII (U+0021–U+007E) in `text`: (start, length).
QList<std::pair<int, int>> latinRuns(const QString &text);

// Format ranges that put the Latin runs of `text` in the Latin face of `cjkFamily`
// (for a QTextLayout).
QList<QTextLayout::FormatRange> latinFaceRanges(const QString &text, const QString &cjkFamily);

// Puts every Latin run of `doc` (tables and frames included) in the Latin face of its
// fragment's family; the rest of each format (size, spacing, colour) is kept.
void applyLatinFace(QTextDocument &doc);

} // namespace pingjia
