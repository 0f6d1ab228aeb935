#include "ChartOperations.h"

#include "ExportDialog.h"
#include "Handout.h"
#include "HandoutDialog.h"
#include "MainWindow.h"
#include "ModalDialog.h"
#include "items/CaseTableModel.h"
#include "items/FilterDescription.h"
#include "records/ViewState.h"
#include "store/Store.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QStatusBar>
#include <QUrl>

#include <limits>

namespace Spyline {

ChartOperations::ChartOperations(MainWindow& window)
    : QObject(&window)
    , m_window(window)
{
}

namespace {

ChartExporter::Describe describer(MainWindow& window)
{
    Store* store = window.store();
    const CaseFilter filter = window.viewState()->effectiveFilter();
    return [store, filter](const ExportableChart& chart) { return ChartContext::describe(*store, chart, filter); };
}

// "As publicly known on 1 Aug 2023." while the views show another day than today, else empty: a
// chart from the window says it under its title, as one from the command line does.
QString knownOnSubtitle(MainWindow& window)
{
    return describeKnownOn(window.viewState()->effectiveFilter());
}

} // namespace

void ChartOperations::exportChart()
{
    auto chart = m_window.currentChart();
    if (!chart || !m_window.store()) {
        m_window.showError(tr("Export Chart"),
                           tr("Show the timeline, the graph, the map or a statistics chart to export "
                              "it."));
        return;
    }
    ExportDialog dialog(*chart, describer(m_window), chart->kindName(), &m_window);
    dialog.setCollectionPath(m_window.store()->path());
    dialog.setSubtitle(knownOnSubtitle(m_window));
    if (runModal(dialog) == QDialog::Accepted)
        announceWritten(tr("Chart written to %1").arg(dialog.writtenPath()), dialog.writtenPath());
}

void ChartOperations::announceWritten(const QString& message, const QString& path)
{
    m_window.showMessage(message);
    if (!m_openFolder) {
        m_openFolder = new QPushButton(tr("Open Folder"), &m_window);
        m_openFolder->setObjectName(QStringLiteral("openFolderPushButton"));
        m_openFolder->setFlat(true);
        m_window.statusBar()->addPermanentWidget(m_openFolder);
        connect(m_openFolder, &QPushButton::clicked, this,
                [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_writtenFolder)); });
    }
    m_writtenFolder = QFileInfo(path).absolutePath();
    m_openFolder->setToolTip(m_writtenFolder);
    m_openFolder->show();
}

std::unique_ptr<Handout> ChartOperations::prepareHandout(const QString& title)
{
    Store* store = m_window.store();
    if (!store)
        return nullptr;
    // The selected cases the filter shows (not one made public after the day the views are known
    // on), or else every case the filter shows.
    QList<Id> cases = m_window.viewState()->selectedCases();
    cases.removeIf([&](Id id) { return m_window.caseModel()->rowOf(id) < 0; });
    if (cases.isEmpty()) {
        const CaseTableModel* model = m_window.caseModel();
        for (int row = 0; row < model->rowCount(); ++row)
            cases.append(model->caseIdAt(row));
    }
    if (cases.isEmpty()) {
        m_window.showError(title, tr("No case is shown: clear the filter or pick cases first."));
        return nullptr;
    }
    const auto estimate = [&](bool summary) {
        Handout probe(*store, cases, ExportOptions());
        probe.setSummary(summary);
        return probe.estimate().pages + 2;
    };
    HandoutDialog dialog(cases.size(), estimate, &m_window);
    dialog.setWindowTitle(title);
    dialog.setSubtitle(knownOnSubtitle(m_window));
    if (runModal(dialog) != QDialog::Accepted)
        return nullptr;
    ExportOptions options;
    options.title = dialog.title();
    options.subtitle = dialog.subtitle();
    auto handout = std::make_unique<Handout>(*store, cases, options);
    handout->setSummary(dialog.summary());
    handout->setKnownOn(m_window.viewState()->effectiveFilter().knownOn);
    return handout;
}

