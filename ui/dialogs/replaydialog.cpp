#include "replaydialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace Candela::Gui {

ReplayDialog::ReplayDialog(const QList<BundledReplay>& bundled, QWidget* parent)
    : QDialog(parent)
    , m_bundled(bundled)
    , m_source(new QComboBox(this))
    , m_file(new QLineEdit(this))
    , m_speed(new QDoubleSpinBox(this))
    , m_hint(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("replayDialog"));
    setWindowTitle(tr("Open replay"));
    for (const BundledReplay& replay : m_bundled)
        m_source->addItem(replay.title);
    m_source->addItem(tr("A file on disk…"));
    m_source->setObjectName(QStringLiteral("replaySource"));
    m_source->setAccessibleName(tr("Market data to replay"));
    m_file->setObjectName(QStringLiteral("replayFile"));
    m_file->setAccessibleName(tr("Replay file"));
    m_file->setPlaceholderText(tr("recording.jsonl or candles-5m.csv"));
    auto* browse = new QPushButton(tr("Browse…"), this);
    browse->setObjectName(QStringLiteral("replayBrowse"));
    connect(browse, &QPushButton::clicked, this, &ReplayDialog::browse);
    m_speed->setObjectName(QStringLiteral("replaySpeed"));
    m_speed->setAccessibleName(tr("Replay speed"));
    m_speed->setRange(0, 1'000'000);
    m_speed->setDecimals(1);
    m_speed->setSuffix(tr(" ×"));
    m_speed->setSpecialValueText(tr("as fast as possible"));
    m_speed->setValue(1);
    m_hint->setWordWrap(true);
    m_hint->setObjectName(QStringLiteral("replayHint"));

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Market data:"), m_source);
    form->addRow(tr("File:"), fileRow);
    form->addRow(tr("Speed:"), m_speed);
    form->addRow(m_hint);
    form->addRow(m_buttons);
    m_hint->setText(tr("Candles play as a live market: at 1× a five-minute candle takes five "
                       "minutes, at 600× half a second. The replay trades in a fresh paper "
                       "account."));

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_source, &QComboBox::currentIndexChanged, this, &ReplayDialog::sourceChanged);
    connect(m_file, &QLineEdit::textChanged, this, &ReplayDialog::validate);
    sourceChanged(m_source->currentIndex());
}

QString ReplayDialog::path() const
{
    return m_file->text().trimmed();
}

double ReplayDialog::speed() const
{
    return m_speed->value();
}

void ReplayDialog::setPath(const QString& path)
{
    m_source->setCurrentIndex(m_source->count() - 1);
    m_file->setText(path);
}

void ReplayDialog::browse()
{
    const QString chosen = QFileDialog::getOpenFileName(this, tr("Open replay"), path(),
        tr("Market data (*.jsonl *.csv);;Coinbase recordings (*.jsonl);;Five-minute candles "
           "(*.csv)"));
    if (!chosen.isEmpty())
        setPath(chosen);
}

void ReplayDialog::sourceChanged(int index)
{
    const bool bundled = index >= 0 && index < m_bundled.size();
    m_file->setEnabled(!bundled);
    if (bundled) {
        m_file->setText(m_bundled[index].path);
        m_speed->setValue(m_bundled[index].speed);
    } else if (m_file->text().startsWith(QLatin1Char(':'))) {
        m_file->clear();
    }
    validate();
}

void ReplayDialog::validate()
{
    const QString file = path();
    const bool known = file.endsWith(QLatin1String(".jsonl"), Qt::CaseInsensitive)
        || file.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(known && QFileInfo::exists(file));
}

} // namespace Candela::Gui
