#include "ui/tasks/taskdetailpane.h"

#include "store/conflict.h"
#include "store/ledger.h"
#include "ui/common/dateedit.h"
#include "ui/common/displayorder.h"
#include "ui/tasks/ledgereditor.h"
#include "ui/tasks/namelistedit.h"
#include "ui/tasks/progressmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace rectify {

namespace {

// The earliest date the deadline editor shows as "no deadline".
const QDate noDeadline(2000, 1, 1);

QPlainTextEdit *textEdit(QWidget *parent, int lines)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    const int line = edit->fontMetrics().lineSpacing();
    edit->setFixedHeight(line * lines + 12);
    return edit;
}

} // namespace

TaskDetailPane::TaskDetailPane(LedgerEditor &editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_heading(new QLabel(this))
    , m_measure(textEdit(this, 3))
    , m_target(textEdit(this, 2))
    , m_deadline(new DateEdit(this))
    , m_longTerm(new QCheckBox(tr("Long-term"), this))
    , m_status(new QComboBox(this))
    , m_leaders(new NameListEdit(this))
    , m_leadUnits(new NameListEdit(this))
    , m_coUnits(new NameListEdit(this))
    , m_persons(new NameListEdit(this))
    , m_remarks(textEdit(this, 2))
    , m_progressView(new QTableView(this))
    , m_progress(new ProgressModel(editor.ledger(), this))
    , m_addProgress(new QPushButton(tr("Add progress…"), this))
    , m_removeProgress(new QPushButton(tr("Delete entry"), this))
    , m_save(new QPushButton(tr("Save"), this))
    , m_revert(new QPushButton(tr("Revert"), this))
    , m_conflict(new QWidget(this))
    , m_conflictText(new QLabel(m_conflict))
    , m_reapply(new QPushButton(tr("Reapply my changes"), m_conflict))
    , m_dismiss(new QPushButton(tr("Discard them"), m_conflict))
    , m_scroll(new QScrollArea(this))
    , m_sections(nullptr)
    , m_actionBar(new QWidget(this))
    , m_actionRows(new QVBoxLayout(m_actionBar))
{
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);

    m_deadline->setCalendarPopup(true);
    m_deadline->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_deadline->setMinimumDate(noDeadline);
    m_deadline->setSpecialValueText(tr("No deadline"));
    for (TaskStatus s : { TaskStatus::NotStarted, TaskStatus::InProgress, TaskStatus::Completed,
             TaskStatus::Closed })
        m_status->addItem(taskStatusLabel(s), int(s));

    auto *deadlineRow = new QHBoxLayout;
    deadlineRow->addWidget(m_deadline, 1);
    deadlineRow->addWidget(m_longTerm);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // A narrow pane puts a label above its field rather than cut the field off.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Measure:"), m_measure);
    form->addRow(tr("Target:"), m_target);
    form->addRow(tr("Deadline:"), deadlineRow);
    form->addRow(tr("Status:"), m_status);
    form->addRow(tr("Leader:"), m_leaders);
    form->addRow(tr("Lead unit:"), m_leadUnits);
    form->addRow(tr("Co-operating units:"), m_coUnits);
    form->addRow(tr("Person:"), m_persons);
    form->addRow(tr("Remarks:"), m_remarks);

    m_progressView->setObjectName(QStringLiteral("progressView"));
    m_progressView->setModel(m_progress);
    m_progressView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_progressView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_progressView->setWordWrap(true);
    m_progressView->verticalHeader()->hide();
    m_progressView->horizontalHeader()->setSectionResizeMode(
        ProgressModel::TextColumn, QHeaderView::Stretch);
    m_progressView->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_progressView->setMinimumHeight(m_progressView->verticalHeader()->defaultSectionSize() * 4
        + m_progressView->horizontalHeader()->sizeHint().height());

    auto *progressButtons = new QHBoxLayout;
    progressButtons->addWidget(new QLabel(tr("Progress history"), this), 1);
    progressButtons->addWidget(m_removeProgress);

    // The bar at the bottom: what acts on the task, always in view.
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addProgress);
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    m_save->setDefault(true);

    // Shown when a save met a newer version of the task (someone else's change).
    m_conflict->setObjectName(QStringLiteral("conflictBar"));
    m_conflict->setAutoFillBackground(true);
    QPalette conflictPalette = m_conflict->palette();
    conflictPalette.setColor(QPalette::Window, QColor(0xff, 0xf4, 0xd6));
    conflictPalette.setColor(QPalette::WindowText, QColor(0x5d, 0x40, 0x37));
    m_conflict->setPalette(conflictPalette);
    m_conflictText->setWordWrap(true);
    m_conflictText->setTextFormat(Qt::PlainText);
    m_conflictText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *conflictButtons = new QHBoxLayout;
    conflictButtons->addStretch(1);
    conflictButtons->addWidget(m_dismiss);
    conflictButtons->addWidget(m_reapply);
    auto *conflictLayout = new QVBoxLayout(m_conflict);
    conflictLayout->setContentsMargins(8, 6, 8, 6);
    conflictLayout->addWidget(m_conflictText);
    conflictLayout->addLayout(conflictButtons);
    m_conflict->hide();

    // The form, the progress history and the sections plugged in below it scroll.
    auto *content = new QWidget(m_scroll);
    content->setObjectName(QStringLiteral("detailContent"));
    m_sections = new QVBoxLayout(content);
    m_sections->addWidget(m_heading);
    m_sections->addLayout(form);
    m_sections->addLayout(progressButtons);
    m_sections->addWidget(m_progressView, 1);
    m_scroll->setObjectName(QStringLiteral("detailScroll"));
    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    // Up and down only: the form takes the pane's width.
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_actionBar->setObjectName(QStringLiteral("detailActions"));
    m_actionRows->setContentsMargins(6, 4, 6, 4);
    m_actionRows->addLayout(buttons);
    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_conflict);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(line);
    layout->addWidget(m_actionBar);

    const auto changed = [this] { updateButtons(); };
    for (QPlainTextEdit *e : { m_measure, m_target, m_remarks })
        connect(e, &QPlainTextEdit::textChanged, this, changed);
    for (NameListEdit *e : { m_leaders, m_leadUnits, m_coUnits, m_persons })
        connect(e, &QLineEdit::textChanged, this, changed);
    connect(m_deadline, &QDateEdit::dateChanged, this, changed);
    connect(m_longTerm, &QCheckBox::toggled, this, [this] {
        applyPermissions(); // the deadline follows the box, if the user may change it
        updateButtons();
    });
    connect(m_status, &QComboBox::currentIndexChanged, this, changed);
    connect(m_save, &QPushButton::clicked, this, &TaskDetailPane::save);
    connect(m_revert, &QPushButton::clicked, this, &TaskDetailPane::revert);
    connect(m_reapply, &QPushButton::clicked, this, &TaskDetailPane::reapplyMine);
    connect(m_dismiss, &QPushButton::clicked, this, &TaskDetailPane::hideConflict);
    connect(m_addProgress, &QPushButton::clicked, this, &TaskDetailPane::addProgressDialog);
    connect(m_removeProgress, &QPushButton::clicked, this, &TaskDetailPane::removeSelectedProgress);
    connect(
        m_progressView->selectionModel(), &QItemSelectionModel::selectionChanged, this, changed);
    setTask(0);
}

