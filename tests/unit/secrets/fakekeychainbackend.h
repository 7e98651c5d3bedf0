#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include "core/secrets/keychainbackend.h"

namespace Custody::Secrets::Test {

/// A keychain that can be told to fail or to never answer. Used only where
/// nothing real misbehaves on demand: timeouts and the start-up retry. Real
/// storage is tested against the Secret Service (qtkeychainbackendtest.cpp).
class FakeKeychainBackend final : public KeychainBackend
{
public:
    /// Replies handed out, in order, before the in-memory map answers.
    QList<KeychainReply> scriptedReplies;
    /// Never answer at all, like a keychain waiting for an unseen prompt.
    bool hang = false;
    int started = 0;
    /// Hung operations, to answer them late on purpose.
    QList<std::pair<QPointer<QObject>, Callback>> hung;

    /// Answers every hung operation whose context still lives, as a real
    /// keychain connection would; returns how many were answered.
    int answerHung(const KeychainReply &reply)
    {
        int answered = 0;
        for (const auto &[context, callback] : std::as_const(hung)) {
            if (!context)
                continue;
            ++answered;
            QTimer::singleShot(0, context, [reply, callback = callback] { callback(reply); });
        }
        hung.clear();
        return answered;
    }

    void start(Operation operation, const QString &service, const QString &key, const QString &data, QObject *context,
        Callback callback) override
    {
        ++started;
        if (hang) {
            hung.append({ context, callback });
            return;
        }
        KeychainReply reply;
        if (!scriptedReplies.isEmpty()) {
            reply = scriptedReplies.takeFirst();
        } else {
            reply = answer(operation, service + QLatin1Char('|') + key, data);
        }
        // Real keychains answer later; so does this one.
        QTimer::singleShot(0, context, [reply, callback] { callback(reply); });
    }

private:
    KeychainReply answer(Operation operation, const QString &entry, const QString &data)
    {
        switch (operation) {
        case Operation::Write:
            m_entries.insert(entry, data);
            return { KeychainReply::Code::Ok, {}, {} };
        case Operation::Read:
            if (m_entries.contains(entry))
                return { KeychainReply::Code::Ok, m_entries.value(entry), {} };
            return { KeychainReply::Code::EntryNotFound, {}, QStringLiteral("Entry not found") };
        case Operation::Remove:
            m_entries.remove(entry);
            return { KeychainReply::Code::Ok, {}, {} };
        }
        return {};
    }

    QHash<QString, QString> m_entries;
};

} // namespace Custody::Secrets::Test
