#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace Custody {

/// The locale for a language code stored in the settings ("de", "fr", ...);
/// an empty code means the system's locale.
QLocale localeForLanguage(const QString &language);

/// Installs Custody's catalogue (embedded under :/i18n) and Qt's own qtbase
/// catalogue, when one exists for the language, on \a app. \a language is a
/// code from Settings::BehaviourSettings::supportedLanguages(), or empty to
/// follow the system. A chosen language also becomes the default QLocale, so
/// dates, numbers and sizes match the text. The translators are children of
/// \a app. Returns true when a Custody catalogue was found for the language.
bool installTranslators(QCoreApplication &app, const QString &language);

} // namespace Custody
