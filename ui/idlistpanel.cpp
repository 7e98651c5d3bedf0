#include "ui/idlistpanel.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStringDecoder>
#include <QVBoxLayout>

#include "ui/fieldmessage.h"

namespace Custody::Ui {

namespace {

// A list of ids is a few MB even for a very large case; anything far bigger
// is the wrong file, and reading it would freeze the window.
constexpr qint64 kMaxFileBytes = 64 * 1024 * 1024;
// Line numbers are listed up to this many; the rest are counted.
constexpr int kMaxListedLines = 5;
constexpr int kMaxNamedMalformed = 5;

QString lineList(const QList<Plan::ConversationIdList::Entry> &entries)
{
    QStringList lines;
    for (const auto &entry : entries) {
        if (lines.size() == kMaxListedLines) {
            lines.append(QStringLiteral("…"));
            break;
        }
        lines.append(QLocale().toString(entry.line));
    }
    return lines.join(QLatin1String(", "));
}

} // namespace

IdListPanel::IdListPanel(QWidget *parent)
    : QWidget(parent)
    , m_editor(new QPlainTextEdit(this))
    , m_loadButton(new QPushButton(tr("&Load from file…"), this))
    , m_counts(new QLabel(this))
    , m_message(new FieldMessage(this))
{
    setAccessibleName(tr("Conversation ids"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setPlaceholderText(tr("Paste conversation ids here, one per line or separated by commas. A CSV "
                                    "file with a \"conversationId\" column can be loaded directly."));
    m_editor->setAccessibleName(tr("Conversation ids"));
    m_editor->setTabChangesFocus(true);
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_loadButton->setAutoDefault(false);
    m_counts->setWordWrap(true);
    m_counts->setAccessibleName(tr("Conversation id counts"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_counts, 1);
    buttons->addWidget(m_loadButton, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_editor, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    m_parseTimer.setSingleShot(true);
    m_parseTimer.setInterval(kParseDelayMs);
    connect(&m_parseTimer, &QTimer::timeout, this, &IdListPanel::parseNow);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        m_loadProblem.clear();
        m_parseTimer.start();
    });
    connect(m_loadButton, &QPushButton::clicked, this, &IdListPanel::chooseFile);
    parseNow();
}

IdListPanel::~IdListPanel() = default;

QString IdListPanel::text() const
{
    return m_editor->toPlainText();
}

void IdListPanel::setText(const QString &text)
{
    m_editor->setPlainText(text);
    m_parseTimer.stop();
    parseNow();
}

void IdListPanel::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Load conversation ids"), QString(),
        tr("Id lists (*.csv *.txt);;All files (*)", "file dialog filter"));
    if (!path.isEmpty())
        loadFile(path);
}

bool IdListPanel::loadFile(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    QString problem;
    if (QFileInfo(path).size() > kMaxFileBytes) {
        problem = tr("%1 is larger than %2 and is unlikely to be a list of ids. Choose a CSV or text file of ids.")
                      .arg(shown, QLocale().formattedDataSize(kMaxFileBytes));
    } else if (!file.open(QIODevice::ReadOnly)) {
        problem = tr("%1 cannot be read (%2). Check that the file exists and that you may open it.")
                      .arg(shown, file.errorString());
    }
    if (!problem.isEmpty()) {
        m_loadProblem = problem;
        Q_EMIT changed();
        return false;
    }
    // Spreadsheet programs write UTF-8 with a BOM or UTF-16; the decoder reads both.
    const QByteArray bytes = file.readAll();
    QStringDecoder decoder(QStringConverter::encodingForData(bytes).value_or(QStringConverter::Utf8));
    setText(decoder.decode(bytes));
    return true;
}

void IdListPanel::parseNow()
{
    m_parsed = Plan::parseConversationIds(m_editor->toPlainText());
    m_counts->setText(countsText());
    Q_EMIT changed();
}

QString IdListPanel::countsText() const
{
    const QLocale here = locale();
    const int valid = int(m_parsed.ids.size());
    QStringList parts;
    parts.append(valid == 1 ? tr("1 valid id") : tr("%1 valid ids").arg(here.toString(valid)));
    const auto malformed = m_parsed.malformed.size();
    if (malformed == 1) {
        //: %1 the line number of the one malformed conversation id
        parts.append(tr("1 malformed (line %1)").arg(lineList(m_parsed.malformed)));
    } else if (malformed > 1) {
        //: %1 number of malformed conversation ids, %2 their line numbers
        parts.append(tr("%1 malformed (lines %2)").arg(here.toString(malformed), lineList(m_parsed.malformed)));
    }
    const auto duplicates = m_parsed.duplicates.size();
    if (duplicates == 1) {
        //: %1 the line number of the one repeated conversation id
        parts.append(tr("1 duplicate skipped (line %1)").arg(lineList(m_parsed.duplicates)));
    } else if (duplicates > 1) {
        //: %1 number of repeated conversation ids, %2 their line numbers
        parts.append(
            tr("%1 duplicates skipped (lines %2)").arg(here.toString(duplicates), lineList(m_parsed.duplicates)));
    }
    if (m_parsed.headerSkipped)
        parts.append(tr("header line skipped"));
    return parts.join(QLatin1String(", "));
}

QStringList IdListPanel::problems() const
{
    QStringList problems;
    if (!m_loadProblem.isEmpty())
        problems.append(m_loadProblem);
    int named = 0;
    for (const auto &entry : m_parsed.malformed) {
        if (++named > kMaxNamedMalformed)
            break;
        problems.append(tr("Line %1: \"%2\" is not a conversation id. Correct or remove it.")
                            .arg(QLocale().toString(entry.line), entry.text));
    }
    if (m_parsed.malformed.size() > kMaxNamedMalformed) {
        problems.append(tr("%1 more lines are not conversation ids either.")
                            .arg(QLocale().toString(m_parsed.malformed.size() - kMaxNamedMalformed)));
    }
    return problems;
}

void IdListPanel::showProblems(const QStringList &problems)
{
    m_message->setProblems(problems);
}

} // namespace Custody::Ui
