#include "ui/audit/audittable.h"

#include "store/audittext.h"

#include <QHeaderView>

namespace rectify {

AuditTable::AuditTable(const Ledger &ledger, QWidget *parent)
    : QTableWidget(0, ColumnCount, parent)
    , m_ledger(ledger)
{
    setHorizontalHeaderLabels({ tr("#"), tr("When"), tr("Who"), tr("What"), tr("Change"),
        tr("Before"), tr("After"), tr("Reason or comment") });
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setAlternatingRowColors(true);
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);
    // Before and after wrap in columns of their own width rather than run off
    // the table; the rows grow to hold them.
    setWordWrap(true);
    setTextElideMode(Qt::ElideNone);
}

void AuditTable::setEntries(const QVector<AuditEntry> &entries)
{
    m_entries = entries;
    setRowCount(0);
    setRowCount(static_cast<int>(entries.size()));
    const QVector<AuditLine> lines = AuditText(m_ledger).lines(entries);
    for (int row = 0; row < entries.size(); ++row) {
        const AuditEntry &e = entries.at(row);
        const AuditLine &l = lines.at(row);
        const QString texts[ColumnCount] = {
            QString::number(e.id),
            l.when,
            l.who,
            l.subject,
            l.change,
            l.before,
            l.after,
            l.reason,
        };
        for (int c = 0; c < ColumnCount; ++c) {
            auto *item = new QTableWidgetItem(texts[c]);
            item->setToolTip(c == WhatColumn ? l.sentence : texts[c]);
            item->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
            setItem(row, c, item);
        }
    }
    resizeColumnsToContents();
    // Long values wrap within a readable width instead of widening the table.
    const int wide = fontMetrics().horizontalAdvance(QLatin1Char('M')) * 24;
    for (int c : { int(OldColumn), int(NewColumn), int(ReasonColumn) })
        setColumnWidth(c, std::min(columnWidth(c), wide));
    if (entries.size() <= 2000)
        resizeRowsToContents();
}

} // namespace rectify
