// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/secrets/PersonalDataCipher.h"

#include "models/secrets/Logging.h"

#include <sodium.h>

#include <cstring>

namespace pingjia {

namespace {
static_assert(PersonalDataCipher::kKeyBytes == crypto_secretbox_KEYBYTES);

bool sodiumReady()
{
    // sodium_init is thread-safe and idempotent; the static makes it run once.
    static const bool ready = sodium_init() >= 0;
    return ready;
}

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}
} // namespace

PersonalDataCipher::PersonalDataCipher(SecretStore &store) : m_store(store)
{
}

PersonalDataCipher::~PersonalDataCipher()
{
    if (!m_key.isEmpty())
        sodium_memzero(m_key.data(), size_t(m_key.size()));
    if (!m_hashKey.isEmpty())
        sodium_memzero(m_hashKey.data(), size_t(m_hashKey.size()));
    if (!m_nonces.isEmpty())
        sodium_memzero(m_nonces.data(), size_t(m_nonces.size()));
}

bool PersonalDataCipher::ensureKey(QString *error)
{
    QMutexLocker lock(&m_mutex);
    if (!m_key.isEmpty())
        return true;
    if (!sodiumReady()) {
        setError(error, tr("The encryption library could not be initialised."));
        return false;
    }
    SecretResult stored = m_store.read(SecretKeys::dataKey());
    if (stored.ok()) {
        if (stored.value.size() != kKeyBytes) {
            setError(error, tr("The personal-data key in the keychain is malformed (%1 bytes "
                               "instead of %2); personal data cannot be read or stored.")
                                .arg(stored.value.size())
                                .arg(kKeyBytes));
            return false;
        }
        m_key = stored.value;
        return true;
    }
    if (stored.error != SecretError::NotFound) {
        setError(error, tr("The personal-data key cannot be read: %1").arg(stored.message));
        return false;
    }
    QByteArray fresh(kKeyBytes, Qt::Uninitialized);
    crypto_secretbox_keygen(reinterpret_cast<unsigned char *>(fresh.data()));
    const SecretResult written = m_store.write(SecretKeys::dataKey(), fresh);
    if (!written.ok()) {
        sodium_memzero(fresh.data(), size_t(fresh.size()));
        setError(error, tr("The personal-data key cannot be stored: %1").arg(written.message));
        return false;
    }
    qCInfo(lcSecrets) << "created a new personal-data key in the keychain";
    m_key = fresh;
    return true;
}

std::optional<QByteArray> PersonalDataCipher::encrypt(const QString &plain, QString *error)
{
    if (plain.isEmpty())
        return QByteArray();
    if (!ensureKey(error))
        return std::nullopt;
    const QByteArray message = plain.toUtf8();
    QByteArray blob(int(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES) + message.size(),
                    Qt::Uninitialized);
    auto *nonce = reinterpret_cast<unsigned char *>(blob.data());
    takeNonce(nonce);
    crypto_secretbox_easy(nonce + crypto_secretbox_NONCEBYTES,
                          reinterpret_cast<const unsigned char *>(message.constData()),
                          size_t(message.size()), nonce,
                          reinterpret_cast<const unsigned char *>(m_key.constData()));
    return blob;
}

std::optional<qint64> PersonalDataCipher::keyedHash(const QString &normalized, QString *error)
{
    if (!ensureKey(error))
        return std::nullopt;
    QByteArray hashKey;
    {
        QMutexLocker lock(&m_mutex);
        if (m_hashKey.isEmpty()) {
            static_assert(crypto_kdf_KEYBYTES == kKeyBytes);
            m_hashKey.resize(crypto_auth_hmacsha256_KEYBYTES);
            crypto_kdf_derive_from_key(reinterpret_cast<unsigned char *>(m_hashKey.data()),
                                       size_t(m_hashKey.size()), 1, "pjhash01",
                                       reinterpret_cast<const unsigned char *>(m_key.constData()));
        }
        hashKey = m_hashKey;
    }
    const QByteArray message = normalized.toUtf8();
    unsigned char mac[crypto_auth_hmacsha256_BYTES];
    crypto_auth_hmacsha256(mac, reinterpret_cast<const unsigned char *>(message.constData()),
                           quint64(message.size()),
                           reinterpret_cast<const unsigned char *>(hashKey.constData()));
    sodium_memzero(hashKey.data(), size_t(hashKey.size()));
    quint64 value = 0;
    for (int k = 0; k < 8; ++k)
        value = (value << 8) | mac[k];
    return qint64(value);
}

void PersonalDataCipher::takeNonce(unsigned char *nonce)
{
    constexpr qsizetype batch = 256 * crypto_secretbox_NONCEBYTES;
    QMutexLocker lock(&m_mutex);
    if (m_nonces.size() != batch || m_nonceOffset >= batch) {
        m_nonces.resize(batch);
        randombytes_buf(m_nonces.data(), size_t(batch));
        m_nonceOffset = 0;
    }
    memcpy(nonce, m_nonces.constData() + m_nonceOffset, crypto_secretbox_NONCEBYTES);
    // Wipe what was handed out so a nonce can never be handed out twice.
    sodium_memzero(m_nonces.data() + m_nonceOffset, crypto_secretbox_NONCEBYTES);
    m_nonceOffset += crypto_secretbox_NONCEBYTES;
}

std::optional<QString> PersonalDataCipher::decrypt(const QByteArray &blob, QString *error)
{
    if (blob.isEmpty())
        return QString();
    if (!ensureKey(error))
        return std::nullopt;
    constexpr int overhead = int(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES);
    if (blob.size() < overhead) {
        setError(error, tr("Encrypted personal data is truncated (%1 bytes).").arg(blob.size()));
        return std::nullopt;
    }
    const auto *nonce = reinterpret_cast<const unsigned char *>(blob.constData());
    QByteArray message(blob.size() - overhead, Qt::Uninitialized);
    if (crypto_secretbox_open_easy(
            reinterpret_cast<unsigned char *>(message.data()), nonce + crypto_secretbox_NONCEBYTES,
            size_t(blob.size()) - crypto_secretbox_NONCEBYTES, nonce,
            reinterpret_cast<const unsigned char *>(m_key.constData())) != 0) {
        setError(error, tr("Encrypted personal data cannot be decrypted: it was damaged or "
                           "encrypted with another key."));
        return std::nullopt;
    }
    return QString::fromUtf8(message);
}

} // namespace pingjia
