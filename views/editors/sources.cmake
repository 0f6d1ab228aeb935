target_sources(spyline_views PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ActorDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/ActorDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/CaseDetailView.cpp ${CMAKE_CURRENT_LIST_DIR}/CaseDetailView.h
    ${CMAKE_CURRENT_LIST_DIR}/CaseDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/CaseDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/CaseTables.cpp ${CMAKE_CURRENT_LIST_DIR}/CaseTables.h
    ${CMAKE_CURRENT_LIST_DIR}/CaseTableView.cpp ${CMAKE_CURRENT_LIST_DIR}/CaseTableView.h
    ${CMAKE_CURRENT_LIST_DIR}/CountryEdit.cpp ${CMAKE_CURRENT_LIST_DIR}/CountryEdit.h
    ${CMAKE_CURRENT_LIST_DIR}/EditorDelegates.cpp ${CMAKE_CURRENT_LIST_DIR}/EditorDelegates.h
    ${CMAKE_CURRENT_LIST_DIR}/EventDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/EventDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/FieldLabels.cpp ${CMAKE_CURRENT_LIST_DIR}/FieldLabels.h
    ${CMAKE_CURRENT_LIST_DIR}/FilterBar.cpp ${CMAKE_CURRENT_LIST_DIR}/FilterBar.h
    ${CMAKE_CURRENT_LIST_DIR}/GradeBadge.cpp ${CMAKE_CURRENT_LIST_DIR}/GradeBadge.h
    ${CMAKE_CURRENT_LIST_DIR}/GradePicker.cpp ${CMAKE_CURRENT_LIST_DIR}/GradePicker.h
    ${CMAKE_CURRENT_LIST_DIR}/ImportAssistant.cpp ${CMAKE_CURRENT_LIST_DIR}/ImportAssistant.h
    ${CMAKE_CURRENT_LIST_DIR}/ImportColumnsPage.cpp ${CMAKE_CURRENT_LIST_DIR}/ImportColumnsPage.h
    ${CMAKE_CURRENT_LIST_DIR}/ImportFilePage.cpp ${CMAKE_CURRENT_LIST_DIR}/ImportFilePage.h
    ${CMAKE_CURRENT_LIST_DIR}/ImportPreviewPage.cpp ${CMAKE_CURRENT_LIST_DIR}/ImportPreviewPage.h
    ${CMAKE_CURRENT_LIST_DIR}/LinkDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/LinkDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/PartialDateEdit.cpp ${CMAKE_CURRENT_LIST_DIR}/PartialDateEdit.h
    ${CMAKE_CURRENT_LIST_DIR}/RecordDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/RecordDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/SourceDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/SourceDialog.h
)
target_include_directories(spyline_views PUBLIC ${CMAKE_CURRENT_LIST_DIR})
