#include "ChartOperations.h"

#include "CaseTableModel.h"
#include "ExportDialog.h"
#include "Handout.h"
#include "MainWindow.h"
#include "ModalDialog.h"
#include "Store.h"
#include "ViewState.h"

#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QScopeGuard>
#include <QStandardPaths>

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
    if (runModal(dialog) == QDialog::Accepted)
        m_window.showMessage(tr("Chart exported."));
}

void ChartOperations::exportHandout()
{
    Store* store = m_window.store();
    if (!store)
        return;
    // The selected cases, or else every case the filter shows.
    QList<Id> cases = m_window.viewState()->selectedCases();
    if (cases.isEmpty()) {
        const CaseTableModel* model = m_window.caseModel();
        for (int row = 0; row < model->rowCount(); ++row)
            cases.append(model->caseIdAt(row));
    }
    if (cases.isEmpty()) {
        m_window.showError(tr("Export Handout"), tr("No case is shown: clear the filter or pick cases first."));
        return;
    }
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
        // Charts of a large collection take a moment to lay out and write.
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const auto restoreCursor = qScopeGuard([] { QApplication::restoreOverrideCursor(); });
        ExportOptions options;
        options.title = tr("Handout");
        Handout handout(*store, cases, options);
        const auto charts = m_window.handoutCharts();
        for (const auto& chart : charts)
            handout.addChart(*chart, describer(m_window), chart->kindName());
        written = handout.write(path);
    }
    if (!written) {
        m_window.showError(tr("Export Handout"), written.error());
        return;
    }
    m_window.showMessage(tr("Handout written to %1").arg(path));
}

void ChartOperations::copyChart()
{
    auto chart = m_window.currentChart();
    if (!chart || !m_window.store())
        return;
    ExportOptions options;
    options.format = ExportOptions::Format::Png;
    auto image = ChartExporter(*chart, describer(m_window), options).toImage();
    if (!image) {
        m_window.showError(tr("Copy Chart"), image.error());
        return;
    }
    QApplication::clipboard()->setImage(*image);
    m_window.showMessage(tr("Chart copied as a picture."));
}

} // namespace Spyline
