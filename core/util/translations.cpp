#include "util/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace rectify {

QString systemLanguage()
{
    const QString override = qEnvironmentVariable("RECTIFY_LANG");
    if (!override.isEmpty())
        return override.startsWith(QLatin1String("en")) ? QStringLiteral("en")
                                                        : QStringLiteral("zh_CN");
    return QLocale::system().language() == QLocale::English ? QStringLiteral("en")
                                                            : QStringLiteral("zh_CN");
}

QString installTranslations(const QString &language)
{
    const QString lang = language.isEmpty()        ? systemLanguage()
        : language.startsWith(QLatin1String("en")) ? QStringLiteral("en")
                                                   : QStringLiteral("zh_CN");
    auto *app = QCoreApplication::instance();
    if (!app || lang == QLatin1String("en"))
        return QStringLiteral("en");

    auto *own = new QTranslator(app);
    if (own->load(QStringLiteral(":/i18n/rectify_%1.qm").arg(lang)))
        QCoreApplication::installTranslator(own);
    else
        delete own;
    // Qt's own strings (dialog buttons, context menus), when the package is installed.
    auto *qt = new QTranslator(app);
    if (qt->load(QLocale(lang), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return lang;
}

} // namespace rectify
