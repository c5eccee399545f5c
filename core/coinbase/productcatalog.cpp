#include "productcatalog.h"

#include "publiccodec.h"

#include "core/corelogging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>

namespace Candela::Core {

ProductCatalog::ProductCatalog(QString cachePath, QObject* parent)
    : QObject(parent)
    , m_cachePath(std::move(cachePath))
{
    m_timer.setParent(this);
    connect(&m_timer, &QTimer::timeout, this, &ProductCatalog::fetch);
    m_retry.setParent(this);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &ProductCatalog::fetch);
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

void ProductCatalog::refreshFrom(const PublicRestClient::Config& rest,
    std::chrono::milliseconds every, std::chrono::milliseconds firstRetry)
{
    m_client = std::make_unique<PublicRestClient>(rest);
    m_firstRetry = m_retryDelay = firstRetry;
    m_timer.start(every);
    fetch();
}

void ProductCatalog::fetch()
{
    if (!m_client || m_fetching)
        return; // one fetch at a time (the client retries it on its own)
    m_fetching = true;
    m_retry.stop();
    m_client->fetchProducts([this](Result<std::vector<Product>> products) {
        m_fetching = false;
        if (products && products->empty())
            products = makeError(ErrorCode::ParseError, QStringLiteral("the list is empty"));
        if (!products) {
            const QString why
                = QStringLiteral("Coinbase's product list could not be fetched: %1; trying again "
                                 "in %2 s")
                      .arg(products.error().message)
                      .arg(std::chrono::duration_cast<std::chrono::seconds>(m_retryDelay).count());
            qCWarning(lcCoinbase).noquote() << why;
            m_retry.start(m_retryDelay);
            m_retryDelay = std::min<std::chrono::milliseconds>(m_retryDelay * 2, MaxRetry);
            Q_EMIT refreshFailed(why);
            return;
        }
        m_retryDelay = m_firstRetry;
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
