#pragma once

#include "domain/problem.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace rectify {

class Ledger;

// Adds or edits one problem: inspection, number, category, title, description.
class ProblemDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProblemDialog)

public:
    ProblemDialog(const Ledger &ledger, const Problem &problem, QWidget *parent = nullptr);

    Problem problem() const;
    // Shown above the fields when saving met a newer version written by someone
    // else: the message (with the newer values); the fields keep the user's text.
    void showConflict(const QString &message);
    QString conflictText() const;

private:
    void accept() override;

    Problem m_problem;
    QLabel *m_conflict;
    QComboBox *m_inspection;
    QLineEdit *m_code;
    QComboBox *m_category;
    QLineEdit *m_title;
    QPlainTextEdit *m_description;
};

} // namespace rectify