void TaskDetailPane::addSection(QWidget *section)
{
    m_sections->addWidget(section, 1);
}

void TaskDetailPane::addActionRow(QWidget *row)
{
    m_actionRows->addWidget(row);
}

void TaskDetailPane::refreshCandidates()
{
    const Ledger &ledger = m_editor.ledger();
    const QStringList people
        = sortedForDisplay(ledger.personNames().ok() ? *ledger.personNames() : QStringList());
    const QStringList units
        = sortedForDisplay(ledger.unitNames().ok() ? *ledger.unitNames() : QStringList());
    m_leaders->setCandidates(people);
    m_persons->setCandidates(people);
    m_leadUnits->setCandidates(units);
    m_coUnits->setCandidates(units);
}

void TaskDetailPane::setTask(qint64 taskId)
{
    if (taskId != m_task.id)
        hideConflict();
    m_task = Task();
    m_task.id = taskId;
    load();
}

void TaskDetailPane::reload()
{
    if (isModified()) {
        // The user's unsaved text stays, and so does the version it was read at:
        // if the task changed meanwhile, Save says so and shows the newer values.
        refreshCandidates();
        m_progress->setTask(m_task.id);
        updateButtons();
        return;
    }
    load();
}

void TaskDetailPane::load()
{
    if (m_task.id != 0) {
        auto task = m_editor.ledger().task(m_task.id);
        if (task) {
            m_task = *task;
        } else {
            m_task = Task();
        }
    }
    refreshCandidates();
    m_progress->setTask(m_task.id);
    showTask();
}

