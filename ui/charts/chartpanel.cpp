#include "chartpanel.h"

#include "candlechart.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QHBoxLayout>
#include <QToolButton>
#include <QVBoxLayout>

namespace Candela::Gui {

ChartPanel::ChartPanel(QWidget* parent)
    : QWidget(parent)
    , m_chart(new CandleChart(this))
    , m_product(new QComboBox(this))
    , m_buttons(new QButtonGroup(this))
{
    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 2);
    bar->setSpacing(2);
    m_product->setObjectName(QStringLiteral("productSelector"));
    m_product->setAccessibleName(tr("Product on the chart"));
    m_product->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_product, &QComboBox::textActivated, this, &ChartPanel::productChanged);
    bar->addWidget(m_product);
    bar->addSpacing(8);
    for (const Core::Timeframe timeframe : Core::AllTimeframes) {
        auto* button = new QToolButton(this);
        button->setText(Core::toShortName(timeframe)); // "1m", "5m", … as traders write them
        button->setObjectName(QStringLiteral("timeframe_") + Core::toShortName(timeframe));
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setChecked(timeframe == m_timeframe);
        m_buttons->addButton(button, int(timeframe));
        bar->addWidget(button);
    }
    bar->addStretch();
    connect(m_buttons, &QButtonGroup::idClicked, this, [this](int id) {
        const auto timeframe = Core::Timeframe(id);
        if (timeframe == m_timeframe)
            return;
        m_timeframe = timeframe;
        Q_EMIT timeframeChanged(timeframe);
    });

    setProducts({QStringLiteral("BTC-USD")});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_chart, 1);
}

void ChartPanel::setProducts(const QStringList& products)
{
    const QString current = product();
    const QSignalBlocker quiet(m_product);
    m_product->clear();
    m_product->addItems(products);
    if (products.contains(current))
        m_product->setCurrentText(current);
}

QString ChartPanel::product() const
{
    return m_product->currentText();
}

} // namespace Candela::Gui
