#pragma once

#include "import/zippackage.h"

#include <QXmlStreamReader>

namespace rectify {

// The XML of one part of a workbook, streamed token by token from the zip (never
// a DOM). A document type declaration is refused: a workbook has none, and one is
// how entity expansion attacks start.
class XlsxPartReader final
{
    Q_DECLARE_TR_FUNCTIONS(rectify::XlsxPartReader)

public:
    XlsxPartReader() = default;
    Q_DISABLE_COPY_MOVE(XlsxPartReader)

    Status open(const ZipPackage &package, const QString &part, qint64 maxSize);
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

private:
    QString m_part;
    std::unique_ptr<ZipEntryDevice> m_device;
    QXmlStreamReader m_xml;
    QString m_failure;
};

} // namespace rectify
