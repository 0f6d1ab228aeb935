// The map without a mouse: the keyboard goes from country to country among those with cases, Space
// shows only a country's cases, Enter zooms to it, and a screen reader hears its counts.
#include "MapView.h"

#include "MapAccessible.h"
#include "MapCanvas.h"
#include "MapTestSupport.h"
#include "WorldMap.h"
#include "records/ViewState.h"

#include <QAccessible>
#include <QApplication>
#include <QDir>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Spyline;
using namespace Spyline::MapTesting;

namespace {

class MapKeyboardTest : public ::testing::Test
{
protected:
    std::unique_ptr<Store> store = Fixtures::sampleStore();
    ViewState state;
    std::unique_ptr<MapView> view = std::make_unique<MapView>();

    void SetUp() override
    {
        addRecruitments(*store);
        view->resize(1200, 700);
        view->setViewState(&state);
        view->setStore(store.get());
        view->show();
        QSignalSpy ready(view.get(), &MapView::figuresReady);
        ASSERT_TRUE(ready.wait(10000));
        QApplication::setActiveWindow(view.get());
        canvas()->setFocus(Qt::TabFocusReason);
    }
    MapCanvas* canvas()
    {
        return view->findChild<MapCanvas*>(QStringLiteral("mapCanvas"));
    }
    QString focusName()
    {
        QAccessibleInterface* item = QAccessible::queryAccessibleInterface(canvas())->focusChild();
        return item ? item->text(QAccessible::Name) : QString();
    }
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(canvas(), key, modifiers);
    }
};

TEST_F(MapKeyboardTest, FirstIsTheCountryWithTheMostCases)
{
    EXPECT_EQ(QAccessible::queryAccessibleInterface(canvas())->text(QAccessible::Name), QStringLiteral("Map"));
    press(Qt::Key_Home);
    // China is the target of six of the sample's seven cases.
    EXPECT_EQ(canvas()->focusedCountry(), QStringLiteral("CN"));
    EXPECT_TRUE(focusName().startsWith(QStringLiteral("China: target of 6 cases"))) << focusName().toStdString();
    EXPECT_FALSE(canvas()->focusedCountryRect().isEmpty());
    if (const QByteArray folder = qgetenv("SPYLINE_SCREENSHOT_DIR"); !folder.isEmpty()) {
        canvas()->grab().toImage().save(
            QDir(QString::fromLocal8Bit(folder)).filePath(QStringLiteral("map-keyboard-focus.png")));
    }
}

TEST_F(MapKeyboardTest, PageDownVisitsEveryCountryWithData)
{
    const QStringList order = canvas()->countriesWithData();
    ASSERT_GE(order.size(), 3);
    // Every country in the order has cases or venues; none twice.
    EXPECT_EQ(QSet<QString>(order.cbegin(), order.cend()).size(), order.size());
    const MapLayout& layout = canvas()->currentLayout();
    for (const QString& code : order) {
        const CountryTally* tally = layout.figures().countries.find(code);
        EXPECT_GT((tally ? tally->targeted + tally->accused : 0) + layout.venuesIn(code), 0) << code.toStdString();
    }
    press(Qt::Key_Home);
    QStringList visited {canvas()->focusedCountry()};
    for (qsizetype i = 1; i < order.size(); ++i) {
        press(Qt::Key_PageDown);
        visited.append(canvas()->focusedCountry());
    }
    EXPECT_EQ(visited, order);
    press(Qt::Key_End);
    EXPECT_EQ(canvas()->focusedCountry(), order.last());
}

TEST_F(MapKeyboardTest, ArrowsGoToTheNearestCountryOnThatSide)
{
    press(Qt::Key_Home);
    ASSERT_EQ(canvas()->focusedCountry(), QStringLiteral("CN"));
    press(Qt::Key_Right);
    const QString east = canvas()->focusedCountry();
    ASSERT_FALSE(east.isEmpty());
    EXPECT_NE(east, QStringLiteral("CN"));
    const auto x = [](const QString& code) { return WorldMap::bundled().anchor(code)->x(); };
    EXPECT_GT(x(east), x(QStringLiteral("CN")));
    press(Qt::Key_Left);
    EXPECT_LT(x(canvas()->focusedCountry()), x(east));
}

TEST_F(MapKeyboardTest, SpaceShowsItsCasesAndEnterZoomsToIt)
{
    press(Qt::Key_Home);
    press(Qt::Key_Space);
    EXPECT_EQ(state.filter().countries, QStringList {QStringLiteral("CN")});
    const qreal scale = canvas()->viewport().scale;
    press(Qt::Key_Return);
    EXPECT_GT(canvas()->viewport().scale, scale);
    const QRectF china = canvas()->focusedCountryRect();
    EXPECT_TRUE(QRectF(canvas()->rect()).contains(china.center()));
    // Ctrl+arrows pan; 0 shows the whole world again.
    const QPointF offset = canvas()->viewport().offset;
    press(Qt::Key_Left, Qt::ControlModifier);
    EXPECT_GT(canvas()->viewport().offset.x(), offset.x());
    press(Qt::Key_0);
    EXPECT_DOUBLE_EQ(canvas()->viewport().scale, scale);
}

} // namespace
