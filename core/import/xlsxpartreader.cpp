#include "import/xlsxpartreader.h"

namespace rectify {

Status XlsxPartReader::open(const ZipPackage &package, const QString &part, qint64 maxSize)
{
    m_part = part;
    auto device = package.openEntry(part, maxSize);
    if (!device)
        return device.failure();
    m_device = std::move(device.value());
    m_xml.setDevice(m_device.get());
    return {};
}

bool XlsxPartReader::next()
{
    while (m_failure.isEmpty() && !m_xml.atEnd()) {
        switch (m_xml.readNext()) {
        case QXmlStreamReader::DTD:
        case QXmlStreamReader::EntityReference:
            fail(tr("the part %1 declares a document type or entities, which a workbook "
                    "never does")
                     .arg(m_part));
            return false;
        case QXmlStreamReader::StartElement:
        case QXmlStreamReader::EndElement:
        case QXmlStreamReader::Characters:
            return true;
        default:
            break;
        }
    }
    return false;
}

void XlsxPartReader::fail(const QString &reason)
{
    if (m_failure.isEmpty())
        m_failure = reason;
    m_xml.raiseError(reason);
}

Status XlsxPartReader::status() const
{
    if (!m_failure.isEmpty())
        return Error { m_failure };
    // A device failure (a damaged part) says more than the XML error it leads to.
    if (m_device && !m_device->failure().isEmpty())
        return Error { tr("%1 (in %2)").arg(m_device->failure(), m_part) };
    if (m_xml.hasError())
        return Error { tr("the part %1 is not well-formed XML: %2 (line %3)")
                           .arg(m_part, m_xml.errorString())
                           .arg(m_xml.lineNumber()) };
    return {};
}

QString XlsxPartReader::attribute(QLatin1String name) const
{
    const QXmlStreamAttributes attributes = m_xml.attributes();
    for (const QXmlStreamAttribute &a : attributes) {
        if (a.name() == name)
            return a.value().toString();
    }
    return {};
}

} // namespace rectify
