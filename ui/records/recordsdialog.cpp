#include "ui/records/recordsdialog.h"

#include "store/ledger.h"
#include "ui/common/ledgerwindow.h"
#include "workflow/permission.h"
#include "workflow/recordbook.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rectify {

namespace {

QString iso(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QStringList headersOf(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Meeting:
        return { RecordsDialog::tr("Date"), RecordsDialog::tr("Kind"), RecordsDialog::tr("Title"),
            RecordsDialog::tr("Recorded for") };
    case RecordKind::SupervisionRound:
        return { RecordsDialog::tr("Round"), RecordsDialog::tr("From"), RecordsDialog::tr("To"),
            RecordsDialog::tr("Led by"), RecordsDialog::tr("Tasks checked"),
            RecordsDialog::tr("Findings") };
    case RecordKind::Rule:
        return { RecordsDialog::tr("Date"), RecordsDialog::tr("Title"),
            RecordsDialog::tr("Issued by"), RecordsDialog::tr("Document number"),
            RecordsDialog::tr("Recorded for") };
    case RecordKind::Accountability:
        return { RecordsDialog::tr("Date"), RecordsDialog::tr("Who"), RecordsDialog::tr("Kind"),
            RecordsDialog::tr("Count"), RecordsDialog::tr("For") };
    case RecordKind::Result:
        return { RecordsDialog::tr("Name"), RecordsDialog::tr("Value"), RecordsDialog::tr("Unit"),
            RecordsDialog::tr("Date") };
    }
    return {};
}

QStringList cellsOf(const Record &r)
{
    switch (r.kind) {
    case RecordKind::Meeting:
        return { iso(r.date), r.category, r.title, r.ownerUnit };
    case RecordKind::SupervisionRound:
        return { QString::number(r.number), iso(r.date), iso(r.endDate), r.party,
            QString::number(r.count), QString::number(r.findings.size()) };
    case RecordKind::Rule:
        return { iso(r.date), r.title, r.party, r.docNumber, r.ownerUnit };
    case RecordKind::Accountability:
        return { iso(r.date), r.party, r.category, QString::number(r.count), r.title };
    case RecordKind::Result:
        return { r.title, QString::number(r.value, 'g', 15), r.unit, iso(r.date) };
    }
    return {};
}

} // namespace

