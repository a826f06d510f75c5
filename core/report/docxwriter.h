#pragma once

#include "report/officialdocument.h"
#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace rectify {

// An OfficialDocument as a Word document (.docx, WordprocessingML), the form
// offices exchange and edit in Word or WPS: the page, fonts, line grid and
// page-number footers of GB/T 9704-2012 (see OfficialLayout) as styles and a
// section, the paragraphs as text. Written through libzip (ZipWriter); an existing
// file is replaced only when the whole document was written.
class DocxWriter final
{
    Q_DECLARE_TR_FUNCTIONS(rectify::DocxWriter)

public:
    static Status write(const OfficialDocument &document, const QString &path);

    // The parts, for tests and for writers that build on them.
    static QByteArray documentXml(const OfficialDocument &document);
    static QByteArray stylesXml();
};

} // namespace rectify
