#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

namespace Candela::Gui {

// A market file the terminal ships with, offered first in the replay dialog.
struct BundledReplay
{
    QString title;
    QString path;
    double speed = 1.0; // a pace that shows something happen
};

// File → Open replay…: pick a market recording (.jsonl of Coinbase frames) or five-minute
// candles (.csv), bundled or from disk, and the speed to play it at (0: as fast as possible).
class ReplayDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplayDialog)

public:
    explicit ReplayDialog(const QList<BundledReplay>& bundled, QWidget* parent = nullptr);

    QString path() const;
    double speed() const;
    void setPath(const QString& path);

private:
    void browse();
    void sourceChanged(int index);
    void validate();

    QList<BundledReplay> m_bundled;
    QComboBox* m_source;
    QLineEdit* m_file;
    QDoubleSpinBox* m_speed;
    QLabel* m_hint;
    QDialogButtonBox* m_buttons;
};

} // namespace Candela::Gui
