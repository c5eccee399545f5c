#pragma once

// A throwaway TLS PKI made at test time with OpenSSL: a CA the client is told to trust, and
// server certificates signed by it (or by themselves) for a chosen name and validity. No real
// certificate or key ever sits in the repository. Header-only; link OpenSSL::Crypto.

#include <QByteArray>
#include <QSslCertificate>
#include <QSslKey>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace Candela::TestData {

struct TestIdentity
{
    QSslCertificate certificate;
    QSslKey key;
};

class TestPki
{
public:
    TestPki()
        : m_caKey(EVP_EC_gen("P-256"))
        , m_caCert(
              makeCertificate("Candela Test CA", m_caKey, m_caKey, nullptr, {}, 0, 86400, true))
    { }
    ~TestPki()
    {
        X509_free(m_caCert);
        EVP_PKEY_free(m_caKey);
    }
    TestPki(const TestPki&) = delete;
    TestPki& operator=(const TestPki&) = delete;

    QSslCertificate ca() const { return QSslCertificate(pem(m_caCert)); }

    // A server identity for `subjectAltName` ("IP:127.0.0.1", "DNS:example.test"), valid from
    // `fromSeconds` to `untilSeconds` relative to now, signed by the CA unless `selfSigned`.
    TestIdentity server(const char* subjectAltName, long fromSeconds = -3600,
        long untilSeconds = 86400, bool selfSigned = false) const
    {
        EVP_PKEY* key = EVP_EC_gen("P-256");
        X509* cert = makeCertificate("candela-test-server", key, selfSigned ? key : m_caKey,
            selfSigned ? nullptr : m_caCert, subjectAltName, fromSeconds, untilSeconds, false);
        TestIdentity identity{QSslCertificate(pem(cert)), QSslKey(keyPem(key), QSsl::Ec)};
        X509_free(cert);
        EVP_PKEY_free(key);
        return identity;
    }

private:
    static X509* makeCertificate(const char* commonName, EVP_PKEY* key, EVP_PKEY* signer,
        X509* issuer, const char* subjectAltName, long from, long until, bool isCa)
    {
        static long serial = 1;
        X509* cert = X509_new();
        X509_set_version(cert, 2);
        ASN1_INTEGER_set(X509_get_serialNumber(cert), serial++);
        X509_gmtime_adj(X509_getm_notBefore(cert), from);
        X509_gmtime_adj(X509_getm_notAfter(cert), until);
        X509_set_pubkey(cert, key);
        X509_NAME* name = X509_get_subject_name(cert);
        X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
            reinterpret_cast<const unsigned char*>(commonName), -1, -1, 0);
        X509_set_issuer_name(cert, issuer ? X509_get_subject_name(issuer) : name);
        X509V3_CTX context;
        X509V3_set_ctx(&context, issuer ? issuer : cert, cert, nullptr, nullptr, 0);
        const auto extend = [&](int nid, const char* value) {
            X509_EXTENSION* extension = X509V3_EXT_conf_nid(nullptr, &context, nid, value);
            X509_add_ext(cert, extension, -1);
            X509_EXTENSION_free(extension);
        };
        extend(NID_basic_constraints, isCa ? "critical,CA:TRUE" : "CA:FALSE");
        if (isCa)
            extend(NID_key_usage, "critical,keyCertSign,cRLSign");
        if (subjectAltName && *subjectAltName)
            extend(NID_subject_alt_name, subjectAltName);
        X509_sign(cert, signer, EVP_sha256());
        return cert;
    }

    static QByteArray pem(X509* cert)
    {
        BIO* bio = BIO_new(BIO_s_mem());
        PEM_write_bio_X509(bio, cert);
        char* data = nullptr;
        const long length = BIO_get_mem_data(bio, &data);
        QByteArray text(data, qsizetype(length));
        BIO_free(bio);
        return text;
    }

    static QByteArray keyPem(EVP_PKEY* key)
    {
        BIO* bio = BIO_new(BIO_s_mem());
        PEM_write_bio_PrivateKey(bio, key, nullptr, nullptr, 0, nullptr, nullptr);
        char* data = nullptr;
        const long length = BIO_get_mem_data(bio, &data);
        QByteArray text(data, qsizetype(length));
        BIO_free(bio);
        return text;
    }

    EVP_PKEY* m_caKey;
    X509* m_caCert;
};

} // namespace Candela::TestData
