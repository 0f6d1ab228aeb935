# The world map: Natural Earth outlines projected with Equal Earth, its layout, painter and view.
target_sources(spyline_views PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/CoverageBlender.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CoverageBlender.h
    ${CMAKE_CURRENT_LIST_DIR}/EqualEarth.cpp
    ${CMAKE_CURRENT_LIST_DIR}/EqualEarth.h
    ${CMAKE_CURRENT_LIST_DIR}/MapAccessible.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MapAccessible.h
    ${CMAKE_CURRENT_LIST_DIR}/MapCanvas.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MapCanvas.h
    ${CMAKE_CURRENT_LIST_DIR}/MapCanvasFocus.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MapLayerCache.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MapLayerCache.h
    ${CMAKE_CURRENT_LIST_DIR}/MapLayout.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MapLayout.h
    ${CMAKE_CURRENT_LIST_DIR}/MapPainter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MapPainter.h
    ${CMAKE_CURRENT_LIST_DIR}/MapView.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MapView.h
    ${CMAKE_CURRENT_LIST_DIR}/WorldMap.cpp
    ${CMAKE_CURRENT_LIST_DIR}/WorldMap.h
)
target_include_directories(spyline_views PUBLIC ${CMAKE_CURRENT_LIST_DIR})
# Natural Earth (public domain), converted by scripts/convert-natural-earth.py.
qt_add_resources(spyline_views spyline_world_map
    PREFIX /spyline/map
    BASE ${PROJECT_SOURCE_DIR}/resources/map
    FILES ${PROJECT_SOURCE_DIR}/resources/map/world-110m.bin)
