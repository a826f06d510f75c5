#include "ui/welcome/welcomepage.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace rectify {

namespace {

QPushButton *bigButton(const QString &text, const QString &tip, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setToolTip(tip);
    b->setMinimumHeight(b->sizeHint().height() * 2);
    b->setMinimumWidth(b->fontMetrics().horizontalAdvance(QStringLiteral("中")) * 12);
    QFont f = b->font();
    f.setPointSizeF(f.pointSizeF() * 1.15);
    b->setFont(f);
    return b;
}

} // namespace

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_import(bigButton(tr("Import a ledger…"),
          tr("Read the problem, task and responsibility lists from an Excel or CSV file."), this))
    , m_addProblem(bigButton(tr("Add a problem…"), tr("Enter the first problem by hand."), this))
    , m_sample(bigButton(tr("Open the sample ledger"),
          tr("A filled-in ledger to try Rectify on; your own ledger stays as it is."), this))
    , m_template(bigButton(tr("Save the import template…"),
          tr("An Excel workbook and a CSV file with the columns Rectify reads and one example "
             "row."),
          this))
{
    setObjectName(QStringLiteral("welcomePage"));
    auto *title = new QLabel(tr("This ledger has no problems yet"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    title->setFont(big);
    title->setAlignment(Qt::AlignCenter);
    auto *text = new QLabel(tr("Start with the ledger your office keeps in Excel, or enter the "
                               "problems fed back by the inspection one by one."),
        this);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    m_import->setIcon(style()->standardIcon(QStyle::SP_DialogOpenButton));
    m_addProblem->setIcon(style()->standardIcon(QStyle::SP_FileDialogNewFolder));
    m_sample->setIcon(style()->standardIcon(QStyle::SP_FileDialogContentsView));
    m_template->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    m_import->setDefault(true);

    auto *grid = new QGridLayout;
    grid->setSpacing(16);
    grid->addWidget(m_import, 0, 0);
    grid->addWidget(m_addProblem, 0, 1);
    grid->addWidget(m_sample, 1, 0);
    grid->addWidget(m_template, 1, 1);
    auto *hint = new QLabel(tr("Help → User Guide explains the columns of the import and the "
                               "work with the ledger."),
        this);
    hint->setWordWrap(true);
    hint->setAlignment(Qt::AlignCenter);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto *column = new QVBoxLayout;
    column->addStretch(2);
    column->addWidget(title);
    column->addWidget(text);
    column->addSpacing(24);
    column->addLayout(grid);
    column->addSpacing(16);
    column->addWidget(hint);
    column->addStretch(3);
    auto *layout = new QHBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(column, 3);
    layout->addStretch(1);

    connect(m_import, &QPushButton::clicked, this, &WelcomePage::importRequested);
    connect(m_addProblem, &QPushButton::clicked, this, &WelcomePage::addProblemRequested);
    connect(m_sample, &QPushButton::clicked, this, &WelcomePage::sampleRequested);
    connect(m_template, &QPushButton::clicked, this, &WelcomePage::templateRequested);
}

} // namespace rectify