RecordsDialog::RecordsDialog(Ledger &ledger, qint64 inspectionId, QWidget *parent)
    : QDialog(parent)
    , m_ledger(ledger)
    , m_inspectionId(inspectionId)
{
    setWindowTitle(tr("Results of the Work"));
    if (auto u = m_ledger.findUser(m_ledger.actor()); u && u->has_value())
        m_user = **u;
    if (m_inspectionId <= 0) {
        if (auto all = m_ledger.inspections(); all && !all->isEmpty())
            m_inspectionId = all->constFirst().id;
    }
    auto *layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    m_heading->setWordWrap(true);
    layout->addWidget(m_heading);

    auto *stay = new QHBoxLayout;
    stay->addWidget(new QLabel(tr("Stationed from"), this));
    m_stationedFrom = new QLineEdit(this);
    m_stationedFrom->setPlaceholderText(QStringLiteral("YYYY-MM-DD"));
    stay->addWidget(m_stationedFrom);
    stay->addWidget(new QLabel(tr("to"), this));
    m_stationedTo = new QLineEdit(this);
    m_stationedTo->setPlaceholderText(QStringLiteral("YYYY-MM-DD"));
    stay->addWidget(m_stationedTo);
    m_saveStationed = new QPushButton(tr("Save Stay"), this);
    stay->addWidget(m_saveStationed);
    stay->addStretch();
    layout->addLayout(stay);

    m_tabs = new QTabWidget(this);
    for (RecordKind kind : allRecordKinds()) {
        auto *t = new QTableWidget(this);
        t->setColumnCount(static_cast<int>(headersOf(kind).size()));
        t->setHorizontalHeaderLabels(headersOf(kind));
        t->setSelectionBehavior(QAbstractItemView::SelectRows);
        t->setSelectionMode(QAbstractItemView::SingleSelection);
        t->setEditTriggers(QAbstractItemView::NoEditTriggers);
        t->horizontalHeader()->setStretchLastSection(true);
        t->verticalHeader()->hide();
        connect(t, &QTableWidget::itemSelectionChanged, this, &RecordsDialog::updateButtons);
        connect(t, &QTableWidget::doubleClicked, this, [this] {
            if (m_edit->isEnabled())
                editRecord();
        });
        m_tables << t;
        m_tabs->addTab(t, recordKindLabel(kind));
    }
    m_records.resize(m_tables.size());
    connect(m_tabs, &QTabWidget::currentChanged, this, &RecordsDialog::updateButtons);
    layout->addWidget(m_tabs, 1);

    // The selected round's findings, per task, under the 督查 tab.
    m_findingsBox = new QWidget(this);
    auto *findingsLayout = new QVBoxLayout(m_findingsBox);
    findingsLayout->setContentsMargins(0, 0, 0, 0);
    findingsLayout->addWidget(new QLabel(tr("Findings of the selected round:"), m_findingsBox));
    m_findings = new QTableWidget(m_findingsBox);
    m_findings->setObjectName(QStringLiteral("findingsTable"));
    m_findings->setColumnCount(3);
    m_findings->setHorizontalHeaderLabels({ tr("Task"), tr("Finding"), tr("Progress entry") });
    m_findings->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_findings->setSelectionMode(QAbstractItemView::SingleSelection);
    m_findings->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_findings->setWordWrap(true);
    m_findings->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_findings->verticalHeader()->hide();
    findingsLayout->addWidget(m_findings);
    auto *findingButtons = new QHBoxLayout;
    m_addFinding = new QPushButton(tr("Add &Finding…"), m_findingsBox);
    m_editFinding = new QPushButton(tr("Edit Fi&nding…"), m_findingsBox);
    m_removeFinding = new QPushButton(tr("Remove Findin&g"), m_findingsBox);
    findingButtons->addWidget(m_addFinding);
    findingButtons->addWidget(m_editFinding);
    findingButtons->addWidget(m_removeFinding);
    findingButtons->addStretch();
    findingsLayout->addLayout(findingButtons);
    layout->addWidget(m_findingsBox, 1);
    connect(m_findings, &QTableWidget::itemSelectionChanged, this, &RecordsDialog::updateButtons);
    connect(m_findings, &QTableWidget::doubleClicked, this, [this] {
        if (m_editFinding->isEnabled())
            editFinding();
    });
    connect(m_addFinding, &QPushButton::clicked, this, &RecordsDialog::addFinding);
    connect(m_editFinding, &QPushButton::clicked, this, &RecordsDialog::editFinding);
    connect(m_removeFinding, &QPushButton::clicked, this, &RecordsDialog::removeFinding);
    connect(table(RecordKind::SupervisionRound), &QTableWidget::itemSelectionChanged, this,
        &RecordsDialog::showFindings);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("&Add…"), this);
    m_add->setShortcut(QKeySequence(QStringLiteral("Ctrl+N")));
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setShortcut(QKeySequence(Qt::Key_F2));
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setShortcut(QKeySequence(Qt::Key_Delete));
    auto *close = new QPushButton(tr("Close"), this);
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    buttons->addWidget(close);
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, &RecordsDialog::addRecord);
    connect(m_edit, &QPushButton::clicked, this, &RecordsDialog::editRecord);
    connect(m_remove, &QPushButton::clicked, this, &RecordsDialog::removeRecord);
    connect(m_saveStationed, &QPushButton::clicked, this, &RecordsDialog::saveStationed);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);

    resize(900, 640);
    reload();
}

void RecordsDialog::attach(LedgerWindow *window)
{
    auto *action = new QAction(tr("Results of the &Work…"), window->mainWindow());
    action->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+R")));
    QObject::connect(action, &QAction::triggered, window->mainWindow(), [window] {
        RecordsDialog dialog(window->ledger(),
            window->inspectionBox() ? window->inspectionBox()->currentData().toLongLong() : 0,
            window->mainWindow());
        dialog.exec();
    });
    window->viewMenu()->addAction(action);
}

