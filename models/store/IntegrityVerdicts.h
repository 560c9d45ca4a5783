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

private:
    LocalWorkDatabase &m_db;
};

} // namespace pingjia
