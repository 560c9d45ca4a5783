// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/Schema.h"

#include "models/store/Connection.h"

namespace pingjia {

Migration sqlMigration(QString description, QStringList statements)
{
    return {std::move(description), [statements = std::move(statements)](Connection &c) {
                for (const QString &sql : statements) {
                    StoreResult r = c.exec(sql);
                    if (!r.ok())
                        return r;
                }
                return StoreResult::success();
            }};
}

} // namespace pingjia
