target_sources(spyline_views PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/LabelPlacer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/LabelPlacer.h
    ${CMAKE_CURRENT_LIST_DIR}/LaneStack.cpp
    ${CMAKE_CURRENT_LIST_DIR}/LaneStack.h
    ${CMAKE_CURRENT_LIST_DIR}/TimeAxis.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TimeAxis.h
    ${CMAKE_CURRENT_LIST_DIR}/TimelineGeometry.h
    ${CMAKE_CURRENT_LIST_DIR}/TimelineLayout.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TimelineLayoutLabels.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TimelineLayout.h
    ${CMAKE_CURRENT_LIST_DIR}/TimelineLegendPainter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TimelineLegendPainter.h
    ${CMAKE_CURRENT_LIST_DIR}/TimelinePainter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TimelinePainter.h
    ${CMAKE_CURRENT_LIST_DIR}/TimelinePanel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TimelinePanel.h
    ${CMAKE_CURRENT_LIST_DIR}/TextMeasure.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TextMeasure.h
    ${CMAKE_CURRENT_LIST_DIR}/TimelineShapes.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TimelineShapes.h
    ${CMAKE_CURRENT_LIST_DIR}/TimelineTooltip.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TimelineTooltip.h
    ${CMAKE_CURRENT_LIST_DIR}/TimelineView.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TimelineViewInput.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TimelineView.h
)
target_include_directories(spyline_views PUBLIC ${CMAKE_CURRENT_LIST_DIR})
