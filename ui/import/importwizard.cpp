#include "ui/import/importwizard.h"

#include "import/xlsxsource.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>
#include <memory>

namespace rectify {

namespace {

// A page that knows its wizard (QWizardPage::wizard() is protected).
class Page : public QWizardPage
{
public:
    explicit Page(ImportWizard *wizard)
        : QWizardPage(wizard)
        , m_wizard(wizard)
    { }

protected:
    ImportWizard *m_wizard;
};

// 1. The file, the options of its kind of file (a CSV file's encoding and delimiter,
// both detected unless chosen), the inspection.
class FilePage final : public Page
{
    Q_DECLARE_TR_FUNCTIONS(rectify::ImportWizard)

public:
    explicit FilePage(ImportWizard *wizard)
        : Page(wizard)
        , m_path(new QLineEdit(this))
        , m_encoding(new QComboBox(this))
        , m_delimiter(new QComboBox(this))
        , m_sheet(new QComboBox(this))
        , m_inspection(new QComboBox(this))
        , m_hasFeedback(new QCheckBox(tr("Feedback date:"), this))
        , m_feedback(new QDateEdit(QDate::currentDate(), this))
    {
        setTitle(tr("Choose the ledger file"));
        setSubTitle(tr("A ledger (整改台账): an Excel or WPS workbook (.xlsx), or a file saved "
                       "from them as CSV or as Unicode text."));
        auto *browse = new QPushButton(tr("Browse…"), this);
        auto *pathRow = new QHBoxLayout;
        pathRow->addWidget(m_path, 1);
        pathRow->addWidget(browse);
        m_path->setObjectName(QStringLiteral("filePath"));
        m_encoding->addItem(tr("Detect automatically"), int(TextEncoding::Auto));
        m_encoding->addItem(QStringLiteral("UTF-8"), int(TextEncoding::Utf8));
        m_encoding->addItem(tr("GB18030 (GBK)"), int(TextEncoding::Gb18030));
        m_encoding->addItem(tr("UTF-16 (Unicode text)"), int(TextEncoding::Utf16Le));
        m_delimiter->addItem(tr("Detect automatically"), 0);
        m_delimiter->addItem(tr("Comma"), int(','));
        m_delimiter->addItem(tr("Semicolon"), int(';'));
        m_delimiter->addItem(tr("Tab"), int('\t'));
        m_sheet->setObjectName(QStringLiteral("sheet"));
        m_sheet->setToolTip(tr("The sheet that holds the ledger, with its size."));
        m_inspection->setEditable(true);
        m_inspection->setObjectName(QStringLiteral("inspection"));
        if (auto all = wizard->ledger().inspections()) {
            for (const Inspection &i : *all)
                m_inspection->addItem(i.name, i.id);
        }
        m_inspection->setToolTip(
            tr("The inspection whose feedback the ledger answers; a new name creates it."));
        m_feedback->setCalendarPopup(true);
        m_feedback->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        m_feedback->setEnabled(false);
        auto *feedbackRow = new QHBoxLayout;
        feedbackRow->addWidget(m_hasFeedback);
        feedbackRow->addWidget(m_feedback);
        feedbackRow->addStretch();
        auto *feedbackHint = new QLabel(tr("Needed for 立行立改 and for deadlines without a year "
                                           "when the inspection has no feedback date yet."),
            this);
        feedbackHint->setWordWrap(true);

        auto *form = new QFormLayout(this);
        m_form = form;
        form->addRow(tr("File:"), pathRow);
        form->addRow(tr("Encoding:"), m_encoding);
        form->addRow(tr("Delimiter:"), m_delimiter);
        form->addRow(tr("&Sheet (rows × columns):"), m_sheet);
        form->addRow(tr("Inspection:"), m_inspection);
        form->addRow(QString(), feedbackRow);
        form->addRow(QString(), feedbackHint);

        connect(browse, &QPushButton::clicked, this, [this] {
            const QString file
                = QFileDialog::getOpenFileName(this, tr("Import Ledger"), m_path->text(),
                    tr("Ledgers (*.xlsx *.xlsm *.csv *.txt);;Excel workbooks (*.xlsx *.xlsm);;CSV "
                       "and text files (*.csv *.txt);;All files (*)"));
            if (!file.isEmpty())
                m_path->setText(file);
        });
        connect(m_path, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
        connect(m_path, &QLineEdit::textChanged, this, &FilePage::showSourceOptions);
        connect(m_hasFeedback, &QCheckBox::toggled, m_feedback, &QWidget::setEnabled);
    }

    void setPath(const QString &path) { m_path->setText(path); }

    // Only the options that the file's row source reads by are offered.
    void showSourceOptions()
    {
        const auto source = RowSource::forFile(m_path->text().trimmed(), m_wizard->options());
        const QStringList options = source->description().options;
        m_form->setRowVisible(m_encoding, options.contains(QStringLiteral("encoding")));
        m_form->setRowVisible(m_delimiter, options.contains(QStringLiteral("delimiter")));
        showSheets();
    }

    // A workbook's sheets with their sizes, the first chosen; no row for other files.
    void showSheets()
    {
        const QString path = m_path->text().trimmed();
        m_sheet->clear();
        if (QFileInfo(path).isFile() && XlsxSource::handles(path)) {
            if (auto sheets = XlsxSource::sheetSizes(path)) {
                for (const XlsxSheetSize &s : std::as_const(*sheets)) {
                    m_sheet->addItem(
                        tr("%1 (%2 × %3)").arg(s.name).arg(s.rows).arg(s.columns), s.name);
                }
            }
        }
        m_form->setRowVisible(m_sheet, m_sheet->count() > 0);
    }

    bool isComplete() const override { return QFileInfo(m_path->text().trimmed()).isFile(); }

    bool validatePage() override
    {
        ImportWizard *w = m_wizard;
        w->setFilePath(m_path->text().trimmed());
        ImportOptions &o = w->options();
        o.encoding = static_cast<TextEncoding>(m_encoding->currentData().toInt());
        o.delimiter = static_cast<char>(m_delimiter->currentData().toInt());
        o.sheet = m_sheet->count() > 0 ? m_sheet->currentData().toString() : QString();
        o.headerRow = 0;
        o.mapping.clear();
        o.sheet = m_sheet->count() > 0 ? m_sheet->currentData().toString() : QString();
        const QString name = m_inspection->currentText().trimmed();
        const int index = m_inspection->findText(name);
        o.inspectionName.clear();
        o.inspectionId = 0;
        if (index >= 0)
            o.inspectionId = m_inspection->itemData(index).toLongLong();
        else
            o.inspectionName = name;
        o.feedbackDate = m_hasFeedback->isChecked() ? m_feedback->date() : QDate();
        return true;
    }

private:
    QFormLayout *m_form = nullptr;
    QLineEdit *m_path;
    QComboBox *m_encoding;
    QComboBox *m_delimiter;
    QComboBox *m_sheet;
    QComboBox *m_inspection;
    QCheckBox *m_hasFeedback;
    QDateEdit *m_feedback;
};

// 2. What was detected, a decoded preview, and the column mapping.
class MappingPage final : public Page
{
    Q_DECLARE_TR_FUNCTIONS(rectify::ImportWizard)

public:
    explicit MappingPage(ImportWizard *wizard)
        : Page(wizard)
        , m_detected(new QLabel(this))
        , m_headerRow(new QSpinBox(this))
        , m_preview(new QTableWidget(this))
        , m_mapping(new QTableWidget(this))
    {
        setTitle(tr("Check the columns"));
        setSubTitle(tr("Rows above the header row are skipped. Choose what each column holds."));
        m_detected->setObjectName(QStringLiteral("detected"));
        m_detected->setWordWrap(true);
        m_detected->setTextFormat(Qt::PlainText);
        m_headerRow->setRange(1, 20);
        m_headerRow->setObjectName(QStringLiteral("headerRow"));
        m_preview->setObjectName(QStringLiteral("preview"));
        m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_preview->verticalHeader()->setDefaultSectionSize(22);
        m_mapping->setObjectName(QStringLiteral("mapping"));
        m_mapping->setColumnCount(3);
        m_mapping->setHorizontalHeaderLabels({ tr("Column"), tr("Header"), tr("Imported as") });
        m_mapping->horizontalHeader()->setStretchLastSection(true);
        m_mapping->verticalHeader()->hide();
        m_mapping->setEditTriggers(QAbstractItemView::NoEditTriggers);

        auto *headerRow = new QHBoxLayout;
        headerRow->addWidget(new QLabel(tr("Header row:"), this));
        headerRow->addWidget(m_headerRow);
        headerRow->addStretch();
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_detected);
        layout->addLayout(headerRow);
        layout->addWidget(m_preview, 3);
        layout->addWidget(m_mapping, 2);
        connect(m_headerRow, &QSpinBox::valueChanged, this, [this](int row) {
            if (m_loading)
                return;
            ImportOptions &o = m_wizard->options();
            o.headerRow = row;
            o.mapping.clear();
            load();
        });
    }

