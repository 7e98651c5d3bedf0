#pragma once

#include <QWidget>

#include "core/settings/transfersettings.h"

class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace Custody::Ui {

class FieldMessage;

/// Settings page: concurrent downloads, bandwidth cap, and the defaults for
/// new exports (destination folder, file name template).
class TransfersPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransfersPage)

public:
    /// One megabyte per second, as the bandwidth field counts it.
    static constexpr qint64 kBytesPerMegabyte = 1000 * 1000;

    explicit TransfersPage(const Settings::TransferSettings &settings, QWidget *parent = nullptr);
    ~TransfersPage() override;

    /// The values as entered.
    Settings::TransferSettings settings() const;
    /// Translated problems with the entered values; empty when they can be saved.
    QStringList problems() const;

    QSpinBox *downloadsSpin() const { return m_downloads; }
    QDoubleSpinBox *bandwidthSpin() const { return m_bandwidth; }
    QLineEdit *destinationEdit() const { return m_destination; }
    QLineEdit *templateEdit() const { return m_template; }

private:
    void chooseDestination();
    void showProblems();

    QSpinBox *m_downloads = nullptr;
    QDoubleSpinBox *m_bandwidth = nullptr;
    QLineEdit *m_destination = nullptr;
    QLineEdit *m_template = nullptr;
    FieldMessage *m_templateMessage = nullptr;
};

} // namespace Custody::Ui
