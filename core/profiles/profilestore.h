#pragma once

#include <QList>
#include <QString>

#include <optional>

#include "core/profiles/orgprofile.h"

namespace Custody::Profiles {

/// The outcome of a ProfileStore change or load, as a value. message is
/// translated (what happened, what to do); detail is technical (path, OS error).
struct ProfileStoreResult
{
    bool ok = true;
    QString message;
    QString detail;
    /// The keychain entry the caller should now delete, when a removal or an
    /// update (new client id) left one behind; empty otherwise. The store never
    /// touches the keychain itself, because keychain calls are asynchronous.
    QString staleKeychainKey;
};

/// The saved organisation profiles, kept in one JSON file that is replaced
/// atomically on every change (QSaveFile), so a crash or a full disk leaves
/// the previous file intact. A change that cannot be saved is not applied.
/// The file holds no secrets (see OrgProfile).
class ProfileStore final
{
public:
    /// A store over \a filePath; nothing is read until load().
    explicit ProfileStore(const QString &filePath);

    /// <AppConfigLocation>/profiles.json, e.g. ~/.config/Custody/profiles.json.
    static QString defaultFilePath();

    QString filePath() const { return m_filePath; }

    /// Reads the file. A missing file is an empty list. A damaged file fails,
    /// and the store then refuses changes so it cannot overwrite the user's data.
    ProfileStoreResult load();

    /// All profiles, in the order they were added.
    const QList<OrgProfile> &list() const { return m_profiles; }
    /// The profile whose id is \a idOrName, else the one whose name matches
    /// it ignoring case, else nullopt.
    std::optional<OrgProfile> find(const QString &idOrName) const;

    /// Adds \a profile if it validates and its id and name are new.
    ProfileStoreResult add(const OrgProfile &profile);
    /// Replaces the profile with \a profile's id.
    ProfileStoreResult update(const OrgProfile &profile);
    /// Removes the profile with \a id; staleKeychainKey names its keychain entry.
    ProfileStoreResult remove(const QString &id);

private:
    qsizetype indexOfId(const QString &id) const;
    std::optional<QString> nameClash(const OrgProfile &profile) const;
    ProfileStoreResult save(const QList<OrgProfile> &profiles);
    ProfileStoreResult refusedWhenDamaged() const;

    QString m_filePath;
    QList<OrgProfile> m_profiles;
    bool m_damaged = false;
};

} // namespace Custody::Profiles
