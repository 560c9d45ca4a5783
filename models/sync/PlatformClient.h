// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The provincial platform over HTTP(S), following PLATFORM_API.md to the letter:
// - 401 → the token is refreshed once (refresh grant; when that is refused, the password
//   from the keychain), the request is sent again; a second refusal stops with a
//   Credentials error (ask the user to sign in);
// - 429 → wait Retry-After; 5xx, timeouts (setTransferTimeout), resets, refused
//   connections and bodies the caller finds unusable (cut off, not JSON) → exponential
//   backoff with jitter, at most RetryPolicy::maxTries tries, waits capped; then Network
//   (offline) when no try got an HTTP answer, else Busy;
// - a 2xx web page (HTML) → Platform "does not look like a 好差评 platform API", at once;
// - TLS: certificates are always verified (TlsTrust); an untrusted one is a Tls error.
// The password and refresh token live only in the SecretStore; the access token only in
// this object's memory. Nothing here logs a body, a token or a password.
//
// Blocking calls: each request runs a local event loop on the calling thread, so use a
// client from one worker thread (the sync engine's), never the GUI thread.

#include "models/secrets/SecretStore.h"
#include "models/sync/PlatformAccount.h"
#include "models/sync/RetryPolicy.h"
#include "models/sync/SyncTypes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace pingjia {

// What the client went through, for the sync log and for tests.
struct ClientStats {
    int requests = 0;    // HTTP round trips
    int retries = 0;     // transient failures retried (5xx, no answer, unusable body)
    int rateLimited = 0; // 429s waited out
    int tokenGrants = 0; // access tokens received (sign-in, refresh, password fallback)
    int refreshGrants = 0;
    int passwordGrants = 0;
};

struct ClientOptions {
    RetryPolicy retry;
    int transferTimeoutMs = 60000;
    qint64 maxBodyBytes = 512LL * 1024 * 1024;
};

// An answer of the platform the caller has to look at: 2xx, or a 4xx that is not about
// credentials (400 invalid_cursor, 404, 409, 422). `error` is set when there was no such
// answer (retries exhausted, credentials refused, TLS, cancelled).
struct PlatformAnswer {
    SyncError error;
    int status = 0;
    QByteArray body;
    QJsonObject json;  // the body when it is a JSON object (error answers)
    QString errorCode; // json.error.code
    QString errorMessage;

    bool ok() const { return error.ok() && status >= 200 && status < 300; }
};

class PlatformClient {
    Q_DECLARE_TR_FUNCTIONS(PlatformClient)
public:
    // Checks a 2xx body: empty when usable, else why not (then retried as transient).
    using BodyCheck = std::function<QString(const QByteArray &body)>;

    // `secrets` must outlive the client; `cancel` (may be null) is polled while waiting.
    PlatformClient(PlatformAccount account, SecretStore &secrets, ClientOptions options = {},
                   const std::atomic_bool *cancel = nullptr);
    ~PlatformClient();
    PlatformClient(const PlatformClient &) = delete;
    PlatformClient &operator=(const PlatformClient &) = delete;

    const PlatformAccount &account() const { return m_account; }

    // GET /api/v1/meta (no auth). `maxTries` 0: the retry policy's.
    PlatformAnswer fetchMeta(int maxTries = 0);
    // Password grant. On success the password and the refresh token go to the keychain;
    // a keychain that cannot keep them fails the sign-in (Keychain) rather than keeping
    // them anywhere else.
    SyncError signIn(const QString &password);
    // Forgets the access token and removes the password and refresh token from the keychain.
    SyncError signOut();
    // An access token from memory, the refresh token or the stored password.
    SyncError ensureToken();
    // GET /api/v1/<list>?cursor=&limit=. A 400 invalid_cursor comes back as an answer.
    PlatformAnswer fetchPage(CacheList list, const QString &cursor, int limit,
                             const BodyCheck &check);
    // POST /api/v1/bad-reviews/{evalId}/actions with the outbox entry's body.
    PlatformAnswer postAction(const QString &evalId, const QJsonObject &body);

    // The last request got an HTTP answer (true) or none at all (false).
    bool isOnline() const { return m_online; }
    // Called on every change of isOnline(), on the client's thread.
    void setOnlineObserver(std::function<void(bool)> observer);
    // The scope the platform granted at the last sign-in or refresh.
    QStringList scope() const { return m_scope; }
    // For tests: forget the access token only (the next request signs in again).
    void dropAccessToken() { m_accessToken.clear(); }
    const ClientStats &stats() const { return m_stats; }

private:
    struct Request {
        QByteArray method; // "GET" | "POST"
        QUrl url;
        QByteArray body;
        QByteArray contentType;
        bool authorized = true;
        int maxTries = 0; // 0: the retry policy's
    };
    struct Exchange; // one HTTP round trip's raw outcome
    // What to do after one try.
    struct Verdict {
        enum class Next { Done, Retry, Reauthenticate } next;
        QString problem; // Retry: what went wrong, for the log and the final error
        int waitMs = -1; // Retry: the platform's Retry-After; -1: the backoff's

        static Verdict done() { return {Next::Done, {}, -1}; }
        static Verdict reauthenticate() { return {Next::Reauthenticate, {}, -1}; }
        static Verdict retry(const QString &problem, int waitMs = -1)
        {
            return {Next::Retry, problem, waitMs};
        }
    };
    struct Tries {
        int failed = 0;
        bool answered = false; // some failed try got an HTTP answer: busy, not offline
        bool reauthenticated = false;
    };

    PlatformAnswer send(const Request &request, const BodyCheck &check);
    SyncError beforeTry(const Request &request);
    Exchange roundTrip(const Request &request);
    Verdict judge(const Request &request, const Exchange &ex, const BodyCheck &check,
                  PlatformAnswer *answer);
    Verdict judgeSuccess(const QString &what, const Exchange &ex, const BodyCheck &check,
                         PlatformAnswer *answer);
    static void readErrorObject(const Exchange &ex, PlatformAnswer *answer);
    SyncError reauthenticateOnce(Tries *tries);
    SyncError waitBeforeRetry(const Request &request, const Verdict &verdict, const Exchange &ex,
                              Tries *tries);
    SyncError grant(const QList<std::pair<QString, QString>> &form, bool *refused);
    SyncError reauthenticate();
    SyncError rememberTokens(const QByteArray &body);
    bool waitInterruptibly(int ms);
    bool cancelled() const { return m_cancel && m_cancel->load(); }
    void setOnline(bool online);

    PlatformAccount m_account;
    SecretStore &m_secrets;
    ClientOptions m_options;
    const std::atomic_bool *m_cancel;
    std::optional<QSslConfiguration> m_tls;
    QString m_tlsError;
    QNetworkAccessManager m_network;
    QRandomGenerator m_random;
    QByteArray m_accessToken;
    QStringList m_scope;
    bool m_online = false;
    std::function<void(bool)> m_onlineObserver;
    ClientStats m_stats;
};

} // namespace pingjia
