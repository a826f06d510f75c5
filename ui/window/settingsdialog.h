#pragma once

#include "stats/alert.h"

#include <QDialog>

class QComboBox;
class QGroupBox;
class QLabel;
class QSpinBox;

namespace rectify {

// Language (kept in the user's settings, applied at the next start) and the
// alert windows (kept in the ledger, shared by everyone who opens it).
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    SettingsDialog(const QString &language, const AlertSettings &alerts, QWidget *parent = nullptr);

    // "" for the system's choice, "zh_CN" or "en".
    QString language() const;
    AlertSettings alertSettings() const;
    // The alert windows are shown but may not be changed; `why` says so under them.
    void lockAlerts(const QString &why);
    QGroupBox *alertBox() const { return m_alertBox; }
    QLabel *lockedLabel() const { return m_locked; }

private:
    QComboBox *m_language;
    QSpinBox *m_dueSoon;
    QSpinBox *m_notice;
    QSpinBox *m_stale;
    QGroupBox *m_alertBox;
    QLabel *m_locked;
};

} // namespace rectify
