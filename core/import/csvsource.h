#pragma once

#include "import/csvreader.h"
#include "import/rowsource.h"
#include "import/textsource.h"

#include <QCoreApplication>
#include <memory>

namespace rectify {

// The rows of a CSV or text file (a ledger saved from Excel or WPS): the encoding
// and the delimiter are detected from the first part of the file unless the
// options choose them, the header row is the one that names the most known
// columns, and the text is streamed through TextSource and CsvReader. Bytes that
// are not valid in the encoding, a quote left open and a row too long to be real
// are named by row and column.
class CsvSource final : public RowSource
{
    Q_DECLARE_TR_FUNCTIONS(rectify::CsvSource)

public:
    CsvSource(const QString &path, const ImportOptions &options);
    ~CsvSource() override;
    Q_DISABLE_COPY_MOVE(CsvSource)

    // The delimiter as a word: "comma", "tab", "semicolon" (translated).
    static QString delimiterName(char delimiter);

    Status open() override;
    SourceDescription description() const override;
    QString path() const override { return m_path; }
    qint64 headerRow() const override { return m_headerRow; }
    QVector<ImportColumn> columns() const override { return m_columns; }
    QVector<QStringList> sampleRows(int rows, QVector<qint64> *rowNumbers) const override;
    bool next(SourceRow &row) override;
    Status status() const override;
    std::optional<SourceProblem> stoppedAt() const override;
    qint64 size() const override { return m_text.size(); }
    qint64 bytesRead() const override { return m_text.bytesRead(); }
    QByteArray sha256() override { return m_text.sha256(); }

    TextEncoding encoding() const { return m_encoding; }
    char delimiter() const { return m_delimiter; }

private:
    // Finds the encoding, the delimiter and the header in the first part of the file.
    Status detect();

    const QString m_path;
    const TextEncoding m_chosenEncoding;
    const char m_chosenDelimiter;
    const qint64 m_chosenHeaderRow;
    const QVector<ImportField> m_mapping;

    bool m_opened = false;
    TextEncoding m_encoding = TextEncoding::Utf8;
    char m_delimiter = ',';
    qint64 m_headerRow = 0;
    QVector<ImportColumn> m_columns;
    std::vector<std::vector<std::string>> m_sample; // the first rows, for the preview

    TextSource m_text;
    std::unique_ptr<CsvReader> m_reader;
    CsvRecord m_record;
};

} // namespace rectify
