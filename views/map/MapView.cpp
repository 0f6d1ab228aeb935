#include "MapView.h"

#include "MapCanvas.h"
#include "StatisticsWorker.h"
#include "records/ViewState.h"
#include "store/Store.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Spyline {

namespace {

std::shared_ptr<const MapFigures> figuresOf(const StatisticsSnapshot::Figures& figures)
{
    auto map = std::make_shared<MapFigures>();
    map->countries = figures.countries;
    map->venues = figures.venues;
    return map;
}

} // namespace

MapView::MapView(QWidget* parent)
    : QWidget(parent)
    , m_worker(new StatisticsWorker(this))
    , m_shading(new QComboBox(this))
    , m_canvas(new MapCanvas(this))
    , m_note(new QLabel(this))
    , m_refreshTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("mapView"));
    m_shading->setObjectName(QStringLiteral("shadingComboBox"));
    m_shading->addItem(tr("Countries targeted"), int(MapShading::Targeted));
    m_shading->addItem(tr("Countries accused"), int(MapShading::Accused));
    m_shading->setToolTip(tr("Shade countries by the cases that target them, or by the cases that accuse them"));
    auto* fit = new QToolButton(this);
    fit->setObjectName(QStringLiteral("fitMapToolButton"));
    fit->setText(tr("Whole world"));
    fit->setToolTip(tr("Show the whole world (0)"));
    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(6, 2, 6, 0);
    auto* shadeLabel = new QLabel(tr("Shade:"), this);
    shadeLabel->setBuddy(m_shading); // names the field, for screen readers too
    bar->addWidget(shadeLabel);
    bar->addWidget(m_shading);
    bar->addStretch(1);
    bar->addWidget(fit);
    m_note->setObjectName(QStringLiteral("noteLabel"));
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(bar);
    layout->addWidget(m_canvas, 1);
    layout->addWidget(m_note);
    m_note->setContentsMargins(6, 0, 6, 2);

    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &MapView::refresh);
    connect(m_shading, &QComboBox::currentIndexChanged, this, [this] {
        MapOptions options = m_canvas->options();
        options.shading = shading();
        m_canvas->setOptions(options);
        updateNote();
    });
    connect(fit, &QToolButton::clicked, m_canvas, &MapCanvas::fitToView);
    connect(m_canvas, &MapCanvas::clicked, this, &MapView::act);
    connect(m_worker, &StatisticsWorker::finished, this, &MapView::showFigures);
    connect(m_worker, &StatisticsWorker::failed, this, [this](const QString& message) {
        m_error = message;
        updateNote();
        Q_EMIT statusMessage(tr("The map could not be drawn: %1").arg(message));
    });
    updateNote();
}

MapView::~MapView() = default;

void MapView::setStore(Store* store)
{
    if (m_store == store)
        return;
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_store)
        connect(m_store, &Store::changed, this, &MapView::scheduleRefresh);
    scheduleRefresh();
}

void MapView::setViewState(ViewState* state)
{
    if (m_viewState == state)
        return;
    if (m_viewState)
        disconnect(m_viewState, nullptr, this, nullptr);
    m_viewState = state;
    if (m_viewState) {
        connect(m_viewState, &ViewState::filterChanged, this, &MapView::scheduleRefresh);
        connect(m_viewState, &ViewState::dateRangeChanged, this, &MapView::scheduleRefresh);
        connect(m_viewState, &ViewState::selectionChanged, this, &MapView::scheduleRefresh);
    }
    scheduleRefresh();
}

MapShading MapView::shading() const
{
    return MapShading(m_shading->currentData().toInt());
}

void MapView::setShading(MapShading shading)
{
    m_shading->setCurrentIndex(std::max(0, m_shading->findData(int(shading))));
}

QString MapView::note() const
{
    return m_note->text();
}

bool MapView::isComputing() const
{
    return m_worker->isBusy() || m_refreshTimer->isActive();
}

void MapView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_refreshWhenShown)
        scheduleRefresh();
}

