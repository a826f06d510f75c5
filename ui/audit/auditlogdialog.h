#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPrinter;
class QPushButton;

namespace rectify {

class AuditTable;
class Ledger;

// The whole ledger's audit trail, read-only, filtered by user, by the unit of
// the user who made the change and by a date range.
class AuditLogDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogDialog)

public:
    explicit AuditLogDialog(Ledger &ledger, QWidget *parent = nullptr);

    QComboBox *userFilter() const { return m_user; }
    QComboBox *unitFilter() const { return m_unit; }
    QCheckBox *fromBox() const { return m_useFrom; }
    QDateEdit *fromEdit() const { return m_from; }
    QCheckBox *toBox() const { return m_useTo; }
    QDateEdit *toEdit() const { return m_to; }
    AuditTable *table() const { return m_table; }
    // "Audit anchor 1234:3fa9c2e1b07d …" and, after verify(), what the check found.
    QLabel *anchorLabel() const { return m_anchor; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *printButton() const { return m_print; }

    // The entries shown, written to `path` (.xlsx or .csv); the error otherwise.
    QString exportTo(const QString &path) const;
    // The entries shown, printed on `printer` (A4 landscape).
    void printTo(QPrinter *printer) const;

public Q_SLOTS:
    void reload();
    // Recomputes the whole hash chain and says whether it is intact.
    void verify();

private:
    void showAnchor(const QString &verdict);

    Ledger &m_ledger;
    QLabel *m_anchor = nullptr;
    QComboBox *m_user;
    QComboBox *m_unit;
    QCheckBox *m_useFrom;
    QDateEdit *m_from;
    QCheckBox *m_useTo;
    QDateEdit *m_to;
    QLabel *m_summary;
    AuditTable *m_table;
    QPushButton *m_export = nullptr;
    QPushButton *m_print = nullptr;
};

} // namespace rectify