    void initializePage() override
    {
        ImportOptions &o = m_wizard->options();
        o.headerRow = 0;
        o.mapping.clear();
        load();
    }

    bool isComplete() const override { return m_ok; }

    bool validatePage() override
    {
        ImportOptions &o = m_wizard->options();
        o.headerRow = m_headerRow->value();
        o.mapping.clear();
        for (int r = 0; r < m_mapping->rowCount(); ++r) {
            auto *box = static_cast<QComboBox *>(m_mapping->cellWidget(r, 2));
            o.mapping << static_cast<ImportField>(box->currentData().toInt());
        }
        return true;
    }

private:
    void load()
    {
        ImportWizard *w = m_wizard;
        Importer importer(w->ledger());
        const auto source = RowSource::forFile(w->filePath(), w->options());
        auto preview = importer.preview(*source, 30);
        m_ok = preview.ok();
        m_preview->clear();
        m_mapping->setRowCount(0);
        if (!preview) {
            m_detected->setText(preview.error());
            m_preview->setRowCount(0);
            m_preview->setColumnCount(0);
            Q_EMIT completeChanged();
            return;
        }
        // What the source detected (a CSV file's encoding and delimiter), then the header.
        QStringList detected;
        for (const SourceDetail &d : source->description().details)
            detected << tr("%1: %2").arg(d.label, d.text);
        detected << tr("Header on row %1").arg(preview->headerRow);
        m_detected->setText(detected.join(QStringLiteral("   ")));
        m_loading = true;
        m_headerRow->setValue(static_cast<int>(preview->headerRow));
        m_loading = false;

        int width = 0;
        for (const QStringList &row : std::as_const(preview->rows))
            width = std::max(width, static_cast<int>(row.size()));
        m_preview->setColumnCount(width);
        m_preview->setRowCount(preview->rows.size());
        QStringList letters;
        for (int c = 0; c < width; ++c)
            letters << columnLetters(c);
        m_preview->setHorizontalHeaderLabels(letters);
        QStringList numbers;
        for (qint64 n : std::as_const(preview->rowNumbers))
            numbers << QString::number(n);
        m_preview->setVerticalHeaderLabels(numbers);
        for (int r = 0; r < preview->rows.size(); ++r) {
            const QStringList &row = preview->rows.at(r);
            const bool header = preview->rowNumbers.at(r) == preview->headerRow;
            for (int c = 0; c < row.size(); ++c) {
                QString text = row.at(c);
                text.replace(QLatin1Char('\n'), QChar(0x21B5)); // ↵ keeps a row on one line
                auto *item = new QTableWidgetItem(text);
                item->setToolTip(row.at(c));
                if (header) {
                    QFont f = item->font();
                    f.setBold(true);
                    item->setFont(f);
                }
                m_preview->setItem(r, c, item);
            }
        }

        m_mapping->setRowCount(preview->columns.size());
        for (int r = 0; r < preview->columns.size(); ++r) {
            const ImportColumn &c = preview->columns.at(r);
            m_mapping->setItem(r, 0, new QTableWidgetItem(columnLetters(c.index)));
            m_mapping->setItem(r, 1, new QTableWidgetItem(c.header));
            auto *box = new QComboBox(m_mapping);
            for (int f = 0; f < importFieldCount; ++f)
                box->addItem(importFieldLabel(static_cast<ImportField>(f)), f);
            ImportField field = c.field;
            if (field == ImportField::None && !c.header.isEmpty())
                field = ImportField::ExtraRemark; // what the import does with unknown headers
            box->setCurrentIndex(box->findData(int(field)));
            m_mapping->setCellWidget(r, 2, box);
        }
        m_mapping->resizeColumnsToContents();
        Q_EMIT completeChanged();
    }

