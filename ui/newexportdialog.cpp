#include "ui/newexportdialog.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QVBoxLayout>

#include "ui/contentpanel.h"
#include "ui/daterangepicker.h"
#include "ui/destinationpanel.h"
#include "ui/fieldmessage.h"
#include "ui/filenametemplatepanel.h"
#include "ui/filterpanel.h"
#include "ui/idlistpanel.h"

namespace Custody::Ui {

namespace {

using Field = Plan::SpecProblem::Field;

enum class Page { DateRange = 0, ConversationIds = 1 };

QStringList messagesFor(const QList<Plan::SpecProblem> &problems, std::initializer_list<Field> fields)
{
    QStringList messages;
    for (const Plan::SpecProblem &problem : problems) {
        if (std::find(fields.begin(), fields.end(), problem.field) != fields.end())
            messages.append(problem.message);
    }
    return messages;
}

} // namespace

NewExportDialog::NewExportDialog(const QList<Profiles::OrgProfile> &profiles, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_profileBox(new QComboBox(this))
    , m_profileMessage(new FieldMessage(this))
    , m_name(new QLineEdit(this))
    , m_content(new ContentPanel(this))
    , m_destination(new DestinationPanel(this))
    , m_template(new FileNameTemplatePanel(this))
    , m_byRange(new QRadioButton(tr("B&y date range"), this))
    , m_byIds(new QRadioButton(tr("By conversation &list"), this))
    , m_selectionStack(new QStackedWidget(this))
    , m_picker(new DateRangePicker(this))
    , m_rangeMessage(new FieldMessage(this))
    , m_filters(new FilterPanel(this))
    , m_idList(new IdListPanel(this))
{
    setWindowTitle(tr("New Export"));
    setAccessibleName(tr("New export"));
    for (const Profiles::OrgProfile &profile : std::as_const(m_profiles))
        m_profileBox->addItem(profile.name, profile.id);
    m_profileBox->setAccessibleName(tr("Organisation profile"));
    m_name->setAccessibleName(tr("Export name"));
    m_name->setClearButtonEnabled(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Create Export"));

    auto *columns = new QHBoxLayout;
    columns->addWidget(createLeftColumn(), 2);
    columns->addWidget(createSelectionGroup(), 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &NewExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewExportDialog::reject);
    connect(m_profileBox, &QComboBox::currentIndexChanged, this, &NewExportDialog::onProfileChanged);
    connect(m_name, &QLineEdit::textChanged, this, &NewExportDialog::revalidate);
    connect(m_content, &ContentPanel::changed, this, &NewExportDialog::revalidate);
    connect(m_destination, &DestinationPanel::changed, this, &NewExportDialog::revalidate);
    connect(m_template, &FileNameTemplatePanel::changed, this, &NewExportDialog::revalidate);
    connect(m_picker, &DateRangePicker::rangeChanged, this, &NewExportDialog::revalidate);
    connect(m_filters, &FilterPanel::changed, this, &NewExportDialog::revalidate);
    connect(m_idList, &IdListPanel::changed, this, &NewExportDialog::revalidate);
    connect(m_byRange, &QRadioButton::toggled, this, [this](bool byRange) {
        m_selectionStack->setCurrentIndex(int(byRange ? Page::DateRange : Page::ConversationIds));
        revalidate();
    });
    m_byRange->setChecked(true);
    onProfileChanged();
}

NewExportDialog::~NewExportDialog() = default;

QWidget *NewExportDialog::createLeftColumn()
{
    auto *column = new QWidget(this);
    auto *top = new QFormLayout;
    top->addRow(tr("&Organisation:"), m_profileBox);
    top->addRow(m_profileMessage);
    top->addRow(tr("&Name:", "name of the export"), m_name);

    auto *contentGroup = new QGroupBox(tr("What to export"), column);
    auto *contentLayout = new QVBoxLayout(contentGroup);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_content);

    auto *whereGroup = new QGroupBox(tr("Where to save"), column);
    auto *where = new QFormLayout(whereGroup);
    where->setRowWrapPolicy(QFormLayout::WrapLongRows);
    where->addRow(tr("&Save to:", "destination folder"), m_destination);
    where->addRow(tr("File na&mes:", "file-name template"), m_template);

    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(contentGroup);
    layout->addWidget(whereGroup);
    layout->addStretch(1);
    return column;
}

QWidget *NewExportDialog::createSelectionGroup()
{
    auto *group = new QGroupBox(tr("Which conversations"), this);
    auto *modes = new QButtonGroup(group);
    modes->addButton(m_byRange);
    modes->addButton(m_byIds);
    m_byRange->setToolTip(tr("Every conversation in the chosen days that matches the filters."));
    m_byIds->setToolTip(tr("Exactly the conversations whose ids you paste or load from a file."));
    auto *modeRow = new QHBoxLayout;
    modeRow->addWidget(m_byRange);
    modeRow->addWidget(m_byIds);
    modeRow->addStretch(1);

    auto *rangePage = new QWidget(m_selectionStack);
    auto *filterGroup = new QGroupBox(tr("Filters (optional)"), rangePage);
    auto *filterLayout = new QVBoxLayout(filterGroup);
    filterLayout->addWidget(m_filters);
    auto *rangeLayout = new QVBoxLayout(rangePage);
    rangeLayout->setContentsMargins(0, 0, 0, 0);
    rangeLayout->addWidget(m_picker);
    rangeLayout->addWidget(m_rangeMessage);
    rangeLayout->addWidget(filterGroup, 1);
    m_selectionStack->insertWidget(int(Page::DateRange), rangePage);
    m_selectionStack->insertWidget(int(Page::ConversationIds), m_idList);

    auto *layout = new QVBoxLayout(group);
    layout->addLayout(modeRow);
    layout->addWidget(m_selectionStack, 1);
    return group;
}

Plan::ExportSpec NewExportDialog::spec() const
{
    Plan::ExportSpec spec;
    spec.profileId = m_profileBox->currentData().toString();
    spec.name = m_name->text().trimmed().isEmpty() ? automaticName() : m_name->text().trimmed();
    m_content->readInto(spec);
    if (m_byIds->isChecked()) {
        spec.selection = Plan::ExportSpec::Selection::ConversationIds;
        spec.conversationIds = m_idList->ids();
    } else {
        spec.selection = Plan::ExportSpec::Selection::DateRange;
        spec.range = m_picker->range();
        spec.timeZoneId = QString::fromLatin1(m_picker->timeZone().id());
        spec.filters = m_filters->filters();
    }
    spec.destinationFolder = m_destination->path();
    spec.fileNameTemplate = m_template->pattern();
    return spec;
}

void NewExportDialog::setSpec(const Plan::ExportSpec &spec)
{
    const int profile = m_profileBox->findData(spec.profileId);
    if (profile >= 0)
        m_profileBox->setCurrentIndex(profile);
    m_name->setText(spec.name);
    m_content->setFrom(spec);
    if (spec.selection == Plan::ExportSpec::Selection::ConversationIds) {
        m_byIds->setChecked(true);
        m_idList->setText(spec.conversationIds.join(QLatin1Char('\n')));
    } else {
        m_byRange->setChecked(true);
        if (spec.timeZone().isValid())
            m_picker->setTimeZone(spec.timeZone());
        m_picker->setRange(spec.range);
        m_filters->setFilters(spec.filters);
    }
    m_destination->setPath(spec.destinationFolder);
    m_template->setPattern(spec.fileNameTemplate);
    revalidate();
}

void NewExportDialog::setDefaults(const QString &destination, const QString &fileNameTemplate, const QTimeZone &zone)
{
    if (!destination.trimmed().isEmpty())
        m_destination->setPath(destination);
    if (!fileNameTemplate.trimmed().isEmpty())
        m_template->setPattern(fileNameTemplate);
    if (zone.isValid()) {
        m_defaultZone = zone;
        applyZoneDefault();
    }
}

void NewExportDialog::setQueues(const QList<QPair<QString, QString>> &queues)
{
    m_filters->setQueues(queues);
}

void NewExportDialog::setUsers(const QList<QPair<QString, QString>> &users)
{
    m_filters->setUsers(users);
}

void NewExportDialog::setToday(QDate today)
{
    m_picker->setToday(today);
    revalidate();
}

void NewExportDialog::onProfileChanged()
{
    applyZoneDefault();
    revalidate();
}

void NewExportDialog::applyZoneDefault()
{
    // Compliance requests name days in the organisation's local time, so a
    // profile's zone wins over the general default.
    const int index = m_profileBox->currentIndex();
    const QTimeZone profileZone = index >= 0 && index < m_profiles.size() && !m_profiles.at(index).timeZone.isEmpty()
        ? QTimeZone(m_profiles.at(index).timeZone)
        : QTimeZone();
    if (profileZone.isValid())
        m_picker->setTimeZone(profileZone);
    else if (m_defaultZone.isValid())
        m_picker->setTimeZone(m_defaultZone);
}

QString NewExportDialog::automaticName() const
{
    const QString profile = m_profileBox->currentText();
    if (m_byIds->isChecked()) {
        const int count = int(m_idList->ids().size());
        //: Automatic export name: %1 organisation profile, %2 number of conversations
        return count == 1 ? tr("%1, 1 conversation").arg(profile)
                          : tr("%1, %2 conversations").arg(profile, locale().toString(count));
    }
    const Plan::DateRange range = m_picker->range();
    if (!range.isValid())
        return profile;
    //: Automatic export name: %1 organisation profile, %2 first day, %3 last day (ISO dates)
    return tr("%1, %2 to %3").arg(profile, range.first.toString(Qt::ISODate), range.last.toString(Qt::ISODate));
}

QList<Plan::SpecProblem> NewExportDialog::specProblems(const Plan::ExportSpec &spec) const
{
    QList<Plan::SpecProblem> problems = spec.validate();
    // What the spec cannot see: lines that are not ids (dropped from the
    // spec, but a compliance export must not silently miss one), filters
    // that exclude everything, and the destination check.
    const bool byIds = spec.selection == Plan::ExportSpec::Selection::ConversationIds;
    const QStringList local = byIds ? m_idList->problems() : m_filters->problems();
    for (const QString &message : local)
        problems.append({ byIds ? Field::ConversationIds : Field::Filters, message });
    for (const QString &message : m_destination->problems())
        problems.append({ Field::Destination, message });
    return problems;
}

QStringList NewExportDialog::problems() const
{
    QStringList messages;
    for (const Plan::SpecProblem &problem : specProblems(spec()))
        messages.append(problem.message);
    return messages;
}

bool NewExportDialog::isReady() const
{
    return m_destination->isChecked() && !m_idList->isParsePending() && problems().isEmpty();
}

void NewExportDialog::revalidate()
{
    const Plan::ExportSpec current = spec();
    const QList<Plan::SpecProblem> problems = specProblems(current);
    m_profileMessage->setProblems(messagesFor(problems, { Field::Profile }));
    m_content->showProblems(messagesFor(problems, { Field::Content }), messagesFor(problems, { Field::BulkExport }));
    m_rangeMessage->setProblems(messagesFor(problems, { Field::DateRange, Field::TimeZone }));
    m_filters->showProblems(messagesFor(problems, { Field::Filters }));
    m_idList->showProblems(messagesFor(problems, { Field::ConversationIds }));
    m_destination->showProblems(messagesFor(problems, { Field::Destination }));
    m_template->showProblems(messagesFor(problems, { Field::FileNameTemplate }));
    m_template->setEnabled(current.includeRecordings);
    m_template->setPreviewContext(
        current.selection == Plan::ExportSpec::Selection::DateRange ? m_picker->timeZone() : QTimeZone::utc(),
        m_content->likelyExtension());
    m_name->setPlaceholderText(automaticName());
    m_ok->setEnabled(problems.isEmpty() && m_destination->isChecked() && !m_idList->isParsePending());
}

void NewExportDialog::accept()
{
    // Enter may arrive before a pending check ran; check now rather than
    // accept a folder nobody has looked at.
    m_destination->checkNow();
    if (m_idList->isParsePending())
        m_idList->parseNow();
    revalidate();
    if (!isReady())
        return;
    QDialog::accept();
}

} // namespace Custody::Ui