QTableWidget *RecordsDialog::table(RecordKind kind) const
{
    return m_tables.value(static_cast<int>(allRecordKinds().indexOf(kind)));
}

const QVector<Record> &RecordsDialog::shown() const
{
    return m_records[m_tabs->currentIndex()];
}

RecordKind RecordsDialog::currentKind() const
{
    return allRecordKinds().value(m_tabs->currentIndex());
}

void RecordsDialog::showError(const QString &message)
{
    m_lastError = message;
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void RecordsDialog::reload()
{
    auto inspection = m_ledger.inspection(m_inspectionId);
    if (!inspection) {
        m_heading->setText(tr("The ledger has no inspection yet."));
    } else {
        m_heading->setText(tr("<b>%1</b>").arg(inspection->name.toHtmlEscaped()));
        m_stationedFrom->setText(iso(inspection->stationedFrom));
        m_stationedTo->setText(iso(inspection->stationedTo));
    }
    m_tasks.clear();
    if (auto problems = m_ledger.problems(m_inspectionId); problems) {
        for (const Problem &p : std::as_const(*problems)) {
            auto tasks = m_ledger.tasks(p.id);
            if (!tasks)
                continue;
            for (const Task &t : std::as_const(*tasks))
                m_tasks.append(
                    { t.id, QStringLiteral("%1.%2 %3").arg(p.code).arg(t.number).arg(t.measure) });
        }
    }
    for (auto &list : m_records)
        list.clear();
    if (auto all = m_ledger.records(m_inspectionId); all) {
        for (const Record &r : std::as_const(*all))
            m_records[static_cast<int>(allRecordKinds().indexOf(r.kind))] << r;
    } else {
        showError(all.error());
    }
    for (int k = 0; k < m_tables.size(); ++k) {
        QTableWidget *t = m_tables[k];
        t->setRowCount(static_cast<int>(m_records[k].size()));
        for (int row = 0; row < m_records[k].size(); ++row) {
            const QStringList cells = cellsOf(m_records[k][row]);
            for (int c = 0; c < cells.size(); ++c)
                t->setItem(row, c, new QTableWidgetItem(cells[c]));
        }
        t->resizeColumnsToContents();
        m_tabs->setTabText(
            k, tr("%1 (%2)").arg(recordKindLabel(allRecordKinds()[k])).arg(m_records[k].size()));
    }
    showFindings();
    updateButtons();
}

const Record *RecordsDialog::currentRound() const
{
    const int k = static_cast<int>(allRecordKinds().indexOf(RecordKind::SupervisionRound));
    const int row = m_tables[k]->currentRow();
    if (row < 0 || row >= m_records[k].size())
        return nullptr;
    return &m_records[k][row];
}

void RecordsDialog::showFindings()
{
    const Record *round = currentRound();
    const QVector<SupervisionFinding> findings
        = round ? round->findings : QVector<SupervisionFinding> {};
    m_findings->setRowCount(static_cast<int>(findings.size()));
    for (int row = 0; row < findings.size(); ++row) {
        const SupervisionFinding &f = findings[row];
        QString task = tr("Task #%1").arg(f.taskId);
        for (const auto &[id, name] : std::as_const(m_tasks)) {
            if (id == f.taskId)
                task = name;
        }
        m_findings->setItem(row, 0, new QTableWidgetItem(task));
        m_findings->setItem(row, 1, new QTableWidgetItem(f.text));
        m_findings->setItem(row, 2,
            new QTableWidgetItem(f.progressId > 0 ? tr("Entry #%1").arg(f.progressId) : QString()));
    }
    m_findings->resizeColumnToContents(0);
    // A long measure wraps rather than squeezing the finding.
    m_findings->setColumnWidth(0, std::min(m_findings->columnWidth(0), 320));
    m_findings->resizeRowsToContents();
    updateButtons();
}

void RecordsDialog::updateButtons()
{
    const RecordKind kind = currentKind();
    Decision mayAdd { false, tr("Choose who you are first (File → Switch User…).") };
    Decision mayChange = mayAdd;
    Decision mayStay = mayAdd;
    if (m_user) {
        mayAdd = Permission::checkRecord(*m_user, kind);
        mayStay = Permission::checkInspection(*m_user);
        const int row = m_tables[m_tabs->currentIndex()]->currentRow();
        if (row < 0 || row >= shown().size())
            mayChange = { false, tr("Select a record first.") };
        else
            mayChange = Permission::checkRecord(*m_user, kind, &shown()[row]);
    }
    if (m_inspectionId <= 0)
        mayAdd = mayChange = mayStay = { false, tr("The ledger has no inspection yet.") };
    m_add->setEnabled(mayAdd.allowed);
    m_add->setToolTip(mayAdd.allowed ? tr("Record a new one (Ctrl+N)") : mayAdd.refusal);
    for (QPushButton *b : { m_edit, m_remove }) {
        b->setEnabled(mayChange.allowed);
        b->setToolTip(mayChange.allowed ? QString() : mayChange.refusal);
    }
    // Findings: whoever may change the round.
    m_findingsBox->setVisible(kind == RecordKind::SupervisionRound);
    Decision mayRound { false, tr("Select a round first.") };
    if (const Record *round = currentRound(); round && m_user)
        mayRound = Permission::checkRecord(*m_user, RecordKind::SupervisionRound, round);
    else if (!m_user)
        mayRound = mayAdd;
    Decision mayFinding = mayRound;
    if (mayRound.allowed && m_findings->currentRow() < 0)
        mayFinding = { false, tr("Select a finding first.") };
    m_addFinding->setEnabled(mayRound.allowed);
    m_addFinding->setToolTip(mayRound.allowed ? QString() : mayRound.refusal);
    for (QPushButton *b : { m_editFinding, m_removeFinding }) {
        b->setEnabled(mayFinding.allowed);
        b->setToolTip(mayFinding.allowed ? QString() : mayFinding.refusal);
    }
    for (QWidget *w :
        std::initializer_list<QWidget *> { m_stationedFrom, m_stationedTo, m_saveStationed }) {
        w->setEnabled(mayStay.allowed);
        w->setToolTip(mayStay.allowed ? QString() : mayStay.refusal);
    }
}

bool RecordsDialog::editDialog(Record *r, const QString &title)
{
    if (m_editHook)
        return m_editHook(r);
    QDialog d(this);
    d.setWindowTitle(title);
    auto *form = new QFormLayout(&d);
    const auto line = [&](const QString &label, const QString &text) {
        auto *e = new QLineEdit(text, &d);
        form->addRow(label, e);
        return e;
    };
    const auto combo = [&](const QString &label, const QString &text, const QStringList &items) {
        auto *c = new QComboBox(&d);
        c->setEditable(true);
        c->addItems(items);
        c->setCurrentText(text);
        form->addRow(label, c);
        return c;
    };
    QLineEdit *date = nullptr;
    QLineEdit *endDate = nullptr;
    QSpinBox *number = nullptr;
    QLineEdit *titleEdit = nullptr;
    QComboBox *category = nullptr;
    QLineEdit *party = nullptr;
    QLineEdit *doc = nullptr;
    QSpinBox *count = nullptr;
    QLineEdit *value = nullptr;
    QComboBox *unit = nullptr;
    switch (r->kind) {
    case RecordKind::Meeting:
        date = line(tr("Date"), iso(r->date));
        category = combo(tr("Kind"), r->category,
            { QStringLiteral("领导小组会议"), QStringLiteral("专题会议"),
                QStringLiteral("党工委会议"), QStringLiteral("民主生活会"),
                QStringLiteral("专题民主生活会") });
        titleEdit = line(tr("Title"), r->title);
        break;
    case RecordKind::SupervisionRound:
        number = new QSpinBox(&d);
        number->setRange(0, 999);
        number->setSpecialValueText(tr("next"));
        number->setValue(r->number);
        form->addRow(tr("Round"), number);
        date = line(tr("From"), iso(r->date));
        endDate = line(tr("To"), iso(r->endDate));
        party = line(tr("Led by"), r->party);
        break;
    case RecordKind::Rule:
        titleEdit = line(tr("Title"), r->title);
        party = line(tr("Issued by"), r->party);
        doc = line(tr("Document number"), r->docNumber);
        date = line(tr("Date"), iso(r->date));
        break;
    case RecordKind::Accountability:
        party = line(tr("Who"), r->party);
        category = combo(tr("Kind"), r->category,
            { QStringLiteral("诫勉谈话"), QStringLiteral("通报批评"), QStringLiteral("党纪处分"),
                QStringLiteral("政务处分"), QStringLiteral("组织处理") });
        titleEdit = line(tr("For"), r->title);
        date = line(tr("Date"), iso(r->date));
        break;
    case RecordKind::Result:
        titleEdit = line(tr("Name"), r->title);
        value = line(tr("Value"), r->id ? QString::number(r->value, 'g', 15) : QString());
        unit = combo(tr("Unit"), r->unit,
            { QStringLiteral("万元"), QStringLiteral("人"), QStringLiteral("项"),
                QStringLiteral("件"), QStringLiteral("个") });
        date = line(tr("Date"), iso(r->date));
        break;
    }
    if (r->kind == RecordKind::SupervisionRound || r->kind == RecordKind::Accountability) {
        count = new QSpinBox(&d);
        count->setRange(0, 1000000);
        count->setValue(static_cast<int>(r->count));
        form->addRow(
            r->kind == RecordKind::SupervisionRound ? tr("Tasks checked") : tr("Count"), count);
    }
    QLineEdit *notes = line(tr("Notes"), r->notes);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &d);
    form->addRow(box);
    connect(box, &QDialogButtonBox::accepted, &d, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &d, &QDialog::reject);
    d.resize(480, d.sizeHint().height());
    if (d.exec() != QDialog::Accepted)
        return false;
    if (date)
        r->date = QDate::fromString(date->text().trimmed(), Qt::ISODate);
    if (endDate)
        r->endDate = QDate::fromString(endDate->text().trimmed(), Qt::ISODate);
    if (number)
        r->number = number->value();
    if (titleEdit)
        r->title = titleEdit->text();
    if (category)
        r->category = category->currentText();
    if (party)
        r->party = party->text();
    if (doc)
        r->docNumber = doc->text();
    if (count)
        r->count = count->value();
    if (value)
        r->value = value->text().trimmed().toDouble();
    if (unit)
        r->unit = unit->currentText();
    r->notes = notes->text();
    return true;
}