    QLabel *m_detected;
    QSpinBox *m_headerRow;
    QTableWidget *m_preview;
    QTableWidget *m_mapping;
    bool m_ok = false;
    bool m_loading = false;
};

// 3. The validation report of the whole file; nothing is written yet.
class ReportPage final : public Page
{
    Q_DECLARE_TR_FUNCTIONS(rectify::ImportWizard)

public:
    explicit ReportPage(ImportWizard *wizard)
        : Page(wizard)
        , m_summary(new QLabel(this))
        , m_progress(new QProgressBar(this))
        , m_report(new QPlainTextEdit(this))
        , m_skip(new QCheckBox(tr("Import the valid rows and skip the rows with errors"), this))
    {
        setTitle(tr("Check the report"));
        setSubTitle(tr("Every row was read and checked; nothing has been written yet."));
        setCommitPage(true);
        setButtonText(QWizard::CommitButton, tr("Import"));
        m_summary->setObjectName(QStringLiteral("summary"));
        m_summary->setWordWrap(true);
        m_summary->setTextFormat(Qt::PlainText);
        m_report->setObjectName(QStringLiteral("report"));
        m_report->setReadOnly(true);
        // Messages name the row, the column and what to do: wrapped, they are read
        // without scrolling sideways.
        m_report->setLineWrapMode(QPlainTextEdit::WidgetWidth);
        m_skip->setObjectName(QStringLiteral("skipBadRows"));
        m_progress->setRange(0, 1000);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_summary);
        layout->addWidget(m_progress);
        layout->addWidget(m_report, 1);
        layout->addWidget(m_skip);
        connect(wizard, &ImportWizard::progressChanged, m_progress, &QProgressBar::setValue);
        connect(m_skip, &QCheckBox::toggled, this, [this](bool on) {
            m_wizard->options().skipBadRows = on;
            Q_EMIT completeChanged();
        });
    }

