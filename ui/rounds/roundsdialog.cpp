#include "ui/rounds/roundsdialog.h"

#include "reporting/formwriter.h"
#include "reporting/rounds.h"
#include "reporting/roundstatus.h"
#include "store/ledger.h"
#include "ui/rounds/reminddialog.h"
#include "workflow/permission.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rectify {

namespace {

QTableWidget *table(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QTableWidgetItem *item(const QString &text)
{
    return new QTableWidgetItem(text);
}

} // namespace

RoundsDialog::RoundsDialog(Ledger &ledger, const std::optional<User> &actor, QWidget *parent)
    : QDialog(parent)
    , m_ledger(ledger)
    , m_actor(actor)
    , m_rounds(table({ tr("Round"), tr("Due"), tr("State"), tr("Reported") }, this))
    , m_units(table({ tr("Unit"), tr("Reporting"), tr("Reported on"), tr("Reporter") }, this))
    , m_summary(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_due(new QDateEdit(this))
    , m_open(new QPushButton(tr("&Open Round"), this))
    , m_close(new QPushButton(tr("C&lose Round"), this))
    , m_forms(new QPushButton(tr("&Write Forms…"), this))
    , m_csv(new QCheckBox(tr("as CSV"), this))
    , m_collect(new QPushButton(tr("Co&llect Forms…"), this))
    , m_remind(new QPushButton(tr("&Remind Late Units…"), this))
    , m_preview(new QPlainTextEdit(this))
    , m_accept(new QPushButton(tr("&Accept Checked Forms"), this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Reporting Rounds"));
    setAcceptDrops(true);
    m_rounds->setObjectName(QStringLiteral("roundTable"));
    m_units->setObjectName(QStringLiteral("unitTable"));
    m_name->setPlaceholderText(tr("e.g. 2024年1月进展报送"));
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_due->setDate(ledger.now().toLocalTime().date().addDays(10));
    m_preview->setReadOnly(true);
    m_preview->setPlaceholderText(
        tr("Choose the forms units returned (or drop them here): each file is checked and "
           "shown here before anything is written."));
    m_accept->setEnabled(false);
    m_message->setWordWrap(true);
    m_summary->setWordWrap(true);
    m_summary->setMinimumHeight(m_summary->fontMetrics().lineSpacing() * 2 + 4);

    auto *openRow = new QHBoxLayout;
    openRow->addWidget(new QLabel(tr("New round:"), this));
    openRow->addWidget(m_name, 2);
    openRow->addWidget(new QLabel(tr("due"), this));
    openRow->addWidget(m_due);
    openRow->addWidget(m_open);
    auto *roundButtons = new QHBoxLayout;
    roundButtons->addWidget(m_forms);
    roundButtons->addWidget(m_csv);
    roundButtons->addWidget(m_collect);
    roundButtons->addWidget(m_remind);
    roundButtons->addStretch(1);
    roundButtons->addWidget(m_close);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_rounds, 1);
    topLayout->addLayout(openRow);
    topLayout->addLayout(roundButtons);
    auto *statusBox = new QGroupBox(tr("Who reported"), this);
    auto *statusLayout = new QVBoxLayout(statusBox);
    statusLayout->addWidget(m_summary);
    statusLayout->addWidget(m_units, 1);
    auto *previewBox = new QGroupBox(tr("Returned forms"), this);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->addWidget(m_preview, 1);
    previewLayout->addWidget(m_accept, 0, Qt::AlignRight);
    auto *lower = new QSplitter(Qt::Horizontal, this);
    lower->addWidget(statusBox);
    lower->addWidget(previewBox);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(lower);
    split->setStretchFactor(1, 2);
    split->setSizes({ 200, 400 });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_open, &QPushButton::clicked, this, &RoundsDialog::openRound);
    connect(m_name, &QLineEdit::returnPressed, this, &RoundsDialog::openRound);
    connect(m_close, &QPushButton::clicked, this, &RoundsDialog::closeRound);
    connect(m_forms, &QPushButton::clicked, this, &RoundsDialog::chooseFolder);
    connect(m_collect, &QPushButton::clicked, this, &RoundsDialog::chooseFiles);
    connect(m_accept, &QPushButton::clicked, this, &RoundsDialog::acceptPreview);
    connect(m_remind, &QPushButton::clicked, this, &RoundsDialog::openReminders);
    connect(m_units, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_units->selectionModel()->hasSelection() ? m_units->currentRow() : -1;
        m_remind->setText(row >= 0 && m_units->item(row, 0)
                ? tr("&Remind %1…").arg(m_units->item(row, 0)->text())
                : tr("&Remind Late Units…"));
    });
    connect(m_rounds, &QTableWidget::itemSelectionChanged, this, &RoundsDialog::showStatus);

