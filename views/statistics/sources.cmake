# Statistics charts (lags, disclosures per year, venues, statuses, agencies): layout, painter,
# the view, and the worker that computes the figures off the UI thread.
target_sources(spyline_views PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/StatisticsCanvas.cpp
    ${CMAKE_CURRENT_LIST_DIR}/StatisticsCanvas.h
    ${CMAKE_CURRENT_LIST_DIR}/StatisticsLayout.cpp
    ${CMAKE_CURRENT_LIST_DIR}/StatisticsLayout.h
    ${CMAKE_CURRENT_LIST_DIR}/StatisticsPainter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/StatisticsPainter.h
    ${CMAKE_CURRENT_LIST_DIR}/StatisticsView.cpp
    ${CMAKE_CURRENT_LIST_DIR}/StatisticsView.h
    ${CMAKE_CURRENT_LIST_DIR}/StatisticsWorker.cpp
    ${CMAKE_CURRENT_LIST_DIR}/StatisticsWorker.h
)
target_include_directories(spyline_views PUBLIC ${CMAKE_CURRENT_LIST_DIR})
