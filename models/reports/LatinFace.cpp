// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/reports/LatinFace.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace pingjia {

namespace {

bool isLatin(QChar c)
{
    return c.unicode() > 0x20 && c.unicode() < 0x7F;
}

struct Span {
    int position;
    int length;
    QString family;
};

} // namespace

QString latinFaceFor(const QString &cjkFamily)
{
    // Names of sans (黑体) faces: Noto Sans CJK, SimHei, 黑体, 方正黑体.
    const bool sans = cjkFamily.contains(QLatin1String("Sans"), Qt::CaseInsensitive) ||
                      cjkFamily.contains(QLatin1String("Hei"), Qt::CaseInsensitive) ||
                      cjkFamily.contains(u'黑');
    return sans ? QStringLiteral("DejaVu Sans") : QStringLiteral("DejaVu Serif");
}

QStringList latinFirstFamilies(const QString &cjkFamily)
{
    return {latinFaceFor(cjkFamily), cjkFamily};
}

QList<std::pair<int, int>> latinRuns(const QString &text)
{
    QList<std::pair<int, int>> runs;
    for (int i = 0; i < text.size();) {
        if (!isLatin(text.at(i))) {
            ++i;
            continue;
        }
        const int start = i;
        while (i < text.size() && isLatin(text.at(i)))
            ++i;
        runs.append({start, i - start});
    }
    return runs;
}

QList<QTextLayout::FormatRange> latinFaceRanges(const QString &text, const QString &cjkFamily)
{
    QList<QTextLayout::FormatRange> ranges;
    const QList<std::pair<int, int>> runs = latinRuns(text);
    if (runs.isEmpty())
        return ranges;
    QTextCharFormat format;
    format.setFontFamilies(latinFirstFamilies(cjkFamily));
    for (const auto &[start, length] : runs)
        ranges.append({start, length, format});
    return ranges;
}

void applyLatinFace(QTextDocument &doc)
{
    // Collected first: changing formats splits fragments under a running iterator.
    QList<Span> spans;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QStringList families = fragment.charFormat().fontFamilies().toStringList();
            if (families.isEmpty())
                continue;
            for (const auto &[start, length] : latinRuns(fragment.text()))
                spans.append({fragment.position() + start, length, families.constFirst()});
        }
    }
    QTextCursor cursor(&doc);
    cursor.beginEditBlock();
    for (const Span &span : spans) {
        cursor.setPosition(span.position);
        cursor.setPosition(span.position + span.length, QTextCursor::KeepAnchor);
        QTextCharFormat format;
        format.setFontFamilies(latinFirstFamilies(span.family));
        // The single-family property too (the bulletin's formats set both for the ODF
        // writer): whichever Qt reads last, the Latin face comes first.
        format.setProperty(QTextFormat::FontFamily, latinFaceFor(span.family));
        cursor.mergeCharFormat(format);
    }
    cursor.endEditBlock();
}

} // namespace pingjia
