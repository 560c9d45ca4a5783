// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/reports/BulletinWording.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace pingjia::bulletinwording {

namespace {

constexpr auto kNone = u"—";

// Rounds half away from zero at `decimals` so 0.125 → "0.13" as people round.
QString fixed(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    const double rounded = std::round(value * scale) / scale;
    return QString::number(rounded, 'f', decimals);
}

} // namespace

QString percent(std::optional<double> fraction)
{
    if (!fraction)
        return QString::fromUtf16(kNone);
    return fixed(*fraction * 100.0, 2) + QLatin1Char('%');
}

QString score(std::optional<double> value)
{
    return value ? fixed(*value, 2) : QString::fromUtf16(kNone);
}

QString count(qint64 n)
{
    return QString::number(n);
}

QString monthText(QDate month)
{
    return QStringLiteral("%1年%2月").arg(month.year()).arg(month.month());
}

QString dayText(QDate day)
{
    return QStringLiteral("%1月%2日").arg(day.month()).arg(day.day());
}

QString rateChange(const QString &against, std::optional<double> now, std::optional<double> then)
{
    if (!now || !then)
        return {};
    // Compared as printed (two decimals of a percentage), so the text never says
    // "上升0.00个百分点".
    const double delta = fixed(*now * 100.0, 2).toDouble() - fixed(*then * 100.0, 2).toDouble();
    if (std::abs(delta) < 0.005)
        return QStringLiteral("较%1持平").arg(against);
    return QStringLiteral("较%1%2%3个百分点")
        .arg(against, delta > 0 ? QStringLiteral("上升") : QStringLiteral("下降"),
             fixed(std::abs(delta), 2));
}

QString countChange(const QString &against, qint64 now, std::optional<qint64> then)
{
    if (!then)
        return {};
    const qint64 delta = now - *then;
    if (delta == 0)
        return QStringLiteral("与%1持平").arg(against);
    QString text = QStringLiteral("较%1%2%3条")
                       .arg(against, delta > 0 ? QStringLiteral("增加") : QStringLiteral("减少"))
                       .arg(std::abs(delta));
    if (*then > 0) {
        text += QStringLiteral("（%1%2%）")
                    .arg(delta > 0 ? QStringLiteral("增长") : QStringLiteral("下降"),
                         fixed(100.0 * double(std::abs(delta)) / double(*then), 1));
    }
    return text;
}

QString scoreChange(const QString &against, std::optional<double> now, std::optional<double> then)
{
    if (!now || !then)
        return {};
    const double delta = fixed(*now, 2).toDouble() - fixed(*then, 2).toDouble();
    if (std::abs(delta) < 0.005)
        return QStringLiteral("较%1持平").arg(against);
    return QStringLiteral("较%1%2%3分")
        .arg(against, delta > 0 ? QStringLiteral("提高") : QStringLiteral("降低"),
             fixed(std::abs(delta), 2));
}

QString servicesName(const QString &scopeName)
{
    return scopeName.endsWith(QStringLiteral("中心")) ? scopeName
                                                      : scopeName + QStringLiteral("政务服务");
}

QString enumerate(const QStringList &items)
{
    if (items.size() <= 1)
        return items.value(0);
    return items.mid(0, items.size() - 1).join(QStringLiteral("、")) + QStringLiteral("和") +
           items.constLast();
}

QString sentence(const QStringList &clauses)
{
    QStringList kept;
    for (const QString &c : clauses) {
        if (!c.isEmpty())
            kept << c;
    }
    if (kept.isEmpty())
        return {};
    return kept.join(QStringLiteral("，")) + QStringLiteral("。");
}

QString redact(QString text, const QStringList &names)
{
    QStringList sorted = names;
    std::sort(sorted.begin(), sorted.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &name : std::as_const(sorted)) {
        if (!name.isEmpty())
            text.replace(name, QStringLiteral("××"));
    }
    return redactPersonalNumbers(text);
}

QString redactPersonalNumbers(QString text)
{
    // An 11-digit mobile number or an 18-character ID number someone typed into a
    // comment is the evaluator's personal data (000 art.5): never printed.
    static const QRegularExpression id(QStringLiteral("\\d{17}[\\dXx]|\\d{15}"));
    static const QRegularExpression mobile(QStringLiteral("1\\d{10}"));
    text.replace(id, QStringLiteral("××"));
    text.replace(mobile, QStringLiteral("××"));
    return text;
}

QString levelText(int level)
{
    switch (level) {
    case 5:
        return QStringLiteral("非常满意");
    case 4:
        return QStringLiteral("满意");
    case 3:
        return QStringLiteral("基本满意");
    case 2:
        return QStringLiteral("不满意");
    case 1:
        return QStringLiteral("非常不满意");
    default:
        return {};
    }
}

} // namespace pingjia::bulletinwording
