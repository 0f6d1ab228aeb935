# The figures behind the map and the statistics charts: one SQL query each, plain values out.
target_sources(spyline_model PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/CaseStatistics.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CaseStatistics.h
    ${CMAKE_CURRENT_LIST_DIR}/LagHistogram.cpp
    ${CMAKE_CURRENT_LIST_DIR}/LagHistogram.h
    ${CMAKE_CURRENT_LIST_DIR}/StatisticsData.cpp
    ${CMAKE_CURRENT_LIST_DIR}/StatisticsData.h
    ${CMAKE_CURRENT_LIST_DIR}/StatisticsSnapshot.cpp
    ${CMAKE_CURRENT_LIST_DIR}/StatisticsSnapshot.h
)
