# Work on the collection as a whole: the list of people and organisations (search, edit, merge
# two into one) and the review of another collection before it is merged in.
target_sources(spyline_views PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/MergeReviewDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/MergeReviewDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/PeopleDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/PeopleDialog.h
)
target_include_directories(spyline_views PUBLIC ${CMAKE_CURRENT_LIST_DIR})
