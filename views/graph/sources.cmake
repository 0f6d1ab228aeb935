# The relationship graph: Graphviz layout, painter, legend and the interactive view.
# Graphviz (EPL) is linked dynamically from the system's libgvc and libcgraph.
find_package(PkgConfig REQUIRED)
pkg_check_modules(GRAPHVIZ REQUIRED IMPORTED_TARGET libgvc libcgraph)

target_sources(spyline_views PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/BarnesHutTree.cpp
    ${CMAKE_CURRENT_LIST_DIR}/BarnesHutTree.h
    ${CMAKE_CURRENT_LIST_DIR}/ForceLayout.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ForceLayout.h
    ${CMAKE_CURRENT_LIST_DIR}/GraphAccessible.cpp
    ${CMAKE_CURRENT_LIST_DIR}/GraphAccessible.h
    ${CMAKE_CURRENT_LIST_DIR}/GraphCanvas.cpp
    ${CMAKE_CURRENT_LIST_DIR}/GraphCanvas.h
    ${CMAKE_CURRENT_LIST_DIR}/GraphCanvasFocus.cpp
    ${CMAKE_CURRENT_LIST_DIR}/GraphGeometry.cpp
    ${CMAKE_CURRENT_LIST_DIR}/GraphGeometry.h
    ${CMAKE_CURRENT_LIST_DIR}/GraphHairlines.cpp
    ${CMAKE_CURRENT_LIST_DIR}/GraphHairlines.h
    ${CMAKE_CURRENT_LIST_DIR}/GraphLabelLayout.cpp
    ${CMAKE_CURRENT_LIST_DIR}/GraphLabelLayout.h
    ${CMAKE_CURRENT_LIST_DIR}/GraphLabelSpots.cpp
    ${CMAKE_CURRENT_LIST_DIR}/GraphLabelSpots.h
    ${CMAKE_CURRENT_LIST_DIR}/GraphLabelPlacer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/GraphLabelPlacer.h
    ${CMAKE_CURRENT_LIST_DIR}/GraphLegend.cpp
    ${CMAKE_CURRENT_LIST_DIR}/GraphLegend.h
    ${CMAKE_CURRENT_LIST_DIR}/GraphNodeLabel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/GraphNodeLabel.h
    ${CMAKE_CURRENT_LIST_DIR}/GraphLayout.cpp
    ${CMAKE_CURRENT_LIST_DIR}/GraphLayout.h
    ${CMAKE_CURRENT_LIST_DIR}/GraphLayoutQuality.cpp
    ${CMAKE_CURRENT_LIST_DIR}/GraphLayoutQuality.h
    ${CMAKE_CURRENT_LIST_DIR}/GraphPainter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/GraphPainter.h
    ${CMAKE_CURRENT_LIST_DIR}/GraphSpriteCache.cpp
    ${CMAKE_CURRENT_LIST_DIR}/GraphSpriteCache.h
    ${CMAKE_CURRENT_LIST_DIR}/GraphStyle.cpp
    ${CMAKE_CURRENT_LIST_DIR}/GraphStyle.h
    ${CMAKE_CURRENT_LIST_DIR}/GraphTieCurve.cpp
    ${CMAKE_CURRENT_LIST_DIR}/GraphTieCurve.h
    ${CMAKE_CURRENT_LIST_DIR}/GraphToolBar.cpp
    ${CMAKE_CURRENT_LIST_DIR}/GraphToolBar.h
    ${CMAKE_CURRENT_LIST_DIR}/GraphView.cpp
    ${CMAKE_CURRENT_LIST_DIR}/GraphView.h
    ${CMAKE_CURRENT_LIST_DIR}/GraphViewport.cpp
    ${CMAKE_CURRENT_LIST_DIR}/GraphViewport.h
    ${CMAKE_CURRENT_LIST_DIR}/GraphWorker.cpp
    ${CMAKE_CURRENT_LIST_DIR}/GraphWorker.h
)
target_include_directories(spyline_views PUBLIC ${CMAKE_CURRENT_LIST_DIR})
target_link_libraries(spyline_views PRIVATE PkgConfig::GRAPHVIZ)
