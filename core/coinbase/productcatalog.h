#pragma once

#include "publicrestclient.h"

#include "core/model/product.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <memory>
#include <optional>
#include <vector>

namespace Candela::Core {

// Coinbase's product list: each product's price and size increments and limits, which every
// order Candela builds is rounded to. Read at start from its cache file (the last list fetched,
// so a restart without network still knows the grid), then fetched from /market/products and
// refreshed on a timer; each list fetched replaces the cache. A cache that cannot be read is
// reported and left alone, never a crash; a fetch that fails keeps the list held.
class ProductCatalog final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductCatalog)

public:
    static constexpr std::chrono::hours DefaultRefresh{6};
    // A fetch that failed (the REST client's own retries spent) is tried again after this,
    // doubling up to MaxRetry, until one succeeds: a trader without a cache is not left without
    // entries until the next refresh.
    static constexpr std::chrono::seconds FirstRetry{30};
    static constexpr std::chrono::seconds MaxRetry{300};

    // `cachePath` empty: no cache, the list lives as long as the catalog.
    explicit ProductCatalog(QString cachePath = {}, QObject* parent = nullptr);
    ~ProductCatalog() override;

    // Fetches the list now and again every `every` from `rest`.
    void refreshFrom(const PublicRestClient::Config& rest,
        std::chrono::milliseconds every = DefaultRefresh,
        std::chrono::milliseconds firstRetry = FirstRetry);
    // A list from elsewhere (tests, the CLI): held as if fetched, and cached.
    void learn(const std::vector<Product>& products);

    std::optional<Product> find(const QString& productId) const;
    qsizetype size() const { return m_products.size(); }
    // The cache could not be read: why (empty when it was, or when there is none).
    const QString& cacheProblem() const { return m_cacheProblem; }

Q_SIGNALS:
    void updated();
    void refreshFailed(const QString& why);

private:
    void fetch();

    QString m_cachePath;
    QHash<QString, Product> m_products;
    QString m_cacheProblem;
    std::unique_ptr<PublicRestClient> m_client;
    QTimer m_timer;
    QTimer m_retry;
    std::chrono::milliseconds m_firstRetry{FirstRetry};
    std::chrono::milliseconds m_retryDelay{FirstRetry};
    bool m_fetching = false;
};

} // namespace Candela::Core
