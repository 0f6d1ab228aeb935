#include "TimelinePanel.h"

#include "TimelineView.h"
#include "records/ViewState.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace Spyline {

TimelinePanel::TimelinePanel(QWidget* parent)
    : QWidget(parent)
    , m_view(new TimelineView(this))
    , m_laneKey(new QComboBox(this))
    , m_arcs(new QCheckBox(tr("Links"), this))
    , m_legend(new QCheckBox(tr("Legend"), this))
    , m_fitAll(new QToolButton(this))
    , m_fitSelection(new QToolButton(this))
    , m_range(new QLabel(this))
    , m_clearRange(new QToolButton(this))
{
    setObjectName(QStringLiteral("timelinePanel"));
    m_laneKey->setObjectName(QStringLiteral("laneKeyComboBox"));
    m_arcs->setObjectName(QStringLiteral("linksCheckBox"));
    m_legend->setObjectName(QStringLiteral("legendCheckBox"));
    m_fitAll->setObjectName(QStringLiteral("fitAllToolButton"));
    m_fitSelection->setObjectName(QStringLiteral("fitSelectionToolButton"));
    m_range->setObjectName(QStringLiteral("dateRangeLabel"));
    m_clearRange->setObjectName(QStringLiteral("clearRangeToolButton"));

    for (LaneKey key : TimelineLanes::allKeys())
        m_laneKey->addItem(TimelineLanes::keyLabel(key), int(key));
    m_arcs->setChecked(m_view->showsArcs());
    m_arcs->setToolTip(tr("Draw links from a statement to the announcement that followed, with the lag"));
    m_legend->setChecked(m_view->showsLegend());
    m_fitAll->setText(tr("Fit all"));
    m_fitAll->setToolTip(tr("Show the whole collection (0)"));
    m_fitSelection->setText(tr("Fit selection"));
    m_fitSelection->setToolTip(tr("Show the selected case or event (F)"));
    m_clearRange->setText(tr("Clear dates"));
    m_clearRange->setToolTip(tr("Stop filtering by dates, brushed or typed (Esc)"));
    m_range->setToolTip(tr("Shift-drag on the timeline to filter every view by dates; the filter bar's from and to "
                           "fields show the same dates"));

    // The hint gives way when the panel is narrow (its tooltip says it all), so that the case list
    // beside the timeline keeps room for its columns.
    m_range->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_laneKey->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_laneKey->setMinimumContentsLength(12);
    m_range->setMinimumWidth(0);
    m_range->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto* toolbar = new QHBoxLayout;
    toolbar->setContentsMargins(6, 4, 6, 4);
    auto* laneLabel = new QLabel(tr("Lanes by"), this);
    laneLabel->setBuddy(m_laneKey);
    toolbar->addWidget(laneLabel);
    toolbar->addWidget(m_laneKey);
    toolbar->addSpacing(12);
    toolbar->addWidget(m_arcs);
    toolbar->addWidget(m_legend);
    toolbar->addSpacing(12);
    toolbar->addWidget(m_fitAll);
    toolbar->addWidget(m_fitSelection);
    toolbar->addStretch(1);
    toolbar->addWidget(m_range);
    toolbar->addWidget(m_clearRange);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(toolbar);
    layout->addWidget(m_view, 1);

    connect(m_laneKey, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_view->setLaneKey(LaneKey(m_laneKey->itemData(index).toInt())); });
    connect(m_view, &TimelineView::laneKeyChanged, this,
            [this](LaneKey key) { m_laneKey->setCurrentIndex(m_laneKey->findData(int(key))); });
    connect(m_arcs, &QCheckBox::toggled, m_view, &TimelineView::setShowArcs);
    connect(m_legend, &QCheckBox::toggled, m_view, &TimelineView::setShowLegend);
    connect(m_fitAll, &QToolButton::clicked, m_view, &TimelineView::fitAll);
    connect(m_fitSelection, &QToolButton::clicked, m_view, &TimelineView::fitSelection);
    connect(m_clearRange, &QToolButton::clicked, this, [this] {
        if (m_viewState)
            m_viewState->clearDateRange();
    });
    updateRange();
}

TimelinePanel::~TimelinePanel() = default;

void TimelinePanel::setStore(Store* store)
{
    m_view->setStore(store);
}

void TimelinePanel::setViewState(ViewState* state)
{
    if (m_viewState)
        disconnect(m_viewState, nullptr, this, nullptr);
    m_viewState = state;
    m_view->setViewState(state);
    if (state)
        connect(state, &ViewState::dateRangeChanged, this, &TimelinePanel::updateRange);
    updateRange();
}

void TimelinePanel::updateRange()
{
    const CaseFilter filter = m_viewState ? m_viewState->filter() : CaseFilter();
    m_clearRange->setVisible(filter.fromDay || filter.toDay);
    const auto text = [](DayNumber day) { return PartialDate::fromDay(day).displayText(); };
    if (filter.fromDay && filter.toDay)
        m_range->setText(tr("Dates %1 – %2").arg(text(*filter.fromDay), text(*filter.toDay)));
    else if (filter.fromDay)
        m_range->setText(tr("Dates from %1").arg(text(*filter.fromDay)));
    else if (filter.toDay)
        m_range->setText(tr("Dates until %1").arg(text(*filter.toDay)));
    else
        m_range->setText(tr("Shift-drag to filter by dates"));
}

} // namespace Spyline
