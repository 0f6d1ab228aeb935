# The store's backends: the statement interface both implement, PostgreSQL through libpq (the
# connection, its statements, a collection on a server) and the copy of whole collections between
# a file and a server. The schema's one description (SchemaMigrations) serves both backends.
target_sources(spyline_model PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/CollectionCopy.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CollectionCopy.h
    ${CMAKE_CURRENT_LIST_DIR}/PostgresConnection.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PostgresConnection.h
    ${CMAKE_CURRENT_LIST_DIR}/PostgresStatement.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PostgresStatement.h
    ${CMAKE_CURRENT_LIST_DIR}/SchemaMigrations.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SchemaMigrations.h
    ${CMAKE_CURRENT_LIST_DIR}/ServerAddress.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ServerAddress.h
    ${CMAKE_CURRENT_LIST_DIR}/ServerCollection.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ServerCollection.h
    ${CMAKE_CURRENT_LIST_DIR}/SqliteSqlStatement.h
    ${CMAKE_CURRENT_LIST_DIR}/SqlStatement.h
)
# libpq's headers for the sources that call it, and no others.
set_source_files_properties(
    ${CMAKE_CURRENT_LIST_DIR}/PostgresConnection.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PostgresStatement.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ServerAddress.cpp
    PROPERTIES INCLUDE_DIRECTORIES "${LIBPQ_INCLUDE_DIRS}")
