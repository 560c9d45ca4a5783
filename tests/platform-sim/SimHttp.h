// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Blocking HTTP helpers over QNetworkAccessManager for the simulator's tests.
#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>

namespace pingjia {

struct HttpReply {
    int status = 0; // 0: no HTTP answer (see error)
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    QHash<QByteArray, QByteArray> headers; // lower-case names

    QJsonObject json() const;
    QString errorCode() const; // error.code of an error body
};

struct DumpLine {
    QString list;
    QJsonObject item;
};

class SimHttp {
public:
    explicit SimHttp(const QUrl &base);

    void setSslConfiguration(const QSslConfiguration &config)
    {
        m_ssl = config;
        m_useSsl = true;
    }

    HttpReply get(const QString &pathAndQuery, const QString &token = {});
    HttpReply post(const QString &path, const QByteArray &body, const QByteArray &contentType,
                   const QString &token = {});
    HttpReply postJson(const QString &path, const QJsonObject &body, const QString &token = {});

    // The access token of a password sign-in, or empty.
    QString signIn(const QString &user, const QString &password, QJsonObject *response = nullptr);

    // Follows a list from `cursor` until hasMore is false. False on any non-200 page.
    struct Walk {
        QList<QJsonObject> items;
        QString cursor;
        int pages = 0;
        HttpReply failed;
    };
    bool walk(const QString &list, const QString &token, int limit, Walk *out,
              const QString &cursor = {});

    QByteArray dumpBytes();
    QList<DumpLine> dump();

private:
    HttpReply run(QNetworkReply *reply);
    QNetworkRequest request(const QString &pathAndQuery, const QString &token) const;

    QUrl m_base;
    QNetworkAccessManager m_nam;
    QSslConfiguration m_ssl;
    bool m_useSsl = false;
};

// The id field of a record of `list`.
QString recordId(const QString &list, const QJsonObject &item);

} // namespace pingjia
