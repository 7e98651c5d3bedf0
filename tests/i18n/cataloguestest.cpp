#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTranslator>

#include "core/i18n/translations.h"
#include "tsfile.h"

namespace {

using Custody::Test::readTsFile;
using Custody::Test::TsMessage;

QString tsPath(const QString &language)
{
    return QStringLiteral(CUSTODY_TRANSLATIONS_DIR "/custody_%1.ts").arg(language);
}

QList<TsMessage> load(const QString &path)
{
    QString error;
    const QList<TsMessage> messages = readTsFile(path, &error);
    EXPECT_TRUE(error.isEmpty()) << path.toStdString() << ": " << error.toStdString();
    return messages;
}

/// %1…%99 and %n (also in their %L forms), as a set.
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(\\d{1,2}|n)"));
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(1));
    return found;
}

/// Whether \a text marks a keyboard accelerator ("&File"; "&&" is a literal ampersand).
bool hasAccelerator(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("(^|[^&])&[^&\\s]"));
    return pattern.match(text).hasMatch() && !text.contains(QStringLiteral("&lt;"));
}

QString describe(const QStringList &problems)
{
    return problems.join(QLatin1Char('\n'));
}

class TranslatedCatalogue : public ::testing::TestWithParam<const char *>
{
};

TEST_P(TranslatedCatalogue, EveryMessageIsFinishedAndNotEmpty)
{
    const QList<TsMessage> messages = load(tsPath(QString::fromLatin1(GetParam())));
    ASSERT_GT(messages.size(), 100);
    QStringList problems;
    for (const TsMessage &message : messages) {
        if (!message.type.isEmpty())
            problems << QStringLiteral("%1 is %2").arg(message.name(), message.type);
        const int forms = message.numerus ? 2 : 1;
        if (message.translations.size() != forms)
            problems << QStringLiteral("%1 has %2 forms, expected %3")
                            .arg(message.name())
                            .arg(message.translations.size())
                            .arg(forms);
        for (const QString &translation : message.translations) {
            if (translation.trimmed().isEmpty() && !message.source.trimmed().isEmpty())
                problems << QStringLiteral("%1 has an empty translation").arg(message.name());
        }
    }
    EXPECT_TRUE(problems.isEmpty()) << describe(problems).toStdString();
}

TEST_P(TranslatedCatalogue, TranslationsKeepThePlaceholdersAndAccelerators)
{
    const QList<TsMessage> messages = load(tsPath(QString::fromLatin1(GetParam())));
    QStringList problems;
    for (const TsMessage &message : messages) {
        const QSet<QString> expected = placeholders(message.source);
        for (const QString &translation : message.translations) {
            if (placeholders(translation) != expected)
                problems << QStringLiteral("%1: placeholders differ in \"%2\"").arg(message.name(), translation);
            if (hasAccelerator(message.source) && !hasAccelerator(translation))
                problems << QStringLiteral("%1: the accelerator is lost in \"%2\"").arg(message.name(), translation);
        }
    }
    EXPECT_TRUE(problems.isEmpty()) << describe(problems).toStdString();
}

INSTANTIATE_TEST_SUITE_P(Languages, TranslatedCatalogue, ::testing::Values("de", "fr", "es", "nl"));

TEST(SourceLanguageCatalogue, HoldsFinishedEnglishPluralFormsOnly)
{
    const QList<TsMessage> messages = load(tsPath(QStringLiteral("en")));
    ASSERT_FALSE(messages.isEmpty());
    for (const TsMessage &message : messages) {
        EXPECT_TRUE(message.numerus) << message.name().toStdString();
        EXPECT_TRUE(message.type.isEmpty()) << message.name().toStdString() << " is " << message.type.toStdString();
        ASSERT_EQ(message.translations.size(), 2) << message.name().toStdString();
        EXPECT_FALSE(message.translations.at(0).isEmpty()) << message.name().toStdString();
        EXPECT_FALSE(message.translations.at(1).isEmpty()) << message.name().toStdString();
    }
}

/// Reruns lupdate over the sources into a fresh catalogue and returns its messages.
QList<TsMessage> freshCatalogue(const QString &language, const QTemporaryDir &dir)
{
    const QString output = dir.filePath(QStringLiteral("custody_%1.ts").arg(language));
    QStringList arguments { QStringLiteral("-I"), QStringLiteral("."), QStringLiteral("-locations"),
        QStringLiteral("none"), QStringLiteral("-no-obsolete"), QStringLiteral("-silent") };
    if (language == QStringLiteral("en"))
        arguments << QStringLiteral("-pluralonly") << QStringLiteral("-source-language") << QStringLiteral("en");
    arguments << QStringLiteral(CUSTODY_I18N_SCAN_PATHS).split(QLatin1Char('|'), Qt::SkipEmptyParts);
    arguments << QStringLiteral("-ts") << output;
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(CUSTODY_SOURCE_DIR));
    lupdate.start(QStringLiteral(CUSTODY_LUPDATE), arguments);
    EXPECT_TRUE(lupdate.waitForFinished(120000)) << lupdate.errorString().toStdString();
    EXPECT_EQ(lupdate.exitCode(), 0) << lupdate.readAllStandardError().toStdString();
    return load(output);
}

