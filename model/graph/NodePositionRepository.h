#pragma once

#include "graph/GraphData.h"

#include <QCoreApplication>
#include <QPointF>

namespace Spyline {

class Store;

// Where a person dragged graph nodes, per layout, in layout coordinates (points). A node is
// named by its key ("actor:12", "venue:IT:Rome"), so positions outlive filters and relayouts.
class NodePositionRepository
{
    Q_DECLARE_TR_FUNCTIONS(Spyline::NodePositionRepository)

public:
    explicit NodePositionRepository(Store& store);

    Result<QHash<QString, QPointF>> positions(GraphLayoutKind layout) const;
    // Saves or replaces the positions, all in one transaction.
    Status save(GraphLayoutKind layout, const QHash<QString, QPointF>& positions);
    Status save(GraphLayoutKind layout, const QString& node, QPointF position)
    {
        return save(layout, {{node, position}});
    }
    // Lets these nodes (all of the layout's when empty) go back to where the layout puts them.
    Status forget(GraphLayoutKind layout, const QStringList& nodes = {});

private:
    Store& m_store;
};

} // namespace Spyline
