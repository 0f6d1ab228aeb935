#include "PageFlow.h"

#include "TestSupport.h"

#include <QImage>

using namespace Spyline;

namespace {

TEST(PageFlow, KeepsRowsWholeAndRepeatsTheHeaderOnEveryPage)
{
    QImage device(1, 1, QImage::Format_ARGB32);
    device.setDotsPerMeterX(qRound(72 / 0.0254));
    device.setDotsPerMeterY(qRound(72 / 0.0254));
    const QSizeF page(400, 300);
    PageFlow flow(page, &device);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(8);
    flow.heading(QStringLiteral("Cases"), font);
    flow.beginTable({0.3, 0.7}, {{QStringLiteral("Case"), font}, {QStringLiteral("People"), font}});
    for (int i = 0; i < 60; ++i) {
        // Rows of one to four lines.
        QStringList people;
        for (int p = 0; p <= i % 4; ++p)
            people.append(QStringLiteral("Person %1").arg(p));
        flow.row({{QStringLiteral("Case %1").arg(i), font}, {people.join(u'\n'), font}});
    }
    flow.endTable();
    ASSERT_GT(flow.pageCount(), 2);

    int rows = 0;
    for (int p = 0; p < flow.pageCount(); ++p) {
        bool first = true;
        for (const PageFlow::Block& block : flow.blocks()) {
            if (block.page != p)
                continue;
            // Every block lies wholly on its page.
            EXPECT_GE(block.y, 0);
            EXPECT_LE(block.y + block.height, page.height() + 0.01) << "page " << p;
            if (block.table >= 0 && first && p > 0) {
                EXPECT_TRUE(block.header) << "page " << p << " starts with the table's header";
            }
            if (block.table >= 0)
                first = false;
            rows += block.table >= 0 && !block.header;
        }
    }
    EXPECT_EQ(rows, 60);
}

} // namespace