void RecordsDialog::addRecord()
{
    if (!m_add->isEnabled() || !m_user)
        return;
    Record r;
    r.kind = currentKind();
    r.inspectionId = m_inspectionId;
    if (!editDialog(&r, tr("New %1").arg(recordKindLabel(r.kind))))
        return;
    RecordBook book(m_ledger, *m_user);
    auto id = book.add(r);
    if (!id) {
        showError(id.error());
        return;
    }
    showError(QString());
    reload();
}

void RecordsDialog::editRecord()
{
    const int row = m_tables[m_tabs->currentIndex()]->currentRow();
    if (!m_edit->isEnabled() || !m_user || row < 0 || row >= shown().size())
        return;
    Record r = shown()[row];
    if (!editDialog(&r, tr("Edit %1").arg(recordKindLabel(r.kind))))
        return;
    RecordBook book(m_ledger, *m_user);
    if (auto s = book.update(r); !s) {
        showError(s.error());
        return;
    }
    showError(QString());
    reload();
}

void RecordsDialog::removeRecord()
{
    const int row = m_tables[m_tabs->currentIndex()]->currentRow();
    if (!m_remove->isEnabled() || !m_user || row < 0 || row >= shown().size())
        return;
    const Record r = shown()[row];
    if (!m_editHook
        && QMessageBox::question(this, tr("Remove Record"),
               tr("Remove this %1? The removal is kept in the audit log.")
                   .arg(recordKindLabel(r.kind)))
            != QMessageBox::Yes)
        return;
    RecordBook book(m_ledger, *m_user);
    if (auto s = book.remove(r.id); !s) {
        showError(s.error());
        return;
    }
    showError(QString());
    reload();
}