    // A supervisor's work; others see the rounds and who reported, and why not more.
    const Decision d = m_actor ? Permission::check(*m_actor, Action::ManageRounds)
                               : Decision { false,
                                     tr("Choose who you are first: File → Switch "
                                        "User…") };
    for (QWidget *w : std::initializer_list<QWidget *> {
             m_name, m_due, m_open, m_close, m_forms, m_csv, m_collect, m_remind }) {
        w->setEnabled(d.allowed);
        w->setToolTip(d.refusal);
    }
    setAcceptDrops(d.allowed);
    if (d.allowed)
        m_remind->setToolTip(tr("A reminder (催办) listing the overdue and due-soon tasks and the "
                                "missing report, to copy into a message or save as a document"));
    if (!d)
        setMessage(d.refusal, true);
    resize(900, 640);
    reloadRounds();
}

void RoundsDialog::setMessage(const QString &text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #b3261e") : QString());
    m_message->setText(text);
}

QString RoundsDialog::currentRoundName() const
{
    const int row = m_rounds->currentRow();
    return row >= 0 && m_rounds->item(row, 0) ? m_rounds->item(row, 0)->text() : QString();
}

void RoundsDialog::reloadRounds(const QString &select)
{
    const QString keep = select.isEmpty() ? currentRoundName() : select;
    auto rounds = m_ledger.rounds();
    m_rounds->setRowCount(0);
    if (!rounds) {
        setMessage(rounds.error(), true);
        return;
    }
    int chosen = -1;
    for (const Round &r : std::as_const(*rounds)) {
        const int row = m_rounds->rowCount();
        m_rounds->insertRow(row);
        m_rounds->setItem(row, 0, item(r.name));
        m_rounds->setItem(row, 1, item(r.dueDate.toString(Qt::ISODate)));
        m_rounds->setItem(row, 2, item(Rounds::stateLabel(r.state)));
        QString reported;
        if (auto status = RoundStatus::of(m_ledger, r)) {
            const int asked = status->onTime + status->late + status->missing;
            reported = tr("%1 of %2 (%3%)")
                           .arg(status->onTime + status->late)
                           .arg(asked)
                           .arg(QString::number(status->rate() * 100.0, 'f', 0));
        }
        m_rounds->setItem(row, 3, item(reported));
        if (r.name == keep)
            chosen = row;
    }
    m_rounds->resizeColumnsToContents();
    if (chosen < 0)
        chosen = m_rounds->rowCount() - 1; // the newest
    if (chosen >= 0)
        m_rounds->selectRow(chosen);
    showStatus();
}

void RoundsDialog::showStatus()
{
    m_units->setRowCount(0);
    const QString name = currentRoundName();
    const bool supervisor = m_actor && Permission::check(*m_actor, Action::ManageRounds);
    m_forms->setEnabled(supervisor && !name.isEmpty());
    m_collect->setEnabled(supervisor && !name.isEmpty());
    m_close->setEnabled(supervisor && !name.isEmpty());
    if (name.isEmpty()) {
        m_summary->setText(tr("No reporting round yet: open one above."));
        return;
    }
    auto round = Rounds::find(m_ledger, name);
    if (!round) {
        setMessage(round.error(), true);
        return;
    }
    m_close->setEnabled(supervisor && round->state == Round::State::Open);
    auto status = RoundStatus::of(m_ledger, *round);
    if (!status) {
        setMessage(status.error(), true);
        return;
    }
    m_summary->setText(tr("%1, due %2: %3 on time, %4 late, %5 not reported; reporting rate %6%.")
                           .arg(round->name, round->dueDate.toString(Qt::ISODate))
                           .arg(status->onTime)
                           .arg(status->late)
                           .arg(status->missing)
                           .arg(QString::number(status->rate() * 100.0, 'f', 1)));
    for (const UnitReportStatus &u : std::as_const(status->units)) {
        const int row = m_units->rowCount();
        m_units->insertRow(row);
        m_units->setItem(row, 0, item(u.unit));
        auto *state = item(RoundStatus::stateLabel(u.state));
        if (u.state == UnitReportStatus::State::Missing)
            state->setForeground(QColor(0xb3, 0x26, 0x1e));
        else if (u.state == UnitReportStatus::State::Late)
            state->setForeground(QColor(0xa0, 0x60, 0x00));
        m_units->setItem(row, 1, state);
        m_units->setItem(row, 2, item(u.reportedOn.toString(Qt::ISODate)));
        m_units->setItem(row, 3, item(u.reporter));
    }
    m_units->resizeColumnsToContents();
}

void RoundsDialog::openRound()
{
    if (!m_actor)
        return;
    auto round = Rounds(m_ledger, *m_actor).open(m_name->text(), m_due->date());
    if (!round) {
        setMessage(round.error(), true);
        return;
    }
    m_name->clear();
    setMessage(
        tr("Opened the round %1, due %2.").arg(round->name, round->dueDate.toString(Qt::ISODate)),
        false);
    reloadRounds(round->name);
}

