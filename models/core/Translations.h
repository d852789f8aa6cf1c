#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

#include <memory>

// Loads LogDeck's own catalogue (embedded at :/i18n) and Qt's (qtbase) for a locale and
// swaps them in at runtime, so that a language change needs no restart.
class Translations
{
public:
    // Languages LogDeck ships, as locale names ("en", "zh_CN").
    static QStringList available();
    // A language's own name for itself ("English", "简体中文"): what a language menu shows,
    // so that someone who cannot read the current language still finds theirs.
    static QString nativeName(const QString &language);
    // The shipped language closest to a locale: zh_* maps to zh_CN, anything else to en.
    static QString bestMatch(const QLocale &locale);

    // Replaces the installed translators and makes the language's locale the default for
    // numbers and dates (the system locale where it speaks that language, so a British
    // user keeps day-first dates). Returns false when LogDeck's own catalogue for the
    // language cannot be loaded (Qt's missing catalogue is tolerated). Qt then sends
    // every widget a LanguageChange event.
    bool install(const QString &language);
    QString language() const { return m_language; }

private:
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
    QString m_language;
};
