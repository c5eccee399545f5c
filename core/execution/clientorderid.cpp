#include "clientorderid.h"

#include <QUuid>

namespace Candela::Core {

QString mintClientOrderId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace Candela::Core
