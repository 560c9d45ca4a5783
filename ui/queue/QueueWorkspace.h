// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the work-queue and rectification pages work on, shared by both: the cache and
// local-work files, the queue query, the action recorder and the statistics over them,
// the keychain-backed cipher for evaluator data, the user's common-problem rules and the
// current user's name. The page assembly creates one over the home's open stores and
// hands it to both pages; it lives as long as the last page holding it, and the stores
// must outlive it.

#include "models/domain/CommonProblemCategory.h"
#include "models/secrets/SecretStore.h"
#include "models/store/StoreResult.h"
#include "ui/queue/UnitChoice.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace pingjia {

class BadReviewQuery;
class CacheDatabase;
class LocalActionRecorder;
class LocalWorkDatabase;
class LocalWorkStore;
class PersonalDataCipher;
class RectificationStats;

class QueueWorkspace : public QObject {
    Q_OBJECT
public:
    // `cache` and `localWork` are open (HomeStores::open). When either is not, the
    // pages show why and offer nothing that could write. `secrets` may be null (no
    // keychain: reveals are impossible, and the page says so). `currentUser` is asked
    // each time an action is recorded, so a later sign-in counts.
    QueueWorkspace(CacheDatabase &cache, LocalWorkDatabase &localWork,
                   std::unique_ptr<SecretStore> secrets, std::function<QString()> currentUser,
                   QObject *parent = nullptr);
    ~QueueWorkspace() override;

    bool isOpen() const { return m_open; }
    // Why the pages cannot work (translated); empty when open.
    QString problem() const;

    CacheDatabase &cache() { return m_cache; }
    LocalWorkDatabase &localWork() { return m_localWork; }
    BadReviewQuery &query() { return *m_query; }
    LocalActionRecorder &recorder() { return *m_recorder; }
    LocalWorkStore &localStore() { return *m_localStore; }
    RectificationStats &stats() { return *m_stats; }

    // The signed-in platform user, the actor of actions and reveals; empty when nobody
    // is signed in (then both are refused, with signInRequiredText()).
    QString currentUser() const;
    static QString signInRequiredText();

    // Departments and centers of the cache (not withdrawn), by name; read once and
    // again after reload().
    const UnitChoices &departments();
    const UnitChoices &centers();
    QString unitName(const QString &code);

    // The cipher for revealing evaluator data; nullptr and a message (translated) when
    // no keychain is available or it holds no usable key.
    PersonalDataCipher *cipher(QString *error);

    // The user's keyword rules (local-work settings), the defaults when none are saved
    // or the saved ones are unreadable (`error` then says so).
    CommonProblemRules categoryRules(QString *error = nullptr);
    StoreResult setCategoryRules(const CommonProblemRules &rules);

public slots:
    // After a sync: policy, channels and the unit lists are read again, then dataChanged.
    void reload();
    // A page recorded an action or changed rules: every view refreshes.
    void notifyChanged();

signals:
    void dataChanged();

private:
    void loadUnits();

    CacheDatabase &m_cache;
    LocalWorkDatabase &m_localWork;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<PersonalDataCipher> m_cipher;
    std::unique_ptr<BadReviewQuery> m_query;
    std::unique_ptr<LocalActionRecorder> m_recorder;
    std::unique_ptr<LocalWorkStore> m_localStore;
    std::unique_ptr<RectificationStats> m_stats;
    std::function<QString()> m_currentUser;
    bool m_open = false;
    bool m_unitsLoaded = false;
    UnitChoices m_departments;
    UnitChoices m_centers;
};

} // namespace pingjia
