#pragma once

#include "report/officialdocument.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace rectify {

// Writes an OfficialDocument in the format its file name asks for: .docx
// (DocxWriter), .odt (OdtWriter) or .pdf (OfficialPdfWriter).
class DocumentFile final
{
    Q_DECLARE_TR_FUNCTIONS(rectify::DocumentFile)

public:
    enum class Format
    {
        Docx,
        Odt,
        Pdf,
    };
    static std::optional<Format> formatFor(const QString &path);
    // An existing file is replaced only when the whole document was written.
    static Status write(const OfficialDocument &document, const QString &path);
};

} // namespace rectify
