#include "core/i18n/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

namespace Custody {

namespace {

/// Loads \a name for \a locale from \a folder and installs it; a language
/// without a catalogue simply keeps the source text.
bool install(QCoreApplication &app, const QLocale &locale, const QString &name, const QString &folder)
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(locale, name, QStringLiteral("_"), folder))
        return false;
    QTranslator *owned = translator.release();
    owned->setParent(&app);
    return QCoreApplication::installTranslator(owned);
}

} // namespace

QLocale localeForLanguage(const QString &language)
{
    return language.isEmpty() ? QLocale::system() : QLocale(language);
}

bool installTranslators(QCoreApplication &app, const QString &language)
{
    const QLocale locale = localeForLanguage(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    // Qt's catalogue first: an installed translator is searched last-in
    // first-out, and Custody's own strings must win over any in qtbase.
    install(app, locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return install(app, locale, QStringLiteral("custody"), QStringLiteral(":/i18n"));
}

} // namespace Custody