void TaskDetailPane::showTask()
{
    m_loading = true;
    const bool has = m_task.id != 0;
    QString heading = tr("No task selected");
    if (has) {
        auto problem = m_editor.ledger().problem(m_task.problemId);
        heading = problem
            ? tr("Problem %1: %2 — task (%3)").arg(problem->code, problem->title).arg(m_task.number)
            : tr("Task (%1)").arg(m_task.number);
    }
    m_heading->setText(heading);
    m_measure->setPlainText(m_task.measure);
    m_target->setPlainText(m_task.target);
    m_deadline->setDate(m_task.deadline.isValid() ? m_task.deadline : noDeadline);
    m_longTerm->setChecked(m_task.longTerm);
    m_deadline->setEnabled(has && !m_task.longTerm);
    m_status->setCurrentIndex(m_status->findData(int(m_task.status)));
    m_leaders->setNames(m_task.responsibilities.leaders);
    m_leadUnits->setNames(m_task.responsibilities.leadUnits);
    m_coUnits->setNames(m_task.responsibilities.coUnits);
    m_persons->setNames(m_task.responsibilities.persons);
    m_remarks->setPlainText(m_task.remarks);
    for (QWidget *w : std::initializer_list<QWidget *> { m_measure, m_target, m_longTerm, m_status,
             m_leaders, m_leadUnits, m_coUnits, m_persons, m_remarks, m_addProgress })
        w->setEnabled(has);
    applyPermissions();
    m_loading = false;
    updateButtons();
}

void TaskDetailPane::setPermissions(Permissions permissions)
{
    m_permissions = std::move(permissions);
    applyPermissions();
    updateButtons();
}

Decision TaskDetailPane::may(Action action) const
{
    if (m_task.id == 0)
        return { false, QString() };
    if (isReadOnly(m_task.status) && action != Action::Reopen)
        return { false,
            tr("This task is closed (signed off); a supervisor must reopen it first.") };
    if (!m_permissions)
        return { true, QString() };
    return m_permissions(action, m_task);
}

void TaskDetailPane::applyPermissions()
{
    const bool has = m_task.id != 0;
    const Decision edit = may(Action::EditTask);
    // The text stays readable and selectable; the background says it is not an input.
    for (QPlainTextEdit *e : { m_measure, m_target, m_remarks }) {
        e->setReadOnly(has && !edit);
        e->setToolTip(edit ? QString() : edit.refusal);
        // The text area itself (the viewport) paints the background.
        e->viewport()->setBackgroundRole(edit || !has ? QPalette::Base : QPalette::Window);
    }
    for (QWidget *w : std::initializer_list<QWidget *> {
             m_status, m_leaders, m_leadUnits, m_coUnits, m_persons }) {
        w->setEnabled(has && edit);
        w->setToolTip(edit ? QString() : edit.refusal);
    }
    Decision deadline = edit;
    if (deadline)
        deadline = may(Action::ChangeDeadline);
    m_longTerm->setEnabled(has && deadline);
    m_longTerm->setToolTip(deadline ? QString() : deadline.refusal);
    m_deadline->setEnabled(has && deadline && !m_longTerm->isChecked());
    m_deadline->setToolTip(deadline ? QString() : deadline.refusal);
    const Decision progress = may(Action::AddProgress);
    m_addProgress->setEnabled(has && progress);
    m_addProgress->setToolTip(progress ? QString() : progress.refusal);
}

Task TaskDetailPane::formTask() const
{
    Task t = m_task;
    t.measure = m_measure->toPlainText().trimmed();
    t.target = m_target->toPlainText().trimmed();
    t.longTerm = m_longTerm->isChecked();
    t.deadline = t.longTerm || m_deadline->date() == noDeadline ? QDate() : m_deadline->date();
    t.remarks = m_remarks->toPlainText().trimmed();
    t.responsibilities.leaders = m_leaders->names();
    t.responsibilities.leadUnits = m_leadUnits->names();
    t.responsibilities.coUnits = m_coUnits->names();
    t.responsibilities.persons = m_persons->names();
    return t;
}

