#pragma once

#include "statistics/StatisticsSnapshot.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QRectF>

#include <memory>
#include <optional>

namespace Spyline {

enum class StatisticsChartKind : quint8
{
    Lags, // days from a statement to what followed it
    DisclosuresPerYear, // stacked by disclosing country
    Venues, // cases by recruitment venue country
    Statuses, // cases by status
    Agencies, // cases by accused agency
};

struct StatisticsOptions
{
    int binDays = 7;
    int maxDays = 0; // lags from here on are counted, not drawn; 0 fits the lags
    int topAgencies = 10; // the rest are one bar, "others"
    int topVenues = 15;
    int yearSeries = 6; // disclosing countries with a colour of their own; the rest are "others"
};

// What a part of a statistics chart stands for, and so what clicking it filters.
struct StatisticsHit
{
    enum class Kind : quint8
    {
        None,
        LagBin,
        LagRange,
        Year,
        Venue,
        Status,
        Agency,
        Others, // the rest of a top-N chart
    };
    Kind kind = Kind::None;
    QString key; // a country code, a status key, a year, an agency id
    QList<Id> cases; // the cases a lag bin or range stands for
    int index = -1; // a lag bin, a range
    bool operator==(const StatisticsHit& other) const = default;
};

// The geometry of one statistics chart for a size: pure computation from the snapshot's figures,
// shared by the view and the export. Vertical bars over days or years for lags and disclosures;
// horizontal bars by category for venues, statuses and agencies, most cases first.
class StatisticsLayout
{
    Q_DECLARE_TR_FUNCTIONS(Spyline::StatisticsLayout)

public:
    struct Bar
    {
        QRectF rect;
        QString label; // category, for the tooltip
        QString series; // the stack's part (a disclosing country) or empty
        int value = 0;
        QColor color;
        bool selected = false;
        StatisticsHit hit;
    };
    struct Range
    {
        QRectF rect;
        LinkLag lag;
        bool openEnd = false; // runs on past the chart's last day
        bool selected = false;
        StatisticsHit hit;
    };
    struct Tick
    {
        qreal position = 0; // along its axis, in chart units
        QString text;
    };
    struct Series
    {
        QString label;
        QColor color;
    };

    StatisticsLayout(StatisticsChartKind kind, std::shared_ptr<const StatisticsSnapshot> snapshot,
                     const StatisticsOptions& options, const QSizeF& size, const QFont& font);

    StatisticsChartKind kind() const
    {
        return m_kind;
    }
    const StatisticsSnapshot& snapshot() const
    {
        return *m_snapshot;
    }
    const QSizeF& size() const
    {
        return m_size;
    }
    bool isHorizontal() const
    {
        return m_horizontal;
    }
    const QRectF& plot() const
    {
        return m_plot;
    }
    // Under the plot (vertical charts) or beside each bar (horizontal ones).
    const QList<Tick>& categoryTicks() const
    {
        return m_categoryTicks;
    }
    const QList<Tick>& valueTicks() const
    {
        return m_valueTicks;
    }
    const QString& valueTitle() const
    {
        return m_valueTitle;
    }
    const QString& categoryTitle() const
    {
        return m_categoryTitle;
    }
    const QList<Bar>& bars() const
    {
        return m_bars;
    }
    const QList<Range>& ranges() const
    {
        return m_ranges;
    }
    // Where uncertain lags are drawn when they are too many to draw one by one: how many ranges
    // cover each bin, as bars below the histogram.
    const QList<Bar>& coverage() const
    {
        return m_coverage;
    }
    const QRectF& rangeBand() const
    {
        return m_rangeBand;
    }
    // The median lag, as a span of x (a line when exact).
    const std::optional<std::pair<qreal, qreal>>& median() const
    {
        return m_median;
    }
    const QString& medianText() const
    {
        return m_medianText;
    }
    // The line above the plot: n and what the chart cannot place.
    // The height the headline takes, wrapped to the chart's width; the plot starts under it.
    qreal headlineHeight() const;
    const QString& headline() const
    {
        return m_headline;
    }
    // What the chart leaves out, for an export's caption; empty when nothing.
    const QString& notPlaced() const
    {
        return m_notPlaced;
    }
    const QList<Series>& series() const
    {
        return m_series;
    }
    const QFont& font() const
    {
        return m_font;
    }
    bool isEmpty() const
    {
        return m_bars.isEmpty() && m_ranges.isEmpty() && m_coverage.isEmpty();
    }

    StatisticsHit hitTest(const QPointF& point) const;
    // Every part a click acts on, once each, in the order the chart reads (left to right, or top to
    // bottom), for the keyboard to walk; and where one is drawn.
    QList<StatisticsHit> hitsInOrder() const;
    QRectF rectOf(const StatisticsHit& hit) const;
    QString describe(const StatisticsHit& hit) const;

    static QString title(StatisticsChartKind kind);
    static QColor barColor();

private:
    // The plot's rectangle under the headline, from `left`, keeping `rightReserve` free at its right.
    QRectF plotUnderHeadline(qreal left, qreal rightReserve, qreal line) const;
    void layOutLags();
    void layOutYears();
    void layOutCategories();
    QList<Tick> valueAxis(int most, qreal from, qreal to) const;

    StatisticsChartKind m_kind;
    std::shared_ptr<const StatisticsSnapshot> m_snapshot;
    StatisticsOptions m_options;
    QSizeF m_size;
    QFont m_font;
    bool m_horizontal = false;
    QRectF m_plot;
    QRectF m_rangeBand;
    QList<Tick> m_categoryTicks;
    QList<Tick> m_valueTicks;
    QString m_valueTitle;
    QString m_categoryTitle;
    QList<Bar> m_bars;
    QList<Range> m_ranges;
    QList<Bar> m_coverage;
    std::optional<std::pair<qreal, qreal>> m_median;
    QString m_medianText;
    QString m_headline;
    mutable QString m_measuredHeadline;
    mutable qreal m_measuredWidth = 0;
    mutable qreal m_headlineHeight = 0;
    QString m_notPlaced;
    QList<Series> m_series;
};

} // namespace Spyline
