#pragma once

#include <QObject>

namespace Spyline {

class MainWindow;

// The File menu's work on whole collections: new, open, save a copy, import (JSON directly, CSV
// and TSV sheets through the import assistant), merge another collection and export data.
// Long work runs on a worker thread with progress and cancel; every failure says why.
class FileOperations : public QObject
{
    Q_OBJECT
public:
    explicit FileOperations(MainWindow& window);

public Q_SLOTS:
    void newCollection();
    void openCollectionDialog();
    void saveCopyAs();
    void importData();
    void importFile(const QString& file);
    // Brings another collection in after a review of what it adds, matches and changes.
    void mergeCollection();
    void mergeCollectionFile(const QString& path);
    void exportData();

private:
    void importJsonFile(const QString& file);
    // Opens the import assistant; what it accepts is imported in the background as one undo step.
    void importSheetFile(const QString& file);

    MainWindow& m_window;
};

} // namespace Spyline
