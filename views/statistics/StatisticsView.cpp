#include "StatisticsView.h"

#include "StatisticsCanvas.h"
#include "StatisticsWorker.h"
#include "records/ViewState.h"
#include "store/Store.h"

#include <QComboBox>
#include <QDate>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace Spyline {

StatisticsView::StatisticsView(QWidget* parent)
    : QWidget(parent)
    , m_worker(new StatisticsWorker(this))
    , m_kind(new QComboBox(this))
    , m_binDays(new QSpinBox(this))
    , m_top(new QSpinBox(this))
    , m_binLabel(new QLabel(tr("Bins of"), this))
    , m_topLabel(new QLabel(tr("Show"), this))
    , m_canvas(new StatisticsCanvas(this))
    , m_refreshTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("statisticsView"));
    m_kind->setObjectName(QStringLiteral("chartKindComboBox"));
    for (StatisticsChartKind kind :
         {StatisticsChartKind::Lags, StatisticsChartKind::DisclosuresPerYear, StatisticsChartKind::Venues,
          StatisticsChartKind::Statuses, StatisticsChartKind::Agencies}) {
        m_kind->addItem(StatisticsLayout::title(kind), int(kind));
    }
    m_binDays->setObjectName(QStringLiteral("binDaysSpinBox"));
    m_binDays->setRange(1, 365);
    m_binDays->setValue(StatisticsOptions().binDays);
    m_binDays->setSuffix(tr(" days"));
    m_top->setObjectName(QStringLiteral("topSpinBox"));
    m_top->setRange(3, 50);
    m_top->setValue(StatisticsOptions().topAgencies);
    m_top->setPrefix(tr("top "));
    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(6, 2, 6, 0);
    auto* chartLabel = new QLabel(tr("Chart:"), this);
    // Labels name their fields, for screen readers too.
    chartLabel->setBuddy(m_kind);
    m_binLabel->setBuddy(m_binDays);
    m_topLabel->setBuddy(m_top);
    bar->addWidget(chartLabel);
    bar->addWidget(m_kind);
    bar->addSpacing(12);
    bar->addWidget(m_binLabel);
    bar->addWidget(m_binDays);
    bar->addWidget(m_topLabel);
    bar->addWidget(m_top);
    bar->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(bar);
    layout->addWidget(m_canvas, 1);

    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &StatisticsView::refresh);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &StatisticsView::updateControls);
    for (QSpinBox* spin : {m_binDays, m_top})
        connect(spin, &QSpinBox::valueChanged, this, &StatisticsView::updateControls);
    connect(m_canvas, &StatisticsCanvas::clicked, this, &StatisticsView::act);
    connect(m_worker, &StatisticsWorker::finished, this, [this](std::shared_ptr<const StatisticsSnapshot> snapshot) {
        m_canvas->setSnapshot(std::move(snapshot));
        m_current = true;
        Q_EMIT figuresReady();
    });
    connect(m_worker, &StatisticsWorker::failed, this, [this](const QString& message) {
        Q_EMIT statusMessage(tr("The statistics could not be counted: %1").arg(message));
    });
    updateControls();
}

StatisticsView::~StatisticsView() = default;

void StatisticsView::setStore(Store* store)
{
    if (m_store == store)
        return;
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_store)
        connect(m_store, &Store::changed, this, &StatisticsView::scheduleRefresh);
    scheduleRefresh();
}

void StatisticsView::setViewState(ViewState* state)
{
    if (m_viewState == state)
        return;
    if (m_viewState)
        disconnect(m_viewState, nullptr, this, nullptr);
    m_viewState = state;
    if (m_viewState) {
        connect(m_viewState, &ViewState::filterChanged, this, &StatisticsView::scheduleRefresh);
        connect(m_viewState, &ViewState::dateRangeChanged, this, &StatisticsView::scheduleRefresh);
        connect(m_viewState, &ViewState::selectionChanged, this, &StatisticsView::scheduleRefresh);
    }
    scheduleRefresh();
}

