// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sync/SyncSession.h"

#include "models/domain/Clock.h"
#include "models/secrets/PersonalDataCipher.h"
#include "models/store/CacheDatabase.h"
#include "models/store/CacheReader.h"
#include "models/store/CacheWriter.h"
#include "models/store/LocalWorkDatabase.h"
#include "models/sync/Logging.h"
#include "models/sync/OutboxPusher.h"
#include "models/sync/PageParser.h"
#include "models/sync/PageWriter.h"
#include "models/sync/SyncEstimate.h"

#include <QJsonDocument>

#include <tuple>

namespace pingjia {

namespace {

SyncError storeError(const StoreResult &r)
{
    return SyncError{SyncErrorKind::Store, r.message, 0, {}};
}

// Push failures that make a pull pointless too.
bool stopsEverything(const SyncError &e)
{
    return !e.ok() && e.kind != SyncErrorKind::Platform;
}

} // namespace

SyncSession::SyncSession(PlatformAccount account, CacheDatabase &cache,
                         LocalWorkDatabase &localWork, SecretStore &secrets,
                         PersonalDataCipher *cipher, SyncOptions options,
                         std::shared_ptr<std::atomic_bool> cancel)
    : m_account(std::move(account)), m_cache(cache), m_localWork(localWork), m_cipher(cipher),
      m_options(std::move(options)),
      m_cancel(cancel ? std::move(cancel) : std::make_shared<std::atomic_bool>(false))
{
    m_account.platformUrl = PlatformAccount::normalizeUrl(m_account.platformUrl);
    m_options.pageLimit = std::clamp(m_options.pageLimit, 1, 5000);
    m_client =
        std::make_unique<PlatformClient>(m_account, secrets, m_options.client, m_cancel.get());
}

SyncSession::~SyncSession() = default;

void SyncSession::setProgressObserver(std::function<void(const SyncProgress &)> observer)
{
    m_progressObserver = std::move(observer);
}

void SyncSession::setOnlineObserver(std::function<void(bool)> observer)
{
    m_client->setOnlineObserver(std::move(observer));
}

bool SyncSession::isOnline() const
{
    return m_client->isOnline();
}

QDateTime SyncSession::lastSyncTime() const
{
    return CacheReader(m_cache).lastSyncTime(m_account.platformUrl, m_account.user);
}

bool SyncSession::probe()
{
    return m_client->fetchMeta(1).ok();
}

SyncError SyncSession::loadProfile(std::optional<PlatformProfile> *profile)
{
    const PlatformAnswer a = m_client->fetchMeta();
    if (!a.error.ok())
        return a.error;
    if (!a.ok() && a.errorCode.isEmpty()) // not the platform's error: likely not the API
        return SyncError{SyncErrorKind::Platform,
                         tr("%1 answered /api/v1/meta with %2; a 好差评 platform API answers "
                            "there with its description in JSON. Check the platform address "
                            "(it ends before /api/v1).")
                             .arg(m_account.platformUrl, a.errorMessage),
                         a.status,
                         {}};
    if (!a.ok())
        return SyncError{
            SyncErrorKind::Platform,
            tr("The platform answered %1 to /api/v1/meta: %2").arg(a.status).arg(a.errorMessage),
            a.status, a.errorCode};
    QString why;
    *profile = PlatformProfile::fromMeta(m_account.platformUrl,
                                         QJsonDocument::fromJson(a.body).object(), &why);
    if (!*profile)
        return SyncError{SyncErrorKind::Platform, why, a.status, {}};
    if (m_options.codesOverride) {
        (*profile)->codes = *m_options.codesOverride;
        (*profile)->meta.codes = codeSetToString(*m_options.codesOverride);
    }
    const StoreResult r = CacheWriter(m_cache, m_cipher).saveMeta((*profile)->meta);
    return r.ok() ? SyncError{} : storeError(r);
}

SyncError SyncSession::signIn(const QString &password)
{
    if (!m_account.isComplete())
        return SyncError{SyncErrorKind::NotSignedIn,
                         tr("A platform address (http or https) and a user name are needed."),
                         0,
                         {}};
    std::optional<PlatformProfile> profile;
    if (SyncError e = loadProfile(&profile); !e.ok())
        return e;
    return m_client->signIn(password);
}

SyncError SyncSession::signOut()
{
    return m_client->signOut();
}

PushResult SyncSession::push()
{
    if (!m_account.isComplete()) {
        PushResult r;
        r.error = SyncError{SyncErrorKind::NotSignedIn, tr("Not signed in to a platform."), 0, {}};
        return r;
    }
    return OutboxPusher(*m_client, m_cache, m_localWork, m_cancel.get()).push();
}

void SyncSession::report(SyncResult &result, PageWriter *writer, CacheList current, double fraction)
{
    SyncProgress &p = result.progress;
    if (writer) {
        for (CacheList list : kSyncedLists) {
            const CommittedCounts c = writer->committed(list);
            p.of(list).fetched = c.records;
            p.of(list).pages = c.pages;
        }
    }
    p.current = current;
    if (!p.of(current).done)
        p.of(current).fraction = fraction;
    p.elapsedMs = m_clock.elapsed();
    p.recordsPerSecond = SyncEstimate::recordsPerSecond(p.totalFetched(), p.elapsedMs);
    p.etaSeconds = SyncEstimate::etaSeconds(p, m_expected);
    if (m_progressObserver)
        m_progressObserver(p);
}

SyncEstimate::Expected SyncSession::expectedRecords() const
{
    SyncEstimate::Expected expected;
    CacheReader reader(m_cache);
    for (std::size_t i = 0; i < kSyncedLists.size(); ++i) {
        const CacheList list = kSyncedLists[i];
        StoreResult r;
        const bool fromCursor =
            reader.cursor({m_account.platformUrl, m_account.user, listName(list)}, &r).has_value();
        const qint64 cached = fromCursor ? 0 : reader.count(list);
        if (!r.ok())
            continue; // unknown
        if (fromCursor)
            expected[i] = 0; // only what changed since: small, refined once it starts
        else if (cached > 0)
            expected[i] = cached; // pulled again from the start
    }
    return expected;
}

SyncError SyncSession::pullList(CacheList list, PageParser &parser, PageWriter &writer,
                                SyncResult &result, const QDateTime &platformNow)
{
    const CursorKey key{m_account.platformUrl, m_account.user, listName(list)};
    StoreResult r;
    QString cursor = CacheReader(m_cache).cursor(key, &r).value_or(QString());
    if (!r.ok())
        return storeError(r);
    ListProgress &progress = result.progress.of(list);
    QDateTime first;
    double fraction = 0;
    for (;;) {
        if (*m_cancel)
            return SyncError{SyncErrorKind::Cancelled,
                             tr("Stopped as asked; everything "
                                "received so far is kept."),
                             0,
                             {}};
        ParsedPage page;
        QElapsedTimer fetch;
        fetch.start();
        const PlatformAnswer a =
            m_client->fetchPage(list, cursor, m_options.pageLimit, [&](const QByteArray &body) {
                QString why;
                return parser.parse(list, body, &page, &why) ? QString() : why;
            });
        if (!a.error.ok())
            return a.error;
        if (a.status == 400 && a.errorCode == QLatin1String("invalid_cursor")) {
            if (cursor.isEmpty() || progress.restarted)
                return SyncError{SyncErrorKind::Platform,
                                 tr("The platform refused to list %1 from the start: %2")
                                     .arg(listName(list), a.errorMessage),
                                 a.status, a.errorCode};
            // The pages of this list still queued carry cursors the platform forgot.
            if (StoreResult drained = writer.drain(); !drained.ok())
                return storeError(drained);
            if (r = CacheWriter(m_cache, m_cipher).clearCursor(key); !r.ok())
                return storeError(r);
            qCInfo(lcSync).noquote() << "the platform forgot the" << listName(list)
                                     << "cursor; pulling that list again from the start";
            cursor.clear();
            progress.restarted = true;
            first = QDateTime();
            fraction = 0;
            m_expected[std::size_t(list)] = CacheReader(m_cache).count(list); // all again
            continue;
        }
        if (!a.ok())
            return SyncError{SyncErrorKind::Platform,
                             tr("The platform answered %1 to the %2 list: %3")
                                 .arg(a.status)
                                 .arg(listName(list), a.errorMessage),
                             a.status, a.errorCode};
        if (page.hasMore && page.nextCursor == cursor && page.itemCount == 0)
            return SyncError{
                SyncErrorKind::Platform,
                tr("The platform's %1 list does not move on from its cursor.").arg(listName(list)),
                a.status,
                {}};

        progress.skipped += page.skippedCount();
        progress.received += page.itemCount - page.skippedCount();
        for (const SkippedRecord &s : std::as_const(page.skipped)) {
            if (result.skipped.size() < SyncResult::kMaxReportedSkips)
                result.skipped.append(s);
            qCInfo(lcSync).noquote() << listName(list) << s.id << s.reason;
        }
        if (!first.isValid())
            first = page.firstUpdatedAt;
        if (page.lastUpdatedAt.isValid())
            fraction = SyncEstimate::fraction(first, page.lastUpdatedAt, platformNow);
        const bool hasMore = page.hasMore;
        cursor = page.nextCursor;
        m_timing.fetchMs += fetch.elapsed();
        QElapsedTimer queued;
        queued.start();
        if (!writer.enqueue(std::move(page), key))
            return storeError(writer.error());
        m_timing.waitForWriterMs += queued.elapsed();
        if (!hasMore) {
            progress.done = true;
            progress.fraction = 1;
        }
        report(result, &writer, list, fraction);
        if (!hasMore)
            return {};
    }
}

// A first pull of the evaluations (no cursor) is a bulk load; the rest of one that was
// stopped (a cursor, no sync of this account ever completed) is one when much more is
// still to come than is stored (ResumeIndexes.h).
SyncSession::Storing SyncSession::storingFor(const QDateTime &platformNow)
{
    CacheReader reader(m_cache);
    StoreResult r;
    const bool noCursor =
        !reader
             .cursor({m_account.platformUrl, m_account.user, listName(CacheList::Evaluations)}, &r)
             .has_value();
    if (!r.ok())
        return Storing::Usual;
    if (noCursor)
        return Storing::BulkDroppingIndexes;
    if (lastSyncTime().isValid())
        return Storing::Usual;
    StoredSpan stored;
    stored.rows = reader.count(CacheList::Evaluations, &r);
    std::tie(stored.first, stored.last) = reader.updatedSpan(CacheList::Evaluations, &r);
    const bool rebuild =
        r.ok() && resumeRebuildsIndexes(m_options.resumeIndexes, stored, platformNow);
    qCInfo(lcSync).noquote() << "resuming a first pull:" << stored.rows
                             << "evaluations stored, about"
                             << remainingPerStored(stored, platformNow)
                             << "still to come per one stored;"
                             << (rebuild ? "indexes rebuilt at the end" : "indexes kept live");
    return rebuild ? Storing::BulkDroppingIndexes : Storing::BulkLiveIndexes;
}

SyncResult SyncSession::sync()
{
    SyncResult result;
    m_clock.start();
    m_timing = {};
    if (!m_account.isComplete()) {
        result.error = SyncError{SyncErrorKind::NotSignedIn,
                                 tr("Not signed in: give the platform address and user first."),
                                 0,
                                 {}};
        return result;
    }
    if (m_options.pushBeforePull) {
        result.push = push();
        if (stopsEverything(result.push.error)) {
            result.error = result.push.error;
            return result;
        }
    }
    std::optional<PlatformProfile> profile;
    if (SyncError e = loadProfile(&profile); !e.ok()) {
        result.error = e;
        return result;
    }
    // The data key is loaded here, on this thread: the writer thread then only encrypts
    // and never talks to the keychain (QtKeychain jobs must not run on several threads).
    if (m_cipher) {
        QString why;
        if (!m_cipher->ensureKey(&why)) {
            result.error = SyncError{SyncErrorKind::Keychain,
                                     tr("The key that protects the evaluators' personal data "
                                        "is not available, so nothing was stored: %1")
                                         .arg(why),
                                     0,
                                     {}};
            return result;
        }
    }
    PageParser parser(profile->codes, profile->channels);
    const QDateTime platformNow =
        profile->serverTime.isValid() ? profile->serverTime : Clock::now();
    const Storing storing = storingFor(platformNow);
    m_expected = expectedRecords();
    SyncError error;
    {
        PageWriter writer(m_cache, m_cipher, m_options.pipelineDepth,
                          storing != Storing::Usual ? std::optional<int>(m_options.bulkLoadWalPages)
                                                    : std::nullopt,
                          storing == Storing::BulkLiveIndexes);
        for (CacheList list : kSyncedLists) {
            error = pullList(list, parser, writer, result, platformNow);
            if (!error.ok())
                break;
        }
        // Whatever was received is stored (and a bulk load's indexes built), also after
        // an error or a cancel.
        if (const StoreResult finished = writer.finish(); !finished.ok() && error.ok())
            error = storeError(finished);
        report(result, &writer, result.progress.current,
               result.progress.of(result.progress.current).fraction);
    }
    if (!error.ok()) {
        result.error = error;
        qCInfo(lcSync).noquote() << "sync stopped:" << error.message;
        return result;
    }
    const QDateTime now = Clock::now();
    if (const StoreResult r =
            CacheWriter(m_cache, m_cipher).markSynced(m_account.platformUrl, m_account.user, now);
        !r.ok()) {
        result.error = storeError(r);
        return result;
    }
    result.finishedAt = now;
    if (m_options.pushAfterPull) {
        const PushResult after = push();
        result.push.acked += after.acked;
        result.push.conflicts += after.conflicts;
        result.push.refused += after.refused;
        result.push.remaining = after.remaining;
        if (!after.error.ok())
            result.push.error = after.error;
    }
    qCInfo(lcSync).noquote() << "sync done:" << result.progress.totalFetched() << "records in"
                             << result.progress.elapsedMs << "ms; fetching and parsing"
                             << m_timing.fetchMs << "ms, waiting for the writer"
                             << m_timing.waitForWriterMs << "ms";
    return result;
}

} // namespace pingjia
