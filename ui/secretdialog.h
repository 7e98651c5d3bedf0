#pragma once

#include <QDialog>

class QLineEdit;

namespace Custody::Ui {

/// Asks for a new OAuth client secret in a password field. The text is
/// handed back once and the field cleared when the dialog closes.
class SecretDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretDialog)

public:
    /// \a profileName names the profile in the prompt.
    explicit SecretDialog(const QString &profileName, QWidget *parent = nullptr);
    ~SecretDialog() override;

    /// The secret entered, then clears it from the field.
    QString takeSecret();

private:
    QLineEdit *m_secret = nullptr;
};

} // namespace Custody::Ui
