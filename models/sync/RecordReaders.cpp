// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sync/RecordReaders.h"

#include "models/sync/JsonFields.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <string_view>

namespace pingjia::RecordReaders {

namespace {

using JsonFields::Reader;
using namespace std::string_view_literals;

constexpr int kId = PageParser::kMaxIdChars;
constexpr int kCode = PageParser::kMaxCodeChars;
constexpr int kText = PageParser::kMaxTextChars;

QString tr(const char *text)
{
    return QCoreApplication::translate("pingjia::PageParser", text);
}

QString positionId(qint64 position)
{
    return QStringLiteral("#%1").arg(position);
}

void note(ParsedPage &page, const QString &id, const QString &reason, SkippedRecord::Action action)
{
    page.skipped.append(SkippedRecord{page.list, id, reason, action});
}

// Records the outcome shared by every list; true when the record is to be kept.
bool accept(ParsedPage &page, const Reader &r, const QString &id, qint64 position,
            const QDateTime &updatedAt)
{
    const QString shownId = id.isEmpty() ? positionId(position) : id;
    if (r.failed()) {
        note(page, shownId, r.error(), SkippedRecord::Action::Skipped);
        return false;
    }
    if (r.truncated())
        note(page, shownId,
             tr("a text longer than %1 characters was cut").arg(PageParser::kMaxTextChars),
             SkippedRecord::Action::Truncated);
    if (!page.firstUpdatedAt.isValid() || updatedAt < page.firstUpdatedAt)
        page.firstUpdatedAt = updatedAt;
    if (!page.lastUpdatedAt.isValid() || updatedAt > page.lastUpdatedAt)
        page.lastUpdatedAt = updatedAt;
    return true;
}

bool oneOf(const QString &value, std::initializer_list<const char *> allowed)
{
    for (const char *a : allowed) {
        if (value == QLatin1String(a))
            return true;
    }
    return false;
}

} // namespace

void readOrg(simdjson::dom::object o, qint64 position, const Context &, ParsedPage &page)
{
    static constexpr std::string_view keys[] = {"orgCode"sv,    "name"sv,       "level"sv,
                                                "kind"sv,       "parentCode"sv, "areaCode"sv,
                                                "creditCode"sv, "status"sv,     "updatedAt"sv};
    Reader r(o, keys);
    OrgUnit u;
    u.orgCode = r.id(0, kId);
    u.name = r.text(1, kText);
    u.level = r.code(2, kCode, true);
    u.kind = r.code(3, kCode, true);
    u.parentCode = r.code(4, kCode);
    u.areaCode = r.code(5, kCode);
    u.creditCode = r.code(6, kCode);
    u.withdrawn = r.withdrawn(7);
    u.updatedAt = r.time(8, true);
    if (!r.failed() && !oneOf(u.level, {"province", "city", "county", "township", "village"}))
        r.fail(tr("unknown level \"%1\"").arg(u.level));
    if (!r.failed() && !oneOf(u.kind, {"center", "department", "window"}))
        r.fail(tr("unknown kind \"%1\"").arg(u.kind));
    if (accept(page, r, u.orgCode, position, u.updatedAt))
        page.orgs.append(std::move(u));
}

void readStaff(simdjson::dom::object o, qint64 position, const Context &, ParsedPage &page)
{
    static constexpr std::string_view keys[] = {"staffId"sv, "name"sv,      "orgCode"sv,
                                                "status"sv,  "updatedAt"sv, "mobile"sv};
    Reader r(o, keys);
    StaffMember s;
    s.staffId = r.id(0, kId);
    s.name = r.text(1, kText);
    s.orgCode = r.code(2, kCode);
    s.withdrawn = r.withdrawn(3);
    s.updatedAt = r.time(4, true);
    s.mobile = r.code(5, kCode); // optional (issue 14): absent or null is ""

    if (accept(page, r, s.staffId, position, s.updatedAt))
        page.staff.append(std::move(s));
}

void readItem(simdjson::dom::object o, qint64 position, const Context &, ParsedPage &page)
{
    static constexpr std::string_view keys[] = {"taskCode"sv, "taskName"sv, "taskType"sv,
                                                "deptCode"sv, "status"sv,   "updatedAt"sv};
    Reader r(o, keys);
    ServiceItem s;
    s.taskCode = r.id(0, kId);
    s.taskName = r.text(1, kText);
    s.taskType = r.code(2, kCode);
    s.deptCode = r.code(3, kCode);
    s.withdrawn = r.withdrawn(4);
    s.updatedAt = r.time(5, true);
    if (accept(page, r, s.taskCode, position, s.updatedAt))
        page.items.append(std::move(s));
}

void readCase(simdjson::dom::object o, qint64 position, const Context &, ParsedPage &page)
{
    static constexpr std::string_view keys[] = {
        "projectNo"sv,  "taskCode"sv,   "deptCode"sv,  "centerCode"sv, "windowCode"sv, "staffId"sv,
        "acceptDate"sv, "finishDate"sv, "proStatus"sv, "status"sv,     "updatedAt"sv};
    Reader r(o, keys);
    ServiceCase s;
    s.projectNo = r.id(0, kId);
    s.taskCode = r.code(1, kCode);
    s.deptCode = r.code(2, kCode);
    s.centerCode = r.code(3, kCode);
    s.windowCode = r.code(4, kCode);
    s.staffId = r.code(5, kCode);
    s.acceptDate = r.time(6, false);
    s.finishDate = r.time(7, false);
    const qint64 proStatus = r.integer(8, 0, true);
    s.withdrawn = r.withdrawn(9);
    s.updatedAt = r.time(10, true);
    if (!r.failed() && (proStatus < 1 || proStatus > 3))
        r.fail(tr("unknown proStatus %1").arg(proStatus));
    s.proStatus = int(proStatus);
    if (accept(page, r, s.projectNo, position, s.updatedAt))
        page.cases.append(std::move(s));
}

void readEvaluation(simdjson::dom::object o, qint64 position, const Context &c, ParsedPage &page)
{
    static constexpr std::string_view keys[] = {
        "evalId"sv,     "projectNo"sv,    "taskCode"sv,   "deptCode"sv,
        "centerCode"sv, "windowCode"sv,   "staffId"sv,    "areaCode"sv,
        "pf"sv,         "satisfaction"sv, "evalDetail"sv, "writingEvaluation"sv,
        "assessTime"sv, "assessNumber"sv, "userProp"sv,   "userName"sv,
        "mobile"sv,     "certkeyGOV"sv,   "anonymous"sv,  "status"sv,
        "updatedAt"sv};
    Reader r(o, keys);
    Evaluation e;
    e.evalId = r.id(0, kId);
    e.projectNo = r.code(1, kCode);
    e.taskCode = r.code(2, kCode);
    e.deptCode = r.code(3, kCode);
    e.centerCode = r.code(4, kCode);
    e.windowCode = r.code(5, kCode);
    e.staffId = r.code(6, kCode);
    e.areaCode = r.code(7, kCode);
    e.channelCode = r.code(8, kCode);
    e.rawSatisfaction = r.code(9, kCode, true);
    e.evalDetail = r.code(10, kCode);
    e.text = r.text(11, kText);
    e.assessTime = r.time(12, true);
    const qint64 assessNumber = r.integer(13, 1);
    const qint64 userProp = r.integer(14, 0);
    e.userName = r.code(15, kCode);
    e.mobile = r.code(16, kCode);
    e.certNo = r.code(17, kCode);
    e.anonymous = r.boolean(18, false);
    e.withdrawn = r.withdrawn(19);
    e.updatedAt = r.time(20, true);
    if (!r.failed()) {
        if (const auto level = normalizedLevel(c.codes, e.rawSatisfaction))
            e.level = *level;
        else
            r.fail(tr("unknown satisfaction code \"%1\" for the %2 code set")
                       .arg(e.rawSatisfaction, codeSetToString(c.codes)));
    }
    if (!r.failed() && (assessNumber < 1 || assessNumber > 99))
        r.fail(tr("assessNumber %1 is out of range").arg(assessNumber));
    if (!r.failed() && (userProp < 0 || userProp > 99))
        r.fail(tr("userProp %1 is out of range").arg(userProp));
    e.assessNumber = int(assessNumber);
    e.userProp = int(userProp);
    if (!accept(page, r, e.evalId, position, e.updatedAt))
        return;
    if (!e.channelCode.isEmpty() && c.channels && !c.channels->isEmpty() &&
        !c.channels->contains(e.channelCode))
        note(page, e.evalId, tr("unknown channel code \"%1\"; kept").arg(e.channelCode),
             SkippedRecord::Action::Kept);
    page.evaluations.append(std::move(e));
}

void readBadReview(simdjson::dom::object o, qint64 position, const Context &, ParsedPage &page)
{
    static constexpr std::string_view keys[] = {"evalId"sv};
    Reader idReader(o, keys);
    const QString id = idReader.id(0, kId);
    if (idReader.failed()) {
        note(page, positionId(position), idReader.error(), SkippedRecord::Action::Skipped);
        return;
    }
    // Handling records are few (bad reviews only) and nested: the domain reads them.
    QJsonObject json;
    for (simdjson::dom::key_value_pair field : o)
        json.insert(JsonFields::toQString(field.key), JsonFields::toQJson(field.value));
    QString error;
    std::optional<HandlingRecord> record = HandlingRecord::fromJson(json, &error);
    if (!record) {
        note(page, id, error, SkippedRecord::Action::Skipped);
        return;
    }
    if (!record->updatedAt.isValid()) {
        note(page, id, tr("updatedAt is missing"), SkippedRecord::Action::Skipped);
        return;
    }
    if (!page.firstUpdatedAt.isValid() || record->updatedAt < page.firstUpdatedAt)
        page.firstUpdatedAt = record->updatedAt;
    if (!page.lastUpdatedAt.isValid() || record->updatedAt > page.lastUpdatedAt)
        page.lastUpdatedAt = record->updatedAt;
    page.badReviews.append(std::move(*record));
}

} // namespace pingjia::RecordReaders
