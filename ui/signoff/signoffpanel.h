#pragma once

#include "domain/evidence.h"
#include "domain/task.h"
#include "domain/user.h"
#include "workflow/permission.h"

#include <QVector>
#include <QWidget>
#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTemporaryDir;
class QUrl;

namespace rectify {

class AuditTable;
class Ledger;

// Under the task detail: the sign-off actions of the selected task (完成 with a
// text and optional evidence files, 销号, 驳回 and 重新打开 with a reason),
// enabled by Permission and the task's state, refusals shown inline; and the
// task's history (its audit entries, progress and evidence included). The
// evidence on file opens (a copy in a temporary folder, so that a viewer cannot
// change the stored one) or is saved elsewhere, on a ledger file or a server.
class SignoffPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignoffPanel)

public:
    explicit SignoffPanel(Ledger &ledger, QWidget *parent = nullptr);
    ~SignoffPanel() override;

    // How a file is shown to the user (QDesktopServices::openUrl by default;
    // tests record the address instead).
    using UrlOpener = std::function<bool(const QUrl &url)>;
    void setUrlOpener(UrlOpener opener) { m_openUrl = std::move(opener); }

    void setUser(const std::optional<User> &user);
    void setTask(qint64 taskId);
    qint64 taskId() const { return m_taskId; }
    void reload();

    // Evidence files to attach with the next 完成 (one over a server ledger's
    // limit is refused here, inline).
    void addEvidenceFile(const QString &path);

    QTabWidget *tabs() const { return m_tabs; }
    // The sign-off buttons and the notice of what they did (or why they are
    // refused): under the panel, or moved where they stay in view (the bar at the
    // bottom of the task's detail pane).
    QWidget *actionBar() const { return m_bar; }
    QLabel *stateLabel() const { return m_state; }
    QPlainTextEdit *textEdit() const { return m_text; }
    QPushButton *completeButton() const { return m_complete; }
    QPushButton *closeButton() const { return m_close; }
    QPushButton *rejectButton() const { return m_reject; }
    QPushButton *reopenButton() const { return m_reopen; }
    QLabel *noticeLabel() const { return m_notice; }
    QListWidget *pendingEvidence() const { return m_pending; }
    QListWidget *evidenceList() const { return m_evidence; }
    QPushButton *openEvidenceButton() const { return m_openEvidence; }
    QPushButton *saveEvidenceButton() const { return m_saveEvidence; }

    // The evidence in row `row` of evidenceList(): written to a temporary file
    // and opened, or written to `target`. Errors are shown inline.
    bool openEvidence(int row);
    bool saveEvidence(int row, const QString &target);
    AuditTable *history() const { return m_history; }
    QPushButton *exportHistoryButton() const { return m_exportHistory; }
    QPushButton *printHistoryButton() const { return m_printHistory; }
    // The task's reference as people say it ("4.2"); empty without a task.
    QString taskRef() const;

public Q_SLOTS:
    bool complete();
    // Asks first (SignoffConfirmDialog, with the text typed as its comment).
    bool signOff();
    bool reject();
    bool reopen();

Q_SIGNALS:
    // A transition was written: the window refreshes its lists.
    void taskTransitioned(qint64 taskId);

private:
    bool run(Action action, const QString &text);
    void showNotice(const QString &text, bool error);
    void chooseEvidence();
    void saveEvidenceAs();
    void updateEvidenceButtons();

    Ledger &m_ledger;
    std::optional<User> m_user;
    qint64 m_taskId = 0;
    std::optional<Task> m_task;
    QTabWidget *m_tabs;
    QLabel *m_state;
    QPlainTextEdit *m_text;
    QListWidget *m_pending;
    QPushButton *m_addEvidence;
    QPushButton *m_complete;
    QPushButton *m_close;
    QPushButton *m_reject;
    QPushButton *m_reopen;
    QLabel *m_notice;
    QWidget *m_bar = nullptr;
    bool m_noticeIsRefusal = false; // the notice is reload()'s refusal, not a result
    QListWidget *m_evidence;
    QPushButton *m_openEvidence;
    QPushButton *m_saveEvidence;
    QVector<Evidence> m_evidenceRows; // what m_evidence shows, row by row
    std::unique_ptr<QTemporaryDir> m_openedCopies;
    UrlOpener m_openUrl;
    AuditTable *m_history;
    QPushButton *m_exportHistory;
    QPushButton *m_printHistory;
};

} // namespace rectify
