#include "ui/audit/auditlogdialog.h"

#include "export/auditexport.h"
#include "store/auditchain.h"
#include "store/ledger.h"
#include "ui/audit/auditoutput.h"
#include "ui/audit/audittable.h"
#include "ui/common/displayorder.h"
#include "workflow/auditquery.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace rectify {

AuditLogDialog::AuditLogDialog(Ledger &ledger, QWidget *parent)
    : QDialog(parent)
    , m_ledger(ledger)
    , m_user(new QComboBox(this))
    , m_unit(new QComboBox(this))
    , m_useFrom(new QCheckBox(tr("From"), this))
    , m_from(new QDateEdit(this))
    , m_useTo(new QCheckBox(tr("to"), this))
    , m_to(new QDateEdit(this))
    , m_summary(new QLabel(this))
    , m_table(new AuditTable(ledger, this))
{
    setWindowTitle(tr("Audit log"));
    m_user->addItem(tr("All users"), QString());
    if (auto names = AuditQuery::userNames(ledger)) {
        for (const QString &n : sortedForDisplay(*names))
            m_user->addItem(n, n);
    }
    m_unit->addItem(tr("All units"), QString());
    if (auto units = ledger.unitNames()) {
        for (const QString &n : sortedForDisplay(*units))
            m_unit->addItem(n, n);
    }
    const QDate today = ledger.now().toLocalTime().date();
    for (QDateEdit *e : { m_from, m_to }) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        e->setDate(today);
        e->setEnabled(false);
    }
    m_from->setDate(today.addMonths(-1));

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("User:"), this));
    filters->addWidget(m_user);
    filters->addWidget(new QLabel(tr("Unit:"), this));
    filters->addWidget(m_unit);
    filters->addWidget(m_useFrom);
    filters->addWidget(m_from);
    filters->addWidget(m_useTo);
    filters->addWidget(m_to);
    filters->addStretch(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    // The anchor to write down (a report and the Excel export state it too): a
    // later `audit-verify --expect` shows whether the history still extends it.
    m_anchor = new QLabel(this);
    m_anchor->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_anchor->setWordWrap(true);
    auto *verifyButton = buttons->addButton(tr("&Verify the Chain"), QDialogButtonBox::ActionRole);
    verifyButton->setToolTip(tr("Recompute the hash of every entry and check that none was "
                                "changed, removed or inserted outside the app."));
    connect(verifyButton, &QPushButton::clicked, this, &AuditLogDialog::verify);
    m_export = buttons->addButton(tr("&Export…"), QDialogButtonBox::ActionRole);
    m_export->setToolTip(tr("Save the entries shown as an Excel workbook or a CSV file"));
    m_print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    m_print->setToolTip(tr("Print the entries shown (A4 landscape)"));
    connect(m_export, &QPushButton::clicked, this, [this] {
        AuditOutput::exportWithDialog(m_ledger, m_table->entries(), tr("Audit log"), this);
    });
    connect(m_print, &QPushButton::clicked, this, [this] {
        AuditOutput::printWithPreview(m_ledger, m_table->entries(), tr("Audit log"), this);
    });
    layout->addWidget(m_anchor);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    showAnchor(QString());
    connect(m_user, &QComboBox::currentIndexChanged, this, &AuditLogDialog::reload);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &AuditLogDialog::reload);
    connect(m_useFrom, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_useTo, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    for (QCheckBox *b : { m_useFrom, m_useTo })
        connect(b, &QCheckBox::toggled, this, &AuditLogDialog::reload);
    for (QDateEdit *e : { m_from, m_to })
        connect(e, &QDateEdit::dateChanged, this, &AuditLogDialog::reload);
    resize(1100, 600);
    reload();
}

void AuditLogDialog::reload()
{
    AuditFilter f;
    f.user = m_user->currentData().toString();
    f.unit = m_unit->currentData().toString();
    if (m_useFrom->isChecked())
        f.from = m_from->date();
    if (m_useTo->isChecked())
        f.to = m_to->date();
    auto entries = AuditQuery::run(m_ledger, f);
    if (!entries) {
        m_summary->setText(entries.error());
        m_table->setEntries({});
        return;
    }
    m_table->setEntries(*entries);
    m_summary->setText(tr("%n entries", nullptr, static_cast<int>(entries->size())));
}

QString AuditLogDialog::exportTo(const QString &path) const
{
    auto written = AuditExport::write(m_ledger, m_table->entries(), path);
    return written ? QString() : written.error();
}

void AuditLogDialog::printTo(QPrinter *printer) const
{
    AuditOutput::print(m_ledger, m_table->entries(), tr("Audit log"), printer);
}

void AuditLogDialog::showAnchor(const QString &verdict)
{
    auto head = AuditChain::head(m_ledger);
    QString text = head ? tr("Audit anchor: %1 (write it down; rectify-cli audit-verify --expect "
                             "%1 shows later whether the history still extends it)")
                              .arg(AuditChain::anchorText(head->entries, head->hash))
                        : head.error();
    if (!verdict.isEmpty())
        text += QLatin1Char('\n') + verdict;
    m_anchor->setText(text);
}

void AuditLogDialog::verify()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto report = AuditChain::verify(m_ledger);
    QApplication::restoreOverrideCursor();
    if (!report)
        showAnchor(report.error());
    else if (report->intact)
        showAnchor(tr("Verified: all %n entries are intact.", nullptr, int(report->entries)));
    else
        showAnchor(tr("The audit trail was tampered with: %1").arg(report->problem));
}

} // namespace rectify
