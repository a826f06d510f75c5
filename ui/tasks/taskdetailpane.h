#pragma once

#include "domain/task.h"
#include "workflow/permission.h"

#include <QWidget>
#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QTableView;
class QVBoxLayout;

namespace rectify {

class LedgerEditor;
class NameListEdit;
class ProgressModel;

// The selected task in full: measure, target, deadline, status, responsibilities,
// progress history and remarks. Edits are collected in the form and written
// through the editor with Save (one undoable step); Revert reloads the task.
// The form and the history scroll; the buttons that act on the task (Save, Add
// progress, and what plugs in, such as the sign-off buttons) stay in a bar at
// the bottom of the pane, in view on a small screen too.
class TaskDetailPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskDetailPane)

public:
    explicit TaskDetailPane(LedgerEditor &editor, QWidget *parent = nullptr);

    qint64 taskId() const { return m_task.id; }
    // Shows another task (or none): unsaved changes of the form are dropped.
    void setTask(qint64 taskId);
    // Reads the task again from the ledger (after an edit, undo or redo, or a change
    // made elsewhere). A form with unsaved changes keeps them and the version they
    // started from: Save then finds out whether someone else changed the task.
    void reload();
    // True when the form holds changes that are not saved yet.
    bool isModified() const;
    // Who may do what to the task shown (the sign-off workflow sets it for the user
    // working in the window; without it everything is allowed). What is refused is
    // not offered: read-only or disabled, with the refusal as its tip, instead of
    // refused after the user typed. A closed task is read-only for everyone.
    using Permissions = std::function<Decision(Action action, const Task &task)>;
    void setPermissions(Permissions permissions);
    ProgressModel *progressModel() const { return m_progress; }
    // A part of the task under the progress history, in the scrolling area.
    void addSection(QWidget *section);
    // A row of the bar at the bottom of the pane, which never scrolls away.
    void addActionRow(QWidget *row);
    QScrollArea *scrollArea() const { return m_scroll; }
    QWidget *actionBar() const { return m_actionBar; }
    QTableView *progressView() const { return m_progressView; }

    // Widgets, for tests and for the sign-off controls that plug in here.
    QPlainTextEdit *measureEdit() const { return m_measure; }
    QPlainTextEdit *targetEdit() const { return m_target; }
    QDateEdit *deadlineEdit() const { return m_deadline; }
    QCheckBox *longTermBox() const { return m_longTerm; }
    QComboBox *statusBox() const { return m_status; }
    QPushButton *addProgressButton() const { return m_addProgress; }
    NameListEdit *leadersEdit() const { return m_leaders; }
    NameListEdit *leadUnitsEdit() const { return m_leadUnits; }
    NameListEdit *coUnitsEdit() const { return m_coUnits; }
    NameListEdit *personsEdit() const { return m_persons; }
    QPlainTextEdit *remarksEdit() const { return m_remarks; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *revertButton() const { return m_revert; }
    // The note shown when a save met a newer version written by someone else, and
    // its button that puts the user's own changes back into the form.
    QLabel *conflictLabel() const { return m_conflictText; }
    QPushButton *reapplyButton() const { return m_reapply; }
    bool isConflictShown() const;

public Q_SLOTS:
    bool save();
    void revert();
    // After a conflict: the user's own changes over the newer version in the form.
    void reapplyMine();
    // Adds a progress entry (the dialog's answer) through the editor.
    bool addProgress(const QDate &date, const QString &text, const QString &author);
    void removeSelectedProgress();

Q_SIGNALS:
    void errorOccurred(const QString &message);
    // A save was refused because someone else changed (or deleted) the task first;
    // the form now shows the stored task.
    void conflictOccurred(const QString &message);

private:
    void addProgressDialog();
    void load();
    void showTask();
    void showConflict(const Task &mine, TaskStatus myStatus, const QString &message);
    void hideConflict();
    Task formTask() const;
    // Read-only, disabled and tips after the task or the permissions changed.
    void applyPermissions();
    Decision may(Action action) const;
    void updateButtons();
    void refreshCandidates();

    LedgerEditor &m_editor;
    Task m_task;
    bool m_loading = false;
    Permissions m_permissions;
    QLabel *m_heading;
    QPlainTextEdit *m_measure;
    QPlainTextEdit *m_target;
    QDateEdit *m_deadline;
    QCheckBox *m_longTerm;
    QComboBox *m_status;
    NameListEdit *m_leaders;
    NameListEdit *m_leadUnits;
    NameListEdit *m_coUnits;
    NameListEdit *m_persons;
    QPlainTextEdit *m_remarks;
    QTableView *m_progressView;
    ProgressModel *m_progress;
    QPushButton *m_addProgress;
    QPushButton *m_removeProgress;
    QPushButton *m_save;
    QPushButton *m_revert;
    QWidget *m_conflict;
    QLabel *m_conflictText;
    QPushButton *m_reapply;
    QPushButton *m_dismiss;
    QScrollArea *m_scroll;
    QVBoxLayout *m_sections;
    QWidget *m_actionBar;
    QVBoxLayout *m_actionRows;
    // After a conflict: what the form read before (the base of the user's changes),
    // and what the user wanted to save.
    Task m_mineBase;
    Task m_mine;
    TaskStatus m_mineStatus = TaskStatus::NotStarted;
};

} // namespace rectify
