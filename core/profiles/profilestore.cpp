#include "core/profiles/profilestore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace Custody::Profiles {

namespace {

const QString kVersionKey = QStringLiteral("version");
const QString kProfilesKey = QStringLiteral("profiles");
constexpr int kFormatVersion = 1;

ProfileStoreResult failure(const QString &message, const QString &detail = {})
{
    return { false, message, detail, {} };
}

} // namespace

ProfileStore::ProfileStore(const QString &filePath)
    : m_filePath(filePath)
{
}

QString ProfileStore::defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/profiles.json");
}

ProfileStoreResult ProfileStore::load()
{
    m_profiles.clear();
    m_damaged = false;
    QFile file(m_filePath);
    if (!file.exists())
        return {};
    const auto damaged = [this](const QString &why, const QString &detail) {
        m_damaged = true;
        return failure(QCoreApplication::translate("Custody::Profiles::ProfileStore",
                           "The profile file %1 cannot be used: %2 Repair it, or move it away to start with no "
                           "profiles. Custody will not change it until then.")
                           .arg(QDir::toNativeSeparators(m_filePath), why),
            detail);
    };
    if (!file.open(QIODevice::ReadOnly)) {
        return damaged(
            QCoreApplication::translate("Custody::Profiles::ProfileStore", "it cannot be read."), file.errorString());
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        return damaged(QCoreApplication::translate("Custody::Profiles::ProfileStore", "it is not valid JSON."),
            parseError.errorString() + QStringLiteral(" at offset %1").arg(parseError.offset));
    }
    const QJsonObject root = document.object();
    if (root.value(kVersionKey).toInt() > kFormatVersion) {
        return damaged(QCoreApplication::translate(
                           "Custody::Profiles::ProfileStore", "it was written by a newer version of Custody."),
            QStringLiteral("format version %1").arg(root.value(kVersionKey).toInt()));
    }
    QList<OrgProfile> profiles;
    for (const QJsonValue &entry : root.value(kProfilesKey).toArray()) {
        QString reason;
        const auto profile = OrgProfile::fromJson(entry.toObject(), &reason);
        if (!profile)
            return damaged(reason, QStringLiteral("entry %1").arg(profiles.size()));
        profiles.append(*profile);
    }
    m_profiles = profiles;
    return {};
}

std::optional<OrgProfile> ProfileStore::find(const QString &idOrName) const
{
    if (const qsizetype index = indexOfId(idOrName); index >= 0)
        return m_profiles.at(index);
    for (const OrgProfile &profile : m_profiles) {
        if (profile.name.trimmed().compare(idOrName.trimmed(), Qt::CaseInsensitive) == 0)
            return profile;
    }
    return std::nullopt;
}

ProfileStoreResult ProfileStore::add(const OrgProfile &profile)
{
    if (m_damaged)
        return refusedWhenDamaged();
    if (const QStringList problems = profile.validate(); !problems.isEmpty())
        return failure(
            problems.join(QLatin1Char('\n')), QStringLiteral("profile %1 does not validate").arg(profile.id));
    if (indexOfId(profile.id) >= 0) {
        return failure(QCoreApplication::translate(
                           "Custody::Profiles::ProfileStore", "A profile with this id exists already. Edit that one."),
            QStringLiteral("duplicate id %1").arg(profile.id));
    }
    if (const auto clash = nameClash(profile))
        return failure(*clash, QStringLiteral("duplicate name"));
    QList<OrgProfile> profiles = m_profiles;
    profiles.append(profile);
    return save(profiles);
}

