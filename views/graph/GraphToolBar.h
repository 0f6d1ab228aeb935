#pragma once

#include "graph/GraphData.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QSpinBox;
class QToolButton;

namespace Spyline {

// The graph view's controls: layout, node kinds, ego view, search, and buttons to lay out again,
// undo drags, fit and show the legend. It only reports what a person asks for; the setters
// reflect the view's state without reporting it back.
class GraphToolBar : public QWidget
{
    Q_OBJECT
public:
    explicit GraphToolBar(QWidget* parent = nullptr);

    void setLayoutKind(GraphLayoutKind layout);
    void setEgoHops(int hops);
    void setNodeKindVisible(GraphNodeKind kind, bool visible);

Q_SIGNALS:
    void layoutKindChosen(Spyline::GraphLayoutKind layout);
    void nodeKindToggled(Spyline::GraphNodeKind kind, bool visible);
    void egoHopsChosen(int hops);
    void findRequested(const QString& text);
    void relayoutRequested();
    void resetRequested();
    void fitRequested();
    void legendToggled(bool visible);

private:
    QComboBox* m_layout = nullptr;
    QToolButton* m_kinds = nullptr;
    QSpinBox* m_ego = nullptr;
    QLineEdit* m_search = nullptr;
};

} // namespace Spyline
