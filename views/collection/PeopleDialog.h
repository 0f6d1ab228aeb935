#pragma once

#include "records/Records.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace Spyline {

class CollectionEditor;
class Store;

// Edit > People and Organisations: every actor of the collection, searched by any of its names
// or its country; one opens in its form, two become one (the other's names become aliases and
// everything it did moves; one undo step). Stays open beside the window and follows its changes.
class PeopleDialog : public QDialog
{
    Q_OBJECT
public:
    PeopleDialog(Store& store, CollectionEditor& editor, QWidget* parent = nullptr);
    ~PeopleDialog() override;

    // The actors shown, in the table's order.
    QList<Id> shownActors() const;
    void selectActors(const QList<Id>& actorIds);

public Q_SLOTS:
    void reload();
    void editSelected();
    // Merges the selected actor that is not chosen under "Keep" into the one that is.
    void mergeSelected();

private:
    void applySearch();
    void updateButtons();
    QList<Id> selectedActors() const;

    Store& m_store;
    CollectionEditor& m_editor;
    QLineEdit* m_search;
    QTableWidget* m_table;
    QLabel* m_countLabel;
    QLabel* m_messageLabel;
    QPushButton* m_editButton;
    QComboBox* m_keep;
    QPushButton* m_mergeButton;
    QPushButton* m_undoButton;
};

} // namespace Spyline
