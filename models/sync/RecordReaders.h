// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal to the page parser: one reader per list, from a JSON object of the API to the
// normalized record. Each appends the record to `page` when it is usable and a note to
// `page.skipped` when it is not (or was kept in a changed form); see PageParser.h for the
// rules.

#include "models/domain/Channel.h"
#include "models/domain/EvaluationLevel.h"
#include "models/sync/PageParser.h"

#include <simdjson.h>

namespace pingjia::RecordReaders {

struct Context {
    CodeSet codes = CodeSet::Gbt39046;
    const ChannelTable *channels = nullptr;
};

// `position` is the record's index in the page, used when it has no readable id.
void readOrg(simdjson::dom::object o, qint64 position, const Context &c, ParsedPage &page);
void readStaff(simdjson::dom::object o, qint64 position, const Context &c, ParsedPage &page);
void readItem(simdjson::dom::object o, qint64 position, const Context &c, ParsedPage &page);
void readCase(simdjson::dom::object o, qint64 position, const Context &c, ParsedPage &page);
void readEvaluation(simdjson::dom::object o, qint64 position, const Context &c, ParsedPage &page);
void readBadReview(simdjson::dom::object o, qint64 position, const Context &c, ParsedPage &page);

} // namespace pingjia::RecordReaders
