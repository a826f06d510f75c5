#pragma once

#include "domain/user.h"
#include "reporting/formcollector.h"
#include "ui/rounds/reminddialog.h"

#include <QDialog>
#include <QPointer>
#include <QVector>
#include <optional>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace rectify {

class Ledger;

// 报送: the ledger's reporting rounds and, for the chosen round, which units
// reported on time, late or not at all. A supervisor opens and closes rounds,
// writes each unit's form into a folder and collects returned forms (chosen or
// dropped on the dialog): they are checked and previewed first, and written
// when the preview is accepted, each file whole or not at all, and sends 催办
// notices to the late units (RemindDialog).
class RoundsDialog final : public QDialog
{
    Q_OBJECT

public:
    // `actor` is who works now; without one everything is read-only.
    RoundsDialog(Ledger &ledger, const std::optional<User> &actor, QWidget *parent = nullptr);

    // For the buttons, the drop and the tests: forms of the chosen round into
    // `folder`; the files returned by units checked and shown (nothing written);
    // the previewed files that can be accepted written.
    bool writeForms(const QString &folder, bool csv);
    void previewFiles(const QStringList &files);
    void acceptPreview();
    // 催办: the notices to the unit chosen in the status table, or with none
    // chosen to every late unit, in a dialog of their own (left open beside this one).
    void openReminders();

    QTableWidget *roundTable() const { return m_rounds; }
    QTableWidget *unitTable() const { return m_units; }
    QLabel *summaryLabel() const { return m_summary; }
    QPlainTextEdit *previewText() const { return m_preview; }
    QPushButton *acceptButton() const { return m_accept; }
    QLineEdit *nameEdit() const { return m_name; }
    QDateEdit *dueEdit() const { return m_due; }
    QPushButton *openButton() const { return m_open; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *remindButton() const { return m_remind; }
    RemindDialog *reminderDialog() const { return m_reminders; }

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void reloadRounds(const QString &select = QString());
    void showStatus();
    void openRound();
    void closeRound();
    void chooseFolder();
    void chooseFiles();
    QString currentRoundName() const;
    void setMessage(const QString &text, bool error);

    Ledger &m_ledger;
    std::optional<User> m_actor;
    QTableWidget *m_rounds;
    QTableWidget *m_units;
    QLabel *m_summary;
    QLineEdit *m_name;
    QDateEdit *m_due;
    QPushButton *m_open;
    QPushButton *m_close;
    QPushButton *m_forms;
    QCheckBox *m_csv;
    QPushButton *m_collect;
    QPushButton *m_remind;
    QPointer<RemindDialog> m_reminders;
    QPlainTextEdit *m_preview;
    QPushButton *m_accept;
    QLabel *m_message;
    QStringList m_previewed; // files that passed the preview
};

} // namespace rectify