namespace {

// Progress in a dialog that can cancel; painting stays on this thread, which owns the store.
Handout::Progress progressIn(QProgressDialog& dialog)
{
    return [&dialog](qsizetype done, qsizetype total) {
        dialog.setMaximum(int(std::min<qsizetype>(total, std::numeric_limits<int>::max())));
        dialog.setValue(int(std::min<qsizetype>(done, total)));
        return !dialog.wasCanceled();
    };
}

} // namespace

void ChartOperations::exportHandout()
{
    auto handout = prepareHandout(tr("Export Handout"));
    if (!handout)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path =
        QFileDialog::getSaveFileName(&m_window, tr("Export Handout"), folder + QStringLiteral("/handout.pdf"),
                                     ExportDialog::fileFilter(ExportOptions::Format::Pdf));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    Status written;
    {
        QProgressDialog progress(tr("Writing the handout\u2026"), tr("Cancel"), 0, 100, &m_window);
        progress.setObjectName(QStringLiteral("handoutProgressDialog"));
        progress.setWindowModality(Qt::WindowModal);
        progress.setMinimumDuration(300);
        handout->setProgress(progressIn(progress));
        const auto charts = m_window.handoutCharts();
        for (const auto& chart : charts)
            handout->addChart(*chart, describer(m_window), chart->kindName());
        written = handout->write(path);
    }
    if (!written) {
        m_window.showError(tr("Export Handout"), written.error());
        return;
    }
    announceWritten(tr("Handout written to %1").arg(path), path);
}

void ChartOperations::printChart()
{
    auto chart = m_window.currentChart();
    if (!chart || !m_window.store()) {
        m_window.showError(tr("Print"), tr("Show the timeline, the graph, the map or a statistics chart to print it."));
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintPreviewDialog preview(&printer, &m_window);
    preview.setObjectName(QStringLiteral("printPreviewDialog"));
    preview.setWindowTitle(tr("Print %1").arg(chart->kindName()));
    Status printed;
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter* target) {
        // Laid out in points, as for a PDF.
        target->setResolution(72);
        ExportOptions options;
        options.format = ExportOptions::Format::Pdf;
        options.pageSize = target->pageLayout().pageSize();
        options.orientation = target->pageLayout().orientation();
        options.subtitle = knownOnSubtitle(m_window);
        printed = ChartExporter(*chart, describer(m_window), options).printTo(*target);
    });
    runModal(preview);
    if (!printed)
        m_window.showError(tr("Print"), printed.error());
}

void ChartOperations::printHandout()
{
    auto handout = prepareHandout(tr("Print Handout"));
    if (!handout)
        return;
    const auto charts = m_window.handoutCharts();
    for (const auto& chart : charts)
        handout->addChart(*chart, describer(m_window), chart->kindName());
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintPreviewDialog preview(&printer, &m_window);
    preview.setObjectName(QStringLiteral("printPreviewDialog"));
    preview.setWindowTitle(tr("Print Handout"));
    Status printed;
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter* target) {
        target->setResolution(72);
        printed = handout->paint(*target);
    });
    runModal(preview);
    if (!printed)
        m_window.showError(tr("Print Handout"), printed.error());
}

void ChartOperations::copyChart()
{
    auto chart = m_window.currentChart();
    if (!chart || !m_window.store())
        return;
    ExportOptions options;
    options.format = ExportOptions::Format::Png;
    options.maxPages = 1; // a picture for a slide: 1920 by 1080, its lanes grouped to fit
    options.subtitle = knownOnSubtitle(m_window);
    auto image = ChartExporter(*chart, describer(m_window), options).toImage();
    if (!image) {
        m_window.showError(tr("Copy Chart"), image.error());
        return;
    }
    QApplication::clipboard()->setImage(*image);
    m_window.showMessage(tr("Chart copied as a picture."));
}

} // namespace Spyline
