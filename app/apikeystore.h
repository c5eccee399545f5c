#pragma once

#include "core/coinbase/jwt.h"

#include <QObject>
#include <QString>

#include <functional>

namespace Candela {

// The Coinbase API key for live trading. The key name is not secret; the private key is kept
// only in the OS keychain (QtKeychain: Secret Service, macOS Keychain, Windows Credential
// Store) under an entry of its own for live. Without a usable keychain it is refused, with the
// reason — never written to a file, QSettings, SQLite or a log instead.
class ApiKeyStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiKeyStore)

public:
    // `service` names the keychain entries (tests use their own).
    explicit ApiKeyStore(QString service = QStringLiteral("Candela"), QObject* parent = nullptr);

    // "organizations/{org}/apiKeys/{key}" or a bare key id; empty when fine, else the problem.
    static QString keyNameProblem(const QString& keyName);

    // Checks the name and the key (its type detected), then stores the private key. `done`
    // gets an empty string on success, else what went wrong (in words, without the key).
    void save(const QString& keyName, const QByteArray& privateKey,
        std::function<void(const QString& problem)> done);
    // The stored private key, ready to sign; an error when none is stored or no keychain works.
    void load(std::function<void(Core::Result<Core::SigningKey>)> done);
    void remove(std::function<void(const QString& problem)> done);

private:
    QString m_service;
};

} // namespace Candela
