#pragma once

#include "domain/auditentry.h"

#include <QTableWidget>
#include <QVector>

namespace rectify {

class Ledger;

// A read-only table of audit entries in the user's words (AuditText): when,
// who, what (任务 4.2), the change, before → after (wrapped), why.
class AuditTable final : public QTableWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditTable)

public:
    enum Column
    {
        IdColumn,
        WhenColumn,
        UserColumn,
        WhatColumn,
        FieldColumn,
        OldColumn,
        NewColumn,
        ReasonColumn,
        ColumnCount,
    };

    explicit AuditTable(const Ledger &ledger, QWidget *parent = nullptr);
    void setEntries(const QVector<AuditEntry> &entries);
    // What the table shows, for export and print.
    const QVector<AuditEntry> &entries() const { return m_entries; }

private:
    const Ledger &m_ledger;
    QVector<AuditEntry> m_entries;
};

} // namespace rectify
