// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The user's verdict on a flagged review-integrity item (issue 14): cleared (nothing
// wrong) or confirmed (padding found), with a note. Stored in the local-work file (it is
// the user's work, not platform data) together with an audit row ("integrity_verdict")
// in one transaction. A later verdict on the same item replaces the earlier one; the
// audit log keeps both.

#include "models/domain/IntegrityRules.h"
#include "models/store/StoreResult.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QString>

#include <optional>

namespace pingjia {

class LocalWorkDatabase;

enum class IntegrityVerdict { Cleared, Confirmed };
QString toString(IntegrityVerdict verdict); // "cleared" | "confirmed"

struct IntegrityVerdictEntry {
    IntegrityVerdict verdict = IntegrityVerdict::Cleared;
    QString note;
    QString actor;
    QDateTime at;
};

class IntegrityVerdicts {
    Q_DECLARE_TR_FUNCTIONS(pingjia::IntegrityVerdicts)
public:
    explicit IntegrityVerdicts(LocalWorkDatabase &db);

    // The key of a flagged item: its evalId, or its unit code for a unit rule.
    static QString itemKey(const IntegrityFlag &flag);

    StoreResult record(const IntegrityFlag &flag, const QString &month, IntegrityVerdict verdict,
                       const QString &note, const QString &actor);
    // Every verdict of the month, by (rule name, item key).
    std::optional<QHash<QPair<QString, QString>, IntegrityVerdictEntry>>
    verdicts(const QString &month, StoreResult *error = nullptr);
    // The items a supervisor cleared, over every month of `months` ("yyyy-MM" keys).
    std::optional<QSet<QPair<QString, QString>>> clearedItems(const QStringList &months,
                                                              StoreResult *error = nullptr);
    // The one rule for counting flags (the rankings' 核查标记评价数 and "without flagged
    // evaluations"): a flag counts unless its verdict is "cleared" — a supervisor looked
    // and found nothing wrong. Confirmed or not yet judged: it counts.
    static bool counts(const IntegrityFlag &flag, const QSet<QPair<QString, QString>> &cleared);

private:
    LocalWorkDatabase &m_db;
};

} // namespace pingjia
