#include "chartpanel.h"

#include "candlechart.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QToolButton>
#include <QVBoxLayout>

namespace Candela::Gui {

ChartPanel::ChartPanel(QWidget* parent)
    : QWidget(parent)
    , m_chart(new CandleChart(this))
    , m_buttons(new QButtonGroup(this))
{
    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 2);
    bar->setSpacing(2);
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

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_chart, 1);
}

} // namespace Candela::Gui
