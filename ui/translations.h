#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace Candela::Gui {

// The folder holding candela_<lang>.qm next to the running binary: share/candela/translations
// beside bin/ (Linux install and build tree), translations/ beside the .exe (Windows), or
// Resources/translations in the bundle (macOS). Empty when none exists.
QString translationsDirectory();

// Installs Candela's (and Qt's own) translations for `locale` into `app`. Returns the UI
// language actually loaded ("de"), or "en" when Candela falls back to its source strings.
QString installTranslations(QCoreApplication& app, const QLocale& locale);

// The language requested with --lang CODE / --lang=CODE in `arguments`, else empty. Read
// before the command-line parser exists, so that --help itself comes out translated.
QString languageFromArguments(const QStringList& arguments);

} // namespace Candela::Gui