bool RecordsDialog::findingDialog(SupervisionFinding *f, const QString &title)
{
    if (m_findingHook)
        return m_findingHook(f);
    QDialog d(this);
    d.setWindowTitle(title);
    auto *form = new QFormLayout(&d);
    auto *task = new QComboBox(&d);
    for (const auto &[id, name] : std::as_const(m_tasks)) {
        task->addItem(name, id);
        if (id == f->taskId)
            task->setCurrentIndex(task->count() - 1);
    }
    // A finding's task stays: a finding about another task is another finding.
    task->setEnabled(f->id == 0);
    form->addRow(tr("Task"), task);
    auto *text = new QPlainTextEdit(f->text, &d);
    form->addRow(tr("Finding"), text);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &d);
    form->addRow(box);
    connect(box, &QDialogButtonBox::accepted, &d, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &d, &QDialog::reject);
    d.resize(560, 300);
    if (d.exec() != QDialog::Accepted)
        return false;
    f->taskId = task->currentData().toLongLong();
    f->text = text->toPlainText();
    return true;
}

void RecordsDialog::addFinding()
{
    const Record *round = currentRound();
    if (!m_addFinding->isEnabled() || !m_user || !round)
        return;
    SupervisionFinding f;
    f.recordId = round->id;
    if (!findingDialog(&f, tr("New Finding")))
        return;
    RecordBook book(m_ledger, *m_user);
    if (auto id = book.addFinding(f); !id) {
        showError(id.error());
        return;
    }
    reloadKeepingRound(round->id);
}

