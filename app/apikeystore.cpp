#include "apikeystore.h"

#include "apptr.h"

#include <qt6keychain/keychain.h>

namespace Candela {

namespace {

const QString LiveEntry = QStringLiteral("coinbase-live-private-key");

QString keychainProblem(const QKeychain::Job& job)
{
    return AppTr::tr("No usable keychain (%1). Candela keeps API secrets only in the system "
                     "keychain, never in a file: unlock or install one (on Linux a Secret "
                     "Service such as GNOME Keyring or KWallet) and try again.")
        .arg(job.errorString());
}

} // namespace

ApiKeyStore::ApiKeyStore(QString service, QObject* parent)
    : QObject(parent)
    , m_service(std::move(service))
{ }

QString ApiKeyStore::keyNameProblem(const QString& keyName)
{
    return Core::apiKeyNameProblem(keyName).isEmpty()
        ? QString()
        : AppTr::tr("The key name must look like organizations/{org}/apiKeys/{key}, or be the "
                    "key's id.");
}

void ApiKeyStore::save(const QString& keyName, const QByteArray& privateKey,
    std::function<void(const QString& problem)> done)
{
    if (const QString problem = keyNameProblem(keyName); !problem.isEmpty())
        return done(problem);
    if (const auto key = Core::SigningKey::fromText(privateKey); !key)
        return done(key.error().message);
    auto* job = new QKeychain::WritePasswordJob(m_service, this);
    job->setInsecureFallback(false); // never QSettings in the clear (T39)
    job->setKey(LiveEntry);
    job->setBinaryData(privateKey.trimmed());
    connect(
        job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job* finished) {
            done(finished->error() == QKeychain::NoError ? QString() : keychainProblem(*finished));
        });
    job->start();
}

void ApiKeyStore::load(std::function<void(Core::Result<Core::SigningKey>)> done)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setKey(LiveEntry);
    connect(
        job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job* finished) {
            if (finished->error() == QKeychain::EntryNotFound)
                return done(Core::Error{Core::ErrorCode::InvalidArgument,
                    AppTr::tr("No Coinbase API key is stored for live trading.")});
            if (finished->error() != QKeychain::NoError)
                return done(Core::Error{Core::ErrorCode::IoError, keychainProblem(*finished)});
            done(Core::SigningKey::fromText(
                static_cast<QKeychain::ReadPasswordJob*>(finished)->binaryData()));
        });
    job->start();
}

void ApiKeyStore::remove(std::function<void(const QString& problem)> done)
{
    auto* job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(LiveEntry);
    connect(
        job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job* finished) {
            done(finished->error() == QKeychain::NoError
                        || finished->error() == QKeychain::EntryNotFound
                    ? QString()
                    : keychainProblem(*finished));
        });
    job->start();
}

} // namespace Candela
