#include "ui/welcomepanel.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "ui/appicon.h"

namespace Custody::Ui {

WelcomePanel::WelcomePanel(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Welcome"));
    auto *icon = new QLabel(this);
    icon->setPixmap(appIcon().pixmap(96, 96));
    icon->setAlignment(Qt::AlignCenter);
    auto *title = new QLabel(tr("Welcome to Custody"), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    title->setFont(font);
    title->setAlignment(Qt::AlignCenter);
    auto *text = new QLabel(tr("Custody exports call recordings and conversation records from Genesys Cloud into a "
                               "folder you choose, with a manifest and SHA-256 hashes that prove the files are "
                               "complete and unchanged."),
        this);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setMaximumWidth(560);
    auto *demo = new QPushButton(tr("&Try Custody with a simulated organisation"), this);
    demo->setDefault(true);
    demo->setAccessibleDescription(tr("Runs a practice organisation on this computer; nothing leaves it."));
    auto *add = new QPushButton(tr("&Add your organisation…"), this);
    auto *hint = new QLabel(tr("The simulated organisation runs on this computer only. Its exports are real files "
                               "in a demo folder, so you can open and verify them."),
        this);
    hint->setWordWrap(true);
    hint->setAlignment(Qt::AlignCenter);
    hint->setMaximumWidth(560);
    hint->setForegroundRole(QPalette::PlaceholderText);
    connect(demo, &QPushButton::clicked, this, &WelcomePanel::tryDemoRequested);
    connect(add, &QPushButton::clicked, this, &WelcomePanel::addOrganisationRequested);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(icon);
    layout->addWidget(title);
    layout->addSpacing(8);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addSpacing(16);
    layout->addWidget(demo, 0, Qt::AlignHCenter);
    layout->addWidget(add, 0, Qt::AlignHCenter);
    layout->addSpacing(8);
    layout->addWidget(hint, 0, Qt::AlignHCenter);
    layout->addStretch(3);
}

} // namespace Custody::Ui
