#include "core/Translations.h"

#include <QLibraryInfo>

QStringList Translations::available()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QString Translations::nativeName(const QString &language)
{
    if (language == u"zh_CN")
        return QStringLiteral("简体中文");
    if (language == u"en")
        return QStringLiteral("English");
    return language;
}

QString Translations::bestMatch(const QLocale &locale)
{
    return locale.language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

bool Translations::install(const QString &language)
{
    if (!available().contains(language))
        return false;
    auto app = std::make_unique<QTranslator>();
    if (!app->load(QStringLiteral(":/i18n/logdeck_%1.qm").arg(language)))
        return false;
    auto qt = std::make_unique<QTranslator>();
    const bool haveQt = qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                                 QLibraryInfo::path(QLibraryInfo::TranslationsPath));

    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_app = std::move(app);
    m_qt = haveQt ? std::move(qt) : nullptr;
    if (m_qt)
        QCoreApplication::installTranslator(m_qt.get());
    const QLocale system = QLocale::system();
    QLocale::setDefault(system.language() == QLocale(language).language() ? system : QLocale(language));
    QCoreApplication::installTranslator(m_app.get());
    m_language = language;
    return true;
}
