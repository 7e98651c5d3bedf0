#include "ui/secretdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/secrets/credentialstore.h"

namespace Custody::Ui {

SecretDialog::SecretDialog(const QString &profileName, QWidget *parent)
    : QDialog(parent)
    , m_secret(new QLineEdit(this))
{
    setWindowTitle(tr("Replace Client Secret"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setMaxLength(static_cast<int>(Secrets::CredentialStore::kMaxSecretBytes));
    m_secret->setObjectName(QStringLiteral("secretEdit"));
    m_secret->setAccessibleName(tr("Client secret"));

    auto *intro = new QLabel(tr("Enter the OAuth client secret of \"%1\". Custody keeps it in the system keychain "
                                "and never shows it again.")
                                 .arg(profileName),
        this);
    intro->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    //: Button: store the entered secret in the keychain
    ok->setText(tr("Store in Keychain"));
    ok->setEnabled(false);
    connect(m_secret, &QLineEdit::textChanged, ok, [ok](const QString &text) { ok->setEnabled(!text.isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("Client &secret:"), m_secret);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

SecretDialog::~SecretDialog() = default;

QString SecretDialog::takeSecret()
{
    const QString secret = m_secret->text();
    m_secret->clear();
    return secret;
}

} // namespace Custody::Ui
