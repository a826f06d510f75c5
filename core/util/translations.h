#pragma once

#include <QString>

namespace rectify {

// Chooses the interface language and installs Rectify's and Qt's translators.
// `language` is "zh_CN", "en" or empty for the system's choice: Chinese unless
// the system locale asks for English (Rectify is a Chinese-first product).
// Returns the language in use.
QString installTranslations(const QString &language = QString());

// The language installTranslations() would pick for the system locale.
QString systemLanguage();

// The interface language in use: what installTranslations() installed last, else
// "en" (no translations installed: the source strings show). Lists of names are
// sorted for it (pinyin for zh_CN).
QString interfaceLanguage();
// Sets what interfaceLanguage() says without installing translators (tests).
void setInterfaceLanguage(const QString &language);

} // namespace rectify