    void initializePage() override
    {
        ImportWizard *w = m_wizard;
        w->setAnalysis(std::nullopt);
        m_report->clear();
        m_summary->setText(tr("Reading the file…"));
        m_progress->setValue(0);
        m_progress->show();
        m_skip->setChecked(w->options().skipBadRows);
        auto report = std::make_shared<std::optional<ImportReport>>();
        const QString path = w->filePath();
        ImportOptions options = w->options();
        w->runInWorker(
            [report, path, options](Ledger &ledger, const Importer::Progress &progress) {
                Importer importer(ledger);
                auto r = importer.analyse(path, options, progress);
                if (!r)
                    return r.error();
                *report = *r;
                return QString();
            },
            [this, report](const QString &error) {
                m_progress->hide();
                if (!error.isEmpty()) {
                    m_summary->setText(error);
                } else if (report->has_value()) {
                    const ImportReport &r = **report;
                    m_wizard->setAnalysis(r);
                    m_summary->setText(r.hasErrors()
                            ? tr("%1 rows with errors: fix them in the file, or skip them.")
                                  .arg(r.skippedRows)
                            : tr("The file can be imported."));
                    m_report->setPlainText(r.text());
                }
                Q_EMIT completeChanged();
            });
    }

    bool isComplete() const override
    {
        if (m_wizard->isWorking() || !m_wizard->analysis())
            return false;
        return !m_wizard->analysis()->hasErrors() || m_skip->isChecked();
    }

private:
    QLabel *m_summary;
    QProgressBar *m_progress;
    QPlainTextEdit *m_report;
    QCheckBox *m_skip;
};

// 4. The import itself, in one transaction: Cancel rolls it back.
class ImportPage final : public Page
{
    Q_DECLARE_TR_FUNCTIONS(rectify::ImportWizard)

public:
    explicit ImportPage(ImportWizard *wizard)
        : Page(wizard)
        , m_status(new QLabel(this))
        , m_progress(new QProgressBar(this))
        , m_cancel(new QPushButton(tr("Cancel the import"), this))
        , m_report(new QPlainTextEdit(this))
    {
        setTitle(tr("Import"));
        m_status->setObjectName(QStringLiteral("status"));
        m_status->setWordWrap(true);
        m_status->setTextFormat(Qt::PlainText);
        m_progress->setObjectName(QStringLiteral("progress"));
        m_progress->setRange(0, 1000);
        m_cancel->setObjectName(QStringLiteral("cancelImport"));
        m_report->setReadOnly(true);
        m_report->setLineWrapMode(QPlainTextEdit::NoWrap);
        auto *row = new QHBoxLayout;
        row->addWidget(m_progress, 1);
        row->addWidget(m_cancel);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_status);
        layout->addLayout(row);
        layout->addWidget(m_report, 1);
        connect(wizard, &ImportWizard::progressChanged, m_progress, &QProgressBar::setValue);
        connect(m_cancel, &QPushButton::clicked, wizard, &ImportWizard::cancelWork);
    }

