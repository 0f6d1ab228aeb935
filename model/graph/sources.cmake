# Nodes and edges of the relationship graph, and the positions people drag them to: plain data
# from the store, no widgets and no Graphviz, so that the model layer stays lean.
target_sources(spyline_model PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/GraphData.cpp
    ${CMAKE_CURRENT_LIST_DIR}/GraphData.h
    ${CMAKE_CURRENT_LIST_DIR}/GraphDerivation.cpp
    ${CMAKE_CURRENT_LIST_DIR}/GraphDerivation.h
    ${CMAKE_CURRENT_LIST_DIR}/GraphModel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/GraphModel.h
    ${CMAKE_CURRENT_LIST_DIR}/GraphQuery.h
    ${CMAKE_CURRENT_LIST_DIR}/GraphSource.cpp
    ${CMAKE_CURRENT_LIST_DIR}/GraphSource.h
    ${CMAKE_CURRENT_LIST_DIR}/NodePositionRepository.cpp
    ${CMAKE_CURRENT_LIST_DIR}/NodePositionRepository.h
)
