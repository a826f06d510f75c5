#include "ui/tasks/problemdialog.h"

#include "search/taskquery.h"
#include "store/ledger.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>

namespace rectify {

ProblemDialog::ProblemDialog(const Ledger &ledger, const Problem &problem, QWidget *parent)
    : QDialog(parent)
    , m_problem(problem)
    , m_conflict(new QLabel(this))
    , m_inspection(new QComboBox(this))
    , m_code(new QLineEdit(problem.code, this))
    , m_category(new QComboBox(this))
    , m_title(new QLineEdit(problem.title, this))
    , m_description(new QPlainTextEdit(problem.description, this))
{
    setWindowTitle(problem.id == 0 ? tr("Add problem") : tr("Edit problem"));
    if (auto inspections = ledger.inspections()) {
        for (const Inspection &i : *inspections)
            m_inspection->addItem(i.name, i.id);
    }
    m_inspection->setCurrentIndex(std::max(0, m_inspection->findData(problem.inspectionId)));
    m_category->setEditable(true);
    if (auto categories = TaskQuery::categories(ledger))
        m_category->addItems(*categories);
    m_category->setCurrentText(problem.category);
    m_title->setMinimumWidth(420);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *form = new QFormLayout(this);
    m_conflict->setWordWrap(true);
    m_conflict->setTextFormat(Qt::PlainText);
    m_conflict->setStyleSheet(QStringLiteral("color: #b3261e"));
    m_conflict->hide();
    form->addRow(m_conflict);
    form->addRow(tr("Inspection:"), m_inspection);
    form->addRow(tr("No.:"), m_code);
    form->addRow(tr("Category:"), m_category);
    form->addRow(tr("Problem:"), m_title);
    form->addRow(tr("Description:"), m_description);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProblemDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ProblemDialog::reject);
}

Problem ProblemDialog::problem() const
{
    Problem p = m_problem;
    p.inspectionId = m_inspection->currentData().toLongLong();
    p.code = m_code->text().trimmed();
    p.category = m_category->currentText().trimmed();
    p.title = m_title->text().trimmed();
    p.description = m_description->toPlainText().trimmed();
    return p;
}

void ProblemDialog::showConflict(const QString &message)
{
    m_conflict->setText(message + QLatin1Char('\n')
        + tr("The fields below still hold your text: OK saves it over the newer version, "
             "Cancel keeps the newer version."));
    m_conflict->show();
}

QString ProblemDialog::conflictText() const
{
    return m_conflict->isHidden() ? QString() : m_conflict->text();
}

void ProblemDialog::accept()
{
    // Say what is missing here, where it can be fixed, rather than after the write fails.
    if (m_code->text().trimmed().isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("A problem needs a number."));
        m_code->setFocus();
        return;
    }
    if (m_title->text().trimmed().isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("A problem needs a title."));
        m_title->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace rectify
