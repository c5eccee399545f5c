#include "apikeystore.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include "testkeys.h"

using namespace Candela;

namespace {

// The files under the user's configuration, data and cache folders (test mode) holding `needle`.
QStringList filesHolding(const QByteArray& needle)
{
    QStringList found;
    for (auto location : {QStandardPaths::GenericConfigLocation, QStandardPaths::AppConfigLocation,
             QStandardPaths::GenericDataLocation, QStandardPaths::AppDataLocation,
             QStandardPaths::GenericCacheLocation}) {
        QDirIterator files(QStandardPaths::writableLocation(location), QDir::Files | QDir::Hidden,
            QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (file.size() < 4'000'000 && file.open(QIODevice::ReadOnly)
                && file.readAll().contains(needle))
                found.append(file.fileName());
        }
    }
    return found;
}

} // namespace

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

// T39: no keychain, no secret kept — not in QSettings, not in any file.
void tst_ApiKeyStore::keptInTheKeychainOrRefused()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CandelaTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_apikeystore"));
    ApiKeyStore store(QStringLiteral("CandelaTest"));
    const QByteArray pem = TestData::newP256KeyPem();
    const QByteArray body = pem.split('\n').value(1); // a line of the key itself
    QVERIFY(body.size() > 40);
    std::optional<QString> problem;
    store.save(
        QStringLiteral("organizations/o/apiKeys/k"), pem, [&](const QString& p) { problem = p; });
    QTRY_VERIFY_WITH_TIMEOUT(problem.has_value(), 20000);
    // Stored or refused, the key is in no setting and no file in the clear.
    QSettings settings;
    for (const QString& key : settings.allKeys())
        QVERIFY2(!settings.value(key).toByteArray().contains(body), qPrintable(key));
    QCOMPARE(filesHolding(body), QStringList());
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
