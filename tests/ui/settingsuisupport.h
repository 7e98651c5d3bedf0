#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QString>
#include <QTest>
#include <QUuid>

#include <functional>

#include "core/profiles/orgprofile.h"
#include "core/profiles/profilestore.h"
#include "ui/secretpanel.h"

namespace Custody::Ui::Test {

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
      "QT_QPA_PLATFORM=offscreen <build>/tests/ui/ui_settings' (or run test.sh)";

inline QString randomText()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

/// A service name no other run or application uses.
inline QString uniqueTestService()
{
    return QStringLiteral("CustodyUiTest-%1").arg(randomText());
}

/// A profile that validates: region Ireland, keychain secret.
inline Profiles::OrgProfile validProfile(const QString &name)
{
    Profiles::OrgProfile profile = Profiles::OrgProfile::create(name);
    profile.regionDomain = QStringLiteral("mypurecloud.ie");
    profile.clientId = randomText();
    return profile;
}

/// Writes \a profile into the profiles file at \a path, as an earlier run would have.
inline bool saveProfile(const QString &path, const Profiles::OrgProfile &profile)
{
    Profiles::ProfileStore store(path);
    return store.load().ok && store.add(profile).ok;
}

/// Waits until \a panel is no longer talking to the keychain.
inline bool waitIdle(const SecretPanel &panel, int timeoutMs = 30000)
{
    return QTest::qWaitFor([&panel] { return !panel.isBusy(); }, timeoutMs);
}

/// The raw bytes of every file in \a dir whose name starts with \a prefix
/// (a SQLite file and its -wal and -shm companions).
inline QByteArray rawBytes(const QString &dir, const QString &prefix)
{
    QByteArray bytes;
    for (const QString &name : QDir(dir).entryList({ prefix + QLatin1Char('*') }, QDir::Files)) {
        QFile file(QDir(dir).filePath(name));
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    return bytes;
}

/// Whether \a bytes hold \a text in UTF-8 or UTF-16 (either byte order).
inline bool containsText(const QByteArray &bytes, const QString &text)
{
    const QByteArray utf16(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    QByteArray swapped = utf16;
    for (qsizetype i = 0; i + 1 < swapped.size(); i += 2)
        std::swap(swapped[i], swapped[i + 1]);
    return bytes.contains(text.toUtf8()) || bytes.contains(utf16) || bytes.contains(swapped);
}

} // namespace Custody::Ui::Test
