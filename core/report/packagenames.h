#pragma once

#include <QString>

// The XML namespaces and media type the DOCX and ODT writers of the official
// documents and of the table documents (task list, 责任清单) write alike.
namespace rectify::PackageNames {

// Office Open XML (DOCX).
inline const QString word
    = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
inline const QString relationships
    = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");
inline const QString packageRelationships
    = QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships");
// The prefix of a relationship's type ("…/relationships/styles").
inline const QString relationshipTypes
    = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships/");

// OpenDocument (ODT).
inline const QString odfOffice = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
inline const QString odfStyle = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:style:1.0");
inline const QString odfText = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
inline const QString odfTable = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:table:1.0");
inline const QString odfFo
    = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0");
inline const QString odfSvg
    = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0");
inline const QString odfManifest
    = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:manifest:1.0");
inline const QString odtMimeType = QStringLiteral("application/vnd.oasis.opendocument.text");

} // namespace rectify::PackageNames
