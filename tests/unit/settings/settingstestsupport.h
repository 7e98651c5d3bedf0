#pragma once

#include <QSettings>
#include <QTemporaryDir>

#include <memory>

namespace Custody::Settings::Test {

/// A QSettings on an INI file in its own temporary folder.
class TempIni
{
public:
    QString path() const { return m_dir.filePath(QStringLiteral("custody.ini")); }
    /// A fresh QSettings on the file, as a later run of the application would open it.
    std::unique_ptr<QSettings> open() const { return std::make_unique<QSettings>(path(), QSettings::IniFormat); }

private:
    QTemporaryDir m_dir;
};

} // namespace Custody::Settings::Test
