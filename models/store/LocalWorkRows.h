// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How the local-work classes (Outbox, PendingOverlay, ConflictLog, LocalSettings) write
// and read their JSON and time columns: one spelling for all of them.

#include "models/domain/Clock.h"
#include "models/store/StoreResult.h"
#include "models/store/StoredTime.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QVariant>

namespace pingjia::localwork {

inline QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
inline QJsonObject object(const QVariant &v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}
inline QVariant now()
{
    return StoredTime::toSql(Clock::now());
}
using pingjia::setError;

} // namespace pingjia::localwork
