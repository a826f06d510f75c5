#include "ui/window/settingsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace rectify {

SettingsDialog::SettingsDialog(
    const QString &language, const AlertSettings &alerts, QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_dueSoon(new QSpinBox(this))
    , m_notice(new QSpinBox(this))
    , m_stale(new QSpinBox(this))
    , m_alertBox(new QGroupBox(tr("Alerts (for everyone using this ledger)"), this))
    , m_locked(new QLabel(this))
{
    setWindowTitle(tr("Settings"));
    m_language->addItem(tr("System default"), QString());
    // Each language is named in itself, so it can be found whatever is shown now.
    m_language->addItem(QStringLiteral("中文（简体）"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(language)));

    for (QSpinBox *box : { m_dueSoon, m_notice, m_stale }) {
        box->setRange(0, 365);
        box->setSuffix(tr(" days"));
    }
    m_dueSoon->setValue(alerts.dueSoonDays);
    m_notice->setValue(alerts.noticeDays);
    m_notice->setSpecialValueText(tr("Off"));
    m_stale->setRange(1, 365);
    m_stale->setValue(alerts.staleDays);

    auto *general = new QGroupBox(tr("General"), this);
    auto *generalForm = new QFormLayout(general);
    generalForm->addRow(tr("Language:"), m_language);
    generalForm->addRow(new QLabel(tr("A new language applies when Rectify starts again."), this));

    auto *alertForm = new QFormLayout(m_alertBox);
    alertForm->addRow(tr("Yellow when due within:"), m_dueSoon);
    alertForm->addRow(tr("Early notice within:"), m_notice);
    alertForm->addRow(tr("Long-term tasks report at least every:"), m_stale);
    m_locked->setWordWrap(true);
    m_locked->setVisible(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(general);
    layout->addWidget(m_alertBox);
    layout->addWidget(m_locked);
    layout->addWidget(buttons);
}

QString SettingsDialog::language() const
{
    return m_language->currentData().toString();
}

void SettingsDialog::lockAlerts(const QString &why)
{
    m_alertBox->setEnabled(false);
    m_alertBox->setToolTip(why);
    m_locked->setText(why);
    m_locked->setVisible(true);
}

AlertSettings SettingsDialog::alertSettings() const
{
    AlertSettings s;
    s.dueSoonDays = m_dueSoon->value();
    s.noticeDays = m_notice->value();
    s.staleDays = m_stale->value();
    return s;
}

} // namespace rectify
