#pragma once

#include "import/zippackage.h"

#include <QString>
#include <QStringView>
#include <QVector>
#include <string>
#include <string_view>
#include <vector>

namespace rectify {

struct XlsxSheet
{
    QString name;
    QString part; // the sheet's part in the package, "xl/worksheets/sheet1.xml"
};

// What a workbook's sheets share: their names and parts (xl/workbook.xml and its
// relationships), the date system, the shared strings and which cell styles show
// numbers as dates. Each part is streamed once; the shared strings are kept in
// one buffer, as a sheet refers to them by index.
class XlsxWorkbook final
{
    Q_DECLARE_TR_FUNCTIONS(rectify::XlsxWorkbook)

public:
    // No real ledger comes near these; a part that says it is larger is refused.
    static constexpr qint64 maxSharedStringsBytes = qint64(64) << 20;
    static constexpr qint64 maxSmallPartBytes = qint64(16) << 20;

    XlsxWorkbook() = default;
    Q_DISABLE_COPY_MOVE(XlsxWorkbook)

    Status load(const ZipPackage &package);

    const QVector<XlsxSheet> &sheets() const { return m_sheets; }
    // The 1904 date system (workbooks from old Mac Excel): serial 0 is 1904-01-01.
    bool date1904() const { return m_date1904; }
    qint64 sharedStringCount() const { return static_cast<qint64>(m_stringEnds.size()); }
    std::string_view sharedString(qint64 index) const;
    // Whether numbers in cells of style `xf` (the cell's s="") are shown as dates.
    bool isDateStyle(qint64 xf) const;

    // A number format that shows a date or time: the built-in ids 14-22 and 45-47
    // (and 27-36, 50-58, the dates of Chinese, Japanese and Korean Excel), or a
    // format code with y, m, d or h outside quotes, brackets and escapes.
    static bool isDateFormat(int numFmtId, QStringView code);
    // Excel writes characters XML cannot hold as _xHHHH_ (a line break as _x000D_).
    static QString decodeEscapes(const QString &text);

private:
    Status readWorkbook(const ZipPackage &package);
    Status readRelationships(const ZipPackage &package);
    Status readSharedStrings(const ZipPackage &package, const QString &part);
    Status readStyles(const ZipPackage &package, const QString &part);

    QVector<XlsxSheet> m_sheets;
    QStringList m_sheetIds; // each sheet's relationship id, until the parts are known
    QString m_sharedStringsPart;
    QString m_stylesPart;
    bool m_date1904 = false;
    std::string m_strings;
    std::vector<std::size_t> m_stringEnds;
    std::vector<bool> m_dateStyles;
};

} // namespace rectify
