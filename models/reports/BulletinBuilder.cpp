// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/reports/BulletinBuilder.h"

#include "models/domain/PlatformTime.h"
#include "models/reports/BulletinAssembler.h"
#include "models/reports/BulletinHeaderMemory.h"
#include "models/store/BulletinArchive.h"
#include "models/store/LocalWorkDatabase.h"

namespace pingjia {

namespace {

bool usable(LocalWorkDatabase *db)
{
    return db && db->isOpen();
}

} // namespace

BulletinBuilder::BulletinBuilder(CacheDatabase &cache, LocalWorkDatabase *localWork)
    : m_cache(cache), m_localWork(localWork), m_facts(cache, localWork)
{
}

BulletinHeader BulletinBuilder::completeHeader(const BulletinRequest &request, const QDateTime &now,
                                               StoreResult *error)
{
    setError(error, {});
    BulletinHeader h = request.header;
    StoreResult r;
    if (usable(m_localWork)) {
        const BulletinHeader remembered =
            BulletinHeaderMemory(*m_localWork).load(request.scope, &r).header;
        auto keep = [](QString &field, const QString &value) {
            if (field.trimmed().isEmpty())
                field = value;
        };
        keep(h.issuingOffice, remembered.issuingOffice);
        keep(h.recipients, remembered.recipients);
        keep(h.signature, remembered.signature);
        keep(h.copyTo, remembered.copyTo);
        keep(h.printedBy, remembered.printedBy);
        if (r.ok() && h.documentNumber.trimmed().isEmpty())
            h.documentNumber = BulletinArchive(*m_localWork)
                                   .proposeNumber(platformDate(now).year(), &r)
                                   .toString();
    }
    if (h.documentNumber.trimmed().isEmpty())
        h.documentNumber = BulletinNumber::next(std::nullopt, platformDate(now).year()).toString();
    const QString name =
        r.ok() ? m_facts.scopeName(request.scope, &r).value_or(request.scope) : request.scope;
    setError(error, r);
    return bulletinDefaultHeader(h, request.month, name, platformDate(now));
}

QStringList BulletinBuilder::requirementsFor(const BulletinRequest &request, StoreResult *error)
{
    setError(error, {});
    if (!request.requirements.isEmpty() || !usable(m_localWork))
        return request.requirements;
    return BulletinHeaderMemory(*m_localWork).load(request.scope, error).requirements;
}

std::optional<BulletinContent> BulletinBuilder::build(const BulletinRequest &request,
                                                      const QDateTime &now, StoreResult *error)
{
    BulletinRequest complete = request;
    StoreResult r;
    complete.header = completeHeader(request, now, &r);
    if (r.ok())
        complete.requirements = requirementsFor(request, &r);
    if (!r.ok()) {
        setError(error, r);
        return std::nullopt;
    }
    const auto facts = m_facts.gather(complete, now, error);
    if (!facts)
        return std::nullopt;
    return assembleBulletin(*facts, complete);
}

} // namespace pingjia
