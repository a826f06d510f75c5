#pragma once

#include "domain/auditentry.h"

#include <QTableWidget>
#include <QVector>

namespace rectify {

// A read-only table of audit entries: when, who, what, old → new, why.
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

    explicit AuditTable(QWidget *parent = nullptr);
    void setEntries(const QVector<AuditEntry> &entries);

    // A field name and a stored value as people read them (status keys become
    // 推进中 / 已销号 ...).
    static QString fieldLabel(const QString &field);
    static QString valueText(const QString &field, const QString &value);
};

} // namespace rectify
