#include "ui/tasks/filterbar.h"

#include "search/taskquery.h"
#include "store/ledger.h"
#include "ui/common/dateedit.h"
#include "ui/common/displayorder.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <algorithm>

namespace rectify {

namespace {

const QDate unset(2000, 1, 1);

// Alert choices: each item's data is a list of alert level numbers.
QVariant levels(std::initializer_list<AlertLevel> list)
{
    QVariantList out;
    for (AlertLevel l : list)
        out << int(l);
    return out;
}

// A box as wide as `characters` characters at the least, whatever its items: the
// bar (and so the window) must fit a 1366-pixel laptop screen with real unit
// names in it; a longer choice shows whole in the open list.
void narrow(QComboBox *box, int characters)
{
    box->setMinimumContentsLength(characters);
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
}

QComboBox *nameBox(QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setEditable(true);
    box->setInsertPolicy(QComboBox::NoInsert);
    box->completer()->setFilterMode(Qt::MatchContains);
    box->completer()->setCompletionMode(QCompleter::PopupCompletion);
    narrow(box, 7);
    return box;
}

QDateEdit *dateBox(QWidget *parent, const QString &unsetText)
{
    auto *edit = new DateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setMinimumDate(unset);
    edit->setSpecialValueText(unsetText);
    edit->setDate(unset);
    return edit;
}

void fill(QComboBox *box, const QString &anyText, const QStringList &names)
{
    const QString current = box->currentText();
    box->clear();
    box->addItem(anyText, QString());
    for (const QString &n : names)
        box->addItem(n, n);
    const int at = box->findText(current);
    box->setCurrentIndex(at < 0 ? 0 : at);
}

QString chosen(const QComboBox *box)
{
    // The "any" item shows a word but means no filter; typed text is taken as a name.
    if (box->currentIndex() == 0 && box->currentText() == box->itemText(0))
        return QString();
    return box->currentText().trimmed();
}

} // namespace

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_alert(new QComboBox(this))
    , m_unit(nameBox(this))
    , m_leadOnly(new QCheckBox(tr("Lead unit only"), this))
    , m_leader(nameBox(this))
    , m_person(nameBox(this))
    , m_category(nameBox(this))
    , m_from(dateBox(this, tr("from …")))
    , m_to(dateBox(this, tr("to …")))
    , m_typing(new QTimer(this))
{
    m_search->setPlaceholderText(tr("Search problems and tasks (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);

    m_status->addItem(tr("Any status"), QVariantList());
    m_status->addItem(tr("Open (not done)"),
        QVariantList { int(TaskStatus::NotStarted), int(TaskStatus::InProgress) });
    for (TaskStatus s : { TaskStatus::NotStarted, TaskStatus::InProgress, TaskStatus::Completed,
             TaskStatus::Closed })
        m_status->addItem(taskStatusLabel(s), QVariantList { int(s) });

    m_alert->addItem(tr("Any alert"), QVariantList());
    m_alert->addItem(tr("Red and yellow"), levels({ AlertLevel::Red, AlertLevel::Yellow }));
    // What the dashboard's bars call "open, not overdue".
    m_alert->addItem(tr("Open, not overdue"),
        levels({ AlertLevel::Green, AlertLevel::Notice, AlertLevel::Yellow, AlertLevel::Stale,
            AlertLevel::DataProblem }));
    for (AlertLevel l : { AlertLevel::Red, AlertLevel::Yellow, AlertLevel::Notice,
             AlertLevel::Stale, AlertLevel::DataProblem, AlertLevel::Green, AlertLevel::Done })
        m_alert->addItem(alertLevelLabel(l), levels({ l }));

    fill(m_unit, tr("Any unit"), {});
    fill(m_leader, tr("Any leader"), {});
    fill(m_person, tr("Any person"), {});
    fill(m_category, tr("Any category"), {});

    narrow(m_status, 7);
    narrow(m_alert, 7);

    auto *clearButton = new QPushButton(tr("Clear filters"), this);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_search, 0, 0, 1, 3);
    grid->addWidget(m_status, 0, 3);
    grid->addWidget(m_alert, 0, 4);
    grid->addWidget(new QLabel(tr("Deadline:"), this), 0, 5);
    grid->addWidget(m_from, 0, 6);
    grid->addWidget(m_to, 0, 7);
    grid->addWidget(m_category, 1, 0);
    grid->addWidget(m_unit, 1, 1);
    grid->addWidget(m_leader, 1, 2);
    grid->addWidget(m_person, 1, 3);
    m_leadOnly->setToolTip(tr("Only the tasks the unit leads, not those it co-operates on"));
    grid->addWidget(m_leadOnly, 1, 4, 1, 2);
    grid->addWidget(clearButton, 1, 7);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);

    m_typing->setSingleShot(true);
    m_typing->setInterval(250);
    connect(m_typing, &QTimer::timeout, this, &FilterBar::applyNow);
    connect(m_search, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &FilterBar::applyNow);
    for (QComboBox *box : { m_status, m_alert, m_unit, m_leader, m_person, m_category })
        connect(box, &QComboBox::currentIndexChanged, this, &FilterBar::applyNow);
    for (QComboBox *box : { m_unit, m_leader, m_person, m_category }) {
        connect(box->lineEdit(), &QLineEdit::editingFinished, this, &FilterBar::applyNow);
    }
    for (QDateEdit *edit : { m_from, m_to })
        connect(edit, &QDateEdit::dateChanged, this, &FilterBar::applyNow);
    connect(m_leadOnly, &QCheckBox::toggled, this, [this] {
        if (!chosen(m_unit).isEmpty())
            applyNow();
    });
    connect(clearButton, &QPushButton::clicked, this, &FilterBar::clear);
}

void FilterBar::setChoices(const Ledger &ledger)
{
    m_quiet = true;
    auto units = ledger.unitNames();
    fill(m_unit, tr("Any unit"), sortedForDisplay(units ? *units : QStringList()));
    // Leaders and persons are both people; offer everyone in both.
    const QStringList people
        = sortedForDisplay(ledger.personNames().ok() ? *ledger.personNames() : QStringList());
    fill(m_leader, tr("Any leader"), people);
    fill(m_person, tr("Any person"), people);
    auto categories = TaskQuery::categories(ledger);
    fill(m_category, tr("Any category"), categories ? *categories : QStringList());
    m_quiet = false;
}

TaskFilter FilterBar::filter() const
{
    TaskFilter f;
    for (const QVariant &v : m_status->currentData().toList())
        f.statuses << TaskStatus(v.toInt());
    for (const QVariant &v : m_alert->currentData().toList())
        f.alerts << AlertLevel(v.toInt());
    f.unit = chosen(m_unit);
    f.leadUnitOnly = !f.unit.isEmpty() && m_leadOnly->isChecked();
    f.leader = chosen(m_leader);
    f.person = chosen(m_person);
    f.category = chosen(m_category);
    if (m_from->date() != unset)
        f.deadlineFrom = m_from->date();
    if (m_to->date() != unset)
        f.deadlineTo = m_to->date();
    f.text = m_search->text().trimmed();
    return f;
}

void FilterBar::setAlerts(const QVector<AlertLevel> &alerts)
{
    QVariantList wanted;
    for (AlertLevel l : alerts)
        wanted << int(l);
    for (int i = 0; i < m_alert->count(); ++i) {
        if (m_alert->itemData(i).toList() == wanted) {
            m_alert->setCurrentIndex(i);
            return;
        }
    }
}

namespace {
void choose(QComboBox *box, const QString &name)
{
    const int at = name.isEmpty() ? 0 : box->findText(name);
    if (at >= 0)
        box->setCurrentIndex(at);
    else
        box->setEditText(name);
}
} // namespace

void FilterBar::setUnit(const QString &unit)
{
    choose(m_unit, unit);
    applyNow();
}

void FilterBar::setPerson(const QString &person)
{
    choose(m_person, person);
    applyNow();
}

void FilterBar::setLeader(const QString &leader)
{
    choose(m_leader, leader);
    applyNow();
}

void FilterBar::setFilter(const TaskFilter &filter)
{
    m_quiet = true;
    m_search->setText(filter.text);
    const auto select = [](QComboBox *box, QVariantList wanted) {
        // The same levels in any order.
        std::sort(wanted.begin(), wanted.end(),
            [](const QVariant &a, const QVariant &b) { return a.toInt() < b.toInt(); });
        for (int i = 0; i < box->count(); ++i) {
            QVariantList offered = box->itemData(i).toList();
            std::sort(offered.begin(), offered.end(),
                [](const QVariant &a, const QVariant &b) { return a.toInt() < b.toInt(); });
            if (offered == wanted) {
                box->setCurrentIndex(i);
                return;
            }
        }
        box->setCurrentIndex(0);
    };
    QVariantList statuses;
    for (TaskStatus s : filter.statuses)
        statuses << int(s);
    select(m_status, statuses);
    QVariantList alerts;
    for (AlertLevel l : filter.alerts)
        alerts << int(l);
    select(m_alert, alerts);
    choose(m_unit, filter.unit);
    m_leadOnly->setChecked(filter.leadUnitOnly);
    choose(m_leader, filter.leader);
    choose(m_person, filter.person);
    choose(m_category, filter.category);
    m_from->setDate(filter.deadlineFrom.isValid() ? filter.deadlineFrom : unset);
    m_to->setDate(filter.deadlineTo.isValid() ? filter.deadlineTo : unset);
    m_quiet = false;
    applyNow();
}

void FilterBar::clear()
{
    m_quiet = true;
    m_search->clear();
    for (QComboBox *box : { m_status, m_alert, m_unit, m_leader, m_person, m_category })
        box->setCurrentIndex(0);
    m_leadOnly->setChecked(false);
    m_from->setDate(unset);
    m_to->setDate(unset);
    m_quiet = false;
    applyNow();
}

void FilterBar::applyNow()
{
    if (m_quiet)
        return;
    m_typing->stop();
    Q_EMIT filterChanged(filter());
}

} // namespace rectify
