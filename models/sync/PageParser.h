// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Turns one page of a platform list ({"items":[...], "nextCursor":"…", "hasMore":bool},
// PLATFORM_API.md "Paging") into normalized records: satisfaction mapped through the
// platform's code set (raw code kept), times read at UTC+8, "status" to `withdrawn`.
//
// Two kinds of failure, kept apart on purpose:
// - the page itself is unusable (not JSON, cut off mid-record, no items array, no
//   cursor): parse() returns false and nothing of the page may be stored — the caller
//   retries it as a transient fault (the platform's truncated bodies look like this);
// - one record is wrong (wrong type, unknown code, missing id, absurdly long id): that
//   record is left out and reported in `skipped`, the rest of the page is usable.
//
// Over-long free text (a 1 MB comment) is not a reason to lose the evaluation: a
// complaint must still reach the work queue and count in the indicators. Text fields
// are cut to kMaxTextChars characters, the cut is marked with "…", and the record is
// reported as Truncated. Personal data and codes longer than kMaxCodeChars, or ids
// longer than kMaxIdChars, are not cut (a cut id would name another record): the record
// is skipped. An unknown `pf` keeps the evaluation (reported as Kept): the channel only
// labels it, the level is what counts.
//
// JSON is read with simdjson's DOM parser (full validation, ~7× QJsonDocument here);
// one PageParser per thread, it reuses its buffers between pages.

#include "models/domain/Channel.h"
#include "models/domain/EvaluationLevel.h"
#include "models/domain/HandlingRecord.h"
#include "models/domain/PlatformRecords.h"
#include "models/sync/SyncTypes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

#include <memory>

namespace pingjia {

struct ParsedPage {
    CacheList list = CacheList::Orgs;
    QString nextCursor;
    bool hasMore = false;

    QList<OrgUnit> orgs;
    QList<StaffMember> staff;
    QList<ServiceItem> items;
    QList<ServiceCase> cases;
    QList<Evaluation> evaluations;
    QList<HandlingRecord> badReviews;

    QList<SkippedRecord> skipped; // Skipped ones are not in the lists above
    qint64 itemCount = 0;         // entries of "items", usable or not
    QDateTime firstUpdatedAt;     // of the usable records (for the ETA)
    QDateTime lastUpdatedAt;

    qint64 recordCount() const;
    qint64 skippedCount() const;
};

class PageParser {
    Q_DECLARE_TR_FUNCTIONS(PageParser)
public:
    static constexpr int kMaxIdChars = 64;
    static constexpr int kMaxCodeChars = 256;
    static constexpr int kMaxTextChars = 4000;
    static constexpr int kMaxCursorChars = 4096;

    PageParser(CodeSet codes, ChannelTable channels);
    ~PageParser();
    PageParser(const PageParser &) = delete;
    PageParser &operator=(const PageParser &) = delete;

    // False with a message (naming the offset or field when it can) when the page as a
    // whole is unusable; `out` is then meaningless.
    bool parse(CacheList list, const QByteArray &body, ParsedPage *out, QString *error);

    CodeSet codes() const { return m_codes; }
    const ChannelTable &channels() const { return m_channels; }

private:
    struct Impl;
    std::unique_ptr<Impl> d;
    CodeSet m_codes;
    ChannelTable m_channels;
};

} // namespace pingjia
