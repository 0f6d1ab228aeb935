#include "PageFlow.h"

#include "ChartTheme.h"

#include <QFontMetricsF>
#include <QPainter>

namespace Spyline {

namespace {

constexpr qreal CellPadding = 3;
constexpr qreal BlockGap = 6;

} // namespace

PageFlow::PageFlow(const QSizeF& page, QPaintDevice* device)
    : m_page(page)
    , m_device(device)
{
}

qreal PageFlow::cellHeight(const Cell& cell, qreal width) const
{
    if (cell.text.isEmpty())
        return QFontMetricsF(cell.font, m_device).height();
    const QFontMetricsF metrics(cell.font, m_device);
    return metrics.boundingRect(QRectF(0, 0, std::max<qreal>(1, width), 1e6), Qt::TextWordWrap, cell.text).height();
}

qreal PageFlow::rowHeight(const QList<Cell>& cells, const QList<qreal>& columns) const
{
    qreal height = 0;
    for (qsizetype c = 0; c < cells.size() && c < columns.size(); ++c)
        height = std::max(height, cellHeight(cells.at(c), columns.at(c) * m_page.width() - 2 * CellPadding));
    return height + 2 * CellPadding;
}

void PageFlow::place(Block block, qreal reserve)
{
    if (m_pages == 0) {
        m_pages = 1;
        m_pageStarts.push_back(0);
    }
    // A row that does not fit what is left of the page starts the next, under the table's header.
    if (m_y > 0 && m_y + block.height + reserve > m_page.height()) {
        ++m_pages;
        m_pageStarts.push_back(m_blocks.size());
        m_y = 0;
        if (block.table >= 0 && !block.header) {
            Block header;
            header.table = block.table;
            header.header = true;
            header.cells = m_headers[size_t(block.table)];
            header.height = rowHeight(header.cells, m_tables[size_t(block.table)]);
            header.page = m_pages - 1;
            m_blocks.push_back(header);
            m_y = header.height;
        }
    }
    block.page = m_pages - 1;
    block.y = m_y;
    m_y += block.height;
    m_blocks.push_back(std::move(block));
}

void PageFlow::heading(const QString& text, const QFont& font)
{
    Block block;
    block.cells = {{text, font}};
    block.height = cellHeight(block.cells.first(), m_page.width()) + BlockGap;
    // A heading never ends a page: it keeps at least a few lines of what it heads with it.
    if (m_y > 0 && m_y + block.height + 3 * QFontMetricsF(font, m_device).height() > m_page.height())
        pageBreak();
    place(std::move(block));
}

void PageFlow::paragraph(const QString& text, const QFont& font, const QColor& color)
{
    Block block;
    block.cells = {{text, font}};
    block.color = color;
    block.height = cellHeight(block.cells.first(), m_page.width()) + BlockGap;
    place(std::move(block));
}

void PageFlow::beginTable(const QList<qreal>& columns, const QList<Cell>& header)
{
    m_tables.push_back(columns);
    m_headers.push_back(header);
    m_table = int(m_tables.size()) - 1;
    Block block;
    block.table = m_table;
    block.header = true;
    block.cells = header;
    block.height = rowHeight(header, columns);
    // The header never stays alone at the foot of a page.
    if (m_y > 0 && m_y + 2 * block.height > m_page.height())
        pageBreak();
    place(std::move(block));
}

void PageFlow::row(const QList<Cell>& cells, bool keepWithNext)
{
    Block block;
    block.table = m_table;
    block.cells = cells;
    block.height = rowHeight(cells, m_tables[size_t(m_table)]);
    // Room for about two lines of the row after it.
    const qreal reserve = keepWithNext ? block.height * 2 : 0;
    place(std::move(block), reserve);
}

void PageFlow::endTable()
{
    m_table = -1;
    m_y += BlockGap;
}

void PageFlow::pageBreak()
{
    if (m_y <= 0)
        return;
    ++m_pages;
    m_pageStarts.push_back(m_blocks.size());
    m_y = 0;
}

void PageFlow::paint(QPainter& painter, int page, const QPointF& origin) const
{
    if (page < 0 || page >= m_pages)
        return;
    const size_t begin = m_pageStarts[size_t(page)];
    const size_t end = size_t(page) + 1 < m_pageStarts.size() ? m_pageStarts[size_t(page) + 1] : m_blocks.size();
    // Pages are printed: the print style, whatever the screen's.
    const ChartTheme print = ChartTheme::print();
    const QColor grid = print.grid;
    painter.save();
    for (size_t b = begin; b < end; ++b) {
        const Block& block = m_blocks[b];
        const qreal top = origin.y() + block.y;
        if (block.table < 0) {
            painter.setFont(block.cells.first().font);
            painter.setPen(block.color.isValid() ? block.color : print.text);
            painter.drawText(QRectF(origin.x(), top, m_page.width(), block.height), Qt::TextWordWrap,
                             block.cells.first().text);
            continue;
        }
        const QList<qreal>& columns = m_tables[size_t(block.table)];
        if (block.header)
            painter.fillRect(QRectF(origin.x(), top, m_page.width(), block.height), print.laneShade.darker(103));
        qreal x = origin.x();
        painter.setPen(print.text);
        for (qsizetype c = 0; c < columns.size(); ++c) {
            const qreal width = columns.at(c) * m_page.width();
            if (c < block.cells.size()) {
                painter.setFont(block.cells.at(c).font);
                painter.drawText(
                    QRectF(x + CellPadding, top + CellPadding, width - 2 * CellPadding, block.height - 2 * CellPadding),
                    Qt::TextWordWrap, block.cells.at(c).text);
            }
            x += width;
        }
        painter.setPen(QPen(grid, 0.5));
        painter.drawLine(QPointF(origin.x(), top + block.height),
                         QPointF(origin.x() + m_page.width(), top + block.height));
    }
    painter.restore();
}

} // namespace Spyline
