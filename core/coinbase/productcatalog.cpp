#include "productcatalog.h"

#include "publiccodec.h"

#include "core/corelogging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace Candela::Core {

ProductCatalog::ProductCatalog(QString cachePath, QObject* parent)
    : QObject(parent)
    , m_cachePath(std::move(cachePath))
{
    m_timer.setParent(this);
    connect(&m_timer, &QTimer::timeout, this, &ProductCatalog::fetch);
    if (m_cachePath.isEmpty() || !QFile::exists(m_cachePath))
        return;
    QFile file(m_cachePath);
    auto products = file.open(QIODevice::ReadOnly)
        ? parseProductList(file.readAll())
        : Result<std::vector<Product>>(makeError(ErrorCode::IoError, file.errorString()));
    if (!products) {
        m_cacheProblem = QStringLiteral("the product cache %1 cannot be read (%2): the list comes "
                                        "from Coinbase instead")
                             .arg(QDir::toNativeSeparators(m_cachePath), products.error().message);
        qCWarning(lcCoinbase).noquote() << m_cacheProblem;
        return;
    }
    for (const Product& product : *products)
        m_products.insert(product.id, product);
}

ProductCatalog::~ProductCatalog() = default;

void ProductCatalog::refreshFrom(
    const PublicRestClient::Config& rest, std::chrono::milliseconds every)
{
    m_client = std::make_unique<PublicRestClient>(rest);
    m_timer.start(every);
    fetch();
}

void ProductCatalog::fetch()
{
    if (!m_client)
        return;
    m_client->fetchProducts([this](Result<std::vector<Product>> products) {
        if (!products) {
            const QString why = QStringLiteral("Coinbase's product list could not be fetched: %1")
                                    .arg(products.error().message);
            qCWarning(lcCoinbase).noquote() << why;
            Q_EMIT refreshFailed(why);
            return;
        }
        learn(*products);
    });
}

void ProductCatalog::learn(const std::vector<Product>& products)
{
    m_products.clear();
    for (const Product& product : products)
        m_products.insert(product.id, product);
    if (!m_cachePath.isEmpty()) {
        QDir().mkpath(QFileInfo(m_cachePath).absolutePath());
        QSaveFile file(m_cachePath);
        if (!file.open(QIODevice::WriteOnly) || file.write(productListToJson(products)) < 0
            || !file.commit())
            qCWarning(lcCoinbase).noquote()
                << QStringLiteral("the product cache %1 cannot be written: %2")
                       .arg(QDir::toNativeSeparators(m_cachePath), file.errorString());
    }
    Q_EMIT updated();
}

std::optional<Product> ProductCatalog::find(const QString& productId) const
{
    const auto it = m_products.constFind(productId);
    if (it == m_products.constEnd())
        return std::nullopt;
    return *it;
}

} // namespace Candela::Core
