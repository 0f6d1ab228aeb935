#include "ChartOperations.h"

#include "ExportDialog.h"
#include "Handout.h"
#include "HandoutDialog.h"
#include "JobProgressDialog.h"
#include "MainWindow.h"
#include "ModalDialog.h"
#include "items/CaseTableModel.h"
#include "items/FilterDescription.h"
#include "jobs/BackgroundJob.h"
#include "records/ViewState.h"
#include "store/ServerAddress.h"
#include "store/Store.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QUrl>

namespace Spyline {

struct ChartOperations::HandoutRequest
{
    QList<Id> cases;
    ExportOptions options;
    bool summary = false;
    std::optional<DayNumber> knownOn;

    std::unique_ptr<Handout> on(Store& store) const
    {
        auto handout = std::make_unique<Handout>(store, cases, options);
        handout->setSummary(summary);
        handout->setKnownOn(knownOn);
        return handout;
    }
};

ChartOperations::ChartOperations(MainWindow& window)
    : QObject(&window)
    , m_window(window)
    , m_job(new BackgroundJob(this))
{
}

void ChartOperations::stopWork()
{
    m_job->stopAndWait();
}

bool ChartOperations::isWorking() const
{
    return m_job->isRunning();
}

namespace {

// `name`, when given, is what the charts' footers call the collection instead of its file's name:
// a team collection's server, whose working copy is no name for anyone.
ChartExporter::Describe describer(Store& store, const CaseFilter& filter, const QString& name = {})
{
    return [&store, filter, name](const ExportableChart& chart) {
        auto context = ChartContext::describe(store, chart, filter);
        if (context && !name.isEmpty())
            context->collectionName = name;
        return context;
    };
}

QString teamCollectionName(const MainWindow& window)
{
    const QString address = window.teamAddress();
    return address.isEmpty() ? QString() : serverCollectionName(address);
}

ChartExporter::Describe describer(MainWindow& window)
{
    return describer(*window.store(), window.viewState()->effectiveFilter(), teamCollectionName(window));
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

std::optional<ChartOperations::HandoutRequest> ChartOperations::prepareHandout(const QString& title)
{
    Store* store = m_window.store();
    if (!store)
        return std::nullopt;
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
        return std::nullopt;
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
        return std::nullopt;
    HandoutRequest request;
    request.cases = cases;
    request.options.title = dialog.title();
    request.options.subtitle = dialog.subtitle();
    request.summary = dialog.summary();
    request.knownOn = m_window.viewState()->effectiveFilter().knownOn;
    return request;
}

void ChartOperations::exportHandout()
{
    if (m_job->isRunning()) {
        m_window.showError(tr("Export Handout"), tr("A handout is being written already."));
        return;
    }
    const auto request = prepareHandout(tr("Export Handout"));
    if (!request)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path =
        QFileDialog::getSaveFileName(&m_window, tr("Export Handout"), folder + QStringLiteral("/handout.pdf"),
                                     ExportDialog::fileFilter(ExportOptions::Format::Pdf));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    // The views' charts are taken now, on this thread; the rest is built, and every page painted,
    // on the worker through a read-only connection of its own, so the window stays responsive.
    auto shown = std::make_shared<std::vector<std::unique_ptr<ExportableChart>>>(m_window.shownHandoutCharts());
    m_job->run(
        [request = *request, shown, fromCollection = m_window.collectionHandoutCharts(),
         filter = m_window.viewState()->effectiveFilter(), collection = m_window.store()->path(),
         name = teamCollectionName(m_window), path](const JobControl& control) -> Status {
            Store store;
            if (Status s = store.open(collection, Store::Access::ReadOnly); !s)
                return s;
            auto charts = std::move(*shown);
            for (auto& chart : fromCollection(store))
                charts.push_back(std::move(chart));
            if (control.cancelled())
                return fail(tr("the handout was cancelled"));
            auto handout = request.on(store);
            handout->setProgress([control](qsizetype done, qsizetype total) { return control.report(done, total); });
            for (const auto& chart : charts)
                handout->addChart(*chart, describer(store, filter, name), chart->kindName());
            return handout->write(path);
        },
        [this, path](const Status& written) {
            if (!written) {
                m_window.showError(tr("Export Handout"), written.error());
                return;
            }
            announceWritten(tr("Handout written to %1").arg(path), path);
        });
    auto* progress = new JobProgressDialog(*m_job, tr("Writing the handout\u2026"), &m_window);
    progress->setObjectName(QStringLiteral("handoutProgressDialog"));
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
    const auto request = prepareHandout(tr("Print Handout"));
    if (!request)
        return;
    auto handout = request->on(*m_window.store());
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
