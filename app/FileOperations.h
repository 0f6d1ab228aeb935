#pragma once

#include <QObject>

namespace Spyline {

class BackgroundJob;
class MainWindow;
struct MergePlan;

// The File menu's work on whole collections: new, open, save a copy, import (JSON directly, CSV
// and TSV sheets through the import assistant), merge another collection and export data.
// Long work runs on a BackgroundJob behind a progress dialog with Cancel, one piece at a time; the
// window keeps painting meanwhile. Every failure says why.
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

public:
    // Long work still running: stops it (an import rolls back) and waits until it has ended.
    void stopWork();
    bool isWorking() const;

private:
    // Runs `compute` on the job behind a progress dialog and hands its result to `done` here;
    // false, with a message, while other work runs.
    template<typename Compute, typename Done>
    bool startWork(const QString& title, const QString& label, Compute compute, Done done);

    void importJsonFile(const QString& file);
    // Opens the import assistant; what it accepts is imported in the background as one undo step.
    void importSheetFile(const QString& file);
    // Shows what a merge would do and, accepted, makes it as one undo step.
    void reviewMerge(MergePlan plan);

    MainWindow& m_window;
    BackgroundJob* m_job;
};

} // namespace Spyline
