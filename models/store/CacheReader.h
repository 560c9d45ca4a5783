// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads the cache: single records, cursors, meta, and per-list counts and content
// checksums (ContentChecksum.h) that sync tests compare with the platform's dump.
// Evaluations come back with their personal data masked; decryptPersonalData() is the
// only way to the plaintext (and callers log the reveal, LocalWorkStore::recordReveal).

#include "models/domain/HandlingRecord.h"
#include "models/domain/PlatformRecords.h"
#include "models/store/CacheTypes.h"
#include "models/store/StoreResult.h"

#include <QCoreApplication>
#include <QDateTime>

#include <functional>
#include <optional>
#include <utility>

namespace pingjia {

class CacheDatabase;
class PersonalDataCipher;

// An evaluation as cached: userName, mobile and certNo of `record` are empty.
struct StoredEvaluation {
    Evaluation record;
    bool valid = false; // 000 art.6: a level 1–2 without text is invalid
    QString userNameMasked;
    QString mobileMasked;
    bool hasEncryptedPersonalData = false;
};

struct EvaluatorData {
    QString userName;
    QString mobile;
    QString certNo;
};

class CacheReader {
    Q_DECLARE_TR_FUNCTIONS(CacheReader)
public:
    explicit CacheReader(CacheDatabase &cache);

    qint64 count(CacheList list, StoreResult *error = nullptr);
    // The smallest and largest updatedAt stored in `list` (invalid when empty); read from
    // the updated_at indexes.
    std::pair<QDateTime, QDateTime> updatedSpan(CacheList list, StoreResult *error = nullptr);
    TableSummary summary(CacheList list, StoreResult *error = nullptr);

    std::optional<QString> cursor(const CursorKey &key, StoreResult *error = nullptr);
    std::optional<PlatformMeta> meta(const QString &platformUrl, StoreResult *error = nullptr);
    // Invalid when this platform and user never finished a sync.
    QDateTime lastSyncTime(const QString &platformUrl, const QString &user,
                           StoreResult *error = nullptr);

    std::optional<StoredEvaluation> evaluation(const QString &evalId, StoreResult *error = nullptr);
    std::optional<HandlingRecord> badReview(const QString &evalId, StoreResult *error = nullptr);

    // The evaluator's plaintext data. nullopt with a message when the evaluation is
    // unknown, was stored without encryption, or cannot be decrypted.
    std::optional<EvaluatorData> decryptPersonalData(const QString &evalId,
                                                     PersonalDataCipher &cipher,
                                                     StoreResult *error = nullptr);

    // Streams a whole list in id order; return false from `visit` to stop.
    StoreResult forEachOrg(const std::function<bool(const OrgUnit &)> &visit);
    StoreResult forEachStaff(const std::function<bool(const StaffMember &)> &visit);
    StoreResult forEachItem(const std::function<bool(const ServiceItem &)> &visit);
    StoreResult forEachCase(const std::function<bool(const ServiceCase &)> &visit);
    StoreResult forEachEvaluation(const std::function<bool(const StoredEvaluation &)> &visit);
    StoreResult forEachBadReview(const std::function<bool(const HandlingRecord &)> &visit);

    // Every staff member's name (by staff id), then every window's (by org code), empty
    // ones left out: what the public version of a document must not print. Reads the
    // two columns only (the bulletin asks this of a province's staff on every build).
    std::optional<QStringList> staffAndWindowNames(StoreResult *error = nullptr);

private:
    CacheDatabase &m_cache;
};

} // namespace pingjia
