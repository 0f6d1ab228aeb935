#pragma once

#include "records/Result.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QTableWidget;

namespace Spyline {

class ImportAssistant;

// The second step of the import assistant: the Spyline field each of the sheet's columns holds
// (or none), the key column whose rows make one record, and value rules such as "executed" ->
// sentenced or "Britain" -> GB. The mapping is saved and loaded as a MAP.json file.
class ImportColumnsPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportColumnsPage(ImportAssistant& assistant);

    void initializePage() override;
    bool isComplete() const override;
    // Adds a rule row for every value of the sheet that cannot be read as it is.
    void addUnreadableValues();
    Status loadMap(const QString& path);
    Status saveMap(const QString& path);

private:
    void showMap();
    void showColumns();
    void showRules();
    void rulesEdited();
    void addRule(const QString& field, const QString& from, const QString& to);

    ImportAssistant& m_assistant;
    QTableWidget* m_columns;
    QComboBox* m_key;
    QTableWidget* m_rules;
    QLabel* m_problem;
    bool m_updating = false; // filling the tables: their signals are not edits
    bool m_ownChange = false; // the map changes from an edit here: the tables already show it
};

} // namespace Spyline
