#pragma once

#include <QString>
#include <QStringList>
#include <QTimer>
#include <QWidget>

class QLineEdit;
class QPushButton;

namespace Custody::Ui {

class FieldMessage;

/// Where an export is written: a folder typed or chosen, checked shortly
/// after each change (exists or can be created, writable, free space,
/// network share) with a message that says what to do about a problem.
///
/// The folder may be new as long as its parent exists, matching what
/// Engine::createExport() accepts: a share that is not mounted must not be
/// silently replaced by a local folder of the same name.
class DestinationPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DestinationPanel)

public:
    /// Typing pauses this long before the folder is checked.
    static constexpr int kCheckDelayMs = 300;

    explicit DestinationPanel(QWidget *parent = nullptr);
    ~DestinationPanel() override;

    QString path() const;
    /// Sets the folder and schedules a check.
    void setPath(const QString &path);

    /// True once the current path has been checked (no check is pending).
    bool isChecked() const { return !m_checkTimer.isActive(); }
    /// Problems found by the last check; empty for an empty or relative
    /// path, which the export spec reports itself.
    QStringList problems() const { return m_problems; }
    /// What the last check found, when it found no problem ("Writable, 120 GB free").
    QString information() const { return m_information; }
    /// Shows \a problems (found here and by the spec), or the information when none.
    void showProblems(const QStringList &problems);

    /// Checks the current path now instead of after the delay.
    void checkNow();

    QLineEdit *pathEdit() const { return m_edit; }

Q_SIGNALS:
    /// The path changed (a check is now pending) or a check finished.
    void changed();

private:
    void choose();

    QLineEdit *m_edit = nullptr;
    QPushButton *m_choose = nullptr;
    FieldMessage *m_message = nullptr;
    QTimer m_checkTimer;
    QStringList m_problems;
    QString m_information;
};

} // namespace Custody::Ui
