// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/EvaluatorReveal.h"

#include "models/store/LocalWorkStore.h"
#include "models/store/Logging.h"

namespace pingjia {

EvaluatorReveal::EvaluatorReveal(CacheDatabase &cache, LocalWorkDatabase &localWork)
    : m_cache(cache), m_localWork(localWork)
{
}

QStringList EvaluatorReveal::revealedFields()
{
    return {QStringLiteral("userName"), QStringLiteral("mobile"), QStringLiteral("certNo")};
}

RevealOutcome EvaluatorReveal::reveal(const QString &evalId, const QString &actor,
                                      const QString &reason, PersonalDataCipher *cipher,
                                      const QString &cipherProblem)
{
    RevealOutcome out;
    if (actor.trimmed().isEmpty()) {
        out.needsSignIn = true;
        out.message = tr("Nobody is signed in: a reveal is recorded under the name of the "
                         "platform user who asks for it. Sign in first.");
        return out;
    }
    if (!cipher) {
        out.message = cipherProblem;
        return out;
    }
    // Logged first: if the log cannot be written, nothing is shown.
    const StoreResult logged =
        LocalWorkStore(m_localWork).recordReveal(evalId, actor.trimmed(), revealedFields(), reason);
    if (!logged.ok()) {
        out.message = logged.message;
        return out;
    }
    StoreResult read;
    out.data = CacheReader(m_cache).decryptPersonalData(evalId, *cipher, &read);
    if (!out.data) {
        out.message = read.message;
        qCInfo(lcStore) << "reveal of" << evalId << "logged but not decrypted:" << read.message;
    }
    return out;
}

} // namespace pingjia
