#pragma once

#include <QDate>
#include <QDialog>
#include <QList>
#include <QPair>
#include <QStringList>
#include <QTimeZone>

#include "core/plan/exportspec.h"
#include "core/profiles/orgprofile.h"

class QComboBox;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QStackedWidget;

namespace Custody::Ui {

class ContentPanel;
class DateRangePicker;
class DestinationPanel;
class FieldMessage;
class FileNameTemplatePanel;
class FilterPanel;
class IdListPanel;

/// The form for a new export. It produces an ExportSpec and only lets the
/// user confirm once ExportSpec::validate() and the destination check find
/// nothing to fix; each problem is shown next to its field.
///
/// Usage: `NewExportDialog dialog(profiles, parent); if (dialog.exec() ==
/// QDialog::Accepted) engine->createExport(dialog.spec());`
class NewExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewExportDialog)

public:
    explicit NewExportDialog(const QList<Profiles::OrgProfile> &profiles, QWidget *parent = nullptr);
    ~NewExportDialog() override;

    /// The export as currently filled in.
    Plan::ExportSpec spec() const;
    /// Fills the form from \a spec, e.g. to run a previous export again.
    void setSpec(const Plan::ExportSpec &spec);

    /// Defaults from the settings. \a timeZone applies to profiles without a
    /// zone of their own; empty or invalid values are ignored.
    void setDefaults(const QString &destination, const QString &fileNameTemplate, const QTimeZone &timeZone);

    /// (id, name) pairs of the chosen organisation's queues and users, for the filters.
    void setQueues(const QList<QPair<QString, QString>> &queues);
    void setUsers(const QList<QPair<QString, QString>> &users);

    /// Everything that stops the export, in form order; empty when OK is enabled
    /// (apart from a destination check still pending).
    QStringList problems() const;
    /// True when the export can be created now.
    bool isReady() const;

    /// Pins "today" for the calendar (tests; a dialog left open past midnight).
    void setToday(QDate today);

    DateRangePicker *rangePicker() const { return m_picker; }
    ContentPanel *contentPanel() const { return m_content; }
    FilterPanel *filterPanel() const { return m_filters; }
    IdListPanel *idListPanel() const { return m_idList; }
    DestinationPanel *destinationPanel() const { return m_destination; }
    FileNameTemplatePanel *fileNameTemplatePanel() const { return m_template; }
    QComboBox *profileBox() const { return m_profileBox; }
    QLineEdit *nameEdit() const { return m_name; }
    QRadioButton *dateRangeButton() const { return m_byRange; }
    QRadioButton *conversationIdsButton() const { return m_byIds; }
    QPushButton *okButton() const { return m_ok; }

public Q_SLOTS:
    void accept() override;

private:
    QWidget *createSelectionGroup();
    QWidget *createLeftColumn();
    void onProfileChanged();
    void applyZoneDefault();
    QString automaticName() const;
    QList<Plan::SpecProblem> specProblems(const Plan::ExportSpec &spec) const;
    void revalidate();

    QList<Profiles::OrgProfile> m_profiles;
    QTimeZone m_defaultZone;
    QComboBox *m_profileBox = nullptr;
    FieldMessage *m_profileMessage = nullptr;
    QLineEdit *m_name = nullptr;
    ContentPanel *m_content = nullptr;
    DestinationPanel *m_destination = nullptr;
    FileNameTemplatePanel *m_template = nullptr;
    QRadioButton *m_byRange = nullptr;
    QRadioButton *m_byIds = nullptr;
    QStackedWidget *m_selectionStack = nullptr;
    DateRangePicker *m_picker = nullptr;
    FieldMessage *m_rangeMessage = nullptr;
    FilterPanel *m_filters = nullptr;
    IdListPanel *m_idList = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace Custody::Ui