StatisticsChartKind StatisticsView::kind() const
{
    return StatisticsChartKind(m_kind->currentData().toInt());
}

void StatisticsView::setKind(StatisticsChartKind kind)
{
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(kind))));
}

StatisticsOptions StatisticsView::options() const
{
    StatisticsOptions options;
    options.binDays = m_binDays->value();
    options.topAgencies = m_top->value();
    options.topVenues = m_top->value();
    return options;
}

bool StatisticsView::isComputing() const
{
    return m_worker->isBusy() || m_refreshTimer->isActive();
}

void StatisticsView::updateControls()
{
    const StatisticsChartKind chosen = kind();
    m_binLabel->setVisible(chosen == StatisticsChartKind::Lags);
    m_binDays->setVisible(chosen == StatisticsChartKind::Lags);
    const bool top = chosen == StatisticsChartKind::Agencies || chosen == StatisticsChartKind::Venues;
    m_topLabel->setVisible(top);
    m_top->setVisible(top);
    m_canvas->setKind(chosen);
    m_canvas->setOptions(options());
}

void StatisticsView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_refreshWhenShown)
        scheduleRefresh();
}

void StatisticsView::scheduleRefresh()
{
    m_current = false;
    m_refreshTimer->start();
}

void StatisticsView::refresh()
{
    m_refreshTimer->stop();
    if (m_store && m_store->isOpen() && window()->isVisible() && !isVisible()) {
        m_refreshWhenShown = true;
        return;
    }
    m_refreshWhenShown = false;
    if (!m_store || !m_store->isOpen()) {
        m_worker->cancel();
        m_canvas->setSnapshot(nullptr);
        return;
    }
    const CaseFilter filter = m_viewState ? m_viewState->effectiveFilter() : CaseFilter();
    const QList<Id> selection = m_viewState ? m_viewState->selectedCases() : QList<Id>();
    m_worker->start(*m_store, filter, selection, AllStatisticsParts);
}

void StatisticsView::act(const StatisticsHit& hit)
{
    if (!m_viewState)
        return;
    CaseFilter filter = m_viewState->filter();
    const auto toggle = [](auto& part, const auto& value) {
        if (part == value)
            part.clear();
        else
            part = value;
    };
    switch (hit.kind) {
    case StatisticsHit::Kind::None:
    case StatisticsHit::Kind::Others:
        return;
    case StatisticsHit::Kind::LagBin:
    case StatisticsHit::Kind::LagRange:
        if (hit.cases.isEmpty() && filter.caseIds.isEmpty())
            return;
        if (sameItems(filter.caseIds, hit.cases))
            filter.caseIds.clear();
        else
            filter.caseIds = hit.cases;
        break;
    case StatisticsHit::Kind::Year: {
        const int year = hit.key.toInt();
        const DayRange range {DayNumber(QDate(year, 1, 1).toJulianDay()), DayNumber(QDate(year, 12, 31).toJulianDay())};
        m_viewState->setDateRange(m_viewState->dateRange() == range ? std::nullopt : std::optional<DayRange>(range));
        return;
    }
    case StatisticsHit::Kind::Venue:
        toggle(filter.venueCountries, QStringList {hit.key});
        break;
    case StatisticsHit::Kind::Status:
        if (const auto status = fromKey<CaseStatus>(hit.key)) {
            if (sameItems(filter.statuses, QList<CaseStatus> {*status}))
                filter.statuses.clear();
            else
                filter.statuses = {*status};
        }
        break;
    case StatisticsHit::Kind::Agency: {
        const QList<Id> agency {hit.key.toLongLong()};
        if (sameItems(filter.agencies, agency))
            filter.agencies.clear();
        else
            filter.agencies = agency;
        break;
    }
    }
    m_viewState->setFilter(filter);
}

} // namespace Spyline