class CatalogueUpToDate : public ::testing::TestWithParam<const char *>
{
};

TEST_P(CatalogueUpToDate, HoldsEveryMessageOfTheSources)
{
    const QString language = QString::fromLatin1(GetParam());
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QList<TsMessage> fresh = freshCatalogue(language, dir);
    ASSERT_FALSE(fresh.isEmpty()) << "lupdate found no messages";
    QSet<QString> committed;
    for (const TsMessage &message : load(tsPath(language)))
        committed.insert(message.key());
    QStringList missing;
    for (const TsMessage &message : fresh) {
        if (!committed.contains(message.key()))
            missing << message.name();
    }
    EXPECT_TRUE(missing.isEmpty()) << "translations/custody_" << language.toStdString()
                                   << ".ts is out of date; run the update_translations target and translate:\n"
                                   << describe(missing).toStdString();
}

INSTANTIATE_TEST_SUITE_P(Languages, CatalogueUpToDate, ::testing::Values("en", "de", "fr", "es", "nl"));

TEST(EmbeddedCatalogues, EveryLanguageIsEmbedded)
{
    for (const char *language : { "en", "de", "fr", "es", "nl" })
        EXPECT_TRUE(QFile::exists(QStringLiteral(":/i18n/custody_%1.qm").arg(QLatin1String(language)))) << language;
}

TEST(EmbeddedCatalogues, GermanTranslatesCommandLineAndWindowStrings)
{
    QTranslator german;
    ASSERT_TRUE(german.load(QStringLiteral(":/i18n/custody_de.qm")));
    EXPECT_EQ(german.translate("Custody::Cli", "No exports yet."), QStringLiteral("Noch keine Exporte."));
    EXPECT_EQ(german.translate("Custody::Ui::MainWindow", "&New Export…"), QStringLiteral("&Neuer Export…"));
    EXPECT_EQ(german.translate("Custody::Jobs::EvidenceStage", "Custody report"), QStringLiteral("Custody-Bericht"));
    EXPECT_EQ(
        german.translate("Custody::Ui::StatusPanel", "%n export(s) running", "", 1), QStringLiteral("%n Export läuft"));
    EXPECT_EQ(german.translate("Custody::Ui::StatusPanel", "%n export(s) running", "", 3),
        QStringLiteral("%n Exporte laufen"));
}

TEST(InstallTranslators, ChosenLanguageTranslatesAndSetsTheLocale)
{
    auto *app = QCoreApplication::instance();
    ASSERT_NE(app, nullptr);
    const QLocale before;
    ASSERT_TRUE(Custody::installTranslators(*app, QStringLiteral("de")));
    EXPECT_EQ(QCoreApplication::translate("Custody::Cli", "No exports yet."), QStringLiteral("Noch keine Exporte."));
    EXPECT_EQ(QLocale().language(), QLocale::German);
    EXPECT_EQ(QCoreApplication::translate("Custody::Ui::StatusPanel", "%n export(s) running", "", 2),
        QStringLiteral("2 Exporte laufen"));
    // Undo for the other tests: a translator removes itself when destroyed.
    qDeleteAll(app->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly));
    QLocale::setDefault(before);
    EXPECT_EQ(QCoreApplication::translate("Custody::Cli", "No exports yet."), QStringLiteral("No exports yet."));
}

TEST(InstallTranslators, EnglishUsesTheSourceTextWithPluralForms)
{
    auto *app = QCoreApplication::instance();
    ASSERT_NE(app, nullptr);
    const QLocale before;
    EXPECT_TRUE(Custody::installTranslators(*app, QStringLiteral("en")));
    EXPECT_EQ(QCoreApplication::translate("Custody::Ui::StatusPanel", "%n export(s) running", "", 1),
        QStringLiteral("1 export running"));
    EXPECT_EQ(QCoreApplication::translate("Custody::Cli", "No exports yet."), QStringLiteral("No exports yet."));
    qDeleteAll(app->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly));
    QLocale::setDefault(before);
}

} // namespace
