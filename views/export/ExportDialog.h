#pragma once

#include "ChartExporter.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTimer;

namespace Spyline {

// File > Export Chart: format, size, title and what to include, with a live preview of the page
// exactly as it will be written.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(ExportableChart& chart, ChartExporter::Describe describe, const QString& title,
                 QWidget* parent = nullptr);

    // The collection the chart comes from: an export never writes over it.
    void setCollectionPath(const QString& path)
    {
        m_collectionPath = path;
    }
    // Fills the subtitle, which the person may change ("As publicly known on 1 Aug 2023.").
    void setSubtitle(const QString& text);
    ExportOptions options() const;
    // Writes the chart to `path` with the options chosen.
    Status exportTo(const QString& path) const;
    // The preview as shown, for tests.
    QImage previewImage() const;
    // Where the last export was written; empty before one succeeded.
    QString writtenPath() const
    {
        return m_writtenPath;
    }
    static QString fileFilter(ExportOptions::Format format);

public Q_SLOTS:
    void accept() override;

private:
    void updatePreview();
    void updateControls();
    void applyPreset();
    void showFullSize();

    ExportableChart& m_chart;
    ChartExporter::Describe m_describe;
    QString m_collectionPath;
    QComboBox* m_format;
    QLineEdit* m_title;
    QLineEdit* m_subtitle;
    QSpinBox* m_width;
    QSpinBox* m_height;
    QSpinBox* m_dpi;
    QCheckBox* m_transparent;
    QComboBox* m_page;
    QComboBox* m_orientation;
    QCheckBox* m_legend;
    QCheckBox* m_caption;
    QCheckBox* m_sources;
    QLabel* m_preview;
    QLabel* m_problem;
    QTimer* m_previewTimer;
    QImage m_previewImage;
    QComboBox* m_preset;
    std::optional<QPageSize> m_customPage; // a slide's page, which the page list does not hold
    QString m_writtenPath;
};

} // namespace Spyline
