// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/queue/QueueWorkspace.h"

#include "models/domain/CurrentCalendar.h"
#include "models/secrets/PersonalDataCipher.h"
#include "models/secrets/SecretStore.h"
#include "models/store/BadReviewQuery.h"
#include "models/store/CacheDatabase.h"
#include "models/store/CacheReader.h"
#include "models/store/LocalActionRecorder.h"
#include "models/store/LocalWorkDatabase.h"
#include "models/store/LocalWorkStore.h"
#include "models/store/RectificationStats.h"
#include "ui/Logging.h"

#include <QJsonDocument>

#include <algorithm>

namespace pingjia {

QueueWorkspace::QueueWorkspace(CacheDatabase &cache, LocalWorkDatabase &localWork,
                               std::unique_ptr<SecretStore> secrets,
                               std::function<QString()> currentUser, QObject *parent)
    : QObject(parent), m_cache(cache), m_localWork(localWork), m_secrets(std::move(secrets)),
      m_currentUser(std::move(currentUser))
{
    if (m_secrets)
        m_cipher = std::make_unique<PersonalDataCipher>(*m_secrets);
    m_open = m_cache.isOpen() && m_localWork.isOpen();
    if (!m_open) {
        qCWarning(lcUi) << "queue workspace without open stores";
        return;
    }
    m_query = std::make_unique<BadReviewQuery>(m_cache, &m_localWork);
    m_recorder = std::make_unique<LocalActionRecorder>(m_cache, m_localWork, std::nullopt,
                                                       currentWorkingCalendar());
    m_localStore = std::make_unique<LocalWorkStore>(m_localWork);
    m_stats = std::make_unique<RectificationStats>(*m_query);
}

QueueWorkspace::~QueueWorkspace() = default;

QString QueueWorkspace::problem() const
{
    if (m_open)
        return {};
    return m_localWork.isOpen() ? tr("The cache file is not open.")
                                : tr("The local-work file is not open.");
}

QString QueueWorkspace::currentUser() const
{
    return m_currentUser ? m_currentUser().trimmed() : QString();
}

QString QueueWorkspace::signInRequiredText()
{
    return tr("Nobody is signed in. Actions and reveals are recorded under the name of the "
              "platform user who takes them, so sign in first (Sync & settings → Sign in); "
              "after one sign-in the console also works offline.");
}

const UnitChoices &QueueWorkspace::departments()
{
    loadUnits();
    return m_departments;
}

const UnitChoices &QueueWorkspace::centers()
{
    loadUnits();
    return m_centers;
}

QString QueueWorkspace::unitName(const QString &code)
{
    loadUnits();
    for (const UnitChoices *list : {&m_departments, &m_centers}) {
        const auto it = std::find_if(list->begin(), list->end(),
                                     [&code](const UnitChoice &u) { return u.code == code; });
        if (it != list->end())
            return it->name;
    }
    return {};
}

void QueueWorkspace::loadUnits()
{
    if (m_unitsLoaded || !m_open)
        return;
    m_unitsLoaded = true;
    m_departments.clear();
    m_centers.clear();
    CacheReader reader(m_cache);
    const StoreResult r = reader.forEachOrg([this](const OrgUnit &org) {
        if (org.withdrawn)
            return true;
        if (org.kind == QLatin1String("department"))
            m_departments.append({org.orgCode, org.name});
        else if (org.kind == QLatin1String("center"))
            m_centers.append({org.orgCode, org.name});
        return true;
    });
    if (!r.ok())
        qCWarning(lcUi) << "unit lists not read:" << r.message;
    const auto byName = [](const UnitChoice &a, const UnitChoice &b) {
        const int c = QString::localeAwareCompare(a.name, b.name);
        return c != 0 ? c < 0 : a.code < b.code;
    };
    std::sort(m_departments.begin(), m_departments.end(), byName);
    std::sort(m_centers.begin(), m_centers.end(), byName);
}

PersonalDataCipher *QueueWorkspace::cipher(QString *error)
{
    if (!m_cipher) {
        if (error)
            *error = tr("No keychain is available on this computer, so evaluator data cannot "
                        "be decrypted here.");
        return nullptr;
    }
    QString why;
    if (!m_cipher->ensureKey(&why)) {
        if (error)
            *error = why;
        return nullptr;
    }
    return m_cipher.get();
}

CommonProblemRules QueueWorkspace::categoryRules(QString *error)
{
    if (!m_open)
        return CommonProblemRules::defaults();
    StoreResult r;
    const auto stored = m_localStore->setting(QString::fromLatin1(kCommonProblemRulesSetting), &r);
    if (!r.ok()) {
        if (error)
            *error = r.message;
        return CommonProblemRules::defaults();
    }
    if (!stored)
        return CommonProblemRules::defaults();
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(stored->toUtf8(), &parse);
    QString why = parse.error == QJsonParseError::NoError && doc.isArray() ? QString()
                                                                           : tr("not a JSON array");
    std::optional<CommonProblemRules> rules;
    if (why.isEmpty())
        rules = CommonProblemRules::fromJson(doc.array(), &why);
    if (!rules) {
        if (error)
            *error = tr("The saved common-problem rules are unreadable (%1); the defaults are "
                        "used until you save new ones.")
                         .arg(why);
        return CommonProblemRules::defaults();
    }
    return *rules;
}

StoreResult QueueWorkspace::setCategoryRules(const CommonProblemRules &rules)
{
    if (!m_open)
        return StoreResult::failure(StoreErrorKind::Io, problem());
    const QString json =
        QString::fromUtf8(QJsonDocument(rules.toJson()).toJson(QJsonDocument::Compact));
    const StoreResult r =
        m_localStore->setSetting(QString::fromLatin1(kCommonProblemRulesSetting), json);
    if (r.ok())
        notifyChanged();
    return r;
}

void QueueWorkspace::reload()
{
    if (!m_open)
        return;
    if (const StoreResult r = m_query->reloadMeta(); !r.ok())
        qCWarning(lcUi) << "platform meta not reread:" << r.message;
    // The recorder reads the platform's deadline policy once; a sync may have changed it.
    m_recorder = std::make_unique<LocalActionRecorder>(m_cache, m_localWork, std::nullopt,
                                                       currentWorkingCalendar());
    m_unitsLoaded = false;
    emit dataChanged();
}

void QueueWorkspace::notifyChanged()
{
    emit dataChanged();
}

} // namespace pingjia