    void initializePage() override
    {
        ImportWizard *w = m_wizard;
        w->setResult(std::nullopt);
        m_status->setText(tr("Importing…"));
        m_progress->setValue(0);
        m_cancel->setEnabled(true);
        auto report = std::make_shared<std::optional<ImportReport>>();
        const QString path = w->filePath();
        ImportOptions options = w->options();
        w->runInWorker(
            [report, path, options](Ledger &ledger, const Importer::Progress &progress) {
                Importer importer(ledger);
                auto r = importer.import(path, options, progress);
                if (!r)
                    return r.error();
                *report = *r;
                return QString();
            },
            [this, report](const QString &error) {
                ImportWizard *wz = m_wizard;
                m_cancel->setEnabled(false);
                if (!error.isEmpty()) {
                    m_status->setText(tr("The import failed; nothing was written.\n%1").arg(error));
                } else if (report->has_value()) {
                    const ImportReport &r = **report;
                    wz->setResult(r);
                    if (r.cancelled)
                        m_status->setText(tr("Cancelled: nothing was imported."));
                    else if (!r.committed)
                        m_status->setText(tr("The file has errors: nothing was imported."));
                    else
                        m_status->setText(tr("Imported %1 rows: %2 tasks added, %3 updated, %4 "
                                             "unchanged.")
                                              .arg(r.importedRows)
                                              .arg(r.tasks.added)
                                              .arg(r.tasks.updated)
                                              .arg(r.tasks.unchanged));
                    m_report->setPlainText(r.text());
                    if (r.committed) {
                        m_progress->setValue(1000);
                        Q_EMIT wz->imported();
                    }
                }
                Q_EMIT completeChanged();
            });
    }

    bool isComplete() const override { return !m_wizard->isWorking(); }

private:
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QPlainTextEdit *m_report;
};

} // namespace

ImportWizard::ImportWizard(Ledger &ledger, QWidget *parent)
    : QWizard(parent)
    , m_ledger(ledger)
{
    setWindowTitle(tr("Import Ledger"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(FilePageId, new FilePage(this));
    setPage(MappingPageId, new MappingPage(this));
    setPage(ReportPageId, new ReportPage(this));
    setPage(ImportPageId, new ImportPage(this));
    resize(900, 640);
}

ImportWizard::~ImportWizard()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

void ImportWizard::setFilePath(const QString &path)
{
    m_path = path;
    if (auto *p = dynamic_cast<FilePage *>(page(FilePageId)))
        p->setPath(path);
}

bool ImportWizard::runInWorker(std::function<QString(Ledger &, const Importer::Progress &)> work,
    std::function<void(const QString &error)> done)
{
    if (m_thread)
        return false;
    m_cancel = false;
    auto error = std::make_shared<QString>();
    const QString path = m_ledger.path();
    const QString actor = m_ledger.actor();
    Ledger *main = &m_ledger;
    m_thread = QThread::create([this, work, error, path, actor, main] {
        // A connection of this thread's own: QSqlDatabase connections stay in
        // the thread that opened them.
        Ledger ledger;
        ledger.setActor(actor);
        ledger.setClock([main] { return main->now(); });
        if (auto opened = ledger.open(path, Ledger::OpenMode::ExistingOnly); !opened) {
            *error = opened.error();
            return;
        }
        const Importer::Progress progress = [this](qint64 read, qint64 total) {
            const int permille = total > 0 ? static_cast<int>(read * 1000 / total) : 0;
            QMetaObject::invokeMethod(
                this, [this, permille] { Q_EMIT progressChanged(permille); }, Qt::QueuedConnection);
            return !m_cancel.load();
        };
        *error = work(ledger, progress);
    });
    connect(m_thread, &QThread::finished, this, [this, error, done] {
        m_thread->deleteLater();
        m_thread = nullptr;
        done(*error);
    });
    m_thread->start();
    return true;
}

void ImportWizard::reject()
{
    if (m_thread) {
        // Cancel rolls the import back; the worker notices at its next progress check.
        m_cancel = true;
        m_thread->wait();
    }
    QWizard::reject();
}

} // namespace rectify
