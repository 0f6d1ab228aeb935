#include "MapView.h"

#include "EqualEarth.h"
#include "MapCanvas.h"
#include "MapTestSupport.h"
#include "WorldMap.h"
#include "records/ViewState.h"

#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>

using namespace Spyline;
using namespace Spyline::MapTesting;

namespace {

class MapViewTest : public ::testing::Test
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
        ASSERT_TRUE(waitForFigures());
    }
    bool waitForFigures()
    {
        QSignalSpy ready(view.get(), &MapView::figuresReady);
        return ready.wait(10000);
    }
    MapCanvas* canvas()
    {
        return view->findChild<MapCanvas*>(QStringLiteral("mapCanvas"));
    }
    QPoint anchorOf(const char* code)
    {
        const MapLayout& layout = canvas()->currentLayout();
        return layout.viewport().toDevice(*WorldMap::bundled().anchor(QString::fromLatin1(code))).toPoint();
    }
};

TEST_F(MapViewTest, ShowsTheFiltersCasesAndSaysWhatItCannotPlace)
{
    const MapLayout& layout = canvas()->currentLayout();
    EXPECT_EQ(layout.casesOf(u"CN"), 6);
    EXPECT_EQ(layout.arrows().size(), 2);
    EXPECT_TRUE(view->note().contains(QStringLiteral("7 cases")));
    EXPECT_TRUE(view->note().contains(QStringLiteral("5 with no venue recorded")));
}

TEST_F(MapViewTest, HoverNamesTheCountryAsPlainText)
{
    const QPoint china = anchorOf("CN") + QPoint(0, -20);
    QTest::mouseMove(canvas(), china);
    EXPECT_EQ(canvas()->hovered().code, QStringLiteral("CN"));
    const QString text = canvas()->toolTipTextAt(china);
    EXPECT_TRUE(text.contains(QStringLiteral("Target of 6 case")));
    EXPECT_FALSE(text.contains(u'<'));
}

TEST_F(MapViewTest, ClickFiltersEveryViewAndClickingAgainClearsIt)
{
    QSignalSpy filtered(&state, &ViewState::filterChanged);
    const QPoint britain = anchorOf("GB");
    QTest::mouseClick(canvas(), Qt::LeftButton, {}, britain);
    ASSERT_EQ(filtered.size(), 1);
    EXPECT_EQ(state.filter().countries, QStringList {QStringLiteral("GB")});
    ASSERT_TRUE(waitForFigures());
    // The map now counts the one British case only.
    EXPECT_EQ(canvas()->currentLayout().casesOf(u"CN"), 0);
    EXPECT_EQ(canvas()->currentLayout().casesOf(u"GB"), 1);
    QTest::mouseClick(canvas(), Qt::LeftButton, {}, anchorOf("GB"));
    EXPECT_TRUE(state.filter().countries.isEmpty());
}

TEST_F(MapViewTest, ClickOnAnArrowFiltersByVenueAndTarget)
{
    const MapLayout& layout = canvas()->currentLayout();
    const MapLayout::Arrow* italy = nullptr;
    for (const MapLayout::Arrow& arrow : layout.arrows()) {
        if (arrow.venue == QStringLiteral("IT"))
            italy = &arrow;
    }
    ASSERT_TRUE(italy);
    QTest::mouseClick(canvas(), Qt::LeftButton, {}, italy->path.pointAtPercent(0.5).toPoint());
    EXPECT_EQ(state.filter().venueCountries, QStringList {QStringLiteral("IT")});
    EXPECT_EQ(state.filter().countries, QStringList {QStringLiteral("CN")});
}

TEST_F(MapViewTest, OutlinesTheSelectedCasesCountries)
{
    state.selectCases({caseIdOf(*store, QStringLiteral("UK parliamentary"))});
    ASSERT_TRUE(waitForFigures());
    const MapLayout& layout = canvas()->currentLayout();
    bool britain = false;
    for (const MapLayout::Shaded& shaded : layout.shaded()) {
        const QString code = WorldMap::bundled().countries().at(shaded.country).code;
        EXPECT_EQ(shaded.selected, code == QStringLiteral("GB")) << code.toStdString();
        britain = britain || code == QStringLiteral("GB");
    }
    EXPECT_TRUE(britain);
}

TEST_F(MapViewTest, PaintsTheSamplesArrowsAndShadingAndKeepsThemWhenPanned)
{
    const auto expectDrawn = [&] {
        const MapLayout& layout = canvas()->currentLayout();
        const QImage image = canvas()->grab().toImage();
        // Tibet, inside China and clear of the arrows, in China's shade.
        const QPoint tibet = layout.viewport().toDevice(equalEarth(85, 31) * QTransform::fromScale(1, -1)).toPoint();
        int china = -1;
        for (const MapLayout::Shaded& shaded : layout.shaded()) {
            if (WorldMap::bundled().countries().at(shaded.country).code == QStringLiteral("CN"))
                china = shaded.shadeClass;
        }
        ASSERT_GE(china, 0);
        EXPECT_EQ(image.pixelColor(tibet), layout.shadeColor(china));
        // Italy to China and Japan to China: dark where each arrow runs, over land or sea.
        ASSERT_EQ(layout.arrows().size(), 2);
        for (const MapLayout::Arrow& arrow : layout.arrows()) {
            for (qreal along : {0.3, 0.5, 0.7}) {
                const QPoint at = arrow.path.pointAtPercent(along).toPoint();
                EXPECT_LT(qGray(image.pixel(at)), 140) << arrow.venue.toStdString() << " " << along;
            }
        }
    };
    expectDrawn();
    // Panned by keys and by a drag: what was painted moves along, and hit-testing follows it.
    QTest::keyClick(canvas(), Qt::Key_Right, Qt::ControlModifier);
    QTest::keyClick(canvas(), Qt::Key_Down, Qt::ControlModifier);
    expectDrawn();
    const QPoint from = canvas()->rect().center();
    QTest::mousePress(canvas(), Qt::LeftButton, {}, from);
    for (int step = 1; step <= 4; ++step)
        QTest::mouseMove(canvas(), from + QPoint(9 * step, -5 * step));
    QTest::mouseRelease(canvas(), Qt::LeftButton, {}, from + QPoint(36, -20));
    expectDrawn();
    QTest::mouseMove(canvas(), anchorOf("CN") + QPoint(0, -20));
    EXPECT_EQ(canvas()->hovered().code, QStringLiteral("CN"));
}

TEST_F(MapViewTest, ZoomsAndPansLikeTheTimeline)
{
    const GraphViewport whole = canvas()->viewport();
    QTest::keyClick(canvas(), Qt::Key_Plus);
    EXPECT_GT(canvas()->viewport().scale, whole.scale);
    const QPointF before = canvas()->viewport().offset;
    QTest::keyClick(canvas(), Qt::Key_Left, Qt::ControlModifier);
    EXPECT_GT(canvas()->viewport().offset.x(), before.x());
    QTest::keyClick(canvas(), Qt::Key_0);
    EXPECT_EQ(canvas()->viewport(), whole);
    // Shading by accused country counts the United States' four.
    view->findChild<QComboBox*>(QStringLiteral("shadingComboBox"))->setCurrentIndex(1);
    EXPECT_EQ(canvas()->currentLayout().casesOf(u"US"), 4);
}

} // namespace
