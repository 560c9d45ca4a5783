// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The evaluation rules' flags of the last few periods (IntegrityQuery::evaluationFlags:
// the rules in SQL and the follow-up rule), kept in the process, so the bulletin's preview, edits
// and exports of a month, and the rankings page asked again, do not run the rules again on the same
// rows.
//
// An entry is used only while the cache still carries the same marks (marksSql): the
// newest updated_at of evaluations and cases and how many rows carry exactly it (as the
// indicator rollups judge freshness: the platform stamps every change no earlier than
// what it served before), their newest row ids (a row inserted with an older stamp), and
// counts, stamps and sums of staff and org_units (the staff rule reads those) and of
// bad_reviews (the follow-up rule reads their phone hashes). So a sync
// that writes any of them, in this process or another, makes the next ask run the rules.
// No trigger, no table: writing evaluations costs the sync nothing more.
//
// Threads: any; one lock guards the entries.

#include "models/domain/IntegrityRules.h"

#include <QList>
#include <QString>
#include <QVariantList>

#include <optional>

namespace pingjia {

class IntegrityMemo {
public:
    // One period's rules on one cache file with one set of settings.
    struct Key {
        QString cacheFile;
        QString start;
        QString end;
        int repeatMinCases = 0;
        int burstMinCount = 0;
        int burstMinutes = 0;
        bool operator==(const Key &) const = default;
    };

    // One row of kMarkColumns: the marks the entries are checked against.
    static const char *marksSql();
    static constexpr int kMarkColumns = 9;
    // Two columns of the marks (the staff's and the org units'), for IntegrityPeriodMarks.
    static const char *staffAndOrgMarksSql();

    static std::optional<QList<IntegrityFlag>> find(const Key &key, const QVariantList &marks);
    static void store(const Key &key, const QVariantList &marks, const QList<IntegrityFlag> &flags);
    // How many find() calls were answered from an entry (benches and tests read it).
    static qint64 hits();
    // Drops every entry, as a new process starts (tests of what a new process reads).
    static void forget();
};

} // namespace pingjia
