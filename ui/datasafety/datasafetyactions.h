#pragma once

#include "export/csvexporter.h"
#include "ui/common/actionguard.h"

#include <QDate>
#include <QObject>
#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace rectify {

class Ledger;

// The File-menu entries of data safety: Export CSV…, Export Excel…, Back Up…,
// Restore from Backup…. The window adds them with addTo(fileMenu) and reloads its
// views on ledgerRestored(). Dialogs go through replaceable handlers so that tests
// drive the actions without a modal dialog.
class DataSafetyActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DataSafetyActions)

public:
    enum class FileKind
    {
        ExportCsv,
        ExportXlsx,
        Backup,
        Restore,
    };
    // Asks for a file; returns "" when cancelled. For ExportCsv, *encoding says which
    // encoding was chosen (its filter).
    using ChooseFile = std::function<QString(
        FileKind kind, const QString &suggestion, CsvExporter::Encoding *encoding)>;
    using Confirm = std::function<bool(const QString &question)>;
    // Tells the user how it went: ok, or an error message.
    using Report = std::function<void(bool ok, const QString &message)>;

    DataSafetyActions(Ledger &ledger, QWidget *window);
    ~DataSafetyActions() override;

    QAction *exportCsvAction() const { return m_exportCsv; }
    QAction *exportXlsxAction() const { return m_exportXlsx; }
    QAction *backupAction() const { return m_backup; }
    QAction *restoreAction() const { return m_restore; }
    // Adds the four actions to a menu (export first, a separator, then backup).
    void addTo(QMenu *menu) const;

    void setChooseFile(ChooseFile choose) { m_choose = std::move(choose); }
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    void setReport(Report report) { m_report = std::move(report); }
    // The day status colours are computed for (today by default).
    void setToday(std::function<QDate()> today) { m_today = std::move(today); }
    // Who may back up and restore (Action::Backup); applied to the actions at once
    // and checked again by backUp() and restore(). Without one, anyone may.
    void setGuard(LedgerActionGuard guard);

public Q_SLOTS:
    bool exportCsv();
    bool exportXlsx();
    bool backUp();
    bool restore();

Q_SIGNALS:
    // The ledger's content was replaced: every view must reload.
    void ledgerRestored();

private:
    QString choose(FileKind kind, const QString &suggestion, CsvExporter::Encoding *encoding);
    bool confirm(const QString &question);
    void report(bool ok, const QString &message);
    QString suggestion(const QString &suffix) const;
    // Reports the guard's refusal, if any; true when backing up is allowed.
    bool allowed();

    Ledger &m_ledger;
    QWidget *m_window;
    QAction *m_exportCsv;
    QAction *m_exportXlsx;
    QAction *m_backup;
    QAction *m_restore;
    ChooseFile m_choose;
    Confirm m_confirm;
    Report m_report;
    std::function<QDate()> m_today;
    LedgerActionGuard m_guard;
};

} // namespace rectify
