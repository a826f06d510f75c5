#pragma once

#include "import/zippackage.h"

#include <QXmlStreamReader>
#include <memory>
#include <string>

namespace rectify {

// The bytes of a sheet part with what is inside its <sheetData> left out, for a
// reader that wants only what surrounds the rows (the columns before them, the
// merged ranges after them) without tokenizing every cell. The rows are passed
// over as bytes: only '<' is looked for, and the names of the tags it opens, so
// that the first end tag of sheetData (any namespace prefix) outside comments,
// CDATA sections and processing instructions ends the skip. Line breaks inside
// are kept, so the XML reader counts lines as in the whole part. Memory is one
// chunk of the source, whatever the part's size. A document type before the rows
// turns the skipping off: the XML reader refuses it as it would.
class SheetDataSkipDevice final : public QIODevice
{
public:
    explicit SheetDataSkipDevice(QIODevice *source, qint64 chunk = qint64(64) << 10);
    Q_DISABLE_COPY_MOVE(SheetDataSkipDevice)

    bool isSequential() const override { return true; }
    // Whether the part ended inside <sheetData>, its end tag missing.
    bool unterminated() const { return m_unterminated; }
    // The bytes left out.
    qint64 skipped() const { return m_skipped; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    enum class Mode
    {
        Before,
        Inside,
        After
    };
    enum class State
    {
        Text, // outside tags: looking for '<'
        Open, // after '<'
        StartName, // the name of a start tag
        StartRest, // the attributes of a sheetData start tag, up to '>'
        EndName, // the name of an end tag
        EndRest, // white space after an end tag's name, up to '>'
        Bang, // after "<!": a comment, a CDATA section or a declaration
        Comment,
        CData,
        Pi, // a processing instruction, up to "?>"
    };
    // Reads bytes of the source up to a change of mode, which happens just after
    // the '>' that causes it; how many were read.
    std::size_t scan(const char *p, std::size_t n);
    // At the end of a tag's name.
    void startNameEnded();

    QIODevice *const m_source;
    const qint64 m_chunk;
    std::unique_ptr<char[]> m_buffer;
    std::size_t m_length = 0;
    std::size_t m_position = 0;
    bool m_sourceDone = false;
    Mode m_mode = Mode::Before;
    State m_state = State::Text;
    std::string m_name; // the tag name being read, or the "<!" declaration's start
    bool m_nameTooLong = false;
    char m_quote = 0; // in StartRest: the quote of the attribute value being read
    char m_last = 0; // the byte before, for "/>", "-->", "]]>" and "?>"
    char m_beforeLast = 0;
    int m_depth = 0; // sheetData elements open inside the skipped one (never in a sheet)
    qint64 m_newlines = 0; // line breaks skipped and not yet given
    std::string m_pending; // the end tag, given after those line breaks
    bool m_unterminated = false;
    qint64 m_skipped = 0;
};

// The XML of one part of a workbook, streamed token by token from the zip (never
// a DOM). A document type declaration is refused: a workbook has none, and one is
// how entity expansion attacks start.
class XlsxPartReader final
{
    Q_DECLARE_TR_FUNCTIONS(rectify::XlsxPartReader)

public:
    XlsxPartReader() = default;
    Q_DISABLE_COPY_MOVE(XlsxPartReader)

    // With `skipRows`, what is inside <sheetData> is left out (SheetDataSkipDevice):
    // for the merged ranges and hidden columns of a sheet, without its cells.
    Status open(
        const ZipPackage &package, const QString &part, qint64 maxSize, bool skipRows = false);
    // The next start element, end element or text; false at the end of the part or
    // on an error (status() then says why).
    bool next();
    // Skips to the end of the current element.
    void skipElement() { m_xml.skipCurrentElement(); }
    QXmlStreamReader &xml() { return m_xml; }
    // A reason without the file's name, for a sentence that names it.
    Status status() const;
    // Stops with a reason of the caller's (a cell reference out of range ...).
    void fail(const QString &reason);
    qint64 inflated() const { return m_device ? m_device->inflated() : 0; }
    qint64 declaredSize() const { return m_device ? m_device->declaredSize() : 0; }

    // The attribute `name` of the current element, whatever its namespace.
    QString attribute(QLatin1String name) const;
    // The same without a copy: valid until the next token.
    QStringView attributeView(QLatin1String name) const;

private:
    QString m_part;
    std::unique_ptr<ZipEntryDevice> m_device;
    std::unique_ptr<SheetDataSkipDevice> m_skipRows;
    QXmlStreamReader m_xml;
    QString m_failure;
};

} // namespace rectify
