#include "report/documentfile.h"

#include "report/docxwriter.h"
#include "report/odtwriter.h"
#include "report/officialpdfwriter.h"

#include <QDir>
#include <QFileInfo>

namespace rectify {

std::optional<DocumentFile::Format> DocumentFile::formatFor(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("docx"))
        return Format::Docx;
    if (suffix == QLatin1String("odt"))
        return Format::Odt;
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    return std::nullopt;
}

Status DocumentFile::write(const OfficialDocument &document, const QString &path)
{
    const auto format = formatFor(path);
    if (!format)
        return Error { tr("%1: the file name must end in .docx, .odt or .pdf.")
                           .arg(QDir::toNativeSeparators(path)) };
    switch (*format) {
    case Format::Docx:
        return DocxWriter::write(document, path);
    case Format::Odt:
        return OdtWriter::write(document, path);
    case Format::Pdf:
        break;
    }
    auto pages = OfficialPdfWriter::write(document, path);
    if (!pages)
        return Error { pages.error() };
    return {};
}

} // namespace rectify
