// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sync/PageParser.h"

#include "models/sync/JsonFields.h"
#include "models/sync/RecordReaders.h"

#include <simdjson.h>

namespace pingjia {

struct PageParser::Impl {
    simdjson::dom::parser parser;
};

qint64 ParsedPage::recordCount() const
{
    return orgs.size() + staff.size() + items.size() + cases.size() + evaluations.size() +
           badReviews.size();
}

qint64 ParsedPage::skippedCount() const
{
    qint64 n = 0;
    for (const SkippedRecord &s : skipped)
        n += s.action == SkippedRecord::Action::Skipped ? 1 : 0;
    return n;
}

PageParser::PageParser(CodeSet codes, ChannelTable channels)
    : d(std::make_unique<Impl>()), m_codes(codes), m_channels(std::move(channels))
{
}

PageParser::~PageParser() = default;

namespace {

using ReadFn = void (*)(simdjson::dom::object, qint64, const RecordReaders::Context &,
                        ParsedPage &);

ReadFn readerFor(CacheList list)
{
    switch (list) {
    case CacheList::Orgs:
        return RecordReaders::readOrg;
    case CacheList::Staff:
        return RecordReaders::readStaff;
    case CacheList::Items:
        return RecordReaders::readItem;
    case CacheList::Cases:
        return RecordReaders::readCase;
    case CacheList::Evaluations:
        return RecordReaders::readEvaluation;
    case CacheList::BadReviews:
        return RecordReaders::readBadReview;
    }
    return nullptr;
}

} // namespace

bool PageParser::parse(CacheList list, const QByteArray &body, ParsedPage *out, QString *error)
{
    *out = ParsedPage{};
    out->list = list;
    auto fail = [&](const QString &why) {
        if (error)
            *error = tr("The %1 page is unusable: %2").arg(listName(list), why);
        *out = ParsedPage{};
        out->list = list;
        return false;
    };

    simdjson::dom::element root;
    // A page cut mid-record fails here (unclosed array or string), before anything is read.
    if (const auto code = d->parser.parse(body.constData(), std::size_t(body.size())).get(root);
        code != simdjson::SUCCESS)
        return fail(tr("not valid JSON (%1, %2 bytes)")
                        .arg(QString::fromLatin1(simdjson::error_message(code)))
                        .arg(body.size()));
    simdjson::dom::object page;
    if (root.get_object().get(page) != simdjson::SUCCESS)
        return fail(tr("the answer is not a JSON object"));

    simdjson::dom::array items;
    simdjson::dom::element value;
    if (page.at_key("items").get(value) != simdjson::SUCCESS ||
        value.get_array().get(items) != simdjson::SUCCESS)
        return fail(tr("\"items\" is missing or not a list"));

    std::string_view cursor;
    if (page.at_key("nextCursor").get(value) != simdjson::SUCCESS ||
        value.get_string().get(cursor) != simdjson::SUCCESS)
        return fail(tr("\"nextCursor\" is missing or not text"));
    if (cursor.size() > std::size_t(kMaxCursorChars))
        return fail(tr("\"nextCursor\" is longer than %1 characters").arg(kMaxCursorChars));
    out->nextCursor = JsonFields::toQString(cursor);

    bool hasMore = false;
    if (page.at_key("hasMore").get(value) != simdjson::SUCCESS ||
        value.get_bool().get(hasMore) != simdjson::SUCCESS)
        return fail(tr("\"hasMore\" is missing or not true/false"));
    out->hasMore = hasMore;

    const ReadFn read = readerFor(list);
    const RecordReaders::Context context{m_codes, &m_channels};
    const std::size_t n = items.size();
    switch (list) {
    case CacheList::Orgs:
        out->orgs.reserve(qsizetype(n));
        break;
    case CacheList::Staff:
        out->staff.reserve(qsizetype(n));
        break;
    case CacheList::Items:
        out->items.reserve(qsizetype(n));
        break;
    case CacheList::Cases:
        out->cases.reserve(qsizetype(n));
        break;
    case CacheList::Evaluations:
        out->evaluations.reserve(qsizetype(n));
        break;
    case CacheList::BadReviews:
        out->badReviews.reserve(qsizetype(n));
        break;
    }
    qint64 position = 0;
    for (simdjson::dom::element item : items) {
        simdjson::dom::object record;
        if (item.get_object().get(record) != simdjson::SUCCESS)
            out->skipped.append(SkippedRecord{list, QStringLiteral("#%1").arg(position),
                                              tr("the entry is not a JSON object"),
                                              SkippedRecord::Action::Skipped});
        else
            read(record, position, context, *out);
        ++position;
    }
    out->itemCount = position;
    return true;
}

} // namespace pingjia
