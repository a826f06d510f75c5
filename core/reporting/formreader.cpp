#include "reporting/formreader.h"

#include "import/cellvalues.h"
#include "import/csvreader.h"
#include "import/sha256.h"
#include "import/xlsxsheetreader.h"
#include "import/xlsxworkbook.h"
#include "import/zippackage.h"
#include "reporting/roundforms.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QStringDecoder>

namespace rectify {

namespace {

constexpr qint64 maxFormBytes = qint64(64) << 20;

QString cell(const std::vector<std::string> &cells, int column)
{
    if (column < 0 || static_cast<std::size_t>(column) >= cells.size())
        return QString();
    return cellText(trimCell(cells[static_cast<std::size_t>(column)]));
}

bool anyEditable(const QStringList &cells)
{
    for (int c = RoundForms::Progress; c < cells.size(); ++c) {
        if (!cells.at(c).isEmpty())
            return true;
    }
    return false;
}

QStringList rowCells(const std::vector<std::string> &cells)
{
    QStringList out;
    for (int c = 0; c < RoundForms::ColumnCount; ++c)
        out << cell(cells, c);
    return out;
}

// The keys from their rows (the hidden sheet's, or the CSV key line's fields).
QString notAForm(const QString &path)
{
    return FormReader::tr("%1 is not a reporting form of Rectify (its keys are missing): "
                          "return the form as it was sent, filled in.")
        .arg(QDir::toNativeSeparators(path));
}

} // namespace

Result<FilledForm> FormReader::read(const QString &path)
{
    FilledForm form;
    form.path = QFileInfo(path).absoluteFilePath();
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { tr("Cannot read %1: %2").arg(shown, file.errorString()) };
    if (file.size() > maxFormBytes)
        return Error { tr("%1 is %2 MB; a reporting form is far smaller. Is it the right file?")
                           .arg(shown)
                           .arg(file.size() >> 20) };
    const QByteArray bytes = file.readAll();
    file.close();
    Sha256 hash;
    hash.addData(bytes);
    form.sha256 = QString::fromLatin1(hash.result().toHex());
    if (bytes.startsWith("PK\x03\x04")) {
        if (auto s = readXlsx(path, form); !s)
            return Error { s.error() };
    } else {
        form.csv = true;
        if (auto s = readCsv(bytes, form); !s)
            return Error { s.error() };
    }
    return form;
}

Status FormReader::readXlsx(const QString &path, FilledForm &form)
{
    const QString shown = QDir::toNativeSeparators(path);
    ZipPackage package;
    if (auto s = package.open(path); !s)
        return Error { tr("Cannot read %1: %2").arg(shown, s.error()) };
    XlsxWorkbook workbook;
    if (auto s = workbook.load(package); !s)
        return Error { tr("Cannot read %1: %2").arg(shown, s.error()) };
    const XlsxSheet *main = nullptr;
    const XlsxSheet *keys = nullptr;
    for (const XlsxSheet &s : workbook.sheets()) {
        if (s.name == RoundForms::keySheet())
            keys = &s;
        else if (s.name == RoundForms::mainSheet())
            main = &s;
    }
    if (!keys)
        return Error { notAForm(path) };
    if (!main)
        return Error { tr("%1 has no sheet %2: return the form as it was sent, filled in.")
                           .arg(shown, RoundForms::mainSheet()) };
    const auto readSheet
        = [&](const XlsxSheet &sheet, const std::function<void(const XlsxRow &)> &each) -> Status {
        auto layout = XlsxSheetReader::readLayout(package, sheet.part);
        if (!layout)
            return Error { tr("Cannot read %1: %2").arg(shown, layout.error()) };
        XlsxSheetReader reader(workbook, *layout);
        if (auto s = reader.open(package, sheet.part); !s)
            return Error { tr("Cannot read %1: %2").arg(shown, s.error()) };
        XlsxRow row;
        while (reader.next(row))
            each(row);
        if (auto s = reader.status(); !s)
            return Error { tr("Cannot read %1: %2").arg(shown, s.error()) };
        return {};
    };
    bool badKeys = false;
    if (auto s = readSheet(*keys,
            [&](const XlsxRow &row) {
                const QString a = cell(row.cells, 0);
                if (row.number == 1) {
                    if (a != RoundForms::marker())
                        badKeys = true;
                    form.version = cell(row.cells, 1).toInt();
                } else if (row.number == 2) {
                    form.token = cell(row.cells, 1);
                    form.roundName = cell(row.cells, 2);
                } else if (row.number == 3) {
                    form.unit = cell(row.cells, 1);
                } else if (row.number == 4) {
                    form.checksum = cell(row.cells, 1);
                } else if (row.number >= 6 && !a.isEmpty()) {
                    bool ok = false;
                    bool rowOk = false;
                    form.taskIds << a.toLongLong(&ok);
                    form.refs << cell(row.cells, 1);
                    form.rows << cell(row.cells, 2).toLongLong(&rowOk);
                    if (!ok || !rowOk)
                        badKeys = true;
                }
            });
        !s)
        return s;
    if (badKeys || form.token.isEmpty())
        return Error { notAForm(path) };
    QHash<qint64, int> wanted; // sheet row -> index of the key
    for (int i = 0; i < form.rows.size(); ++i)
        wanted.insert(form.rows.at(i), i);
    form.cells.resize(form.rows.size());
    qint64 headerRow = 0;
    if (auto s = readSheet(*main,
            [&](const XlsxRow &row) {
                if (row.number == 2)
                    form.shownUnit = cell(row.cells, 1);
                const QStringList cells = rowCells(row.cells);
                if (headerRow == 0) {
                    if (cells.at(RoundForms::Ref) == RoundForms::header(RoundForms::Ref))
                        headerRow = row.number;
                    return;
                }
                if (auto it = wanted.constFind(row.number); it != wanted.constEnd()) {
                    form.cells[*it] = cells;
                    return;
                }
                // Co-operating tasks say who leads them; any other row must be empty.
                if (anyEditable(cells)
                    && !cells.at(RoundForms::Progress).startsWith(QStringLiteral("牵头单位："))) {
                    form.problems << FormProblem { row.number, -1,
                        tr("This row is not one of the form's tasks: rows cannot be added "
                           "to a form, and the read-only section is not filled in.") };
                }
            });
        !s)
        return s;
    for (int i = 0; i < form.cells.size(); ++i) {
        if (form.cells.at(i).isEmpty()) {
            form.problems << FormProblem { form.rows.at(i), -1,
                tr("The row of task %1 is missing.").arg(form.refs.at(i)) };
            QStringList empty;
            for (int c = 0; c < RoundForms::ColumnCount; ++c)
                empty << QString();
            form.cells[i] = empty;
        }
    }
    return {};
}

Status FormReader::readCsv(const QByteArray &raw, FilledForm &form)
{
    const QString shown = QDir::toNativeSeparators(form.path);
    QByteArray bytes = raw;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    // A spreadsheet program may save the CSV in the system's encoding (GB18030 in
    // Chinese Windows): the text is taken as UTF-8 when it is valid UTF-8.
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8.decode(bytes);
    if (utf8.hasError()) {
        QStringDecoder gb("GB18030");
        if (!gb.isValid())
            return Error { tr("%1 is not UTF-8 text: save it as \"CSV UTF-8\".").arg(shown) };
        text = gb.decode(bytes);
        if (gb.hasError())
            return Error {
                tr("%1 is neither UTF-8 nor GB18030 text: save it as \"CSV UTF-8\".").arg(shown)
            };
    }
    const std::string utf8Text = text.toStdString();
    const auto records = CsvReader::parseAll(utf8Text, ',');
    if (records.empty())
        return Error { notAForm(form.path) };
    const auto &key = records.front();
    const auto field
        = [&](std::size_t i) { return i < key.size() ? cellText(trimCell(key[i])) : QString(); };
    if (field(0) != QLatin1Char('#') + RoundForms::marker())
        return Error { notAForm(form.path) };
    form.version = field(1).toInt();
    form.token = field(2);
    form.unit = field(3);
    form.checksum = field(4);
    for (const QString &id : field(5).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        bool ok = false;
        form.taskIds << id.toLongLong(&ok);
        if (!ok)
            return Error { notAForm(form.path) };
    }
    form.roundName = field(6);
    form.shownUnit = form.unit;
    if (form.token.isEmpty())
        return Error { notAForm(form.path) };
    // Record 2 is the header; the tasks follow in the order of the keys.
    std::size_t next = 2;
    for (int i = 0; i < form.taskIds.size(); ++i) {
        QStringList cells;
        if (next < records.size()) {
            std::vector<std::string> row(records[next].begin(), records[next].end());
            // The export's formula guard comes back as typed: "'=x" is "=x".
            for (std::string &c : row)
                c = std::string(unneutralise(trimCell(c)));
            cells = rowCells(row);
            form.rows << static_cast<qint64>(next + 1);
            ++next;
        } else {
            for (int c = 0; c < RoundForms::ColumnCount; ++c)
                cells << QString();
            form.rows << static_cast<qint64>(next + 1);
            form.problems << FormProblem { static_cast<qint64>(next + 1), -1,
                tr("The form ends before its task %1 (rows cannot be removed).").arg(i + 1) };
        }
        form.refs << cells.at(RoundForms::Ref);
        form.cells << cells;
    }
    for (; next < records.size(); ++next) {
        bool blank = true;
        for (const std::string &c : records[next])
            blank = blank && trimCell(c).empty();
        if (!blank)
            form.problems << FormProblem { static_cast<qint64>(next + 1), -1,
                tr("This row is not one of the form's tasks: rows cannot be added to a form.") };
    }
    return {};
}

} // namespace rectify
