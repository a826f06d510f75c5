#pragma once

#include "domain/problem.h"

#include <QDialog>

class QComboBox;
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

private:
    void accept() override;

    Problem m_problem;
    QComboBox *m_inspection;
    QLineEdit *m_code;
    QComboBox *m_category;
    QLineEdit *m_title;
    QPlainTextEdit *m_description;
};

} // namespace rectify
