#include "graph/NodePositionRepository.h"

#include "store/SqliteStatement.h"
#include "store/Store.h"
#include "store/StoreAccess.h"

#include <QCoreApplication>

#include <cmath>

namespace Spyline {

NodePositionRepository::NodePositionRepository(Store& store)
    : m_store(store)
{
}

Result<QHash<QString, QPointF>> NodePositionRepository::positions(GraphLayoutKind layout) const
{
    auto query = runQuery(m_store, QStringLiteral("SELECT node, x, y FROM node_positions WHERE layout = ?"),
                          {graphLayoutKey(layout)});
    if (!query)
        return fail(tr("the dragged node positions could not be read: %1").arg(query.error()));
    QHash<QString, QPointF> positions;
    while (query->next()) {
        const QPointF position(query->value(1).toDouble(), query->value(2).toDouble());
        if (std::isfinite(position.x()) && std::isfinite(position.y()))
            positions.insert(query->value(0).toString(), position);
    }
    return positions;
}

Status NodePositionRepository::save(GraphLayoutKind layout, const QHash<QString, QPointF>& positions)
{
    for (auto it = positions.cbegin(); it != positions.cend(); ++it) {
        if (it.key().isEmpty())
            return fail(tr("node: a dragged position needs the node it belongs to"));
        if (!std::isfinite(it->x()) || !std::isfinite(it->y()))
            return fail(tr("x, y: the position of %1 is not a finite number").arg(it.key()));
    }
    return m_store.transact([&]() -> Status {
        SqliteStatement query;
        if (Status s = query.prepare(
                connectionOf(m_store),
                QStringLiteral("INSERT INTO node_positions (layout, node, x, y) VALUES (?, ?, ?, ?) "
                               "ON CONFLICT (layout, node) DO UPDATE SET x = excluded.x, y = excluded.y"));
            !s)
            return fail(tr("the node positions could not be saved: %1").arg(describeSqlError(s.error())));
        const QString key = graphLayoutKey(layout);
        for (auto it = positions.cbegin(); it != positions.cend(); ++it) {
            if (Status s = rerun(query, {key, it.key(), it->x(), it->y()}); !s)
                return fail(tr("the position of %1 could not be saved: %2").arg(it.key(), s.error()));
        }
        m_store.noteChange(Change::Layout);
        return {};
    });
}

Status NodePositionRepository::forget(GraphLayoutKind layout, const QStringList& nodes)
{
    return m_store.transact([&]() -> Status {
        const QString key = graphLayoutKey(layout);
        if (nodes.isEmpty()) {
            auto query = runQuery(m_store, QStringLiteral("DELETE FROM node_positions WHERE layout = ?"), {key});
            if (!query)
                return fail(tr("the node positions could not be reset: %1").arg(query.error()));
        }
        for (const QString& node : nodes) {
            auto query = runQuery(m_store, QStringLiteral("DELETE FROM node_positions WHERE layout = ? AND node = ?"),
                                  {key, node});
            if (!query)
                return fail(tr("the position of %1 could not be reset: %2").arg(node, query.error()));
        }
        m_store.noteChange(Change::Layout);
        return {};
    });
}

} // namespace Spyline
