#pragma once

#include <QByteArray>
#include <QString>
#include <map>
#include <string>

namespace rectify::test {

// A zip with the given parts, for the workbooks libxlsxwriter would never write.
void writeZip(const QString &path, const std::map<std::string, QByteArray> &parts);

// A workbook of one sheet ("台账") whose XML inside <worksheet> is given, with
// the shared strings 整改措施, 反馈问题 (rich text), 序号 and "a_x000D_b", and the
// cell styles 0 (general), 1 (date, built-in 14), 2 (date, yyyy/m/d) and 3 (a
// number format that is no date).
std::map<std::string, QByteArray> handWritten(const QByteArray &sheet, bool date1904 = false);

} // namespace rectify::test
