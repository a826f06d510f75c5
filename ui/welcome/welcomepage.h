#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace rectify {

// What a ledger without problems shows instead of its empty lists: where to
// start. Import the Excel ledger, enter the first problem, look at the sample
// ledger, or save the import template to fill in.
class WelcomePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    QPushButton *importButton() const { return m_import; }
    QPushButton *addProblemButton() const { return m_addProblem; }
    QPushButton *sampleButton() const { return m_sample; }
    QPushButton *templateButton() const { return m_template; }

Q_SIGNALS:
    void importRequested();
    void addProblemRequested();
    void sampleRequested();
    void templateRequested();

private:
    QPushButton *m_import;
    QPushButton *m_addProblem;
    QPushButton *m_sample;
    QPushButton *m_template;
};

} // namespace rectify
