#include "ui/audit/audittable.h"

#include "domain/taskstatus.h"

#include <QHeaderView>

namespace rectify {

AuditTable::AuditTable(QWidget *parent)
    : QTableWidget(0, ColumnCount, parent)
{
    setHorizontalHeaderLabels({ tr("#"), tr("When"), tr("Who"), tr("What"), tr("Field"),
        tr("Before"), tr("After"), tr("Reason") });
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setAlternatingRowColors(true);
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);
    setWordWrap(false);
}

QString AuditTable::fieldLabel(const QString &field)
{
    static const struct
    {
        const char *key;
        const char *label;
    } labels[] = {
        { "status", QT_TR_NOOP("Status") },
        { "progress", QT_TR_NOOP("Progress") },
        { "evidence", QT_TR_NOOP("Evidence") },
        { "deadline", QT_TR_NOOP("Deadline") },
        { "completed_on", QT_TR_NOOP("Completed on") },
        { "closed_on", QT_TR_NOOP("Signed off on") },
        { "measure", QT_TR_NOOP("Measure") },
        { "target", QT_TR_NOOP("Target") },
        { "remarks", QT_TR_NOOP("Remarks") },
        { "lead_units", QT_TR_NOOP("Lead unit") },
        { "co_units", QT_TR_NOOP("Co-operating units") },
        { "leaders", QT_TR_NOOP("Leader") },
        { "persons", QT_TR_NOOP("Person") },
    };
    for (const auto &l : labels) {
        if (field == QLatin1String(l.key))
            return tr(l.label);
    }
    return field;
}

QString AuditTable::valueText(const QString &field, const QString &value)
{
    if (field == QLatin1String("status")) {
        if (auto s = taskStatusFromKey(value))
            return taskStatusLabel(*s);
    }
    return value;
}

void AuditTable::setEntries(const QVector<AuditEntry> &entries)
{
    setRowCount(0);
    setRowCount(static_cast<int>(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        const AuditEntry &e = entries.at(row);
        QString what = e.entity;
        if (e.entityId)
            what += QStringLiteral(" #%1").arg(e.entityId);
        const QString texts[ColumnCount] = {
            QString::number(e.id),
            e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
            e.user,
            what,
            fieldLabel(e.field),
            valueText(e.field, e.oldValue),
            valueText(e.field, e.newValue),
            e.reason,
        };
        for (int c = 0; c < ColumnCount; ++c) {
            auto *item = new QTableWidgetItem(texts[c]);
            item->setToolTip(texts[c]);
            setItem(row, c, item);
        }
    }
    resizeColumnsToContents();
}

} // namespace rectify
