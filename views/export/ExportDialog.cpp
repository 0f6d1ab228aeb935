#include "ExportDialog.h"

#include "Palette.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

namespace Spyline {

ExportDialog::ExportDialog(ExportableChart& chart, ChartExporter::Describe describe, const QString& title,
                           QWidget* parent)
    : QDialog(parent)
    , m_chart(chart)
    , m_describe(std::move(describe))
    , m_format(new QComboBox(this))
    , m_title(new QLineEdit(title, this))
    , m_subtitle(new QLineEdit(this))
    , m_width(new QSpinBox(this))
    , m_height(new QSpinBox(this))
    , m_dpi(new QSpinBox(this))
    , m_transparent(new QCheckBox(tr("Transparent background"), this))
    , m_page(new QComboBox(this))
    , m_orientation(new QComboBox(this))
    , m_legend(new QCheckBox(tr("Legend"), this))
    , m_caption(new QCheckBox(tr("Caption"), this))
    , m_sources(new QCheckBox(tr("Sources"), this))
    , m_preview(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_previewTimer(new QTimer(this))
    , m_preset(new QComboBox(this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export Chart"));
    m_format->setObjectName(QStringLiteral("formatComboBox"));
    m_format->addItem(tr("PDF: vector, for print and handouts"), int(ExportOptions::Format::Pdf));
    m_format->addItem(tr("SVG: vector, text stays editable"), int(ExportOptions::Format::Svg));
    m_format->addItem(tr("PNG: picture, for slides"), int(ExportOptions::Format::Png));
    m_title->setObjectName(QStringLiteral("titleLineEdit"));
    m_subtitle->setObjectName(QStringLiteral("subtitleLineEdit"));
    m_subtitle->setPlaceholderText(tr("optional, e.g. the course and date"));
    m_width->setObjectName(QStringLiteral("widthSpinBox"));
    m_height->setObjectName(QStringLiteral("heightSpinBox"));
    m_dpi->setObjectName(QStringLiteral("dpiSpinBox"));
    for (QSpinBox* spin : {m_width, m_height}) {
        spin->setRange(200, 20000);
        spin->setSuffix(tr(" px"));
    }
    m_width->setValue(1920);
    m_height->setValue(1080);
    m_dpi->setRange(36, 1200);
    m_dpi->setValue(144);
    m_dpi->setSuffix(tr(" dpi"));
    m_transparent->setObjectName(QStringLiteral("transparentCheckBox"));
    m_page->setObjectName(QStringLiteral("pageComboBox"));
    m_page->addItem(QStringLiteral("A4"), int(QPageSize::A4));
    m_page->addItem(tr("Letter"), int(QPageSize::Letter));
    m_page->addItem(QStringLiteral("A3"), int(QPageSize::A3));
    m_page->addItem(tr("A2 (poster)"), int(QPageSize::A2));
    m_preset->setObjectName(QStringLiteral("presetComboBox"));
    m_preset->addItem(tr("Custom"), QString());
    m_preset->addItem(tr("Slide 16:9"), QStringLiteral("slide-16x9"));
    m_preset->addItem(tr("Slide 4:3"), QStringLiteral("slide-4x3"));
    m_preset->addItem(QStringLiteral("A4"), QStringLiteral("a4"));
    m_preset->addItem(tr("Letter"), QStringLiteral("letter"));
    m_preset->addItem(QStringLiteral("A3"), QStringLiteral("a3"));
    m_preset->addItem(tr("Poster (A2)"), QStringLiteral("poster"));
    m_orientation->setObjectName(QStringLiteral("orientationComboBox"));
    m_orientation->addItem(tr("Landscape"), int(QPageLayout::Landscape));
    m_orientation->addItem(tr("Portrait"), int(QPageLayout::Portrait));
    for (QCheckBox* box : {m_legend, m_caption, m_sources})
        box->setChecked(true);
    m_preview->setObjectName(QStringLiteral("previewLabel"));
    m_preview->setMinimumSize(560, 360);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setStyleSheet(Palette::problemLabelStyleSheet(palette()));
    m_problem->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("For"), m_preset);
    form->addRow(tr("Format"), m_format);
    form->addRow(tr("Title"), m_title);
    form->addRow(tr("Subtitle"), m_subtitle);
    auto* size = new QHBoxLayout;
    size->addWidget(m_width);
    size->addWidget(new QLabel(QStringLiteral("\u00d7"), this));
    size->addWidget(m_height);
    form->addRow(tr("Picture size"), size);
    form->addRow(tr("Text size"), m_dpi);
    form->addRow(QString(), m_transparent);
    form->addRow(tr("Page"), m_page);
    form->addRow(tr("Orientation"), m_orientation);
    auto* include = new QHBoxLayout;
    include->addWidget(m_legend);
    include->addWidget(m_caption);
    include->addWidget(m_sources);
    form->addRow(tr("Include"), include);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("Export\u2026"), QDialogButtonBox::AcceptRole)
        ->setObjectName(QStringLiteral("exportPushButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);

    auto* fullSize = new QPushButton(tr("Full Size\u2026"), this);
    fullSize->setObjectName(QStringLiteral("fullSizePushButton"));
    fullSize->setToolTip(tr("The page at its real size, to read every word before it is written"));
    connect(fullSize, &QPushButton::clicked, this, &ExportDialog::showFullSize);
    auto* previewColumn = new QVBoxLayout;
    previewColumn->addWidget(m_preview, 1);
    previewColumn->addWidget(fullSize, 0, Qt::AlignRight);
    auto* columns = new QHBoxLayout;
    columns->addLayout(form);
    columns->addLayout(previewColumn, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(150);
    connect(m_previewTimer, &QTimer::timeout, this, &ExportDialog::updatePreview);
    const auto changed = [this] {
        updateControls();
        m_previewTimer->start();
    };
    connect(m_format, &QComboBox::currentIndexChanged, this, changed);
    connect(m_preset, &QComboBox::currentIndexChanged, this, &ExportDialog::applyPreset);
    for (QComboBox* combo : {m_page, m_orientation})
        connect(combo, &QComboBox::currentIndexChanged, this, changed);
    for (QLineEdit* edit : {m_title, m_subtitle})
        connect(edit, &QLineEdit::textChanged, this, changed);
    for (QSpinBox* spin : {m_width, m_height, m_dpi})
        connect(spin, &QSpinBox::valueChanged, this, changed);
    for (QCheckBox* box : {m_transparent, m_legend, m_caption, m_sources})
        connect(box, &QCheckBox::toggled, this, changed);
    updateControls();
    updatePreview();
}

void ExportDialog::setSubtitle(const QString& text)
{
    m_subtitle->setText(text);
}

ExportOptions ExportDialog::options() const
{
    ExportOptions options;
    options.format = ExportOptions::Format(m_format->currentData().toInt());
    options.title = m_title->text().trimmed();
    options.subtitle = m_subtitle->text().trimmed();
    options.pixelSize = QSize(m_width->value(), m_height->value());
    options.dpi = m_dpi->value();
    options.transparent = m_transparent->isChecked();
    options.pageSize = m_customPage && m_preset->currentIndex() > 0
        ? *m_customPage
        : QPageSize(QPageSize::PageSizeId(m_page->currentData().toInt()));
    options.orientation = QPageLayout::Orientation(m_orientation->currentData().toInt());
    options.legend = m_legend->isChecked();
    options.caption = m_caption->isChecked();
    options.sources = m_sources->isChecked();
    // A picture has the size asked for: a chart too tall for it is grouped to fit. A PDF runs on.
    if (options.format != ExportOptions::Format::Pdf)
        options.maxPages = 1;
    return options;
}

void ExportDialog::updateControls()
{
    const auto format = ExportOptions::Format(m_format->currentData().toInt());
    const bool png = format == ExportOptions::Format::Png;
    const bool pdf = format == ExportOptions::Format::Pdf;
    for (QWidget* widget : {static_cast<QWidget*>(m_width), static_cast<QWidget*>(m_height),
                            static_cast<QWidget*>(m_dpi), static_cast<QWidget*>(m_transparent)})
        widget->setEnabled(png);
    m_page->setEnabled(pdf);
    m_orientation->setEnabled(pdf);
}

void ExportDialog::updatePreview()
{
    // The page as it will be written, at the scale of the preview: a PNG of the page's shape.
    ExportOptions preview = options();
    const QSizeF page = ChartExporter(m_chart, m_describe, preview).pageSize();
    preview.format = ExportOptions::Format::Png;
    preview.transparent = false;
    const qreal scale = std::min(m_preview->width() / page.width(), m_preview->height() / page.height());
    preview.dpi = std::max(18, int(72 * scale));
    preview.pixelSize = (page * scale).toSize();
    auto image = ChartExporter(m_chart, m_describe, preview).toImage();
    if (!image) {
        m_problem->setText(image.error());
        return;
    }
    m_problem->clear();
    m_previewImage = *image;
    m_preview->setPixmap(QPixmap::fromImage(m_previewImage));
}

void ExportDialog::applyPreset()
{
    ExportOptions preset;
    if (!preset.applyPreset(m_preset->currentData().toString()))
        return;
    m_width->setValue(preset.pixelSize.width());
    m_height->setValue(preset.pixelSize.height());
    m_dpi->setValue(preset.dpi);
    m_orientation->setCurrentIndex(m_orientation->findData(int(QPageLayout::Landscape)));
    if (const int page = m_page->findData(int(preset.pageSize.id())); page >= 0)
        m_page->setCurrentIndex(page);
    m_customPage = preset.pageSize.id() == QPageSize::Custom ? std::optional<QPageSize>(preset.pageSize) : std::nullopt;
}

void ExportDialog::showFullSize()
{
    // The page at 96 pixels to the inch, as a screen shows a document at 100 %.
    ExportOptions full = options();
    const QSizeF page = ChartExporter(m_chart, m_describe, full).pageSize();
    full.format = ExportOptions::Format::Png;
    full.transparent = false;
    full.dpi = 96;
    full.pixelSize = (page * (96.0 / 72.0)).toSize();
    auto image = ChartExporter(m_chart, m_describe, full).toImage();
    if (!image) {
        m_problem->setText(image.error());
        return;
    }
    QDialog viewer(this);
    viewer.setObjectName(QStringLiteral("fullSizeDialog"));
    viewer.setWindowTitle(tr("Full Size"));
    auto* picture = new QLabel(&viewer);
    picture->setPixmap(QPixmap::fromImage(*image));
    auto* scroll = new QScrollArea(&viewer);
    scroll->setWidget(picture);
    auto* layout = new QVBoxLayout(&viewer);
    layout->addWidget(scroll);
    viewer.resize(1100, 760);
    viewer.exec();
}

QImage ExportDialog::previewImage() const
{
    return m_previewImage;
}

QString ExportDialog::fileFilter(ExportOptions::Format format)
{
    switch (format) {
    case ExportOptions::Format::Png:
        return tr("PNG pictures (*.png)");
    case ExportOptions::Format::Svg:
        return tr("SVG drawings (*.svg)");
    case ExportOptions::Format::Pdf:
        break;
    }
    return tr("PDF documents (*.pdf)");
}

Status ExportDialog::exportTo(const QString& path) const
{
    return ChartExporter(m_chart, m_describe, options()).write(path, m_collectionPath);
}

void ExportDialog::accept()
{
    const ExportOptions chosen = options();
    static const char* suffixes[] = {"png", "svg", "pdf"};
    const QString suffix = QString::fromLatin1(suffixes[int(chosen.format)]);
    QString name = chosen.title.isEmpty() ? m_chart.kindName() : chosen.title;
    name.replace(QRegularExpression(QStringLiteral("[^\\w\\- ]")), QString());
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(this, tr("Export Chart"), folder + u'/' + name + u'.' + suffix,
                                                fileFilter(chosen.format));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + suffix;
    if (Status s = exportTo(path); !s) {
        m_problem->setText(s.error());
        return;
    }
    m_writtenPath = path;
    QDialog::accept();
}

} // namespace Spyline
