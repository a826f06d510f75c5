#include "domain/progressentry.h"

#include <QCoreApplication>

namespace rectify {

QString progressAuthorLabel(const QString &author)
{
    if (author == ProgressEntry::importAuthor())
        return QCoreApplication::translate("rectify::ProgressEntry", "Import");
    return author;
}

QString knownDateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("\u2014");
}

} // namespace rectify
