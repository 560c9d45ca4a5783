// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// From a request to the bulletin's content, as the page and `pingjia bulletin` both do
// it: the header the office left for this scope (BulletinHeaderMemory), the next 文号
// from the archive, defaults for what is still empty, then the figures
// (BulletinFactsQuery) and the text (assembleBulletin). One worker thread.

#include "models/reports/BulletinContent.h"
#include "models/reports/BulletinFactsQuery.h"
#include "models/reports/BulletinRequest.h"
#include "models/store/StoreResult.h"

#include <QDateTime>

#include <functional>
#include <optional>

namespace pingjia {

class CacheDatabase;
class LocalWorkDatabase;

class BulletinBuilder {
public:
    // `localWork` may be null (nothing remembered, no archive: number left as given).
    BulletinBuilder(CacheDatabase &cache, LocalWorkDatabase *localWork);

    // The request's header completed: remembered fields of the scope, the proposed next
    // number when none is given, then the defaults (title, dates, office).
    BulletinHeader completeHeader(const BulletinRequest &request, const QDateTime &now,
                                  StoreResult *error = nullptr);
    // The remembered 下步工作要求 of the scope when the request has none.
    QStringList requirementsFor(const BulletinRequest &request, StoreResult *error = nullptr);

    // Header completed, figures gathered, text assembled. nullopt with `error` on a store
    // failure or a cancel (error->message says which).
    std::optional<BulletinContent> build(const BulletinRequest &request, const QDateTime &now,
                                         StoreResult *error = nullptr);

    // The figures only, for a request whose header is already complete (the page keeps
    // them and re-assembles as the office edits the text or switches the version).
    std::optional<BulletinFacts> gather(const BulletinRequest &request, const QDateTime &now,
                                        StoreResult *error = nullptr)
    {
        return m_facts.gather(request, now, error);
    }

    void cancel() { m_facts.cancel(); }
    void setProgress(std::function<void(int, int)> progress)
    {
        m_facts.setProgress(std::move(progress));
    }
    BulletinFactsQuery &facts() { return m_facts; }

private:
    CacheDatabase &m_cache;
    LocalWorkDatabase *m_localWork;
    BulletinFactsQuery m_facts;
};

} // namespace pingjia
