#include "ui/common/displayorder.h"

#include "util/translations.h"

#include <QCollator>
#include <algorithm>

namespace rectify {

QLocale interfaceLocale()
{
    return interfaceLanguage() == QLatin1String("zh_CN") ? QLocale(QLocale::Chinese, QLocale::China)
                                                         : QLocale(QLocale::English);
}

QStringList sortedForDisplay(QStringList names, const QLocale &locale)
{
    const QCollator collator(locale);
    std::stable_sort(names.begin(), names.end(),
        [&collator](const QString &a, const QString &b) { return collator.compare(a, b) < 0; });
    return names;
}

void sortForDisplay(QVector<User> &users, const QLocale &locale)
{
    const QCollator collator(locale);
    std::stable_sort(users.begin(), users.end(),
        [&collator](const User &a, const User &b) { return collator.compare(a.name, b.name) < 0; });
}

} // namespace rectify