void RecordsDialog::reloadKeepingRound(qint64 roundId)
{
    showError(QString());
    reload();
    const int k = static_cast<int>(allRecordKinds().indexOf(RecordKind::SupervisionRound));
    for (int r = 0; r < m_records[k].size(); ++r) {
        if (m_records[k][r].id == roundId)
            m_tables[k]->selectRow(r);
    }
}

void RecordsDialog::editFinding()
{
    const Record *round = currentRound();
    const int row = m_findings->currentRow();
    if (!m_editFinding->isEnabled() || !m_user || !round || row < 0
        || row >= round->findings.size())
        return;
    SupervisionFinding f = round->findings[row];
    if (!findingDialog(&f, tr("Edit Finding")))
        return;
    RecordBook book(m_ledger, *m_user);
    if (auto s = book.updateFinding(f.id, f.text); !s) {
        showError(s.error());
        return;
    }
    reloadKeepingRound(round->id);
}

void RecordsDialog::removeFinding()
{
    const Record *round = currentRound();
    const int row = m_findings->currentRow();
    if (!m_removeFinding->isEnabled() || !m_user || !round || row < 0
        || row >= round->findings.size())
        return;
    const SupervisionFinding f = round->findings[row];
    if (!m_findingHook
        && QMessageBox::question(this, tr("Remove Finding"),
               tr("Remove this finding? The removal is kept in the audit log; a progress entry "
                  "made from it stays."))
            != QMessageBox::Yes)
        return;
    RecordBook book(m_ledger, *m_user);
    if (auto s = book.removeFinding(f.id); !s) {
        showError(s.error());
        return;
    }
    reloadKeepingRound(round->id);
}

void RecordsDialog::saveStationed()
{
    if (!m_saveStationed->isEnabled() || !m_user)
        return;
    const QString fromText = m_stationedFrom->text().trimmed();
    const QString toText = m_stationedTo->text().trimmed();
    const QDate from = QDate::fromString(fromText, Qt::ISODate);
    const QDate to = QDate::fromString(toText, Qt::ISODate);
    if ((!fromText.isEmpty() && !from.isValid()) || (!toText.isEmpty() && !to.isValid())) {
        showError(tr("Write the dates of the stay as YYYY-MM-DD, or leave them empty."));
        return;
    }
    RecordBook book(m_ledger, *m_user);
    if (auto s = book.setStationed(m_inspectionId, from, to); !s) {
        showError(s.error());
        return;
    }
    showError(QString());
    reload();
}

} // namespace rectify
