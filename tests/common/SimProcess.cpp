// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimProcess.h"

namespace pingjia {

QUrl SimProcess::url(const QString &path, const QString &query) const
{
    QUrl u = baseUrl();
    u.setPath(path);
    if (!query.isEmpty())
        u.setQuery(query);
    return u;
}

} // namespace pingjia
