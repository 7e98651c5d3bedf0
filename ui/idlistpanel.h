#pragma once

#include <QStringList>
#include <QTimer>
#include <QWidget>

#include "core/plan/conversationidlist.h"

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Custody::Ui {

class FieldMessage;

/// The conversation-id selection of an export: ids pasted into a text box or
/// loaded from a CSV or text file, checked as they are typed. Shows how many
/// ids are valid and which lines are malformed or repeat an id.
class IdListPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdListPanel)

public:
    /// Typing pauses this long before a (possibly large) paste is parsed again.
    static constexpr int kParseDelayMs = 200;

    explicit IdListPanel(QWidget *parent = nullptr);
    ~IdListPanel() override;

    /// The valid ids, each once, lower case.
    QStringList ids() const { return m_parsed.ids; }
    /// The last parse of the text.
    const Plan::ConversationIdList &parsed() const { return m_parsed; }
    /// True while an edit waits to be parsed.
    bool isParsePending() const { return m_parseTimer.isActive(); }

    QString text() const;
    /// Replaces the text and parses it at once.
    void setText(const QString &text);

    /// Reads a CSV or text file into the box; on failure shows why and returns false.
    bool loadFile(const QString &path);
    /// Parses the text now instead of after the typing pause.
    void parseNow();

    /// Problems to fix before the export can run: malformed lines.
    QStringList problems() const;
    /// Shows \a problems (found here and by the spec) under the box.
    void showProblems(const QStringList &problems);
    /// The count line, e.g. "3 valid ids, 1 malformed (line 4), 1 duplicate skipped (line 5)".
    QString countsText() const;

    QPlainTextEdit *editor() const { return m_editor; }

Q_SIGNALS:
    /// The parsed ids or their problems changed.
    void changed();

private:
    void chooseFile();

    QPlainTextEdit *m_editor = nullptr;
    QPushButton *m_loadButton = nullptr;
    QLabel *m_counts = nullptr;
    FieldMessage *m_message = nullptr;
    QTimer m_parseTimer;
    Plan::ConversationIdList m_parsed;
    QString m_loadProblem;
};

} // namespace Custody::Ui