void RoundsDialog::closeRound()
{
    const QString name = currentRoundName();
    if (!m_actor || name.isEmpty())
        return;
    if (auto s = Rounds(m_ledger, *m_actor).close(name); !s) {
        setMessage(s.error(), true);
        return;
    }
    setMessage(tr("Closed the round %1: no more forms are collected in it.").arg(name), false);
    reloadRounds(name);
}

void RoundsDialog::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Write the Forms Into"));
    if (!folder.isEmpty())
        writeForms(folder, m_csv->isChecked());
}

bool RoundsDialog::writeForms(const QString &folder, bool csv)
{
    auto round = Rounds::find(m_ledger, currentRoundName());
    if (!round) {
        setMessage(round.error(), true);
        return false;
    }
    if (!m_actor || !Permission::check(*m_actor, Action::ManageRounds)) {
        setMessage(tr("Only a supervisor writes a round's forms."), true);
        return false;
    }
    auto files = FormWriter::write(
        m_ledger, *round, folder, csv ? FormWriter::Format::Csv : FormWriter::Format::Xlsx);
    if (!files) {
        setMessage(files.error(), true);
        return false;
    }
    setMessage(tr("Wrote %n form(s) into %1: send each unit its file.", nullptr, int(files->size()))
                   .arg(QDir::toNativeSeparators(folder)),
        false);
    return true;
}

void RoundsDialog::chooseFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Collect Returned Forms"), QString(), tr("Forms (*.xlsx *.csv);;All files (*)"));
    if (!files.isEmpty())
        previewFiles(files);
}

void RoundsDialog::previewFiles(const QStringList &files)
{
    m_previewed.clear();
    m_preview->clear();
    m_accept->setEnabled(false);
    if (!m_actor)
        return;
    FormCollector collector(m_ledger, *m_actor);
    FormCollector::Options options;
    options.roundName = currentRoundName();
    options.dryRun = true;
    QStringList text;
    int refused = 0;
    for (const QString &file : files) {
        const CollectResult r = collector.collect(file, options);
        const QString name = QFileInfo(file).fileName();
        if (!r.accepted) {
            ++refused;
            text << tr("✗ %1: refused, nothing will be written.").arg(name);
            for (const QString &line : r.problemLines(false))
                text << QStringLiteral("    ") + line;
        } else if (r.alreadyCollected) {
            text << tr("= %1: %2's form was already collected on %3; nothing changes.")
                        .arg(name, r.unit, r.reportedOn.toString(Qt::ISODate));
        } else {
            m_previewed << file;
            text << tr("✓ %1: %2, %3").arg(name, r.unit, r.onTime ? tr("on time") : tr("late"));
            for (const FormChange &c : r.changes)
                text << QStringLiteral("    %1  %2 — %3").arg(c.ref, c.describe(), c.reporter);
            if (r.changes.isEmpty())
                text << QStringLiteral("    ") + tr("(nothing reported)");
        }
    }
    m_preview->setPlainText(text.join(QLatin1Char('\n')));
    m_accept->setEnabled(!m_previewed.isEmpty());
    setMessage(refused > 0
            ? tr("%n file(s) refused; correct them and collect them again.", nullptr, refused)
            : tr("Check the changes, then accept them."),
        refused > 0);
}

void RoundsDialog::acceptPreview()
{
    if (!m_actor || m_previewed.isEmpty())
        return;
    FormCollector collector(m_ledger, *m_actor);
    FormCollector::Options options;
    options.roundName = currentRoundName();
    int written = 0;
    QStringList failures;
    for (const QString &file : std::as_const(m_previewed)) {
        const CollectResult r = collector.collect(file, options);
        if (r.written || r.alreadyCollected)
            ++written;
        else
            failures << r.problemLines();
    }
    m_previewed.clear();
    m_accept->setEnabled(false);
    if (!failures.isEmpty()) {
        m_preview->appendPlainText(failures.join(QLatin1Char('\n')));
        setMessage(
            tr("%n form(s) could not be written; see above.", nullptr, int(failures.size())), true);
    } else {
        setMessage(tr("Collected %n form(s).", nullptr, written), false);
    }
    reloadRounds();
}

void RoundsDialog::openReminders()
{
    if (!m_actor)
        return;
    const int row = m_units->selectionModel()->hasSelection() ? m_units->currentRow() : -1;
    const QString unit
        = row >= 0 && m_units->item(row, 0) ? m_units->item(row, 0)->text() : QString();
    if (m_reminders)
        m_reminders->close();
    m_reminders = new RemindDialog(
        m_ledger, *m_actor, unit, currentRoundName(), m_ledger.now().toLocalTime().date(), this);
    m_reminders->setAttribute(Qt::WA_DeleteOnClose);
    m_reminders->show();
}

void RoundsDialog::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void RoundsDialog::dropEvent(QDropEvent *event)
{
    QStringList files;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            files << url.toLocalFile();
    }
    if (!files.isEmpty()) {
        event->acceptProposedAction();
        previewFiles(files);
    }
}

} // namespace rectify
