// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Settings kept in the local-work file because they must survive a cache rebuild.

#include "models/store/StoreResult.h"

#include <QString>

#include <optional>

namespace pingjia {

class LocalWorkDatabase;

class LocalSettings {
public:
    explicit LocalSettings(LocalWorkDatabase &db) : m_db(db) {}

    std::optional<QString> value(const QString &key, StoreResult *error = nullptr);
    StoreResult setValue(const QString &key, const QString &value);
    StoreResult remove(const QString &key);

private:
    LocalWorkDatabase &m_db;
};

} // namespace pingjia
