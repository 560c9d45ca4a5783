// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Which platform and which user the console syncs with. The URL (normalized) and the user
// name key the stored cursors and the keychain entries; they are not secret and the app
// keeps them in its settings. The password and refresh token are never part of this.

#include <QString>
#include <QUrl>

namespace pingjia {

struct PlatformAccount {
    QString platformUrl; // normalized, see normalizeUrl()
    QString user;
    // A PEM file with the only CA to trust for this platform; empty: the system's CAs.
    QString caFile;

    bool isComplete() const { return !platformUrl.isEmpty() && !user.isEmpty(); }

    // "HTTPS://Host:443/base/" → "https://host/base": one spelling per platform, so a
    // trailing slash does not start a second set of cursors. Empty for a URL that is not
    // http(s) with a host.
    static QString normalizeUrl(const QString &url);
    QUrl endpoint(const QString &path) const; // path like "/api/v1/meta"

    bool operator==(const PlatformAccount &) const = default;
};

} // namespace pingjia
