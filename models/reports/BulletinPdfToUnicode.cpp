// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/reports/BulletinPdfToUnicode.h"

#include <QFont>
#include <QMutex>
#include <QRawFont>
#include <QRegularExpression>

#include <vector>

namespace pingjia {

namespace {

struct Range {
    char16_t first, last;
};
constexpr Range kRadicals[] = {{0x2E80, 0x2FDF}, {0x31C0, 0x31EF}};
constexpr Range kUnified = {0x4E00, 0x9FFF};

std::vector<quint32> glyphsOf(const QRawFont &font, Range range)
{
    QString chars;
    for (char32_t c = range.first; c <= range.last; ++c)
        chars += QChar(char16_t(c));
    std::vector<quint32> glyphs(chars.size());
    int count = int(glyphs.size());
    if (!font.glyphIndexesForChars(chars.constData(), int(chars.size()), glyphs.data(), &count))
        return {};
    glyphs.resize(count);
    return glyphs;
}

QHash<char16_t, char16_t> replacementsOf(const QString &family)
{
    QFont font(family);
    font.setFamilies({family});
    const QRawFont raw = QRawFont::fromFont(font);
    QHash<char16_t, char16_t> result;
    if (!raw.isValid())
        return result;
    QHash<quint32, char16_t> unifiedOfGlyph;
    const std::vector<quint32> unified = glyphsOf(raw, kUnified);
    for (size_t i = 0; i < unified.size(); ++i) {
        if (unified[i] != 0 && !unifiedOfGlyph.contains(unified[i]))
            unifiedOfGlyph.insert(unified[i], char16_t(kUnified.first + i));
    }
    for (const Range &range : kRadicals) {
        const std::vector<quint32> glyphs = glyphsOf(raw, range);
        for (size_t i = 0; i < glyphs.size(); ++i) {
            if (const auto it = unifiedOfGlyph.constFind(glyphs[i]);
                glyphs[i] != 0 && it != unifiedOfGlyph.cend())
                result.insert(char16_t(range.first + i), *it);
        }
    }
    return result;
}

// Replaces the 4-digit hex code at `pos` (just after '<') when it is a radical mapped.
bool replaceCode(QByteArray &pdf, qsizetype pos, const QHash<char16_t, char16_t> &replacements)
{
    bool ok = false;
    const auto code = char16_t(QByteArray(pdf.constData() + pos, 4).toUShort(&ok, 16));
    const auto it = replacements.constFind(code);
    if (!ok || it == replacements.cend())
        return false;
    const QByteArray hex = QByteArray::number(uint(*it), 16).toUpper().rightJustified(4, '0');
    std::copy(hex.begin(), hex.end(), pdf.begin() + pos);
    return true;
}

// Destinations of one line of a bfchar (source, destination) or bfrange (first, last,
// then one destination or [an array]) section: positions of their hex digits.
QList<qsizetype> destinations(const QByteArray &pdf, qsizetype begin, qsizetype end, bool range)
{
    static const QRegularExpression code(QStringLiteral("<([0-9A-Fa-f]{4})>"));
    const QString line = QString::fromLatin1(pdf.constData() + begin, end - begin);
    QList<qsizetype> positions;
    QStringList codes;
    for (auto it = code.globalMatch(line); it.hasNext();) {
        const auto m = it.next();
        positions << begin + m.capturedStart(1);
        codes << m.captured(1);
    }
    if (!range)
        return positions.mid(1, 1);
    if (positions.size() < 3)
        return {};
    const bool array = line.contains(u'[');
    if (!array && codes.at(0).compare(codes.at(1), Qt::CaseInsensitive) != 0)
        return {}; // a linear range: one base for consecutive code points
    return positions.mid(2);
}

int mendSections(QByteArray &pdf, const QByteArray &beginWord, const QByteArray &endWord,
                 bool range, const QHash<char16_t, char16_t> &replacements)
{
    int replaced = 0;
    for (qsizetype at = pdf.indexOf(beginWord); at >= 0; at = pdf.indexOf(beginWord, at)) {
        const qsizetype end = pdf.indexOf(endWord, at);
        if (end < 0)
            break;
        qsizetype line = pdf.indexOf('\n', at) + 1;
        while (line > 0 && line < end) {
            qsizetype next = pdf.indexOf('\n', line);
            if (next < 0 || next > end)
                next = end;
            for (qsizetype pos : destinations(pdf, line, next, range))
                replaced += replaceCode(pdf, pos, replacements) ? 1 : 0;
            line = next + 1;
        }
        at = end;
    }
    return replaced;
}

} // namespace

QHash<char16_t, char16_t> pdfRadicalReplacements(const QStringList &families)
{
    static QMutex mutex;
    static QHash<QString, QHash<char16_t, char16_t>> byFamily;
    QHash<char16_t, char16_t> result;
    const QMutexLocker lock(&mutex);
    for (const QString &family : families) {
        auto it = byFamily.find(family);
        if (it == byFamily.end())
            it = byFamily.insert(family, replacementsOf(family));
        for (auto r = it->cbegin(); r != it->cend(); ++r)
            result.insert(r.key(), r.value());
    }
    return result;
}

int mendPdfToUnicode(QByteArray &pdf, const QHash<char16_t, char16_t> &replacements)
{
    if (replacements.isEmpty())
        return 0;
    return mendSections(pdf, "beginbfrange", "endbfrange", true, replacements) +
           mendSections(pdf, "beginbfchar", "endbfchar", false, replacements);
}

} // namespace pingjia
