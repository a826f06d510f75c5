// The shipped zh_CN translation files: every message translated, the placeholders
// of each translation the same as its source's, and one translation per message
// where two areas' files carry the same (context, source) pair — otherwise the
// text a user sees would depend on the order the files are loaded in.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QStringList>
#include <QXmlStreamReader>
#include <algorithm>
#include <gtest/gtest.h>

namespace {

struct Message
{
    QString file;
    QString context;
    QString source;
    QStringList translations; // one per plural form; empty when unfinished
    bool unfinished = false;
};

QVector<Message> readTsFile(const QString &path, QString *error)
{
    QVector<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open %1").arg(path);
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name") && !inMessage) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                inMessage = true;
                current = Message();
                current.file = QFileInfo(path).fileName();
                current.context = context;
            } else if (name == QLatin1String("source") && inMessage) {
                current.source = xml.readElementText();
            } else if (name == QLatin1String("translation") && inMessage) {
                const auto type = xml.attributes().value(QLatin1String("type"));
                current.unfinished = type == QLatin1String("unfinished");
                if (type == QLatin1String("vanished") || type == QLatin1String("obsolete"))
                    inMessage = false; // not shipped
                QString text;
                while (!(xml.isEndElement() && xml.name() == QLatin1String("translation"))
                    && !xml.atEnd()) {
                    xml.readNext();
                    if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                        current.translations << xml.readElementText();
                    else if (xml.isCharacters())
                        text += xml.text();
                }
                if (current.translations.isEmpty() && !text.trimmed().isEmpty())
                    current.translations << text;
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            if (inMessage)
                messages << current;
            inMessage = false;
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1: line %2: %3")
                     .arg(path)
                     .arg(xml.lineNumber())
                     .arg(xml.errorString());
    return messages;
}

// %1 … %99 and %n, sorted, as the set of arguments a message takes.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d{1,2}|n|L\\d)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    found.removeDuplicates();
    found.sort();
    return found;
}

QVector<Message> allMessages()
{
    const QDir dir(QStringLiteral(RECTIFY_TRANSLATIONS_DIR));
    QVector<Message> all;
    for (const QString &name : dir.entryList({ QStringLiteral("*_zh_CN.ts") }, QDir::Files)) {
        QString error;
        all += readTsFile(dir.filePath(name), &error);
        EXPECT_TRUE(error.isEmpty()) << error.toStdString();
    }
    return all;
}

QString describe(const Message &m)
{
    return QStringLiteral("%1 [%2] \"%3\"").arg(m.file, m.context, m.source);
}

TEST(Translations, FilesAreFoundAndHoldMessages)
{
    const QDir dir(QStringLiteral(RECTIFY_TRANSLATIONS_DIR));
    EXPECT_GE(dir.entryList({ QStringLiteral("*_zh_CN.ts") }, QDir::Files).size(), 1);
    EXPECT_GT(allMessages().size(), 100);
}

TEST(Translations, EveryMessageIsTranslated)
{
    QStringList missing;
    for (const Message &m : allMessages()) {
        const bool empty = m.translations.isEmpty()
            || std::any_of(m.translations.begin(), m.translations.end(),
                [](const QString &t) { return t.trimmed().isEmpty(); });
        if (m.unfinished || empty)
            missing << describe(m);
    }
    EXPECT_TRUE(missing.isEmpty()) << "untranslated (run scripts/update-translations.sh and "
                                      "fill them, see scripts/translations.py):\n"
                                   << missing.join(QLatin1Char('\n')).toStdString();
}

TEST(Translations, PlaceholdersMatchTheSource)
{
    QStringList wrong;
    for (const Message &m : allMessages()) {
        const QStringList expected = placeholders(m.source);
        for (const QString &t : m.translations) {
            if (placeholders(t) != expected)
                wrong << QStringLiteral("%1 -> \"%2\" (expected %3, found %4)")
                             .arg(describe(m), t, expected.join(QLatin1Char(' ')),
                                 placeholders(t).join(QLatin1Char(' ')));
        }
    }
    EXPECT_TRUE(wrong.isEmpty()) << wrong.join(QLatin1Char('\n')).toStdString();
}

TEST(Translations, SameMessageSameTranslationInEveryArea)
{
    QHash<QString, Message> seen;
    QStringList conflicts;
    for (const Message &m : allMessages()) {
        if (m.translations.isEmpty())
            continue;
        const QString key = m.context + QChar(0x1f) + m.source;
        const auto it = seen.constFind(key);
        if (it == seen.cend())
            seen.insert(key, m);
        else if (it->translations != m.translations)
            conflicts << QStringLiteral("%1: \"%2\" in %3, \"%4\" in %5")
                             .arg(m.source, it->translations.join(QLatin1Char('|')), it->file,
                                 m.translations.join(QLatin1Char('|')), m.file);
    }
    EXPECT_TRUE(conflicts.isEmpty()) << conflicts.join(QLatin1Char('\n')).toStdString();
}

TEST(Translations, PlaceholderScanFindsArguments)
{
    EXPECT_EQ(placeholders(QStringLiteral("%2 of %1, %n row(s), 100%")),
        (QStringList { QStringLiteral("%1"), QStringLiteral("%2"), QStringLiteral("%n") }));
}

} // namespace
