#pragma once

#include <QWidget>

#include "core/settings/proxysettings.h"

class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace Custody::Ui {

class FieldMessage;

/// Settings page: the proxy, the system's by default, none, or a manual
/// HTTP proxy. Proxy passwords are not supported (see ProxySettings).
class NetworkPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkPage)

public:
    explicit NetworkPage(const Settings::ProxySettings &settings, QWidget *parent = nullptr);
    ~NetworkPage() override;

    Settings::ProxySettings settings() const;
    /// Translated problems with the entered values; empty when they can be saved.
    QStringList problems() const;
    /// Shows \a problems under the fields (empty clears them).
    void showProblems(const QStringList &problems);

    QRadioButton *systemButton() const { return m_system; }
    QRadioButton *noneButton() const { return m_none; }
    QRadioButton *manualButton() const { return m_manual; }
    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portSpin() const { return m_port; }
    QLineEdit *userEdit() const { return m_user; }

private:
    void updateEnabled();

    QRadioButton *m_system = nullptr;
    QRadioButton *m_none = nullptr;
    QRadioButton *m_manual = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_user = nullptr;
    FieldMessage *m_message = nullptr;
};

} // namespace Custody::Ui
