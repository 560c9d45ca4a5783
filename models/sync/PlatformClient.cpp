// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sync/PlatformClient.h"

#include "models/sync/Logging.h"
#include "models/sync/TlsTrust.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QThread>
#include <QTimer>

#include <memory>

namespace pingjia {

namespace {

constexpr int kCancelPollMs = 50;

QJsonObject objectOf(const QByteArray &body)
{
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &e);
    return doc.isObject() ? doc.object() : QJsonObject();
}

QByteArray formBody(const QList<std::pair<QString, QString>> &fields)
{
    QByteArray form;
    for (const auto &[key, value] : fields) {
        if (!form.isEmpty())
            form += '&';
        form += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return form;
}

SyncError makeError(SyncErrorKind kind, const QString &message, int status = 0,
                    const QString &code = {})
{
    return SyncError{kind, message, status, code};
}

// A web page rather than JSON: the first thing after white space is a tag.
bool looksLikeHtml(const QByteArray &body)
{
    for (char c : body) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        return c == '<';
    }
    return false;
}

} // namespace

struct PlatformClient::Exchange {
    bool answered = false; // an HTTP status came back
    int status = 0;
    QByteArray body;
    QByteArray retryAfter;
    QString reason; // the status line's reason phrase
    QString networkMessage;
    bool tlsFailure = false;
    QString tlsMessage;
    bool cancelled = false;
    bool tooLarge = false;
};

PlatformClient::PlatformClient(PlatformAccount account, SecretStore &secrets, ClientOptions options,
                               const std::atomic_bool *cancel)
    : m_account(std::move(account)), m_secrets(secrets), m_options(options), m_cancel(cancel),
      m_random(QRandomGenerator::securelySeeded())
{
    m_tls = TlsTrust::configuration(m_account.caFile, &m_tlsError);
    // Tokens go in a header we set ourselves; nothing is cached on disk.
    m_network.setAutoDeleteReplies(false);
}

PlatformClient::~PlatformClient() = default;

void PlatformClient::setOnlineObserver(std::function<void(bool)> observer)
{
    m_onlineObserver = std::move(observer);
}

void PlatformClient::setOnline(bool online)
{
    if (online == m_online)
        return;
    m_online = online;
    if (m_onlineObserver)
        m_onlineObserver(online);
}

bool PlatformClient::waitInterruptibly(int ms)
{
    QDeadlineTimer deadline(ms);
    while (!deadline.hasExpired()) {
        if (cancelled())
            return false;
        QThread::msleep(ulong(std::min<qint64>(kCancelPollMs, deadline.remainingTime())));
    }
    return !cancelled();
}

