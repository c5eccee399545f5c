#pragma once

// Throwaway API keys made at test time with OpenSSL (no real key ever sits in the repository).
// Header-only; a test using it links OpenSSL::Crypto.

#include <QByteArray>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

namespace Candela::TestData {

// `key` as a private-key PEM: SEC1 ("EC PRIVATE KEY") when `traditional`, else PKCS#8.
inline QByteArray privateKeyPem(EVP_PKEY* key, bool traditional)
{
    BIO* bio = BIO_new(BIO_s_mem());
    const int written = traditional
        ? PEM_write_bio_PrivateKey_traditional(bio, key, nullptr, nullptr, 0, nullptr, nullptr)
        : PEM_write_bio_PrivateKey(bio, key, nullptr, nullptr, 0, nullptr, nullptr);
    char* data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    QByteArray pem = written == 1 ? QByteArray(data, qsizetype(length)) : QByteArray();
    BIO_free(bio);
    return pem;
}

// A fresh ECDSA P-256 key in SEC1 PEM, as Coinbase issues ES256 keys.
inline QByteArray newP256KeyPem()
{
    EVP_PKEY* key = EVP_EC_gen("P-256");
    QByteArray pem = privateKeyPem(key, true);
    EVP_PKEY_free(key);
    return pem;
}

} // namespace Candela::TestData
