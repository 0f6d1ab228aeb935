target_sources(spyline_model PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/DayIndex.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DayIndex.h
    ${CMAKE_CURRENT_LIST_DIR}/TimelineData.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TimelineData.h
    ${CMAKE_CURRENT_LIST_DIR}/TimelineDataFromServer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TimelineDataLoader.h
    ${CMAKE_CURRENT_LIST_DIR}/TimelineLanes.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TimelineLanes.h
    ${CMAKE_CURRENT_LIST_DIR}/TimelineLoader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TimelineLoader.h
)
