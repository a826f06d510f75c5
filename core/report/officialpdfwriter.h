#pragma once

#include "report/officialdocument.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QPagedPaintDevice;
QT_END_NAMESPACE

namespace rectify {

// An OfficialDocument drawn as PDF (or on any paged device), in the page of
// GB/T 9704-2012 (OfficialLayout): the same type area, 22 lines of 28
// characters, the fonts of DocumentFont::official() (embedded by Qt's PDF writer),
// page numbers "— n —" at the outside edge. For reading and printing the draft;
// offices edit the DOCX.
class OfficialPdfWriter final
{
    Q_DECLARE_TR_FUNCTIONS(rectify::OfficialPdfWriter)

public:
    // Returns the number of pages. An existing file is replaced only when the
    // whole document was drawn.
    static Result<int> write(const OfficialDocument &document, const QString &path);
    static Result<int> render(const OfficialDocument &document, QPagedPaintDevice &device);

    // The fonts this machine lacks and what stands in for them, one sentence each
    // ("仿宋_GB2312 → Noto Serif CJK SC"), for a notice beside the PDF.
    static QStringList substitutions();
};

} // namespace rectify
