#pragma once

#include "ui/common/actionguard.h"

#include <QDate>
#include <QMainWindow>

class QComboBox;
class QMenu;
class QTableView;

namespace rectify {

class FilterBar;
class Ledger;
class LedgerEditor;
class TaskDetailPane;

// What a feature that plugs into the main window (the dashboard tab, the sign-off
// workflow) may ask of it. The window implements this; the features include this
// header and never ui/window/, so the window composes the features and not the
// other way round (cmake/layering.cmake checks it).
class LedgerWindow
{
public:
    virtual ~LedgerWindow() = default;

    // The window itself: the parent of dialogs, its status bar.
    virtual QMainWindow *mainWindow() = 0;
    virtual Ledger &ledger() const = 0;
    virtual LedgerEditor &editor() const = 0;
    // The day alerts are computed for.
    virtual QDate today() const = 0;

    // The lists' navigation: the inspection shown, the filters, the task editor.
    virtual QComboBox *inspectionBox() const = 0;
    virtual FilterBar *filterBar() const = 0;
    virtual QTableView *taskView() const = 0;
    virtual TaskDetailPane *detailPane() const = 0;
    virtual void showAllTasks() = 0;
    virtual bool showTask(qint64 taskId) = 0;
    // Selects the problem in the problem list (showing every inspection if the
    // current one does not hold it); false when it is not in the ledger.
    virtual bool selectProblem(qint64 problemId) = 0;
    // The problem selected in the problem list (0: none), and that list.
    virtual qint64 currentProblemId() const = 0;
    virtual QTableView *problemView() const = 0;
    virtual void focusTaskList() = 0;
    virtual void refresh() = 0;

    virtual QMenu *fileMenu() const = 0;
    virtual QMenu *toolsMenu() const = 0;
    virtual QMenu *viewMenu() const = 0;
    // Who may import, change the ledger's settings, back up or restore.
    virtual void setLedgerActionGuard(LedgerActionGuard guard) = 0;

protected:
    LedgerWindow() = default;
    Q_DISABLE_COPY_MOVE(LedgerWindow)
};

} // namespace rectify
