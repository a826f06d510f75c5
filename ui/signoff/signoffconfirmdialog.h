#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace rectify {

// 销号 asks before it signs off: the task's reference and measure, "确认销号？",
// an optional comment kept with the sign-off (its audit entry, shown in the
// history), 确定 / 取消; Esc cancels.
class SignoffConfirmDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignoffConfirmDialog)

public:
    SignoffConfirmDialog(const QString &taskRef, const QString &measure, const QString &comment,
        QWidget *parent = nullptr);

    QString comment() const;
    QLabel *taskLabel() const { return m_task; }
    QPlainTextEdit *commentEdit() const { return m_comment; }
    QPushButton *okButton() const { return m_ok; }
    QPushButton *cancelButton() const { return m_cancel; }

private:
    QLabel *m_task;
    QPlainTextEdit *m_comment;
    QPushButton *m_ok;
    QPushButton *m_cancel;
};

} // namespace rectify