bool TaskDetailPane::isModified() const
{
    if (m_task.id == 0)
        return false;
    const Task t = formTask();
    const auto status = TaskStatus(m_status->currentData().toInt());
    return t.measure != m_task.measure.trimmed() || t.target != m_task.target.trimmed()
        || t.longTerm != m_task.longTerm || t.deadline != m_task.deadline
        || t.remarks != m_task.remarks.trimmed() || t.responsibilities != m_task.responsibilities
        || status != m_task.status;
}

void TaskDetailPane::updateButtons()
{
    if (m_loading)
        return;
    const bool modified = isModified();
    m_save->setEnabled(modified);
    m_revert->setEnabled(modified);
    const Decision progress = may(Action::AddProgress);
    m_removeProgress->setEnabled(progress && m_progressView->selectionModel()->hasSelection());
    m_removeProgress->setToolTip(progress ? QString() : progress.refusal);
}

bool TaskDetailPane::save()
{
    if (!isModified())
        return true;
    const Task t = formTask();
    const auto status = TaskStatus(m_status->currentData().toInt());
    const qint64 id = m_task.id;
    // The editor checks the version again on each write; asking first keeps a stale
    // form from leaving an empty step on the undo stack.
    {
        auto stored = m_editor.ledger().task(id);
        if (!stored || stored->version != m_task.version) {
            showConflict(t, status, Conflict::task(m_editor.ledger(), id, &t).message);
            return false;
        }
    }
    // Field edits first, then the status through its own rule (dates, guard).
    Status s;
    Task fields = t;
    fields.status = m_task.status;
    if (fields.measure != m_task.measure.trimmed() || fields.target != m_task.target.trimmed()
        || fields.longTerm != m_task.longTerm || fields.deadline != m_task.deadline
        || fields.remarks != m_task.remarks.trimmed()
        || fields.responsibilities != m_task.responsibilities) {
        m_editor.undoStack()->beginMacro(tr("Edit task (%1)").arg(m_task.number));
        s = m_editor.editTask(fields);
        // The field edit left the task one version on.
        if (s && status != m_task.status)
            s = m_editor.setTaskStatus(id, status, QString(), fields.version + 1);
        m_editor.undoStack()->endMacro();
    } else {
        s = m_editor.setTaskStatus(id, status, QString(), m_task.version);
    }
    if (!s) {
        if (s.isConflict())
            showConflict(t, status, s.error());
        else
            Q_EMIT errorOccurred(s.error());
        return false;
    }
    hideConflict();
    setTask(id);
    return true;
}

void TaskDetailPane::revert()
{
    hideConflict();
    load();
}

bool TaskDetailPane::isConflictShown() const
{
    return !m_conflict->isHidden();
}

