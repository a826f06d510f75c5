#pragma once

#include "import/importer.h"
#include "store/ledger.h"

#include <QWizard>
#include <atomic>
#include <functional>
#include <optional>

class QThread;

namespace rectify {

// File → Import CSV…: pick a file; see what its row source detected (a CSV file's
// encoding and delimiter) and the header row with a decoded preview; adjust the column mapping; see
// the validation report; import with a progress bar and Cancel (which rolls everything back).
//
// Analysis and import run in a worker thread on a connection of their own to the
// same ledger file, so the window stays responsive on files of a million rows.
class ImportWizard final : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        FilePageId,
        MappingPageId,
        ReportPageId,
        ImportPageId,
    };

    ImportWizard(Ledger &ledger, QWidget *parent = nullptr);
    ~ImportWizard() override;
    Q_DISABLE_COPY_MOVE(ImportWizard)

    Ledger &ledger() { return m_ledger; }
    // The file and the options as the pages have set them.
    QString filePath() const { return m_path; }
    void setFilePath(const QString &path);
    ImportOptions &options() { return m_options; }
    // The last analysis (report page) and the import's outcome (last page).
    const std::optional<ImportReport> &analysis() const { return m_analysis; }
    const std::optional<ImportReport> &result() const { return m_result; }
    bool isWorking() const { return m_thread != nullptr; }

    // Runs work on a connection of its own in a worker thread, then done() here.
    // `progress` gets 0..1000 while it runs. Returns false when busy.
    bool runInWorker(std::function<QString(Ledger &, const Importer::Progress &)> work,
        std::function<void(const QString &error)> done);
    void cancelWork() { m_cancel = true; }

    void setAnalysis(std::optional<ImportReport> report) { m_analysis = std::move(report); }
    void setResult(std::optional<ImportReport> report) { m_result = std::move(report); }

Q_SIGNALS:
    void progressChanged(int permille);
    // Emitted after a successful import: views should reload.
    void imported();

protected:
    void reject() override;

private:
    Ledger &m_ledger;
    QString m_path;
    ImportOptions m_options;
    std::optional<ImportReport> m_analysis;
    std::optional<ImportReport> m_result;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancel { false };
};

} // namespace rectify