ProfileStoreResult ProfileStore::update(const OrgProfile &profile)
{
    if (m_damaged)
        return refusedWhenDamaged();
    const qsizetype index = indexOfId(profile.id);
    if (index < 0) {
        return failure(QCoreApplication::translate(
                           "Custody::Profiles::ProfileStore", "The profile \"%1\" no longer exists. Add it again.")
                           .arg(profile.name),
            QStringLiteral("no profile with id %1").arg(profile.id));
    }
    if (const QStringList problems = profile.validate(); !problems.isEmpty())
        return failure(
            problems.join(QLatin1Char('\n')), QStringLiteral("profile %1 does not validate").arg(profile.id));
    if (const auto clash = nameClash(profile))
        return failure(*clash, QStringLiteral("duplicate name"));

    const QString oldKey = m_profiles.at(index).keychainKey();
    QList<OrgProfile> profiles = m_profiles;
    profiles[index] = profile;
    ProfileStoreResult result = save(profiles);
    if (result.ok && oldKey != profile.keychainKey())
        result.staleKeychainKey = oldKey;
    return result;
}

ProfileStoreResult ProfileStore::remove(const QString &id)
{
    if (m_damaged)
        return refusedWhenDamaged();
    const qsizetype index = indexOfId(id);
    if (index < 0) {
        return failure(QCoreApplication::translate("Custody::Profiles::ProfileStore",
                           "There is no profile with the id %1; nothing was removed.")
                           .arg(id),
            QStringLiteral("no profile with id %1").arg(id));
    }
    // Returned whatever the source: a profile may have switched from the
    // keychain to a variable and left its old entry behind.
    const QString key = m_profiles.at(index).keychainKey();
    QList<OrgProfile> profiles = m_profiles;
    profiles.removeAt(index);
    ProfileStoreResult result = save(profiles);
    if (result.ok)
        result.staleKeychainKey = key;
    return result;
}

qsizetype ProfileStore::indexOfId(const QString &id) const
{
    for (qsizetype i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).id == id)
            return i;
    }
    return -1;
}

std::optional<QString> ProfileStore::nameClash(const OrgProfile &profile) const
{
    for (const OrgProfile &other : m_profiles) {
        if (other.id != profile.id && other.name.trimmed().compare(profile.name.trimmed(), Qt::CaseInsensitive) == 0) {
            return QCoreApplication::translate(
                "Custody::Profiles::ProfileStore", "A profile named \"%1\" exists already. Choose another name.")
                .arg(other.name);
        }
    }
    return std::nullopt;
}

ProfileStoreResult ProfileStore::save(const QList<OrgProfile> &profiles)
{
    QJsonArray entries;
    for (const OrgProfile &profile : profiles)
        entries.append(profile.toJson());
    const QJsonObject root { { kVersionKey, kFormatVersion }, { kProfilesKey, entries } };

    const auto cannotSave = [this](const QString &detail) {
        return failure(QCoreApplication::translate("Custody::Profiles::ProfileStore",
                           "The profiles could not be saved to %1, so the change was not made. Check that the "
                           "folder exists, is writable and has free space, then try again.")
                           .arg(QDir::toNativeSeparators(m_filePath)),
            detail);
    };
    if (!QDir().mkpath(QFileInfo(m_filePath).absolutePath()))
        return cannotSave(QStringLiteral("cannot create the folder of %1").arg(m_filePath));
    const QByteArray bytes = QJsonDocument(root).toJson(QJsonDocument::Indented);
    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly))
        return cannotSave(file.errorString());
    // A short write (full disk, file size limit) is not an error to Qt 6.4:
    // QSaveFile would commit the truncated file. Count the bytes and flush
    // here, and cancel instead, so the previous file stays as it was.
    if (file.write(bytes) != bytes.size() || !file.flush() || file.size() != bytes.size()) {
        const QString detail = file.errorString();
        file.cancelWriting();
        file.commit();
        return cannotSave(detail);
    }
    if (!file.commit())
        return cannotSave(file.errorString());
    m_profiles = profiles;
    return {};
}

ProfileStoreResult ProfileStore::refusedWhenDamaged() const
{
    return failure(QCoreApplication::translate("Custody::Profiles::ProfileStore",
                       "The profile file %1 is damaged, so no change is saved. Repair it or move it away, then "
                       "restart Custody.")
                       .arg(QDir::toNativeSeparators(m_filePath)),
        QStringLiteral("store refused a change after a failed load"));
}

} // namespace Custody::Profiles
