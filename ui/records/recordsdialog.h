#pragma once

#include "domain/records.h"
#include "domain/user.h"

#include <QDialog>
#include <QVector>
#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace rectify {

class Ledger;
class LedgerWindow;

// View → Results of the Work… (整改成效): the records of the window's inspection,
// one tab per kind, with add, edit and remove, and the inspection's stay on site
// (进驻). Writes go through RecordBook (core/workflow) as the signed-in user (the
// ledger's actor); what the user may not do is disabled, with a tooltip saying why.
class RecordsDialog final : public QDialog
{
    Q_OBJECT

public:
    RecordsDialog(Ledger &ledger, qint64 inspectionId, QWidget *parent = nullptr);

    // Adds View → Results of the Work… (Ctrl+Shift+R) to the window.
    static void attach(LedgerWindow *window);

    QTabWidget *tabs() const { return m_tabs; }
    QTableWidget *table(RecordKind kind) const;
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *removeButton() const { return m_remove; }
    // The findings of the supervision round selected on the 督查 tab: one row per
    // finding (task, what was found, whether it became a progress entry).
    QTableWidget *findingsTable() const { return m_findings; }
    QPushButton *addFindingButton() const { return m_addFinding; }
    QPushButton *editFindingButton() const { return m_editFinding; }
    QPushButton *removeFindingButton() const { return m_removeFinding; }
    // The records shown on the current tab, in table order.
    const QVector<Record> &shown() const;
    // The last error shown (for tests), empty when none.
    QString lastError() const { return m_lastError; }

    // Opens the editor for a new record of the current tab's kind; for tests,
    // `prepare` fills the editor's fields before it is accepted.
    void addRecord();
    void editRecord();
    void removeRecord();
    void saveStationed();
    void addFinding();
    void editFinding();
    void removeFinding();

private:
    RecordKind currentKind() const;
    void reload();
    // After a finding changed: reloads and selects the supervision round again.
    void reloadKeepingRound(qint64 roundId);
    void updateButtons();
    void showFindings();
    // The round selected on the 督查 tab, or nullptr.
    const Record *currentRound() const;
    bool findingDialog(SupervisionFinding *finding, const QString &title);
    void showError(const QString &message);
    bool editDialog(Record *record, const QString &title);

    Ledger &m_ledger;
    qint64 m_inspectionId;
    std::optional<User> m_user;
    QLabel *m_heading;
    QLineEdit *m_stationedFrom;
    QLineEdit *m_stationedTo;
    QPushButton *m_saveStationed;
    QTabWidget *m_tabs;
    QVector<QTableWidget *> m_tables;
    QVector<QVector<Record>> m_records;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QWidget *m_findingsBox;
    QTableWidget *m_findings;
    QPushButton *m_addFinding;
    QPushButton *m_editFinding;
    QPushButton *m_removeFinding;
    // The inspection's tasks as "4.2 measure", for choosing a finding's task.
    QVector<std::pair<qint64, QString>> m_tasks;
    QLabel *m_error;
    QString m_lastError;

public:
    // Fills an editor for a test instead of showing it: returns false to cancel.
    using EditHook = std::function<bool(Record *record)>;
    void setEditHook(EditHook hook) { m_editHook = std::move(hook); }

    // Fills a finding's editor for a test (task and text) instead of showing it.
    using FindingHook = std::function<bool(SupervisionFinding *finding)>;
    void setFindingHook(FindingHook hook) { m_findingHook = std::move(hook); }

private:
    EditHook m_editHook;
    FindingHook m_findingHook;
};

} // namespace rectify
