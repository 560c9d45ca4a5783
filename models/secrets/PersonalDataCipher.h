// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Encrypts the evaluator's personal data (name, mobile, ID number) before it reaches a
// database file (regulation 000 art.5). XSalsa20-Poly1305 (crypto_secretbox) with a
// random nonce per value; a blob is nonce || ciphertext. The 32-byte key is created on
// first use and lives only in the SecretStore under SecretKeys::dataKey(): a copied
// database file alone reveals nothing.

#include "models/secrets/SecretStore.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMutex>
#include <QString>

#include <optional>

namespace pingjia {

class PersonalDataCipher {
    Q_DECLARE_TR_FUNCTIONS(PersonalDataCipher)
public:
    static constexpr int kKeyBytes = 32;

    // The store must outlive the cipher.
    explicit PersonalDataCipher(SecretStore &store);
    ~PersonalDataCipher();
    PersonalDataCipher(const PersonalDataCipher &) = delete;
    PersonalDataCipher &operator=(const PersonalDataCipher &) = delete;

    // Loads the key, creating and storing it when the store has none. False with a
    // message when the store is unavailable or holds a malformed key; a malformed key is
    // never replaced, since that would make every stored value unreadable.
    bool ensureKey(QString *error = nullptr);

    // An empty value encrypts to an empty blob (nothing to protect, nothing stored).
    // nullopt with a message when no key can be had.
    std::optional<QByteArray> encrypt(const QString &plain, QString *error = nullptr);
    // nullopt with a message for a truncated, tampered or foreign-key blob.
    std::optional<QString> decrypt(const QByteArray &blob, QString *error = nullptr);

    // A keyed hash (HMAC-SHA-256, first 8 bytes as a signed integer) of a value already
    // normalized (PersonalDataHash.h), so the cache can test two people's numbers for
    // equality without decrypting either. The HMAC key is derived from the data key
    // (crypto_kdf, its own context): no second keychain entry, and a copied cache file
    // cannot be brute-forced over the phone number space without the keychain. 64 bits
    // keep the joins small; a chance collision among a province's millions of numbers is
    // about 1 in 10^7. nullopt with a message when no key can be had.
    std::optional<qint64> keyedHash(const QString &normalized, QString *error = nullptr);

private:
    void takeNonce(unsigned char *nonce);

    SecretStore &m_store;
    QMutex m_mutex;
    QByteArray m_key;     // empty until loaded; wiped on destruction
    QByteArray m_hashKey; // derived from m_key on first keyedHash(); wiped likewise
    // Random nonces fetched in bulk: one getrandom() per few hundred values instead of
    // one per value, which dominated bulk syncs. Each nonce is still used once only.
    QByteArray m_nonces;
    qsizetype m_nonceOffset = 0;
};

} // namespace pingjia
