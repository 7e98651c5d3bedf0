#include "core/plan/conversationidlist.h"

#include <algorithm>

#include <QRegularExpression>
#include <QSet>

#include "core/plan/genesysid.h"

namespace Custody::Plan {

namespace {

QString unquoted(QString text)
{
    text = text.trimmed();
    if (text.size() >= 2 && (text.front() == u'"' || text.front() == u'\'') && text.back() == text.front())
        text = text.mid(1, text.size() - 2).trimmed();
    return text;
}

QStringList tokens(const QString &line)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    QStringList result;
    for (const QString &raw : line.split(separators, Qt::SkipEmptyParts)) {
        const QString token = unquoted(raw);
        if (!token.isEmpty())
            result.append(token);
    }
    return result;
}

// CSV cells keep their position, so a column can be picked; whitespace is not
// a cell separator here because a cell may hold "Claims Berlin".
QStringList cells(const QString &line, QChar delimiter)
{
    QStringList result;
    for (const QString &cell : line.split(delimiter))
        result.append(unquoted(cell));
    return result;
}

QChar likelyDelimiter(const QString &header)
{
    QChar best = u',';
    qsizetype bestCount = 0;
    for (const QChar candidate : { QChar(u','), QChar(u';'), QChar(u'\t') }) {
        const qsizetype count = header.count(candidate);
        if (count > bestCount) {
            best = candidate;
            bestCount = count;
        }
    }
    return best;
}

bool namesConversationColumn(const QString &cell)
{
    QString letters;
    for (const QChar c : cell) {
        if (c.isLetterOrNumber())
            letters.append(c.toLower());
    }
    return letters == u"conversationid" || letters == u"conversation";
}

// Index of the conversation id column of a multi-column header, or -1.
qsizetype conversationColumn(const QStringList &headerCells)
{
    if (headerCells.size() < 2)
        return -1;
    for (qsizetype i = 0; i < headerCells.size(); ++i) {
        if (namesConversationColumn(headerCells.at(i)))
            return i;
    }
    return -1;
}

class Collector
{
public:
    explicit Collector(ConversationIdList *out)
        : m_out(out)
    {
    }

    void add(int line, const QString &text)
    {
        if (!GenesysId::isValid(text)) {
            m_out->malformed.append({ line, text });
            return;
        }
        const QString id = GenesysId::normalized(text);
        if (m_seen.contains(id)) {
            m_out->duplicates.append({ line, text });
            return;
        }
        m_seen.insert(id);
        m_out->ids.append(id);
    }

private:
    ConversationIdList *m_out;
    QSet<QString> m_seen;
};

} // namespace

ConversationIdList parseConversationIds(const QString &text)
{
    ConversationIdList result;
    Collector collector(&result);

    static const QRegularExpression lineBreaks(QStringLiteral("\\r\\n|\\r|\\n"));
    const QStringList lines = text.split(lineBreaks);

    const auto isBlank = [](const QString &line) {
        return line.trimmed().isEmpty();
    };
    const auto firstContent = std::find_if_not(lines.cbegin(), lines.cend(), isBlank);
    const bool hasFollowingContent
        = firstContent != lines.cend() && std::find_if_not(firstContent + 1, lines.cend(), isBlank) != lines.cend();

    QChar delimiter;
    qsizetype column = -1;
    for (auto it = lines.cbegin(); it != lines.cend(); ++it) {
        const QString &line = *it;
        if (isBlank(line))
            continue;
        const int lineNumber = static_cast<int>(it - lines.cbegin()) + 1;

        // A lone line is data even without an id in it, so a single typo is
        // reported instead of being mistaken for a header.
        if (it == firstContent && hasFollowingContent) {
            const QStringList lineTokens = tokens(line);
            const bool hasId = std::any_of(
                lineTokens.cbegin(), lineTokens.cend(), [](const QString &token) { return GenesysId::isValid(token); });
            if (!hasId) {
                result.headerSkipped = true;
                delimiter = likelyDelimiter(line);
                column = conversationColumn(cells(line, delimiter));
                continue;
            }
        }

        if (column < 0) {
            for (const QString &token : tokens(line))
                collector.add(lineNumber, token);
            continue;
        }
        const QStringList rowCells = cells(line, delimiter);
        collector.add(lineNumber, column < rowCells.size() ? rowCells.at(column) : QString());
    }
    return result;
}

} // namespace Custody::Plan
