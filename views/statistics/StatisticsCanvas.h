#pragma once

#include "ChartTheme.h"
#include "StatisticsLayout.h"

#include <QWidget>

#include <memory>
#include <optional>

namespace Spyline {

// The drawing surface of a statistics chart: paints through StatisticsPainter, names what is
// under the pointer (plain text) and reports clicks for StatisticsView to act on. The keyboard walks
// the bars as the pointer does: arrows to the next or previous, Home and End, Enter or Space to act
// as a click, Esc to let go.
class StatisticsCanvas : public QWidget
{
    Q_OBJECT
public:
    explicit StatisticsCanvas(QWidget* parent = nullptr);
    ~StatisticsCanvas() override;

    void setSnapshot(std::shared_ptr<const StatisticsSnapshot> snapshot);
    const std::shared_ptr<const StatisticsSnapshot>& snapshot() const
    {
        return m_snapshot;
    }
    void setKind(StatisticsChartKind kind);
    StatisticsChartKind kind() const
    {
        return m_kind;
    }
    void setOptions(const StatisticsOptions& options);
    const StatisticsOptions& options() const
    {
        return m_options;
    }
    const StatisticsLayout& currentLayout() const;
    // The colours and fonts it paints with: the palette's, dark or light.
    const ChartTheme& theme() const
    {
        return m_theme;
    }
    const StatisticsHit& hovered() const
    {
        return m_hovered;
    }
    QString toolTipTextAt(const QPointF& point) const;

Q_SIGNALS:
    void clicked(const Spyline::StatisticsHit& hit);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    bool event(QEvent* event) override;

private:
    void invalidate();
    // The keyboard's part: named in a tooltip beside it and to assistive tools.
    void walkTo(const StatisticsHit& hit);

    std::shared_ptr<const StatisticsSnapshot> m_snapshot;
    StatisticsChartKind m_kind = StatisticsChartKind::Lags;
    StatisticsOptions m_options;
    ChartTheme m_theme;
    mutable std::optional<StatisticsLayout> m_layout;
    StatisticsHit m_hovered;
};

} // namespace Spyline
