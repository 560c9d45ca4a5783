// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sync/PlatformAccount.h"

namespace pingjia {

QString PlatformAccount::normalizeUrl(const QString &text)
{
    QUrl url = QUrl::fromUserInput(text.trimmed());
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return {};
    url.setScheme(scheme);
    url.setHost(url.host().toLower());
    if ((scheme == QLatin1String("https") && url.port() == 443) ||
        (scheme == QLatin1String("http") && url.port() == 80))
        url.setPort(-1);
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path);
    url.setQuery(QString());
    url.setFragment(QString());
    url.setUserInfo(QString());
    return url.toString();
}

QUrl PlatformAccount::endpoint(const QString &path) const
{
    return QUrl(platformUrl + path);
}

} // namespace pingjia
