# The store's backends: the statement interface both implement, and PostgreSQL through libpq (the
# connection, its statements, the addresses of collections on a server).
target_sources(spyline_model PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/PostgresConnection.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PostgresConnection.h
    ${CMAKE_CURRENT_LIST_DIR}/PostgresStatement.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PostgresStatement.h
    ${CMAKE_CURRENT_LIST_DIR}/ServerAddress.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ServerAddress.h
    ${CMAKE_CURRENT_LIST_DIR}/SqliteSqlStatement.h
    ${CMAKE_CURRENT_LIST_DIR}/SqlStatement.h
)
# libpq's headers for the sources that call it, and no others.
set_source_files_properties(
    ${CMAKE_CURRENT_LIST_DIR}/PostgresConnection.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PostgresStatement.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ServerAddress.cpp
    PROPERTIES INCLUDE_DIRECTORIES "${LIBPQ_INCLUDE_DIRS}")
