// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How figures are written in the bulletin's Chinese prose and tables: percentages with
// two decimals, changes in 百分点, counts with 条/件, lists joined by 、. The document is
// Chinese whatever the UI language (GB/T 9704-2012, like BulletinContent.cpp): these
// words belong to the document, not to the interface.

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pingjia::bulletinwording {

QString percent(std::optional<double> fraction); // "98.50%", "—" when none
QString score(std::optional<double> value);      // "4.62", "—"
QString count(qint64 n);                         // "1234" (official style: no separators)
QString monthText(QDate month);                  // "2026年10月"
QString dayText(QDate day);                      // "11月5日"
// "较上月上升0.52个百分点" / "较上月持平" / empty when either side is missing.
QString rateChange(const QString &against, std::optional<double> now, std::optional<double> then);
// "较上月增加120条（增长9.3%）" / "减少…" / "持平"; empty when `then` is missing.
QString countChange(const QString &against, qint64 now, std::optional<qint64> then);
QString scoreChange(const QString &against, std::optional<double> now, std::optional<double> then);
// The scope's services as the document names them: "全市政务服务", "平凉市政务服务"; a
// center's own name ("崆峒区政务服务中心") already says so and is kept.
QString servicesName(const QString &scopeName);
// "A、B和C" (official enumeration).
QString enumerate(const QStringList &items);
// Joins clauses with "，" and ends with "。"; empty clauses skipped.
QString sentence(const QStringList &clauses);
// Replaces every occurrence of each name (longest first) with "××", then
// redactPersonalNumbers().
QString redact(QString text, const QStringList &names);
// Mobile and ID numbers typed into a text become "××".
QString redactPersonalNumbers(QString text);
// 非常满意 … 非常不满意 for 5 … 1; empty otherwise.
QString levelText(int level);

} // namespace pingjia::bulletinwording