void MapView::scheduleRefresh()
{
    m_current = false;
    m_refreshTimer->start();
}

void MapView::refresh()
{
    m_refreshTimer->stop();
    // Behind another tab the map waits until it is looked at.
    if (m_store && m_store->isOpen() && window()->isVisible() && !isVisible()) {
        m_refreshWhenShown = true;
        return;
    }
    m_refreshWhenShown = false;
    m_error.clear();
    if (!m_store || !m_store->isOpen()) {
        m_worker->cancel();
        m_canvas->setFigures(nullptr, nullptr);
        updateNote();
        return;
    }
    const CaseFilter filter = m_viewState ? m_viewState->effectiveFilter() : CaseFilter();
    const QList<Id> selection = m_viewState ? m_viewState->selectedCases() : QList<Id>();
    m_worker->start(*m_store, filter, selection, MapParts);
    updateNote();
}

void MapView::showFigures(std::shared_ptr<const StatisticsSnapshot> snapshot)
{
    m_canvas->setFigures(figuresOf(snapshot->all),
                         snapshot->selection.isEmpty() ? nullptr : figuresOf(snapshot->selected));
    m_current = true;
    updateNote();
    Q_EMIT figuresReady();
}

void MapView::act(const MapLayout::Hit& hit)
{
    if (!m_viewState || hit.kind == MapLayout::Hit::Kind::None)
        return;
    CaseFilter filter = m_viewState->filter();
    QStringList countries;
    QStringList venues;
    switch (hit.kind) {
    case MapLayout::Hit::Kind::None:
        return;
    case MapLayout::Hit::Kind::Country:
    case MapLayout::Hit::Kind::Former:
        countries = {hit.code};
        break;
    case MapLayout::Hit::Kind::Arrow:
    case MapLayout::Hit::Kind::Ring:
        venues = {hit.code};
        countries = {hit.target};
        break;
    case MapLayout::Hit::Kind::Point:
        venues = {hit.code};
        break;
    }
    // The same click again gives the cases back.
    if (filter.countries == countries && filter.venueCountries == venues) {
        filter.countries.clear();
        filter.venueCountries.clear();
    } else {
        filter.countries = countries;
        filter.venueCountries = venues;
    }
    m_viewState->setFilter(filter);
}

void MapView::updateNote()
{
    const QLocale locale;
    QString text;
    if (!m_store || !m_store->isOpen()) {
        text = tr("No collection is open.");
    } else if (!m_error.isEmpty()) {
        text = tr("The map could not be drawn: %1").arg(m_error);
    } else if (m_worker->isBusy() && m_canvas->figures()->countries.cases == 0) {
        text = tr("Counting the cases\u2026");
    } else {
        const MapLayout& layout = m_canvas->currentLayout();
        const MapFigures& figures = *m_canvas->figures();
        QStringList parts;
        parts.append(tr("%Ln case(s).", nullptr, figures.countries.cases));
        parts.append(tr("Arrows and rings for %Ln case(s) with a known recruitment venue and target.", nullptr,
                        layout.casesPlaced()));
        if (figures.venues.withoutVenue > 0)
            parts.append(tr("%Ln with no venue recorded.", nullptr, figures.venues.withoutVenue));
        if (layout.venuesNotPlaced() > 0)
            parts.append(tr("%Ln with a venue but no known target: not placed.", nullptr, layout.venuesNotPlaced()));
        const int unshaded =
            shading() == MapShading::Targeted ? figures.countries.withoutTarget : figures.countries.withoutAccused;
        if (unshaded > 0)
            parts.append(shading() == MapShading::Targeted ? tr("%Ln name(s) no target country.", nullptr, unshaded)
                                                           : tr("%Ln name(s) no accused country.", nullptr, unshaded));
        if (layout.casesInFlowsLeftOut() > 0)
            parts.append(tr("The %1 largest of %2 flows are drawn.")
                             .arg(locale.toString(layout.arrows().size()), locale.toString(layout.flowCount())));
        text = parts.join(u' ');
    }
    m_note->setText(text);
}

} // namespace Spyline
