# Merging another collection into the open one: reading both, matching the records that are the
# same, listing differences and close matches for review, and the change that brings the rest in
# with where each record came from. No widgets: the review dialog is in views/.
target_sources(spyline_model PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/CollectionMerge.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CollectionMerge.h
    ${CMAKE_CURRENT_LIST_DIR}/MergeChange.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MergeChange.h
    ${CMAKE_CURRENT_LIST_DIR}/Provenance.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Provenance.h
)
