// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The column lists of the cached lists, in the order CacheWriter binds and CacheReader
// reads them (internal to the store). Taken from the column tables of CacheBindings.h;
// columns added later (personal-data hashes, issue 14) come at the end of each list, so
// readers that read by position keep reading the same leading columns.

#include "models/store/CacheBindings.h"

#include <QStringList>

namespace pingjia::CacheColumns {

inline const QStringList &orgs()
{
    static const QStringList c = CacheBindings::names(CacheBindings::orgs());
    return c;
}

inline const QStringList &staff()
{
    static const QStringList c = CacheBindings::names(CacheBindings::staff());
    return c;
}

inline const QStringList &items()
{
    static const QStringList c = CacheBindings::names(CacheBindings::items());
    return c;
}

inline const QStringList &cases()
{
    static const QStringList c = CacheBindings::names(CacheBindings::cases());
    return c;
}

inline const QStringList &evaluations()
{
    static const QStringList c = CacheBindings::names(CacheBindings::evaluations());
    return c;
}

inline const QStringList &badReviews()
{
    static const QStringList c = CacheBindings::names(CacheBindings::badReviews());
    return c;
}

} // namespace pingjia::CacheColumns
