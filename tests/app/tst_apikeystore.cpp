#include "apikeystore.h"

#include <QSignalSpy>
#include <QTest>

#include "testkeys.h"

using namespace Candela;

// The live API key: checked before anything is stored, kept only in the OS keychain, and
// refused with the reason when there is no usable keychain (as on a headless test machine).
class tst_ApiKeyStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keyNamesAreChecked();
    void badKeysAreRefusedBeforeTheKeychain();
    void keptInTheKeychainOrRefused();
};

void tst_ApiKeyStore::keyNamesAreChecked()
{
    QVERIFY(ApiKeyStore::keyNameProblem(QStringLiteral("organizations/abc-123/apiKeys/def_456"))
                .isEmpty());
    QVERIFY(ApiKeyStore::keyNameProblem(QStringLiteral("9f3c2a1e-7b6d-4c5e-8f90-123456789abc"))
                .isEmpty());
    QVERIFY(!ApiKeyStore::keyNameProblem(QString()).isEmpty());
    QVERIFY(!ApiKeyStore::keyNameProblem(QStringLiteral("organizations//apiKeys/x")).isEmpty());
    QVERIFY(!ApiKeyStore::keyNameProblem(QStringLiteral("my key")).isEmpty());
}

void tst_ApiKeyStore::badKeysAreRefusedBeforeTheKeychain()
{
    ApiKeyStore store(QStringLiteral("CandelaTest"));
    QString problem;
    bool answered = false;
    store.save(QStringLiteral("organizations/o/apiKeys/k"), "-----BEGIN EC PRIVATE KEY-----\nxx",
        [&](const QString& p) {
            problem = p;
            answered = true;
        });
    QVERIFY(answered); // at once: the keychain was never asked
    QVERIFY(problem.startsWith(QLatin1String("unusable API key:")));
    QVERIFY(!problem.contains(QLatin1String("BEGIN")));
}

void tst_ApiKeyStore::keptInTheKeychainOrRefused()
{
    ApiKeyStore store(QStringLiteral("CandelaTest"));
    const QByteArray pem = TestData::newP256KeyPem();
    std::optional<QString> problem;
    store.save(
        QStringLiteral("organizations/o/apiKeys/k"), pem, [&](const QString& p) { problem = p; });
    QTRY_VERIFY_WITH_TIMEOUT(problem.has_value(), 20000);
    if (!problem->isEmpty()) {
        // No keychain here: refused, said why, and nothing kept anywhere else.
        QVERIFY2(problem->startsWith(QLatin1String("No usable keychain")), qPrintable(*problem));
        QVERIFY(!problem->contains(QLatin1String("PRIVATE KEY")));
        std::optional<Core::Result<Core::SigningKey>> loaded;
        store.load([&](Core::Result<Core::SigningKey> key) { loaded = std::move(key); });
        QTRY_VERIFY_WITH_TIMEOUT(loaded.has_value(), 20000);
        QVERIFY(!*loaded);
        return;
    }
    // A keychain: the same key comes back, and goes again.
    std::optional<Core::Result<Core::SigningKey>> loaded;
    store.load([&](Core::Result<Core::SigningKey> key) { loaded = std::move(key); });
    QTRY_VERIFY_WITH_TIMEOUT(loaded.has_value(), 20000);
    QVERIFY(*loaded);
    QCOMPARE((*loaded)->publicKeyPem(), Core::SigningKey::fromText(pem)->publicKeyPem());
    std::optional<QString> removed;
    store.remove([&](const QString& p) { removed = p; });
    QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 20000);
    QVERIFY(removed->isEmpty());
}

QTEST_GUILESS_MAIN(tst_ApiKeyStore)
#include "tst_apikeystore.moc"