// Nothing the user typed is lost: the form shows the stored task (someone else's
// newer values, which the user has to see before deciding), and the note lists the
// user's own changes with a button that puts them back over the newer version.
void TaskDetailPane::showConflict(const Task &mine, TaskStatus myStatus, const QString &message)
{
    m_mineBase = m_task;
    m_mine = mine;
    m_mineStatus = myStatus;
    const Task &b = m_mineBase;
    QStringList changes;
    const auto add = [&](const QString &label, const QString &value) {
        changes << tr("%1: %2").arg(label, value.isEmpty() ? tr("(empty)") : value);
    };
    const QString sep = QStringLiteral("、");
    if (mine.measure != b.measure.trimmed())
        add(tr("Measure"), mine.measure);
    if (mine.target != b.target.trimmed())
        add(tr("Target"), mine.target);
    if (mine.longTerm != b.longTerm || mine.deadline != b.deadline) {
        add(tr("Deadline"),
            mine.longTerm ? tr("Long-term")
                          : (mine.deadline.isValid() ? mine.deadline.toString(Qt::ISODate)
                                                     : tr("No deadline")));
    }
    if (myStatus != b.status)
        add(tr("Status"), taskStatusLabel(myStatus));
    const Responsibilities &mr = mine.responsibilities;
    const Responsibilities &br = b.responsibilities;
    if (mr.leaders != br.leaders)
        add(tr("Leader"), mr.leaders.join(sep));
    if (mr.leadUnits != br.leadUnits)
        add(tr("Lead unit"), mr.leadUnits.join(sep));
    if (mr.coUnits != br.coUnits)
        add(tr("Co-operating units"), mr.coUnits.join(sep));
    if (mr.persons != br.persons)
        add(tr("Person"), mr.persons.join(sep));
    if (mine.remarks != b.remarks.trimmed())
        add(tr("Remarks"), mine.remarks);

    // The form now shows what is stored.
    m_task = Task();
    m_task.id = mine.id;
    load();
    const bool gone = m_task.id == 0;
    QString text = gone ? tr("This task was deleted by another user before your changes were "
                             "saved.")
                        : tr("Another user changed this task before your changes were saved. "
                             "The form now shows the newer version.");
    text += QLatin1Char('\n') + tr("Your unsaved changes:") + QLatin1Char('\n')
        + changes.join(QLatin1Char('\n'));
    m_conflictText->setText(text);
    m_conflictText->setToolTip(message);
    m_reapply->setEnabled(!gone);
    m_conflict->show();
    // The message keeps the user's text too, whatever happens to the form next.
    Q_EMIT conflictOccurred(message + QStringLiteral("\n\n") + tr("Your unsaved changes:")
        + QLatin1Char('\n') + changes.join(QLatin1Char('\n')));
}

void TaskDetailPane::hideConflict()
{
    m_conflict->hide();
    m_conflictText->clear();
    m_mine = Task();
    m_mineBase = Task();
}

void TaskDetailPane::reapplyMine()
{
    if (m_task.id == 0 || m_task.id != m_mine.id)
        return;
    // Only the fields the user changed; the rest keep the newer values.
    const Task &b = m_mineBase;
    const Task &m = m_mine;
    if (m.measure != b.measure.trimmed())
        m_measure->setPlainText(m.measure);
    if (m.target != b.target.trimmed())
        m_target->setPlainText(m.target);
    if (m.longTerm != b.longTerm)
        m_longTerm->setChecked(m.longTerm);
    if (m.deadline != b.deadline)
        m_deadline->setDate(m.deadline.isValid() ? m.deadline : noDeadline);
    if (m_mineStatus != b.status)
        m_status->setCurrentIndex(m_status->findData(int(m_mineStatus)));
    const Responsibilities &mr = m.responsibilities;
    const Responsibilities &br = b.responsibilities;
    if (mr.leaders != br.leaders)
        m_leaders->setNames(mr.leaders);
    if (mr.leadUnits != br.leadUnits)
        m_leadUnits->setNames(mr.leadUnits);
    if (mr.coUnits != br.coUnits)
        m_coUnits->setNames(mr.coUnits);
    if (mr.persons != br.persons)
        m_persons->setNames(mr.persons);
    if (m.remarks != b.remarks.trimmed())
        m_remarks->setPlainText(m.remarks);
    hideConflict();
    updateButtons();
}

bool TaskDetailPane::addProgress(const QDate &date, const QString &text, const QString &author)
{
    ProgressEntry e;
    e.taskId = m_task.id;
    e.date = date;
    e.text = text;
    e.author = author;
    auto id = m_editor.addProgress(e);
    if (!id) {
        Q_EMIT errorOccurred(id.error());
        return false;
    }
    m_progress->reload();
    return true;
}

void TaskDetailPane::removeSelectedProgress()
{
    const QModelIndexList rows = m_progressView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    if (Status s = m_editor.removeProgress(m_progress->entryId(rows.constFirst().row())); !s)
        Q_EMIT errorOccurred(s.error());
    m_progress->reload();
    updateButtons();
}

void TaskDetailPane::addProgressDialog()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add progress"));
    auto *date = new DateEdit(m_editor.today(), &dialog);
    date->setCalendarPopup(true);
    date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto *text = new QPlainTextEdit(&dialog);
    auto *author = new QLineEdit(m_editor.ledger().actor(), &dialog);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Date:"), date);
    form->addRow(tr("Progress:"), text);
    form->addRow(tr("Reported by:"), author);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() == QDialog::Accepted)
        addProgress(date->date(), text->toPlainText(), author->text());
}

} // namespace rectify
