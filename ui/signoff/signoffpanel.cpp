#include "ui/signoff/signoffpanel.h"

#include "store/evidencecontent.h"
#include "store/ledger.h"
#include "ui/audit/auditoutput.h"
#include "ui/audit/audittable.h"
#include "ui/signoff/signoffconfirmdialog.h"
#include "workflow/auditquery.h"
#include "workflow/workflow.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QUrl>
#include <QVBoxLayout>

namespace rectify {

SignoffPanel::SignoffPanel(Ledger &ledger, QWidget *parent)
    : QWidget(parent)
    , m_ledger(ledger)
    , m_tabs(new QTabWidget(this))
    , m_state(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
    , m_pending(new QListWidget(this))
    , m_addEvidence(new QPushButton(tr("Add evidence…"), this))
    , m_complete(new QPushButton(tr("Complete"), this))
    , m_close(new QPushButton(tr("Sign off"), this))
    , m_reject(new QPushButton(tr("Reject"), this))
    , m_reopen(new QPushButton(tr("Reopen"), this))
    , m_notice(new QLabel(this))
    , m_evidence(new QListWidget(this))
    , m_openEvidence(new QPushButton(tr("Open"), this))
    , m_saveEvidence(new QPushButton(tr("Save As…"), this))
    , m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
    , m_history(new AuditTable(ledger, this))
    , m_exportHistory(new QPushButton(tr("Export…"), this))
    , m_printHistory(new QPushButton(tr("Print…"), this))
{
    setObjectName(QStringLiteral("signoffPanel"));
    m_text->setPlaceholderText(
        tr("What was done (to complete), or the reason (to reject or reopen)"));
    m_text->setMaximumHeight(80);
    m_pending->setMaximumHeight(60);
    m_evidence->setMaximumHeight(80);
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->setObjectName(QStringLiteral("signoffNotice"));
    m_state->setWordWrap(true);
    m_complete->setToolTip(tr("完成: the work is done, awaiting sign-off"));
    m_close->setToolTip(tr("销号: sign the completed task off"));

    auto *actions = new QWidget(this);
    auto *evidenceRow = new QHBoxLayout;
    // Labels wrap rather than widen the narrow detail pane.
    auto *attachLabel = new QLabel(tr("Evidence to attach:"), actions);
    attachLabel->setWordWrap(true);
    evidenceRow->addWidget(attachLabel, 1);
    evidenceRow->addWidget(m_addEvidence);
    // One row of four under the task's own buttons.
    m_bar = new QWidget(this);
    m_bar->setObjectName(QStringLiteral("signoffActions"));
    auto *buttons = new QGridLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_complete, 0, 0);
    buttons->addWidget(m_close, 0, 1);
    buttons->addWidget(m_reject, 0, 2);
    buttons->addWidget(m_reopen, 0, 3);
    auto *bl = new QVBoxLayout(m_bar);
    bl->setContentsMargins(0, 0, 0, 0);
    bl->addLayout(buttons);
    bl->addWidget(m_notice);
    auto *al = new QVBoxLayout(actions);
    al->addWidget(m_state);
    al->addWidget(m_text);
    al->addLayout(evidenceRow);
    al->addWidget(m_pending);
    auto *onFileRow = new QHBoxLayout;
    auto *onFileLabel = new QLabel(tr("Evidence on file:"), actions);
    onFileLabel->setWordWrap(true);
    onFileRow->addWidget(onFileLabel, 1);
    onFileRow->addWidget(m_openEvidence);
    onFileRow->addWidget(m_saveEvidence);
    al->addLayout(onFileRow);
    al->addWidget(m_evidence);
    m_openEvidence->setToolTip(tr("Open a copy of the selected file"));
    m_saveEvidence->setToolTip(tr("Save the selected file elsewhere"));
    m_tabs->addTab(actions, tr("Sign-off"));
    auto *historyPage = new QWidget(this);
    auto *hl = new QVBoxLayout(historyPage);
    hl->setContentsMargins(0, 0, 0, 0);
    hl->addWidget(m_history, 1);
    auto *historyButtons = new QHBoxLayout;
    historyButtons->addStretch(1);
    historyButtons->addWidget(m_exportHistory);
    historyButtons->addWidget(m_printHistory);
    hl->addLayout(historyButtons);
    m_exportHistory->setToolTip(tr("Save this task's history as an Excel workbook or a CSV file"));
    m_printHistory->setToolTip(tr("Print this task's history (A4 landscape)"));
    m_tabs->addTab(historyPage, tr("History"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    layout->addWidget(m_bar);

    connect(m_complete, &QPushButton::clicked, this, &SignoffPanel::complete);
    connect(m_close, &QPushButton::clicked, this, &SignoffPanel::signOff);
    connect(m_reject, &QPushButton::clicked, this, &SignoffPanel::reject);
    connect(m_reopen, &QPushButton::clicked, this, &SignoffPanel::reopen);
    connect(m_addEvidence, &QPushButton::clicked, this, &SignoffPanel::chooseEvidence);
    connect(m_exportHistory, &QPushButton::clicked, this, [this] {
        AuditOutput::exportWithDialog(
            m_ledger, m_history->entries(), tr("History of task %1").arg(taskRef()), this);
    });
    connect(m_printHistory, &QPushButton::clicked, this, [this] {
        AuditOutput::printWithPreview(
            m_ledger, m_history->entries(), tr("History of task %1").arg(taskRef()), this);
    });
    connect(m_openEvidence, &QPushButton::clicked, this,
        [this] { openEvidence(m_evidence->currentRow()); });
    connect(m_saveEvidence, &QPushButton::clicked, this, &SignoffPanel::saveEvidenceAs);
    connect(m_evidence, &QListWidget::itemActivated, this,
        [this](QListWidgetItem *item) { openEvidence(m_evidence->row(item)); });
    connect(
        m_evidence, &QListWidget::currentRowChanged, this, &SignoffPanel::updateEvidenceButtons);
    reload();
}

SignoffPanel::~SignoffPanel() = default;

void SignoffPanel::setUser(const std::optional<User> &user)
{
    m_user = user;
    reload();
}

void SignoffPanel::setTask(qint64 taskId)
{
    if (taskId != m_taskId) {
        m_text->clear();
        m_pending->clear();
        m_notice->clear();
        m_noticeIsRefusal = false;
    }
    m_taskId = taskId;
    reload();
}

void SignoffPanel::addEvidenceFile(const QString &path)
{
    // A file a server ledger will refuse is said at once, not after 完成.
    if (auto fits = EvidenceContent::checkSize(m_ledger, path); !fits) {
        showNotice(fits.error(), true);
        return;
    }
    auto *item = new QListWidgetItem(QFileInfo(path).fileName(), m_pending);
    item->setData(Qt::UserRole, path);
    item->setToolTip(QDir::toNativeSeparators(path));
}

void SignoffPanel::chooseEvidence()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Add evidence"));
    for (const QString &f : files)
        addEvidenceFile(f);
}

void SignoffPanel::updateEvidenceButtons()
{
    const bool selected = m_evidence->currentRow() >= 0;
    m_openEvidence->setEnabled(selected);
    m_saveEvidence->setEnabled(selected);
}

bool SignoffPanel::openEvidence(int row)
{
    if (row < 0 || row >= m_evidenceRows.size())
        return false;
    const Evidence &e = m_evidenceRows.at(row);
    if (!m_openedCopies)
        m_openedCopies = std::make_unique<QTemporaryDir>();
    if (!m_openedCopies->isValid()) {
        showNotice(tr("Cannot create a temporary folder to open %1 in.").arg(e.fileName), true);
        return false;
    }
    // One folder per evidence row: two files of the same name stay apart. The
    // copy goes when the window closes.
    const QString dir = m_openedCopies->filePath(QString::number(e.id));
    QDir().mkpath(dir);
    // The stored name is data: only its safe base name goes under the folder.
    const QString copy = QDir(dir).filePath(EvidenceContent::safeFileName(e.fileName));
    if (auto saved = EvidenceContent::save(m_ledger, e, copy); !saved) {
        showNotice(saved.error(), true);
        return false;
    }
    if (!m_openUrl(QUrl::fromLocalFile(copy))) {
        showNotice(
            tr("No program opens %1 here; save it elsewhere with Save As….").arg(e.fileName), true);
        return false;
    }
    return true;
}

bool SignoffPanel::saveEvidence(int row, const QString &target)
{
    if (row < 0 || row >= m_evidenceRows.size() || target.isEmpty())
        return false;
    const Evidence &e = m_evidenceRows.at(row);
    if (auto saved = EvidenceContent::save(m_ledger, e, target); !saved) {
        showNotice(saved.error(), true);
        return false;
    }
    showNotice(tr("Saved %1 as %2.").arg(e.fileName, QDir::toNativeSeparators(target)), false);
    return true;
}

void SignoffPanel::saveEvidenceAs()
{
    const int row = m_evidence->currentRow();
    if (row < 0 || row >= m_evidenceRows.size())
        return;
    const QString target = QFileDialog::getSaveFileName(this, tr("Save evidence as"),
        QDir::home().filePath(EvidenceContent::safeFileName(m_evidenceRows.at(row).fileName)));
    if (!target.isEmpty())
        saveEvidence(row, target);
}

void SignoffPanel::showNotice(const QString &text, bool error)
{
    m_notice->setStyleSheet(
        error ? QStringLiteral("color: #b3261e") : QStringLiteral("color: #1b5e20"));
    m_notice->setText(text);
    m_noticeIsRefusal = false;
}

void SignoffPanel::reload()
{
    m_task.reset();
    m_evidence->clear();
    m_evidenceRows.clear();
    updateEvidenceButtons();
    const QList<QPushButton *> buttons { m_complete, m_close, m_reject, m_reopen };
    if (m_taskId != 0) {
        auto t = m_ledger.task(m_taskId);
        if (t)
            m_task = *t;
    }
    if (!m_task) {
        m_state->setText(tr("No task selected."));
        for (QPushButton *b : buttons)
            b->setEnabled(false);
        m_text->setEnabled(false);
        m_addEvidence->setEnabled(false);
        m_history->setEntries({});
        m_exportHistory->setEnabled(false);
        m_printHistory->setEnabled(false);
        return;
    }
    const Task &t = *m_task;
    QString state = tr("Status: %1").arg(taskStatusLabel(t.status));
    if (t.status == TaskStatus::Completed)
        state += tr(" — awaiting sign-off");
    if (t.status == TaskStatus::Closed && t.closedOn.isValid())
        state += tr(" on %1").arg(t.closedOn.toString(Qt::ISODate));
    m_state->setText(state);

    // Each button: allowed by role and state, or disabled with the refusal as tip.
    const struct
    {
        QPushButton *button;
        Action action;
    } map[] = { { m_complete, Action::Complete }, { m_close, Action::Close },
        { m_reject, Action::Reject }, { m_reopen, Action::Reopen } };
    QString refusal;
    for (const auto &m : map) {
        Decision d;
        if (!m_user) {
            d = { false, tr("Choose who you are first: File → Switch User…") };
        } else {
            d = Workflow(m_ledger, *m_user).can(m.action, t);
        }
        m.button->setEnabled(d.allowed);
        m.button->setToolTip(d.allowed ? QString() : d.refusal);
        // Show inline why an action this state calls for is refused (by role).
        const bool fitsState = Workflow::stateAllows(m.action, t.status).allowed;
        if (!d.allowed && fitsState && refusal.isEmpty())
            refusal = d.refusal;
    }
    const bool anyAllowed = m_complete->isEnabled() || m_close->isEnabled() || m_reject->isEnabled()
        || m_reopen->isEnabled();
    m_text->setEnabled(anyAllowed);
    m_addEvidence->setEnabled(m_complete->isEnabled());
    // The refusal is the current user's: it goes when the user (or the task's
    // state) no longer calls for it, and a notice of what was done stays.
    if (!refusal.isEmpty()) {
        showNotice(refusal, true);
        m_noticeIsRefusal = true;
    } else if (m_noticeIsRefusal) {
        m_notice->clear();
        m_noticeIsRefusal = false;
    }

    if (auto ev = m_ledger.evidence(t.id)) {
        const QLocale locale;
        for (const Evidence &e : *ev) {
            auto *item = new QListWidgetItem(
                QStringLiteral("%1 (%2, %3)")
                    .arg(e.fileName, locale.formattedDataSize(e.size), e.addedBy),
                m_evidence);
            item->setToolTip(QStringLiteral("SHA-256 %1\n%2").arg(e.sha256, e.storedPath));
            m_evidenceRows << e;
        }
    }
    AuditFilter f;
    f.taskId = t.id;
    if (auto entries = AuditQuery::run(m_ledger, f))
        m_history->setEntries(*entries);
    m_exportHistory->setEnabled(true);
    m_printHistory->setEnabled(true);
}

QString SignoffPanel::taskRef() const
{
    if (!m_task)
        return QString();
    auto p = m_ledger.problem(m_task->problemId);
    return p ? QStringLiteral("%1.%2").arg(p->code).arg(m_task->number)
             : QStringLiteral("#%1").arg(m_task->id);
}

bool SignoffPanel::run(Action action, const QString &text)
{
    if (!m_task || !m_user)
        return false;
    Workflow workflow(m_ledger, *m_user);
    Status s;
    QString done;
    switch (action) {
    case Action::Complete: {
        QStringList files;
        for (int i = 0; i < m_pending->count(); ++i)
            files << m_pending->item(i)->data(Qt::UserRole).toString();
        s = workflow.complete(m_taskId, text, files, m_task->version);
        done = tr("Completed; the task awaits sign-off.");
        break;
    }
    case Action::Close:
        s = workflow.close(m_taskId, text, m_task->version);
        done = tr("Signed off.");
        break;
    case Action::Reject:
        s = workflow.reject(m_taskId, text, m_task->version);
        done = tr("Sign-off rejected; the task is in progress again.");
        break;
    case Action::Reopen:
        s = workflow.reopen(m_taskId, text, m_task->version);
        done = tr("Reopened; the task is in progress again.");
        break;
    default:
        return false;
    }
    if (!s) {
        // Someone else changed the task since it was shown: show its state now; the
        // text typed for the action stays in its box.
        if (s.isConflict())
            reload();
        showNotice(s.error(), true);
        // Most refusals ask for the text: bring its box into view.
        if (m_text->isEnabled()) {
            m_text->setFocus();
            for (QWidget *w = parentWidget(); w; w = w->parentWidget()) {
                if (auto *area = qobject_cast<QScrollArea *>(w)) {
                    area->ensureWidgetVisible(m_text);
                    break;
                }
            }
        }
        return false;
    }
    m_text->clear();
    m_pending->clear();
    reload();
    showNotice(done, false);
    Q_EMIT taskTransitioned(m_taskId);
    return true;
}

bool SignoffPanel::complete()
{
    return run(Action::Complete, m_text->toPlainText().trimmed());
}

bool SignoffPanel::signOff()
{
    if (!m_task || !m_user)
        return false;
    // Signing off closes the task for good (only a supervisor can reopen it):
    // asked once more, with the comment that goes with it.
    SignoffConfirmDialog confirm(taskRef(), m_task->measure, m_text->toPlainText().trimmed(), this);
    if (confirm.exec() != QDialog::Accepted)
        return false;
    return run(Action::Close, confirm.comment());
}

bool SignoffPanel::reject()
{
    return run(Action::Reject, m_text->toPlainText().trimmed());
}

bool SignoffPanel::reopen()
{
    return run(Action::Reopen, m_text->toPlainText().trimmed());
}

} // namespace rectify
