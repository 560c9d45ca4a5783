// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The pending-state overlay: per evaluation, the record as the user's unsent actions
// make it, shown on top of the platform's state until the platform has answered every
// action on it (Outbox.h).

#include "models/domain/HandlingRecord.h"
#include "models/store/StoreResult.h"

#include <QList>

#include <optional>

namespace pingjia {

class Connection;
class LocalWorkDatabase;

class PendingOverlay {
public:
    explicit PendingOverlay(LocalWorkDatabase &db) : m_db(db) {}

    std::optional<HandlingRecord> overlay(const QString &evalId, StoreResult *error = nullptr);
    QList<HandlingRecord> overlays(StoreResult *error = nullptr);

    // Inside the outbox's transactions on `c`:
    static StoreResult put(Connection &c, const HandlingRecord &record, qint64 seq);
    // Drops the overlay of `evalId` once none of its actions is left to send.
    static StoreResult dropWhenSettled(Connection &c, const QString &evalId);

private:
    LocalWorkDatabase &m_db;
};

} // namespace pingjia
