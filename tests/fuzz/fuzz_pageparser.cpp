// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the page parser: any bytes, any list, either code set. The parser
// must never crash, leak or read out of bounds (ASan), and what it accepts must obey
// its own rules: ids present and short, levels 1–5, texts cut, counts consistent.
#include "models/sync/PageParser.h"

#include <cstddef>
#include <cstdint>

using namespace pingjia;

namespace {

void check(bool ok)
{
    if (!ok)
        __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    static PageParser gbt(CodeSet::Gbt39046, ChannelTable::forCodeSet(CodeSet::Gbt39046));
    static PageParser upload(CodeSet::Upload, ChannelTable::forCodeSet(CodeSet::Upload));
    const CacheList list = kSyncedLists[data[0] % kSyncedLists.size()];
    PageParser &parser = (data[0] & 0x80) ? upload : gbt;
    const QByteArray body(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    ParsedPage page;
    QString error;
    if (!parser.parse(list, body, &page, &error)) {
        check(!error.isEmpty() && page.recordCount() == 0);
        return 0;
    }
    check(page.recordCount() + page.skippedCount() == page.itemCount);
    check(page.nextCursor.size() <= PageParser::kMaxCursorChars);
    for (const Evaluation &e : page.evaluations) {
        check(!e.evalId.isEmpty() && e.evalId.size() <= PageParser::kMaxIdChars);
        check(e.level >= 1 && e.level <= 5);
        check(e.text.size() <= PageParser::kMaxTextChars);
        check(e.assessTime.isValid() && e.updatedAt.isValid());
    }
    for (const ServiceCase &c : page.cases)
        check(!c.projectNo.isEmpty() && c.proStatus >= 1 && c.proStatus <= 3);
    for (const OrgUnit &o : page.orgs)
        check(!o.orgCode.isEmpty() && o.updatedAt.isValid());
    for (const HandlingRecord &h : page.badReviews)
        check(!h.evalId.isEmpty() && h.updatedAt.isValid());
    return 0;
}
