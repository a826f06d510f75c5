#pragma once

#include "domain/user.h"
#include "reporting/reminders.h"

#include <QDialog>
#include <QSet>
#include <QVector>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace rectify {

class Ledger;

// 催办: the notices to one unit, or to every late unit, of a day. The chosen
// notice is shown as the plain text to paste into an IM or OA message (Copy
// Text), and all of them can be saved as editable documents in official layout
// (DOCX or ODT). A notice copied or saved is recorded as sent, once, and then
// shows in its tasks' history (Reminders::record, a supervisor's work).
class RemindDialog final : public QDialog
{
    Q_OBJECT

public:
    // `unit` empty: every late unit. `round` empty: the newest open round.
    RemindDialog(Ledger &ledger, const User &actor, const QString &unit, const QString &round,
        const QDate &today, QWidget *parent = nullptr);

    // For the buttons and the tests: copies the chosen notice's text to the
    // clipboard; writes every notice into `folder` as .docx or .odt. Both record
    // what they send.
    bool copyCurrent();
    bool saveInto(const QString &folder, const QString &suffix);

    const QVector<Reminder> &notices() const { return m_notices; }
    QListWidget *unitList() const { return m_units; }
    QPlainTextEdit *previewText() const { return m_preview; }
    QPushButton *copyButton() const { return m_copy; }
    QPushButton *saveButton() const { return m_save; }
    QComboBox *formatBox() const { return m_format; }
    QLabel *messageLabel() const { return m_message; }

private:
    void showCurrent();
    void chooseFolder();
    bool recordSent(const Reminder &reminder);
    void setMessage(const QString &text, bool error);

    Ledger &m_ledger;
    User m_actor;
    QVector<Reminder> m_notices;
    QSet<QString> m_recorded; // units whose notice was recorded from this dialog
    QListWidget *m_units;
    QPlainTextEdit *m_preview;
    QPushButton *m_copy;
    QComboBox *m_format;
    QPushButton *m_save;
    QLabel *m_message;
};

} // namespace rectify
