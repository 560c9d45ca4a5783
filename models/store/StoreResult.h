// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The outcome of a store operation: callers branch on the kind (offer a cache rebuild
// for Corrupt, stop for NewerSchema) and show the message, which is translated and
// says what to do next.

#include <QString>

namespace pingjia {

enum class StoreErrorKind {
    None,
    Corrupt,     // not a database, or damaged pages: rebuild the cache / restore local work
    NewerSchema, // written by a newer Pingjia
    WrongFile,   // a database of another kind (e.g. the cache opened as local work)
    Io,          // cannot open, create or move the file
    Busy,        // another writer held the lock past the busy timeout
    Data,        // a record the store refuses (e.g. personal data that cannot be encrypted)
    Sql,         // anything else SQLite reported
};

struct StoreResult {
    StoreErrorKind kind = StoreErrorKind::None;
    QString message;

    bool ok() const { return kind == StoreErrorKind::None; }
    static StoreResult success() { return {}; }
    static StoreResult failure(StoreErrorKind kind, QString message)
    {
        return {kind, std::move(message)};
    }
};

// Hands `r` to a caller that asked for the error (`error` may be null: not interested).
inline void setError(StoreResult *error, StoreResult r)
{
    if (error)
        *error = std::move(r);
}

} // namespace pingjia