PlatformClient::Exchange PlatformClient::roundTrip(const Request &request)
{
    Exchange ex;
    QNetworkRequest req(request.url);
    req.setTransferTimeout(m_options.transferTimeoutMs);
    req.setSslConfiguration(*m_tls);
    req.setRawHeader("Accept", "application/json");
    if (request.authorized)
        req.setRawHeader("Authorization", "Bearer " + m_accessToken);
    if (!request.contentType.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType);

    std::unique_ptr<QNetworkReply> reply(
        request.method == "POST" ? m_network.post(req, request.body) : m_network.get(req));
    QList<QSslError> sslErrors;
    QObject::connect(reply.get(), &QNetworkReply::sslErrors,
                     [&sslErrors](const QList<QSslError> &errors) { sslErrors += errors; });
    QNetworkReply *raw = reply.get();
    QObject::connect(raw, &QNetworkReply::downloadProgress,
                     [this, raw, &ex](qint64 received, qint64) {
                         if (received > m_options.maxBodyBytes && !ex.tooLarge) {
                             ex.tooLarge = true;
                             raw->abort();
                         }
                     });
    QEventLoop loop;
    QObject::connect(raw, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer cancelPoll;
    cancelPoll.setInterval(kCancelPollMs);
    QObject::connect(&cancelPoll, &QTimer::timeout, [this, raw, &ex] {
        if (cancelled() && !ex.cancelled) {
            ex.cancelled = true;
            raw->abort();
        }
    });
    if (m_cancel)
        cancelPoll.start();
    if (!raw->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    cancelPoll.stop();

    ex.status = raw->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    ex.answered = ex.status != 0 && !ex.cancelled && !ex.tooLarge;
    ex.body = raw->readAll();
    ex.retryAfter = raw->rawHeader("Retry-After");
    ex.reason = raw->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    const QNetworkReply::NetworkError error = raw->error();
    ex.networkMessage = raw->errorString();
    // A reset after the status line leaves a status but a cut body: the body check or
    // the error below catches it.
    if (ex.answered && error != QNetworkReply::NoError &&
        error < QNetworkReply::ContentAccessDenied)
        ex.answered = false;
    if (!ex.answered && request.url.scheme() == QLatin1String("http") &&
        (error == QNetworkReply::RemoteHostClosedError || error == QNetworkReply::ProtocolFailure ||
         error == QNetworkReply::UnknownNetworkError))
        // A TLS server closes on a plain request (or answers with bytes that are not HTTP).
        ex.networkMessage += u' ' + tr("If the platform uses HTTPS, write its address "
                                       "with https://.");
    if (error == QNetworkReply::SslHandshakeFailedError || !sslErrors.isEmpty()) {
        ex.tlsFailure = true;
        ex.answered = false;
        ex.tlsMessage = sslErrors.isEmpty()
                            ? tr("The TLS handshake with the platform failed (%1). Nothing was "
                                 "sent.")
                                  .arg(ex.networkMessage)
                            : TlsTrust::describe(sslErrors, m_account.caFile);
    }
    return ex;
}

PlatformAnswer PlatformClient::send(const Request &request, const BodyCheck &check)
{
    PlatformAnswer answer;
    if (!m_tls) {
        answer.error = makeError(SyncErrorKind::Tls, m_tlsError);
        return answer;
    }
    Tries tries;
    for (;;) {
        if (SyncError e = beforeTry(request); !e.ok()) {
            answer.error = e;
            return answer;
        }
        const Exchange ex = roundTrip(request);
        ++m_stats.requests;
        answer = PlatformAnswer{};
        const Verdict verdict = judge(request, ex, check, &answer);
        SyncError stop;
        if (verdict.next == Verdict::Next::Done)
            return answer;
        if (verdict.next == Verdict::Next::Reauthenticate)
            stop = reauthenticateOnce(&tries);
        else
            stop = waitBeforeRetry(request, verdict, ex, &tries);
        if (!stop.ok()) {
            answer = PlatformAnswer{};
            answer.error = stop;
            return answer;
        }
    }
}

SyncError PlatformClient::beforeTry(const Request &request)
{
    if (cancelled())
        return makeError(SyncErrorKind::Cancelled, tr("Stopped as asked."));
    if (request.authorized && m_accessToken.isEmpty())
        return ensureToken();
    return {};
}

PlatformClient::Verdict PlatformClient::judge(const Request &request, const Exchange &ex,
                                              const BodyCheck &check, PlatformAnswer *answer)
{
    const QString what = QString::fromLatin1(request.method) + u' ' + request.url.path();
    if (ex.cancelled) {
        answer->error = makeError(SyncErrorKind::Cancelled, tr("Stopped as asked."));
        return Verdict::done();
    }
    if (ex.tlsFailure) {
        setOnline(false);
        answer->error = makeError(SyncErrorKind::Tls, ex.tlsMessage);
        return Verdict::done();
    }
    if (!ex.answered && !ex.tooLarge) {
        setOnline(false);
        return Verdict::retry(tr("no answer (%1)").arg(ex.networkMessage));
    }
    setOnline(true);
    if (ex.tooLarge) {
        answer->error = makeError(SyncErrorKind::Platform,
                                  tr("The platform's answer to %1 is larger than %2 MB; it "
                                     "was not read.")
                                      .arg(what)
                                      .arg(m_options.maxBodyBytes / (1024 * 1024)));
        return Verdict::done();
    }
    answer->status = ex.status;
    answer->body = ex.body;
    if (ex.status >= 200 && ex.status < 300)
        return judgeSuccess(what, ex, check, answer);
    if (ex.status == 401 && request.authorized)
        return Verdict::reauthenticate();
    if (ex.status == 429) {
        ++m_stats.rateLimited;
        return Verdict::retry(tr("the platform asked to slow down (429)"),
                              m_options.retry.retryAfterMs(ex.retryAfter));
    }
    if (ex.status >= 500 || ex.status == 408)
        return Verdict::retry(tr("the platform answered %1").arg(ex.status));
    readErrorObject(ex, answer);
    return Verdict::done();
}

PlatformClient::Verdict PlatformClient::judgeSuccess(const QString &what, const Exchange &ex,
                                                     const BodyCheck &check, PlatformAnswer *answer)
{
    // A web server's page (a portal, a login page, a proxy's notice): retrying does not
    // make it an API.
    if (looksLikeHtml(ex.body)) {
        answer->error =
            makeError(SyncErrorKind::Platform,
                      tr("%1 answered %2 with a web page (HTML) instead of JSON: this address "
                         "does not look like a 好差评 platform API. Check the platform address "
                         "(it ends before /api/v1).")
                          .arg(m_account.platformUrl, what),
                      ex.status);
        return Verdict::done();
    }
    const QString problem = check ? check(ex.body) : QString();
    if (problem.isEmpty())
        return Verdict::done();
    return Verdict::retry(problem);
}

void PlatformClient::readErrorObject(const Exchange &ex, PlatformAnswer *answer)
{
    answer->json = objectOf(ex.body);
    const QJsonObject e = answer->json.value(QLatin1String("error")).toObject();
    answer->errorCode = e.value(QLatin1String("code")).toString();
    answer->errorMessage = e.value(QLatin1String("message")).toString();
    if (answer->errorMessage.isEmpty() && answer->errorCode.isEmpty()) {
        // Not the platform's error object (a web server's 404 page, an empty body): name
        // the status so a message never ends after its colon.
        answer->errorMessage =
            looksLikeHtml(ex.body)
                ? tr("HTTP %1 %2 and a web page (HTML), not the platform's JSON error")
                      .arg(ex.status)
                      .arg(ex.reason)
                : tr("HTTP %1 %2 without the platform's JSON error").arg(ex.status).arg(ex.reason);
    }
}

SyncError PlatformClient::reauthenticateOnce(Tries *tries)
{
    // Expired or revoked: one new token per request, then ask the user.
    m_accessToken.clear();
    if (tries->reauthenticated)
        return makeError(SyncErrorKind::Credentials,
                         tr("The platform refused a freshly issued token for %1. Sign in again.")
                             .arg(m_account.user),
                         401);
    tries->reauthenticated = true;
    return reauthenticate();
}

SyncError PlatformClient::waitBeforeRetry(const Request &request, const Verdict &verdict,
                                          const Exchange &ex, Tries *tries)
{
    const QString what = QString::fromLatin1(request.method) + u' ' + request.url.path();
    ++tries->failed;
    tries->answered = tries->answered || ex.answered;
    const int maxTries = request.maxTries > 0 ? request.maxTries : m_options.retry.maxTries;
    if (tries->failed >= maxTries) {
        // Offline only when no try got an HTTP answer: a platform that answers 5xx or 429,
        // or sends bodies that do not parse, is reachable but busy.
        if (!tries->answered)
            return makeError(SyncErrorKind::Network,
                             tr("%1 at %2 failed %3 times; the last problem: %4. Everything "
                                "received before is kept; try again later.")
                                 .arg(what, m_account.platformUrl)
                                 .arg(tries->failed)
                                 .arg(verdict.problem));
        return makeError(SyncErrorKind::Busy,
                         tr("The platform at %1 answers but could not serve %2 in %3 tries; "
                            "the last problem: %4. Everything received before is kept; try "
                            "again later.")
                             .arg(m_account.platformUrl, what)
                             .arg(tries->failed)
                             .arg(verdict.problem),
                         ex.status);
    }
    int wait = verdict.waitMs;
    if (wait < 0) {
        wait = m_options.retry.delayAfter(tries->failed, m_random);
        ++m_stats.retries;
    }
    qCInfo(lcSync).noquote() << what << "failed:" << verdict.problem << "- try" << tries->failed + 1
                             << "of" << maxTries << "in" << wait << "ms";
    if (!waitInterruptibly(wait))
        return makeError(SyncErrorKind::Cancelled, tr("Stopped as asked."));
    return {};
}

PlatformAnswer PlatformClient::fetchMeta(int maxTries)
{
    return send(
        {"GET", m_account.endpoint(QStringLiteral("/api/v1/meta")), {}, {}, false, maxTries},
        [](const QByteArray &body) {
            return objectOf(body).isEmpty() ? tr("the platform description is not a JSON object")
                                            : QString();
        });
}

SyncError PlatformClient::rememberTokens(const QByteArray &body)
{
    const QJsonObject o = objectOf(body);
    m_accessToken = o.value(QLatin1String("access_token")).toString().toUtf8();
    m_scope.clear();
    for (const QJsonValue &v : o.value(QLatin1String("scope")).toArray())
        m_scope.append(v.toString());
    ++m_stats.tokenGrants;
    const QString refresh = o.value(QLatin1String("refresh_token")).toString();
    if (refresh.isEmpty())
        return {};
    const SecretResult r = m_secrets.write(
        SecretKeys::refreshToken(m_account.platformUrl, m_account.user), refresh.toUtf8());
    if (!r.ok())
        return makeError(SyncErrorKind::Keychain,
                         tr("The refresh token cannot be kept: %1").arg(r.message));
    return {};
}

SyncError PlatformClient::grant(const QList<std::pair<QString, QString>> &form, bool *refused)
{
    *refused = false;
    const PlatformAnswer a =
        send({"POST", m_account.endpoint(QStringLiteral("/api/v1/oauth/token")), formBody(form),
              "application/x-www-form-urlencoded", false},
             [](const QByteArray &body) {
                 return objectOf(body).value(QLatin1String("access_token")).toString().isEmpty()
                            ? tr("the token answer holds no access_token")
                            : QString();
             });
    if (!a.error.ok())
        return a.error;
    if (a.status == 400 || a.status == 401 || a.status == 403) {
        *refused = true;
        return makeError(
            SyncErrorKind::Credentials,
            tr("The platform refused the sign-in of %1: %2")
                .arg(m_account.user, a.errorMessage.isEmpty() ? a.errorCode : a.errorMessage),
            a.status, a.errorCode);
    }
    if (!a.ok())
        return makeError(
            SyncErrorKind::Platform,
            tr("The platform answered %1 to the sign-in: %2").arg(a.status).arg(a.errorMessage),
            a.status, a.errorCode);
    if (form.first().second == QLatin1String("refresh_token"))
        ++m_stats.refreshGrants;
    else
        ++m_stats.passwordGrants;
    return rememberTokens(a.body);
}

SyncError PlatformClient::signIn(const QString &password)
{
    m_accessToken.clear();
    bool refused = false;
    SyncError e = grant({{QStringLiteral("grant_type"), QStringLiteral("password")},
                         {QStringLiteral("username"), m_account.user},
                         {QStringLiteral("password"), password}},
                        &refused);
    if (!e.ok())
        return e;
    const SecretResult r = m_secrets.write(
        SecretKeys::password(m_account.platformUrl, m_account.user), password.toUtf8());
    if (!r.ok()) {
        m_accessToken.clear();
        return makeError(SyncErrorKind::Keychain,
                         tr("Signed in, but the password cannot be kept in the system keychain "
                            "(%1). Pingjia keeps it nowhere else, so it cannot sync later.")
                             .arg(r.message));
    }
    qCInfo(lcSync).noquote() << "signed in to" << m_account.platformUrl << "as" << m_account.user;
    return {};
}

SyncError PlatformClient::signOut()
{
    m_accessToken.clear();
    const SecretResult a =
        m_secrets.remove(SecretKeys::password(m_account.platformUrl, m_account.user));
    const SecretResult b =
        m_secrets.remove(SecretKeys::refreshToken(m_account.platformUrl, m_account.user));
    if (!a.ok() || !b.ok())
        return makeError(SyncErrorKind::Keychain, a.ok() ? b.message : a.message);
    return {};
}

SyncError PlatformClient::ensureToken()
{
    if (!m_accessToken.isEmpty())
        return {};
    return reauthenticate();
}

SyncError PlatformClient::reauthenticate()
{
    m_accessToken.clear();
    const SecretResult refresh =
        m_secrets.read(SecretKeys::refreshToken(m_account.platformUrl, m_account.user));
    if (refresh.error == SecretError::NoKeychain)
        return makeError(SyncErrorKind::Keychain, refresh.message);
    if (refresh.ok() && !refresh.value.isEmpty()) {
        bool refused = false;
        const SyncError e =
            grant({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                   {QStringLiteral("refresh_token"), QString::fromUtf8(refresh.value)}},
                  &refused);
        if (e.ok() || !refused)
            return e;
        qCInfo(lcSync) << "refresh token refused; signing in with the stored password";
    }
    const SecretResult password =
        m_secrets.read(SecretKeys::password(m_account.platformUrl, m_account.user));
    if (password.error == SecretError::NotFound)
        return makeError(SyncErrorKind::Credentials,
                         tr("No password is stored for %1 at %2. Sign in.")
                             .arg(m_account.user, m_account.platformUrl));
    if (!password.ok())
        return makeError(SyncErrorKind::Keychain, password.message);
    bool refused = false;
    SyncError e = grant({{QStringLiteral("grant_type"), QStringLiteral("password")},
                         {QStringLiteral("username"), m_account.user},
                         {QStringLiteral("password"), QString::fromUtf8(password.value)}},
                        &refused);
    if (refused)
        e.message = tr("The platform refused the stored password of %1 (%2). Sign in again.")
                        .arg(m_account.user, e.message);
    return e;
}

PlatformAnswer PlatformClient::fetchPage(CacheList list, const QString &cursor, int limit,
                                         const BodyCheck &check)
{
    QUrl url = m_account.endpoint(QStringLiteral("/api/v1/") + listName(list));
    QByteArray query = "limit=" + QByteArray::number(limit);
    if (!cursor.isEmpty())
        query = "cursor=" + QUrl::toPercentEncoding(cursor) + '&' + query;
    url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    return send({"GET", url, {}, {}, true}, check);
}

PlatformAnswer PlatformClient::postAction(const QString &evalId, const QJsonObject &body)
{
    const QUrl url =
        m_account.endpoint(QStringLiteral("/api/v1/bad-reviews/%1/actions")
                               .arg(QString::fromLatin1(QUrl::toPercentEncoding(evalId))));
    return send(
        {"POST", url, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json", true},
        [](const QByteArray &reply) {
            return objectOf(reply).isEmpty() ? tr("the answer is not a JSON object") : QString();
        });
}

} // namespace pingjia
