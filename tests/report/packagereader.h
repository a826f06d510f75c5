#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

namespace rectify::test {

// What the document tests read back from a DOCX or ODT package.
struct ReadParagraph
{
    QString style; // the paragraph style's id (DOCX) or name (ODT)
    QString text; // line breaks as '\n'
    QStringList highlighted; // the runs marked as placeholders
};

// One part of a zip package, or an empty array when it is missing.
QByteArray zipPart(const QString &path, const QString &name);
// The part names in the order they are stored, and whether each is compressed.
QStringList zipPartNames(const QString &path);
bool zipPartStored(const QString &path, const QString &name);

QVector<ReadParagraph> docxParagraphs(const QString &path);
QVector<ReadParagraph> odtParagraphs(const QString &path);
// The rows of the first table in a DOCX: each row's cell texts (line breaks as
// '\n'), and whether it is a header row repeated on every page (w:tblHeader).
struct ReadRow
{
    QStringList cells;
    bool header = false;
};
QVector<ReadRow> docxTableRows(const QString &path);

// The text of the paragraphs, one a line.
QString joined(const QVector<ReadParagraph> &paragraphs);

// The first element `name` (local name) in `xml` whose attribute `key` is `value`
// (any attribute when key is empty): its attributes as local name → value.
QHash<QString, QString> findElement(const QByteArray &xml, const QString &name,
    const QString &key = QString(), const QString &value = QString());

} // namespace rectify::test
