// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfProbe.h"

#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace pingjia::pdfprobe {

QString run(const QString &program, const QStringList &args, bool *ok)
{
    QProcess process;
    process.start(program, args);
    const bool finished = process.waitForFinished(120000);
    const bool good =
        finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    if (ok)
        *ok = good;
    return good ? QString::fromUtf8(process.readAllStandardOutput()) : QString();
}

QString normalized(const QString &text)
{
    // Qt's ToUnicode map gives a glyph shared by a radical and an ideograph the radical's
    // code point. NFKC folds the Kangxi radicals (U+2F00…); the simplified forms of the
    // CJK Radicals Supplement have no decomposition, so they are mapped here (Unicode's
    // EquivalentUnifiedIdeograph for U+2EC1…U+2EF3).
    static const QHash<char16_t, char16_t> supplement = {
        {0x2EC1, u'虎'}, {0x2EC5, u'见'}, {0x2EC6, u'角'}, {0x2EC8, u'讠'}, {0x2EC9, u'贝'},
        {0x2ECB, u'车'}, {0x2ED1, u'長'}, {0x2ED3, u'长'}, {0x2ED4, u'门'}, {0x2ED7, u'雨'},
        {0x2ED8, u'青'}, {0x2EDA, u'页'}, {0x2EDB, u'风'}, {0x2EDC, u'飞'}, {0x2EDD, u'食'},
        {0x2EE0, u'饣'}, {0x2EE2, u'马'}, {0x2EE3, u'骨'}, {0x2EE4, u'鬼'}, {0x2EE5, u'鱼'},
        {0x2EE6, u'鸟'}, {0x2EE7, u'卤'}, {0x2EE8, u'麦'}, {0x2EE9, u'黄'}, {0x2EEA, u'黾'},
        {0x2EEC, u'齐'}, {0x2EEE, u'齿'}, {0x2EF0, u'龙'}, {0x2EF3, u'龟'}};
    QString result = text.normalized(QString::NormalizationForm_KC);
    for (QChar &c : result) {
        if (const auto it = supplement.constFind(c.unicode()); it != supplement.constEnd())
            c = QChar(*it);
    }
    return result;
}

int pageCount(const QString &pdf)
{
    const QRegularExpression pages(QStringLiteral("^Pages:\\s+(\\d+)"),
                                   QRegularExpression::MultilineOption);
    const auto match = pages.match(run(QStringLiteral("pdfinfo"), {pdf}));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QString pageSize(const QString &pdf)
{
    const QRegularExpression size(QStringLiteral("^Page size:\\s+(.*)$"),
                                  QRegularExpression::MultilineOption);
    return size.match(run(QStringLiteral("pdfinfo"), {pdf})).captured(1).trimmed();
}

QList<Font> fonts(const QString &pdf)
{
    // Columns are as wide as the dashes under the header row.
    const QStringList lines = run(QStringLiteral("pdffonts"), {pdf}).split(QLatin1Char('\n'));
    QList<Font> result;
    if (lines.size() < 2)
        return result;
    QList<std::pair<qsizetype, qsizetype>> columns;
    const QRegularExpression dashes(QStringLiteral("-+"));
    for (auto it = dashes.globalMatch(lines.at(1)); it.hasNext();) {
        const auto m = it.next();
        columns.append({m.capturedStart(), m.capturedLength()});
    }
    if (columns.size() < 4)
        return result;
    for (int i = 2; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (line.trimmed().isEmpty())
            continue;
        auto cell = [&](int c) { return line.mid(columns[c].first, columns[c].second).trimmed(); };
        result.append({cell(0), cell(1), cell(3) == QLatin1String("yes")});
    }
    return result;
}

QString text(const QString &pdf, int first, int last)
{
    return normalized(rawText(pdf, first, last));
}

QString rawText(const QString &pdf, int first, int last)
{
    QStringList args{QStringLiteral("-enc"), QStringLiteral("UTF-8"), QStringLiteral("-f"),
                     QString::number(first)};
    if (last > 0)
        args << QStringLiteral("-l") << QString::number(last);
    args << pdf << QStringLiteral("-");
    return run(QStringLiteral("pdftotext"), args);
}

QString layoutText(const QString &pdf, int first, int last)
{
    return normalized(run(QStringLiteral("pdftotext"),
                          {QStringLiteral("-layout"), QStringLiteral("-enc"),
                           QStringLiteral("UTF-8"), QStringLiteral("-f"), QString::number(first),
                           QStringLiteral("-l"), QString::number(last), pdf, QStringLiteral("-")}));
}

QImage renderPage(const QString &pdf, int page, int dpi)
{
    QTemporaryDir dir;
    const QString prefix = dir.filePath(QStringLiteral("page"));
    run(QStringLiteral("pdftoppm"),
        {QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-f"), QString::number(page),
         QStringLiteral("-l"), QString::number(page), QStringLiteral("-png"),
         QStringLiteral("-singlefile"), pdf, prefix});
    return QImage(prefix + QStringLiteral(".png"));
}

} // namespace pingjia::pdfprobe
