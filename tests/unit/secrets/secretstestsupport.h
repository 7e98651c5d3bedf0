#pragma once

#include <QRandomGenerator>
#include <QString>
#include <QTest>
#include <QUuid>

#include <optional>
#include <ostream>

#include "core/secrets/credentialresult.h"

namespace Custody::Secrets {

/// Readable statuses in gtest failure messages.
inline void PrintTo(CredentialResult::Status status, std::ostream *os)
{
    *os << CredentialResult::statusName(status).toStdString();
}

} // namespace Custody::Secrets

namespace Custody::Secrets::Test {

/// Set by test.sh, which runs the suite inside dbus-run-session with an
/// unlocked gnome-keyring.
inline bool keyringTestsEnabled()
{
    return !qEnvironmentVariableIsEmpty("CUSTODY_TEST_KEYRING");
}

inline constexpr const char *kKeyringSkipMessage
    = "real keychain tests need CUSTODY_TEST_KEYRING=1 inside dbus-run-session with an unlocked gnome-keyring: "
      "export CUSTODY_TEST_KEYRING=1 HOME=$(mktemp -d) XDG_RUNTIME_DIR=$(mktemp -d); chmod 700 $XDG_RUNTIME_DIR; "
      "dbus-run-session -- sh -c 'echo -n pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null; "
      "<build>/tests/unit/secrets/unit_secrets' (or run test.sh)";

/// A service name no other run or application uses.
inline QString uniqueTestService()
{
    return QStringLiteral("CustodyTest-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
}

/// Collects one callback result; wait() spins the event loop until it arrives.
class ResultCatcher
{
public:
    auto callback()
    {
        return [this](const CredentialResult &result) {
            ++m_calls;
            m_result = result;
        };
    }

    /// True once a result arrived within \a timeoutMs.
    bool wait(int timeoutMs = 15000)
    {
        return QTest::qWaitFor([this] { return m_result.has_value(); }, timeoutMs);
    }

    const CredentialResult &result() const { return *m_result; }
    bool arrived() const { return m_result.has_value(); }
    int calls() const { return m_calls; }
    void reset() { m_result.reset(); }

private:
    std::optional<CredentialResult> m_result;
    int m_calls = 0;
};

} // namespace Custody::Secrets::Test
