#pragma once

#include <QCoreApplication>

namespace Candela {

// Translation context of the app's own strings (command line, notices), STYLE.md rule 22.
struct AppTr
{
    Q_DECLARE_TR_FUNCTIONS(Candela::App)
};

} // namespace Candela
