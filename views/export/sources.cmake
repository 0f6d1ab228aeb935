target_sources(spyline_views PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ChartExporter.cpp ${CMAKE_CURRENT_LIST_DIR}/ChartExporter.h
    ${CMAKE_CURRENT_LIST_DIR}/ExportableChart.h
    ${CMAKE_CURRENT_LIST_DIR}/GraphChart.cpp ${CMAKE_CURRENT_LIST_DIR}/GraphChart.h
    ${CMAKE_CURRENT_LIST_DIR}/ExportDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/ExportDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/Handout.cpp ${CMAKE_CURRENT_LIST_DIR}/Handout.h
    ${CMAKE_CURRENT_LIST_DIR}/PageFlow.cpp ${CMAKE_CURRENT_LIST_DIR}/PageFlow.h
    ${CMAKE_CURRENT_LIST_DIR}/SourceListing.cpp ${CMAKE_CURRENT_LIST_DIR}/SourceListing.h
    ${CMAKE_CURRENT_LIST_DIR}/MapChart.cpp ${CMAKE_CURRENT_LIST_DIR}/MapChart.h
    ${CMAKE_CURRENT_LIST_DIR}/StatisticsChart.cpp ${CMAKE_CURRENT_LIST_DIR}/StatisticsChart.h
    ${CMAKE_CURRENT_LIST_DIR}/StackedChart.cpp ${CMAKE_CURRENT_LIST_DIR}/StackedChart.h
    ${CMAKE_CURRENT_LIST_DIR}/TimelineChart.cpp ${CMAKE_CURRENT_LIST_DIR}/TimelineChart.h
)
target_include_directories(spyline_views PUBLIC ${CMAKE_CURRENT_LIST_DIR})
