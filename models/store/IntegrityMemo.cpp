// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/IntegrityMemo.h"

#include <QMutex>

namespace pingjia {

namespace {

// A few months are asked in turn (the month, the one before, a quarter's three): eight
// entries of a few hundred flags each.
constexpr qsizetype kEntries = 8;

struct Entry {
    IntegrityMemo::Key key;
    QVariantList marks;
    QList<IntegrityFlag> flags;
};

QMutex g_lock;
QList<Entry> g_entries; // the most recently stored last
qint64 g_hits = 0;

} // namespace

// What the staff rule reads besides the period's rows: the staff and the org units (their
// centers), whole tables, small. Also part of IntegrityPeriodMarks.
#define PINGJIA_STAFF_MARK                                                                         \
    "(SELECT count(*) || ' ' || coalesce(max(updated_at), '') || ' ' || "                          \
    "total(mobile_hash) || ' ' || total(withdrawn) FROM staff)"
#define PINGJIA_ORG_MARK                                                                           \
    "(SELECT count(*) || ' ' || coalesce(max(updated_at), '') || ' ' || total(withdrawn) "         \
    "FROM org_units)"

const char *IntegrityMemo::marksSql()
{
    return "SELECT (SELECT max(id) FROM evaluations), em, "
           "(SELECT count(*) FROM evaluations WHERE updated_at = em), "
           "(SELECT max(rowid) FROM cases), cm, "
           "(SELECT count(*) FROM cases WHERE updated_at = cm), " PINGJIA_STAFF_MARK
           ", " PINGJIA_ORG_MARK ", "
           "(SELECT count(*) || ' ' || coalesce(max(updated_at), '') || ' ' || "
           "total(follow_up_phone_hash) || ' ' || total(withdrawn) FROM bad_reviews) "
           "FROM (SELECT (SELECT max(updated_at) FROM evaluations) AS em, "
           "(SELECT max(updated_at) FROM cases) AS cm)";
}

const char *IntegrityMemo::staffAndOrgMarksSql()
{
    return PINGJIA_STAFF_MARK ", " PINGJIA_ORG_MARK;
}

std::optional<QList<IntegrityFlag>> IntegrityMemo::find(const Key &key, const QVariantList &marks)
{
    const QMutexLocker lock(&g_lock);
    for (const Entry &e : std::as_const(g_entries)) {
        if (e.key == key && e.marks == marks) {
            ++g_hits;
            return e.flags;
        }
    }
    return std::nullopt;
}

void IntegrityMemo::store(const Key &key, const QVariantList &marks,
                          const QList<IntegrityFlag> &flags)
{
    const QMutexLocker lock(&g_lock);
    g_entries.removeIf([&](const Entry &e) { return e.key == key; });
    if (g_entries.size() >= kEntries)
        g_entries.removeFirst();
    g_entries.append({key, marks, flags});
}

void IntegrityMemo::forget()
{
    const QMutexLocker lock(&g_lock);
    g_entries.clear();
}

qint64 IntegrityMemo::hits()
{
    const QMutexLocker lock(&g_lock);
    return g_hits;
}

} // namespace pingjia
