#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace rectify {

// One entry in a task's progress history (整改进展).
struct ProgressEntry
{
    qint64 id = 0;
    qint64 taskId = 0;
    QDate date; // invalid: not known (an imported entry whose cell gave no date)
    QString text;
    QString author; // a user's name, or importAuthor()
    QDateTime createdAt; // UTC, set by the store

    // The author stored for the entries an import brings in: the ledger file
    // reported them, not the admin who ran the import. Not a name a user can take.
    static QString importAuthor() { return QStringLiteral("<import>"); }
};

// The author as shown: a user's name as it is, the import's marker translated
// ("Import", 导入).
QString progressAuthorLabel(const QString &author);
// A progress (or completion) date as shown: yyyy-MM-dd, or "—" when it is not known.
QString knownDateText(const QDate &date);

} // namespace rectify
