#pragma once

#include "report/officialdocument.h"
#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace rectify {

// An OfficialDocument as an OpenDocument text (.odt) for LibreOffice and WPS, with
// the page, fonts and page-number footers of GB/T 9704-2012 (OfficialLayout).
// Written part by part rather than through QTextDocumentWriter, which names one
// font family per style (no East Asian font, so LibreOffice would set the Chinese
// text in its default font) and no page margins or footers.
class OdtWriter final
{
    Q_DECLARE_TR_FUNCTIONS(rectify::OdtWriter)

public:
    static Status write(const OfficialDocument &document, const QString &path);

    static QByteArray contentXml(const OfficialDocument &document);
    static QByteArray stylesXml();
};

} // namespace rectify
