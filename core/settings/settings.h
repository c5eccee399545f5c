#pragma once

#include "settingkey.h"

#include <QObject>
#include <QSettings>
#include <QTimer>
#include <QVariant>

#include <memory>

namespace Candela::Core {

// The one typed facade over QSettings (STYLE.md rule 21). Keys live in settingkey.h; reads
// return the key's default when the stored value is missing or of the wrong type; writes
// emit changed() and are saved to disk after a short debounce (and on destruction).
class Settings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Settings)

public:
    // The user's settings in the platform's native store.
    explicit Settings(QObject* parent = nullptr);
    // An INI file, for tests and for `--settings FILE`.
    explicit Settings(const QString& iniFile, QObject* parent = nullptr);
    ~Settings() override;

    template<typename T>
    T value(const SettingKey<T>& key) const
    {
        const QVariant stored = m_store->value(key.name);
        if (!stored.isValid() || !stored.canConvert<T>())
            return key.defaultValue;
        return stored.value<T>();
    }

    template<typename T>
    void setValue(const SettingKey<T>& key, const T& newValue)
    {
        if (m_store->contains(key.name) && value(key) == newValue)
            return;
        m_store->setValue(key.name, QVariant::fromValue(newValue));
        m_saveTimer.start();
        Q_EMIT changed(key.name);
    }

    QString fileName() const;
    void saveNow();

Q_SIGNALS:
    void changed(const QString& key);

private:
    void init();

    std::unique_ptr<QSettings> m_store;
    QTimer m_saveTimer;
};

} // namespace Candela::Core
