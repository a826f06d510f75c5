#include "ui/signoff/extensionsection.h"

#include "store/ledger.h"
#include "workflow/extensions.h"
#include "workflow/permission.h"

#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rectify {

namespace {

QString iso(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("—");
}

} // namespace

ExtensionSection::ExtensionSection(Ledger &ledger, QWidget *parent)
    : QGroupBox(tr("Deadline Extension"), parent)
    , m_ledger(ledger)
    , m_state(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_request(new QPushButton(tr("Request E&xtension…"), this))
    , m_reason(new QLineEdit(this))
    , m_approve(new QPushButton(tr("Approve"), this))
    , m_reject(new QPushButton(tr("Re&ject Request"), this))
    , m_notice(new QLabel(this))
{
    setObjectName(QStringLiteral("extensionSection"));
    m_state->setWordWrap(true);
    m_notice->setWordWrap(true);
    m_list->setMaximumHeight(110);
    m_list->setWordWrap(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setTextElideMode(Qt::ElideNone);
    m_reason->setPlaceholderText(tr("Reason of the decision (needed to reject)"));
    // Narrow: the detail pane is a column beside the lists.
    auto *decide = new QHBoxLayout;
    decide->addStretch(1);
    decide->addWidget(m_approve);
    decide->addWidget(m_reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addWidget(m_list);
    layout->addWidget(m_request, 0, Qt::AlignLeft);
    layout->addWidget(m_reason);
    layout->addLayout(decide);
    layout->addWidget(m_notice);
    connect(m_request, &QPushButton::clicked, this, &ExtensionSection::requestDialog);
    connect(m_approve, &QPushButton::clicked, this, &ExtensionSection::approve);
    connect(m_reject, &QPushButton::clicked, this, &ExtensionSection::reject);
    reload();
}

void ExtensionSection::setUser(const std::optional<User> &user)
{
    m_user = user;
    reload();
}

void ExtensionSection::setTask(qint64 taskId)
{
    if (taskId != m_taskId)
        m_notice->clear();
    m_taskId = taskId;
    reload();
}

void ExtensionSection::showNotice(const QString &text, bool error)
{
    m_notice->setStyleSheet(error ? QStringLiteral("color: #b3261e") : QString());
    m_notice->setText(text);
}

void ExtensionSection::reload()
{
    m_task.reset();
    m_pending.reset();
    m_list->clear();
    const auto disable = [](QWidget *w, const QString &why) {
        w->setEnabled(false);
        w->setToolTip(why);
    };
    if (m_taskId <= 0) {
        m_state->setText(tr("No task chosen."));
        for (QWidget *w :
            std::initializer_list<QWidget *> { m_request, m_reason, m_approve, m_reject })
            disable(w, QString());
        return;
    }
    auto task = m_ledger.task(m_taskId);
    auto all = m_ledger.extensions(m_taskId);
    if (!task || !all) {
        showNotice(!task ? task.error() : all.error(), true);
        return;
    }
    m_task = *task;
    for (const ExtensionRequest &e : std::as_const(*all)) {
        QString line;
        switch (e.state) {
        case ExtensionRequest::State::Pending:
            m_pending = e;
            line = tr("%1 %2 asks for %3: %4 (pending)")
                       .arg(iso(e.requestedOn), e.requestedBy, iso(e.requestedTo), e.reason);
            break;
        case ExtensionRequest::State::Approved:
            line = tr("%1 approved by %2: %3 → %4. %5")
                       .arg(iso(e.decidedOn), e.decidedBy, iso(e.originalDeadline),
                           iso(e.requestedTo), e.decisionReason);
            break;
        case ExtensionRequest::State::Rejected:
            line = tr("%1 rejected by %2 (asked for %3): %4")
                       .arg(iso(e.decidedOn), e.decidedBy, iso(e.requestedTo), e.decisionReason);
            break;
        }
        m_list->addItem(line);
    }
    m_list->setVisible(m_list->count() > 0);
    auto original = Extensions::originalDeadline(m_ledger, m_taskId);
    QString state = m_task->longTerm || !m_task->deadline.isValid()
        ? tr("No deadline to extend.")
        : tr("Deadline %1.").arg(iso(m_task->deadline));
    if (original && original->isValid())
        state = tr("Original deadline %1, adjusted to %2.")
                    .arg(iso(*original), iso(m_task->deadline));
    if (m_pending)
        state += QLatin1Char('\n')
            + tr("A request for %1 awaits a supervisor's decision.")
                  .arg(iso(m_pending->requestedTo));
    m_state->setText(state);

    const QString nobody = tr("Choose who you are first: File → Switch User…");
    // Asking: an official of the task's unit (or a supervisor), before the deadline,
    // with no request pending.
    Decision ask = m_user
        ? Permission::check(*m_user, Action::RequestExtension, &m_task->responsibilities)
        : Decision { false, nobody };
    if (ask && m_pending)
        ask = { false, tr("A request is already pending.") };
    if (ask) {
        const QDate today = m_ledger.now().toLocalTime().date();
        ask = Extensions::requestAllowed(
            *m_task, m_task->deadline.isValid() ? m_task->deadline.addDays(1) : QDate(), today);
    }
    m_request->setEnabled(ask.allowed);
    m_request->setToolTip(ask.refusal);
    Decision decide
        = m_user ? Permission::check(*m_user, Action::DecideExtension) : Decision { false, nobody };
    if (decide && !m_pending)
        decide = { false, tr("No request is pending.") };
    for (QWidget *w : std::initializer_list<QWidget *> { m_reason, m_approve, m_reject }) {
        w->setEnabled(decide.allowed);
        w->setToolTip(decide.refusal);
    }
    m_reason->setVisible(decide.allowed || m_pending.has_value());
    m_approve->setVisible(decide.allowed || m_pending.has_value());
    m_reject->setVisible(decide.allowed || m_pending.has_value());
}

void ExtensionSection::requestDialog()
{
    if (!m_task)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Request a Later Deadline"));
    auto *to = new QDateEdit(&dialog);
    to->setCalendarPopup(true);
    to->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    to->setDate(m_task->deadline.addMonths(1));
    auto *reason = new QPlainTextEdit(&dialog);
    reason->setPlaceholderText(tr("Why the work needs more time"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(new QLabel(tr("Current deadline: %1").arg(iso(m_task->deadline)), &dialog));
    form->addRow(tr("New &deadline:"), to);
    form->addRow(tr("&Reason:"), reason);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() == QDialog::Accepted)
        request(to->date(), reason->toPlainText());
}

bool ExtensionSection::request(const QDate &to, const QString &reason)
{
    if (!m_user || m_taskId <= 0)
        return false;
    auto id = Extensions(m_ledger, *m_user).request(m_taskId, to, reason);
    if (!id) {
        showNotice(id.error(), true);
        return false;
    }
    showNotice(tr("Asked for a deadline of %1; a supervisor decides.").arg(iso(to)), false);
    reload();
    Q_EMIT taskChanged(m_taskId);
    return true;
}

bool ExtensionSection::approve()
{
    if (!m_user || !m_pending)
        return false;
    const QDate to = m_pending->requestedTo;
    if (auto s = Extensions(m_ledger, *m_user).approve(m_taskId, m_reason->text()); !s) {
        showNotice(s.error(), true);
        return false;
    }
    m_reason->clear();
    showNotice(tr("Approved: the deadline is now %1.").arg(iso(to)), false);
    reload();
    Q_EMIT taskChanged(m_taskId);
    return true;
}

bool ExtensionSection::reject()
{
    if (!m_user || !m_pending)
        return false;
    if (auto s = Extensions(m_ledger, *m_user).reject(m_taskId, m_reason->text()); !s) {
        showNotice(s.error(), true);
        return false;
    }
    m_reason->clear();
    showNotice(tr("Rejected: the deadline stays as it was."), false);
    reload();
    Q_EMIT taskChanged(m_taskId);
    return true;
}

} // namespace rectify
