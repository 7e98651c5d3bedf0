#include "ui/destinationpanel.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/transfer/destination.h"
#include "ui/fieldmessage.h"

namespace Custody::Ui {

namespace {

bool isAbsolute(const QString &path)
{
    return QDir::isAbsolutePath(path) || Transfer::Destination::isUncPath(path);
}

} // namespace

DestinationPanel::DestinationPanel(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_choose(new QPushButton(tr("C&hoose…", "choose a destination folder"), this))
    , m_message(new FieldMessage(this))
{
    setAccessibleName(tr("Destination folder"));
    m_edit->setAccessibleName(tr("Destination folder"));
    m_edit->setPlaceholderText(tr("Folder for the export, e.g. a case folder on the legal file share"));
    m_edit->setClearButtonEnabled(true);
    m_choose->setAutoDefault(false);
    m_choose->setAccessibleName(tr("Choose destination folder"));

    auto *row = new QHBoxLayout;
    row->addWidget(m_edit, 1);
    row->addWidget(m_choose);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_message);

    m_checkTimer.setSingleShot(true);
    m_checkTimer.setInterval(kCheckDelayMs);
    connect(&m_checkTimer, &QTimer::timeout, this, &DestinationPanel::checkNow);
    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        m_checkTimer.start();
        Q_EMIT changed();
    });
    connect(m_choose, &QPushButton::clicked, this, &DestinationPanel::choose);
}

DestinationPanel::~DestinationPanel() = default;

QString DestinationPanel::path() const
{
    return m_edit->text().trimmed();
}

void DestinationPanel::setPath(const QString &path)
{
    m_edit->setText(QDir::toNativeSeparators(path));
}

void DestinationPanel::choose()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Choose the export folder"), path());
    if (!folder.isEmpty())
        setPath(folder);
}

void DestinationPanel::checkNow()
{
    // This runs on the UI thread: it is a few local file-system calls, but a
    // share that has gone away can stall them for the OS's network timeout.
    // The delay keeps it to one check per pause in typing.
    m_checkTimer.stop();
    m_problems.clear();
    m_information.clear();
    const QString folder = QDir::fromNativeSeparators(path());
    if (folder.isEmpty() || !isAbsolute(folder)) {
        Q_EMIT changed(); // the spec explains empty and relative paths
        return;
    }

    const QString shown = QDir::toNativeSeparators(folder);
    const QFileInfo info(folder);
    Transfer::DestinationStatus status;
    if (info.exists() || info.isSymLink()) {
        status = Transfer::Destination(folder).check(0);
        m_problems = status.problems;
    } else {
        const QString parent = QFileInfo(QDir::cleanPath(folder)).absolutePath();
        const QFileInfo parentInfo(parent);
        if (!parentInfo.isDir()) {
            m_problems.append(tr("The folder %1 does not exist and cannot be created, because %2 is not an existing "
                                 "folder. Connect the network share, or choose an existing folder.")
                                  .arg(shown, QDir::toNativeSeparators(parent)));
        } else {
            status = Transfer::Destination(parent).check(0);
            for (const QString &problem : std::as_const(status.problems))
                m_problems.append(tr("The folder %1 cannot be created there: %2").arg(shown, problem));
        }
    }

    if (m_problems.isEmpty()) {
        const QString space = status.freeBytes >= 0
            ? tr("%1 free", "free disk space").arg(Transfer::Destination::formatBytes(status.freeBytes))
            : tr("free space unknown");
        m_information = info.exists() ? tr("Folder exists and is writable; %1.").arg(space)
                                      : tr("The folder will be created when the export starts; %1.").arg(space);
        if (status.isNetwork) {
            m_information += QLatin1Char(' ')
                + tr("This is a network share: keep it connected while the export runs. Interrupted "
                     "downloads resume.");
        }
    }
    Q_EMIT changed();
}

void DestinationPanel::showProblems(const QStringList &problems)
{
    if (problems.isEmpty())
        m_message->setInformation(m_information);
    else
        m_message->setProblems(problems);
}

} // namespace Custody::Ui
