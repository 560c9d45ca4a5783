// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The audited reveal of an evaluator's personal data (regulation 000 art.5: evaluator
// information is protected and shown to nobody without cause). One call does the whole
// rule, in this order: refuse without a signed-in actor or a reason, write the reveal to
// the reveal log and the audit log (one local-work transaction), and only then decrypt.
// A log that cannot be written shows nothing. The UI calls this and never decrypts or
// writes an audit row itself.
//
//     EvaluatorReveal reveal(cache, localWork);
//     const RevealOutcome r = reveal.reveal(evalId, me, reason, cipher);
//     if (r.data) panel->showEvaluator(*r.data); else panel->showRevealUnavailable(r.message);

#include "models/store/CacheReader.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace pingjia {

class CacheDatabase;
class LocalWorkDatabase;
class PersonalDataCipher;

struct RevealOutcome {
    std::optional<EvaluatorData> data; // set only after the reveal was logged
    QString message;                   // why not (translated) when !data
    bool needsSignIn = false;          // refused because nobody is signed in
};

class EvaluatorReveal {
    Q_DECLARE_TR_FUNCTIONS(EvaluatorReveal)
public:
    // Both databases must be open and outlive this object; used on one thread.
    EvaluatorReveal(CacheDatabase &cache, LocalWorkDatabase &localWork);

    // `actor` is the signed-in platform user: empty refuses (needsSignIn). `cipher` null
    // refuses with `cipherProblem` (no keychain, no key) and logs nothing.
    RevealOutcome reveal(const QString &evalId, const QString &actor, const QString &reason,
                         PersonalDataCipher *cipher, const QString &cipherProblem = {});

    // The fields every reveal shows, as named in the reveal log.
    static QStringList revealedFields();

private:
    CacheDatabase &m_cache;
    LocalWorkDatabase &m_localWork;
};

} // namespace pingjia
