#include "util/translations.h"

#include <QCoreApplication>
#include <QDir>
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

namespace {

QString &currentLanguage()
{
    static QString language = QStringLiteral("en");
    return language;
}

} // namespace

QString interfaceLanguage()
{
    return currentLanguage();
}

void setInterfaceLanguage(const QString &language)
{
    currentLanguage() = language;
}

QString installTranslations(const QString &language)
{
    const QString lang = language.isEmpty()        ? systemLanguage()
        : language.startsWith(QLatin1String("en")) ? QStringLiteral("en")
                                                   : QStringLiteral("zh_CN");
    auto *app = QCoreApplication::instance();
    if (!app || lang == QLatin1String("en")) {
        setInterfaceLanguage(QStringLiteral("en"));
        return QStringLiteral("en");
    }
    setInterfaceLanguage(lang);

    // One translation file per area of the program (base, stats, import, ui ...).
    const QDir dir(QStringLiteral(":/i18n"));
    const QString pattern = QStringLiteral("*_%1.qm").arg(lang);
    for (const QString &file : dir.entryList({ pattern }, QDir::Files, QDir::Name)) {
        auto *own = new QTranslator(app);
        if (own->load(dir.filePath(file)))
            QCoreApplication::installTranslator(own);
        else
            delete own;
    }
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
