#include "ui/signoff/signoffconfirmdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rectify {

SignoffConfirmDialog::SignoffConfirmDialog(
    const QString &taskRef, const QString &measure, const QString &comment, QWidget *parent)
    : QDialog(parent)
    , m_task(new QLabel(this))
    , m_comment(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Sign off"));
    m_task->setObjectName(QStringLiteral("signoffConfirmTask"));
    m_task->setWordWrap(true);
    m_task->setTextFormat(Qt::PlainText);
    m_task->setText(tr("Task %1: %2").arg(taskRef, measure));
    auto *question = new QLabel(tr("Sign this task off?"), this);
    QFont bold = question->font();
    bold.setBold(true);
    question->setFont(bold);
    auto *commentLabel = new QLabel(tr("&Comment (optional, kept with the sign-off):"), this);
    commentLabel->setBuddy(m_comment);
    m_comment->setPlainText(comment);
    m_comment->setTabChangesFocus(true);
    m_comment->setPlaceholderText(tr("e.g. checked on site, the evidence is complete"));
    m_comment->setMaximumHeight(100);
    // Buttons of its own words (确定 / 取消): a standard button's text is reset to
    // Qt's own on a language change.
    auto *buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(tr("OK"), QDialogButtonBox::AcceptRole);
    m_cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    m_ok->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_task);
    layout->addWidget(question);
    layout->addWidget(commentLabel);
    layout->addWidget(m_comment);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_comment->setFocus();
    resize(480, sizeHint().height());
}

QString SignoffConfirmDialog::comment() const
{
    return m_comment->toPlainText().trimmed();
}

} // namespace rectify
