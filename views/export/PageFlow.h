#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QSizeF>
#include <QString>

#include <vector>

class QPainter;
class QPaintDevice;

namespace Spyline {

// Headings, paragraphs and tables laid down pages of a fixed size, for a handout: a table row is
// never split across pages, a table's header row repeats on every page it continues on. Laid out
// once (measuring only), then painted page by page, so the work grows with what it holds.
class PageFlow
{
public:
    struct Cell
    {
        QString text;
        QFont font;
    };

    // `device` measures the text as the painter will draw it.
    PageFlow(const QSizeF& page, QPaintDevice* device);

    void heading(const QString& text, const QFont& font);
    void paragraph(const QString& text, const QFont& font, const QColor& color = {});
    // Columns as fractions of the width; the header is repeated where the table continues.
    void beginTable(const QList<qreal>& columns, const QList<Cell>& header);
    // A row that keeps with the next (a heading row in a table) never ends a page.
    void row(const QList<Cell>& cells, bool keepWithNext = false);
    void endTable();
    // What follows starts on a new page (nothing happens at the top of an empty page).
    void pageBreak();

    int pageCount() const
    {
        return m_pages;
    }
    // Paints one page, its top left corner at `origin`.
    void paint(QPainter& painter, int page, const QPointF& origin) const;

    // Where each heading, paragraph and row went.
    struct Block
    {
        int page = 0;
        qreal y = 0;
        qreal height = 0;
        int table = -1; // -1: a heading or paragraph in `cells[0]`
        bool header = false;
        QColor color;
        QList<Cell> cells;
    };
    const std::vector<Block>& blocks() const
    {
        return m_blocks;
    }

private:
    qreal cellHeight(const Cell& cell, qreal width) const;
    qreal rowHeight(const QList<Cell>& cells, const QList<qreal>& columns) const;
    // Places the block, on the next page when it and `reserve` more do not fit what is left.
    void place(Block block, qreal reserve = 0);

    QSizeF m_page;
    QPaintDevice* m_device;
    std::vector<Block> m_blocks;
    std::vector<size_t> m_pageStarts; // first block of each page
    std::vector<QList<qreal>> m_tables; // the column fractions of each table
    std::vector<QList<Cell>> m_headers;
    int m_table = -1; // the table being filled
    int m_pages = 0;
    qreal m_y = 0;
};

} // namespace Spyline
