# Spreadsheets with their own columns: reading CSV and TSV in the encodings spreadsheets write,
# mapping their columns to Spyline's fields (the MAP.json of `spyline import --map`), grouping
# rows by key and writing cases, statements and links. No widgets: the assistant is in views/.
target_sources(spyline_model PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/CaseSheetWriter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CaseSheetWriter.h
    ${CMAKE_CURRENT_LIST_DIR}/ImportMap.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ImportMap.h
    ${CMAKE_CURRENT_LIST_DIR}/LinkSheetWriter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/LinkSheetWriter.h
    ${CMAKE_CURRENT_LIST_DIR}/SheetFields.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SheetFields.h
    ${CMAKE_CURRENT_LIST_DIR}/SheetImport.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SheetImport.h
    ${CMAKE_CURRENT_LIST_DIR}/SheetRows.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SheetRows.h
    ${CMAKE_CURRENT_LIST_DIR}/SheetTable.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SheetTable.h
    ${CMAKE_CURRENT_LIST_DIR}/SheetText.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SheetText.h
    ${CMAKE_CURRENT_LIST_DIR}/SheetWriter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SheetWriter.h
    ${CMAKE_CURRENT_LIST_DIR}/StatementSheetWriter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/StatementSheetWriter.h
)
