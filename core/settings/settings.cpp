#include "settings.h"

#include "../corelogging.h"

#include <QFile>

namespace Candela::Core {

namespace {
constexpr int SaveDebounceMs = 500;
}

Settings::Settings(QObject* parent)
    : QObject(parent)
    , m_store(std::make_unique<QSettings>())
{
    init();
}

Settings::Settings(const QString& iniFile, QObject* parent)
    : QObject(parent)
    , m_store(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
    init();
}

Settings::~Settings()
{
    saveNow();
}

void Settings::init()
{
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(SaveDebounceMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &Settings::saveNow);
    if (m_store->status() != QSettings::FormatError)
        return;
    // Keep the unreadable file for the user instead of overwriting it with our next save.
    const QString backup = m_store->fileName() + QStringLiteral(".broken");
    QFile::remove(backup);
    const bool kept = QFile::copy(m_store->fileName(), backup);
    qCWarning(lcSettings).noquote()
        << "settings file" << m_store->fileName() << "could not be read; defaults are used"
        << (kept ? QStringLiteral("and the file was kept as ") + backup
                 : QStringLiteral("and it could not be backed up"));
}

QString Settings::fileName() const
{
    return m_store->fileName();
}

void Settings::saveNow()
{
    m_saveTimer.stop();
    m_store->sync();
    if (m_store->status() == QSettings::AccessError)
        qCWarning(lcSettings).noquote()
            << "settings could not be written to" << m_store->fileName();
}

} // namespace Candela::Core
