# The store is sealed: SQL is run in model/ and nowhere else.
#
# Every build checks, before the views and the window are compiled, that nothing outside the
# store names SQL (scripts/check-sealed-store.sh, which names the file and line); the list of
# files is taken again at each build, so a new file is checked too.
file(GLOB_RECURSE spyline_outside_store CONFIGURE_DEPENDS
    ${PROJECT_SOURCE_DIR}/views/*.cpp ${PROJECT_SOURCE_DIR}/views/*.h ${PROJECT_SOURCE_DIR}/views/*.cmake
    ${PROJECT_SOURCE_DIR}/app/*.cpp ${PROJECT_SOURCE_DIR}/app/*.h
    ${PROJECT_SOURCE_DIR}/tools/*.cpp ${PROJECT_SOURCE_DIR}/tools/*.h
    ${PROJECT_SOURCE_DIR}/tests/*.cpp ${PROJECT_SOURCE_DIR}/tests/*.h)
set(spyline_sealed_stamp ${PROJECT_BINARY_DIR}/sealed-store.checked)
add_custom_command(OUTPUT ${spyline_sealed_stamp}
    COMMAND sh ${PROJECT_SOURCE_DIR}/scripts/check-sealed-store.sh ${PROJECT_SOURCE_DIR}
    COMMAND ${CMAKE_COMMAND} -E touch ${spyline_sealed_stamp}
    DEPENDS ${PROJECT_SOURCE_DIR}/scripts/check-sealed-store.sh ${spyline_outside_store}
        ${PROJECT_SOURCE_DIR}/views/CMakeLists.txt ${PROJECT_SOURCE_DIR}/app/CMakeLists.txt
        ${PROJECT_SOURCE_DIR}/tools/CMakeLists.txt
    COMMENT "Checking that no SQL is outside the store"
    VERBATIM)
add_custom_target(spyline_sealed_store ALL DEPENDS ${spyline_sealed_stamp})
add_dependencies(spyline_views spyline_sealed_store)
add_dependencies(spyline_app spyline_sealed_store)

# The model links Qt Core and SQLite only: nothing that draws (the undo commands, which need
# QtGui, are spyline_editing) and no Qt SQL, whose SQLite driver may carry a second SQLite.
get_target_property(spyline_model_links spyline_model LINK_LIBRARIES)
foreach(library Qt6::Gui Qt6::Widgets Qt6::Sql Qt::Gui Qt::Widgets Qt::Sql)
    if(library IN_LIST spyline_model_links)
        message(FATAL_ERROR "spyline_model links ${library}, but the model links Qt Core and SQLite only "
            "(see model/CMakeLists.txt and cmake/SealedStore.cmake)")
    endif()
endforeach()
