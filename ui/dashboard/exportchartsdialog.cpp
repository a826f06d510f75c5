#include "ui/dashboard/exportchartsdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>

namespace rectify {

ExportChartsDialog::ExportChartsDialog(QWidget *parent)
    : QDialog(parent)
    , m_folder(new QLineEdit(this))
    , m_png(new QCheckBox(tr("PNG image"), this))
    , m_svg(new QCheckBox(tr("SVG drawing"), this))
    , m_pdf(new QCheckBox(tr("PDF"), this))
    , m_dpi(new QSpinBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Export the charts"));
    QSettings settings;
    settings.beginGroup(QStringLiteral("exportCharts"));
    m_folder->setText(settings
                          .value(QStringLiteral("folder"),
                              QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                          .toString());
    m_png->setChecked(settings.value(QStringLiteral("png"), true).toBool());
    m_svg->setChecked(settings.value(QStringLiteral("svg"), false).toBool());
    m_pdf->setChecked(settings.value(QStringLiteral("pdf"), false).toBool());
    m_dpi->setRange(24, 1200);
    m_dpi->setSingleStep(50);
    m_dpi->setSuffix(tr(" dpi"));
    m_dpi->setValue(settings.value(QStringLiteral("dpi"), 300).toInt());

    auto *browse = new QPushButton(tr("Choose…"), this);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    auto *formatRow = new QHBoxLayout;
    formatRow->addWidget(m_png);
    formatRow->addWidget(m_svg);
    formatRow->addWidget(m_pdf);
    formatRow->addStretch(1);

    auto *form = new QFormLayout(this);
    form->addRow(tr("Folder:"), folderRow);
    form->addRow(tr("Formats:"), formatRow);
    form->addRow(tr("PNG resolution:"), m_dpi);
    form->addRow(m_buttons);
    form->addRow(
        new QLabel(tr("One file per chart: status, units, leaders, problems, burnup."), this));

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(
            this, tr("Folder for the charts"), m_folder->text());
        if (!dir.isEmpty())
            m_folder->setText(QDir::toNativeSeparators(dir));
    });
    for (QCheckBox *box : { m_png, m_svg, m_pdf })
        connect(box, &QCheckBox::toggled, this, &ExportChartsDialog::updateButtons);
    connect(m_png, &QCheckBox::toggled, m_dpi, &QWidget::setEnabled);
    connect(m_folder, &QLineEdit::textChanged, this, &ExportChartsDialog::updateButtons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_dpi->setEnabled(m_png->isChecked());
    updateButtons();
}

QString ExportChartsDialog::folder() const
{
    return QDir::fromNativeSeparators(m_folder->text().trimmed());
}

QVector<ChartExporter::Format> ExportChartsDialog::formats() const
{
    QVector<ChartExporter::Format> out;
    if (m_png->isChecked())
        out << ChartExporter::Format::Png;
    if (m_svg->isChecked())
        out << ChartExporter::Format::Svg;
    if (m_pdf->isChecked())
        out << ChartExporter::Format::Pdf;
    return out;
}

int ExportChartsDialog::dpi() const
{
    return m_dpi->value();
}

void ExportChartsDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!formats().isEmpty() && !folder().isEmpty());
}

void ExportChartsDialog::accept()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("exportCharts"));
    settings.setValue(QStringLiteral("folder"), folder());
    settings.setValue(QStringLiteral("png"), m_png->isChecked());
    settings.setValue(QStringLiteral("svg"), m_svg->isChecked());
    settings.setValue(QStringLiteral("pdf"), m_pdf->isChecked());
    settings.setValue(QStringLiteral("dpi"), m_dpi->value());
    QDialog::accept();
}

} // namespace rectify
