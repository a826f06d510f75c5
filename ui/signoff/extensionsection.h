#pragma once

#include "domain/extension.h"
#include "domain/task.h"
#include "domain/user.h"

#include <QGroupBox>
#include <QVector>
#include <optional>

class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace rectify {

class Ledger;

// 延期申请 in the task's detail: the task's extension requests (pending, approved
// with 原定时限 → 调整后时限, rejected, each with its reason); for an official
// of the task's unit, before the deadline, Request Extension… (a new date and a
// reason); for a supervisor, a pending request's Approve and Reject with a reason.
// What the user may not do is disabled with the reason as its tip; the rules are
// core's (workflow/extensions.h), which also refuses.
class ExtensionSection final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExtensionSection)

public:
    explicit ExtensionSection(Ledger &ledger, QWidget *parent = nullptr);

    void setUser(const std::optional<User> &user);
    void setTask(qint64 taskId);
    void reload();

    // For the buttons and the tests; errors are shown inline.
    bool request(const QDate &to, const QString &reason);
    bool approve();
    bool reject();

    QLabel *stateLabel() const { return m_state; }
    QListWidget *requestList() const { return m_list; }
    QPushButton *requestButton() const { return m_request; }
    QLineEdit *decisionReasonEdit() const { return m_reason; }
    QPushButton *approveButton() const { return m_approve; }
    QPushButton *rejectButton() const { return m_reject; }
    QLabel *noticeLabel() const { return m_notice; }

Q_SIGNALS:
    // A request or a decision was written (an approval moves the deadline).
    void taskChanged(qint64 taskId);

private:
    void requestDialog();
    void showNotice(const QString &text, bool error);

    Ledger &m_ledger;
    std::optional<User> m_user;
    qint64 m_taskId = 0;
    std::optional<Task> m_task;
    std::optional<ExtensionRequest> m_pending;
    QLabel *m_state;
    QListWidget *m_list;
    QPushButton *m_request;
    QLineEdit *m_reason;
    QPushButton *m_approve;
    QPushButton *m_reject;
    QLabel *m_notice;
};

} // namespace rectify
