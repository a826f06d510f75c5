#pragma once

#include "ui/dashboard/charts/chartexporter.h"

#include <QDialog>
#include <QVector>

class QCheckBox;
class QDialogButtonBox;
class QLineEdit;
class QSpinBox;

namespace rectify {

// File → Export Charts…: a folder, the formats (PNG, SVG, PDF) and the PNG
// resolution. Remembers the choices for the next time.
class ExportChartsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportChartsDialog)

public:
    explicit ExportChartsDialog(QWidget *parent = nullptr);

    QString folder() const;
    QVector<ChartExporter::Format> formats() const;
    int dpi() const;

    void accept() override;

private:
    void updateButtons();

    QLineEdit *m_folder;
    QCheckBox *m_png;
    QCheckBox *m_svg;
    QCheckBox *m_pdf;
    QSpinBox *m_dpi;
    QDialogButtonBox *m_buttons;
};

} // namespace rectify
