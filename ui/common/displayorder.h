#pragma once

#include "domain/user.h"

#include <QLocale>
#include <QStringList>
#include <QVector>

namespace rectify {

// The locale of the interface language (util/translations.h): zh_CN or en.
QLocale interfaceLocale();

// Names of units, people and users in the order a reader of the interface
// expects: by pinyin for Chinese (QCollator, ICU), alphabetically for English.
// Every list of them the window shows (filters, the task form's suggestions, the
// users dialog, "who are you", the audit log's filters) goes through here.
QStringList sortedForDisplay(QStringList names, const QLocale &locale = interfaceLocale());
// Users by name, in the same order.
void sortForDisplay(QVector<User> &users, const QLocale &locale = interfaceLocale());

} // namespace rectify
