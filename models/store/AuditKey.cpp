// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/AuditKey.h"

#include "models/secrets/SecretStore.h"
#include "models/store/AuditChain.h"
#include "models/store/LocalWorkDatabase.h"
#include "models/store/Logging.h"
#include "models/store/Transaction.h"

#include <QFileInfo>
#include <QRandomGenerator>

namespace pingjia {

namespace {

constexpr int kKeyBytes = 32;

// Named after the file: a home moved elsewhere finds no key and says so instead of
// sealing anew over what it cannot check.
QString keyName(const LocalWorkDatabase &db)
{
    return QStringLiteral("auditkey:%1").arg(QFileInfo(db.path()).absoluteFilePath());
}

QByteArray randomKey()
{
    QByteArray key(kKeyBytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(key.data()),
                                         reinterpret_cast<quint32 *>(key.data() + kKeyBytes));
    return key;
}

// The heads sealed with a new key and the key stored, or neither.
AuditKeyStatus create(LocalWorkDatabase &db, SecretStore &secrets)
{
    Connection &c = db.connection();
    Transaction t(c);
    const QByteArray key = randomKey();
    StoreResult r = t.isActive() ? AuditChain::sealHeads(c, key) : t.status();
    if (!r.ok())
        return {false, false, r.message};
    // The write lock is held now: another process that keyed the file meanwhile wins.
    if (const SecretResult other = secrets.read(keyName(db)); other.ok()) {
        t.rollback();
        db.setAuditKey(other.value);
        return {true, false, {}};
    }
    const SecretResult stored = secrets.write(keyName(db), key.toBase64());
    if (!stored.ok())
        return {false, false, stored.message};
    r = t.commit();
    if (!r.ok())
        return {false, false, r.message};
    db.setAuditKey(key);
    qCInfo(lcStore) << "the audit chain of" << db.path() << "is now sealed with a keychain key";
    return {true, true, {}};
}

} // namespace

AuditKeyStatus AuditKey::find(LocalWorkDatabase &db, SecretStore &secrets)
{
    return use(db, secrets.read(keyName(db)));
}

AuditKeyStatus AuditKey::use(LocalWorkDatabase &db, const SecretResult &found)
{
    if (found.ok()) {
        db.setAuditKey(QByteArray::fromBase64(found.value));
        return {true, false, {}};
    }
    if (found.error == SecretError::NotFound)
        return {false, false, tr("No keychain key seals this audit log.")};
    return {false, false,
            tr("The keychain did not answer, so the audit log is not sealed with its key: %1")
                .arg(found.message)};
}

AuditKeyStatus AuditKey::attach(LocalWorkDatabase &db, SecretStore &secrets)
{
    const SecretResult found = secrets.read(keyName(db));
    if (found.error != SecretError::NotFound)
        return use(db, found);
    StoreResult r;
    if (AuditChain::headsKeyed(db.connection(), &r) || !r.ok()) {
        return {false, false,
                r.ok() ? tr("The audit log was sealed with a keychain key that is missing now; "
                            "it cannot be checked and is left as it is.")
                       : r.message};
    }
    if (!AuditChain::verify(db.connection(), {}).intact()) {
        return {false, false,
                tr("The audit log is broken, so it is not sealed with a new key; run "
                   "\"pingjia audit verify\".")};
    }
    return create(db, secrets);
}

} // namespace pingjia
