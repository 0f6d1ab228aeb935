#include "FileOperations.h"

#include "ImportAssistant.h"
#include "JobProgressDialog.h"
#include "MainWindow.h"
#include "MergeReviewDialog.h"
#include "TeamSession.h"
#include "editing/CollectionEditor.h"
#include "jobs/BackgroundJob.h"
#include "merge/MergeChange.h"
#include "store/CollectionFile.h"
#include "store/ServerSync.h"
#include "store/Store.h"
#include "transfer/DataTransfer.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QPointer>

#include <memory>
#include <optional>
#include <utility>

namespace Spyline {

namespace {
QString collectionFilter()
{
    return QObject::tr("Spyline collections (*.spyline);;All files (*)");
}

// Where an import writes, through a connection of its own: the collection's file, or a team
// collection's working copy and how the window logged in to its server.
struct ImportTarget
{
    QString path;
    std::optional<ServerSync::Login> login;
    qint64 syncedTo = 0;
};

// The import's connection: for a team collection followed by a ServerSync of its own, so that the
// import's one transaction is committed on the server before it commits in the copy, as each of the
// window's own changes is (someone else's change since to a record it touches refuses it).
class ImportConnection
{
public:
    ImportConnection() = default;
    ImportConnection(const ImportConnection&) = delete;
    ImportConnection& operator=(const ImportConnection&) = delete;
    ~ImportConnection()
    {
        if (writer)
            writer->untrack();
    }
    Status open(const ImportTarget& target)
    {
        if (Status s = store.open(target.path); !s)
            return s;
        if (!target.login)
            return {};
        writer = std::make_shared<ServerSync>(target.path, target.syncedTo);
        if (Status s = writer->connect(target.login->address, target.login->password); !s)
            return s;
        return writer->track(store);
    }

    Store store;
    std::shared_ptr<ServerSync> writer;
};

// Others' changes wait while an import writes to a team collection's working copy through a
// connection of its own; released (at the latest when the last holder lets go), what the import sent
// to the server counts as the window's own.
class PullsHeld
{
public:
    explicit PullsHeld(TeamSession* team)
        : m_team(team)
    {
        if (m_team)
            m_team->holdPulls();
    }
    PullsHeld(const PullsHeld&) = delete;
    PullsHeld& operator=(const PullsHeld&) = delete;
    ~PullsHeld()
    {
        release();
    }
    void setWriter(std::shared_ptr<ServerSync> writer)
    {
        m_writer = std::move(writer);
    }
    void release()
    {
        if (m_team && !m_released)
            m_team->releasePulls(m_writer.get());
        m_released = true;
    }

private:
    QPointer<TeamSession> m_team;
    std::shared_ptr<ServerSync> m_writer;
    bool m_released = false;
};

ImportTarget importTargetOf(const MainWindow& window)
{
    ImportTarget target {window.store()->path(), {}, 0};
    if (const TeamSession* team = window.teamSession(); team && team->sync()) {
        target.login = team->sync()->login();
        target.syncedTo = team->syncedTo();
    }
    return target;
}

// Pulls wait until `job`'s work has ended, delivered or not (the job keeps its result, and with it
// `held`, a while longer).
void releaseWhenEnded(BackgroundJob* job, QObject* context, const std::shared_ptr<PullsHeld>& held)
{
    QObject::connect(
        job, &BackgroundJob::ended, context, [held] { held->release(); }, Qt::SingleShotConnection);
}

} // namespace

FileOperations::FileOperations(MainWindow& window)
    : QObject(&window)
    , m_window(window)
    , m_job(new BackgroundJob(this))
{
}

void FileOperations::stopWork()
{
    m_job->stopAndWait();
}

bool FileOperations::isWorking() const
{
    return m_job->isRunning();
}

template<typename Compute, typename Done>
bool FileOperations::startWork(const QString& title, const QString& label, Compute compute, Done done)
{
    if (m_job->isRunning()) {
        m_window.showError(title, tr("Wait until the work under way has finished, or cancel it."));
        return false;
    }
    m_job->run(std::move(compute), std::move(done));
    new JobProgressDialog(*m_job, label, &m_window);
    return true;
}

void FileOperations::newCollection()
{
    const QString path =
        QFileDialog::getSaveFileName(&m_window, tr("New Collection"), QDir::homePath(), collectionFilter());
    if (path.isEmpty())
        return;
    const QString target = QFileInfo(path).suffix().isEmpty() ? path + QStringLiteral(".spyline") : path;
    if (QFileInfo::exists(target) && !QFile::remove(target)) {
        m_window.showError(tr("New Collection"), tr("%1 cannot be replaced.").arg(target));
        return;
    }
    if (Status s = createCollectionFile(target, false); !s) {
        m_window.showError(tr("New Collection"), s.error());
        return;
    }
    QString error;
    if (!m_window.openCollection(target, &error))
        m_window.showError(tr("New Collection"), error);
}

void FileOperations::openCollectionDialog()
{
    // Beside the file open now; a team collection's working copy is no place to start from.
    const bool beside = m_window.store() && m_window.teamAddress().isEmpty();
    const QString start = beside ? QFileInfo(m_window.store()->path()).absolutePath() : QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(&m_window, tr("Open Collection"), start, collectionFilter());
    if (path.isEmpty())
        return;
    QString error;
    if (!m_window.openCollection(path, &error))
        m_window.showError(tr("Open Collection"), error);
}

void FileOperations::saveCopyAs()
{
    if (!m_window.store())
        return;
    const QString path =
        QFileDialog::getSaveFileName(&m_window, tr("Save a Copy As"), QDir::homePath(), collectionFilter());
    if (path.isEmpty())
        return;
    // A consistent copy beside the target, put in its place only once complete.
    const QString partial = path + QStringLiteral(".partial");
    QFile::remove(partial);
    Status s = m_window.store()->saveCopyAs(partial);
    if (s && QFileInfo::exists(path) && !QFile::remove(path))
        s = fail(tr("%1 cannot be replaced").arg(path));
    if (s && !QFile::rename(partial, path))
        s = fail(tr("%1 cannot be written").arg(path));
    if (!s) {
        QFile::remove(partial);
        m_window.showError(tr("Save a Copy"), s.error());
        return;
    }
    m_window.showMessage(tr("Saved a copy as %1").arg(path));
}

void FileOperations::importData()
{
    if (!m_window.store() || !m_window.editor())
        return;
    const QString file = QFileDialog::getOpenFileName(
        &m_window, tr("Import"), QDir::homePath(),
        tr("Collections and sheets (*.json *.csv *.tsv *.txt);;JSON (*.json);;Sheets (*.csv *.tsv *.txt)"));
    if (!file.isEmpty())
        importFile(file);
}

void FileOperations::importFile(const QString& file)
{
    if (!m_window.store() || !m_window.editor())
        return;
    if (QFileInfo(file).suffix().compare(QStringLiteral("json"), Qt::CaseInsensitive) == 0)
        importJsonFile(file);
    else
        importSheetFile(file);
}

void FileOperations::importJsonFile(const QString& file)
{
    auto marks = CollectionEditor::idMarks(*m_window.store());
    if (!marks) {
        m_window.showError(tr("Import"), marks.error());
        return;
    }
    const ImportTarget target = importTargetOf(m_window);
    const QString name = QFileInfo(file).fileName();
    auto held = std::make_shared<PullsHeld>(m_window.teamSession());
    // The import runs on its own connection in a worker thread, in one transaction.
    using Imported = std::pair<Result<QString>, std::shared_ptr<ServerSync>>;
    const bool started = startWork(
        tr("Import"), tr("Importing %1\u2026").arg(name),
        [target, file](const JobControl& control) -> Imported {
            ImportConnection worker;
            if (Status s = worker.open(target); !s)
                return {fail(s.error()), worker.writer};
            auto report = importJson(worker.store, file, control.progress());
            if (!report)
                return {fail(report.error()), worker.writer};
            return {report->summary(), worker.writer};
        },
        [this, file, name, marks = *marks, held](const Imported& imported) {
            held->setWriter(imported.second);
            const Result<QString>& summary = imported.first;
            if (!summary) {
                m_window.showError(tr("Import"), summary.error());
                return;
            }
            m_window.editor()->recordImport(tr("Import %1").arg(name), marks, [file](Store& store) {
                auto report = importJson(store, file);
                return report ? Status() : Status(fail(report.error()));
            });
            m_window.store()->noteChange(Change::Everything);
            m_window.showMessage(tr("Imported %1: %2").arg(name, *summary));
        });
    if (started)
        releaseWhenEnded(m_job, this, held);
}

void FileOperations::importSheetFile(const QString& file)
{
    ImportAssistant assistant(&m_window);
    if (Status s = assistant.openFile(file); !s) {
        m_window.showError(tr("Import"), s.error());
        return;
    }
    const ImportTarget target = importTargetOf(m_window);
    const QString collection = target.path;
    // A team collection's others' changes wait until the import is done (the check and the import
    // write to the copy through connections of their own).
    auto held = std::make_shared<PullsHeld>(m_window.teamSession());
    // The preview checks the sheet against the collection: a dry run on a connection of its own,
    // in the background, with progress and Cancel; it changes nothing. Its job goes with the
    // assistant, which waits for it.
    auto* checks = new BackgroundJob(&assistant);
    assistant.setDryRun([collection, checks, &assistant](const SheetTable& table, const ImportMap& map,
                                                         bool skipBadValues, const ImportAssistant::DryRunDone& done) {
        checks->run(
            [collection, table, map, skipBadValues](const JobControl& control) -> Result<SheetImportReport> {
                Store worker;
                if (Status s = worker.open(collection, Store::Access::ReadWrite); !s)
                    return fail(s.error());
                return importSheet(worker, table, map, SheetImportOptions {true, skipBadValues}, control.progress());
            },
            done);
        // Cancelled, the preview goes on with what the sheet alone shows, as before the check.
        connect(
            checks, &BackgroundJob::ended, &assistant,
            [done](bool delivered) {
                if (!delivered)
                    done(fail(tr("the check against the collection was cancelled")));
            },
            Qt::SingleShotConnection);
        new JobProgressDialog(*checks, tr("Checking %1 against the collection\u2026").arg(table.name), &assistant);
    });
    if (assistant.exec() != QDialog::Accepted)
        return;
    auto marks = CollectionEditor::idMarks(*m_window.store());
    if (!marks) {
        m_window.showError(tr("Import"), marks.error());
        return;
    }
    const SheetTable table = assistant.table();
    const ImportMap map = assistant.map();
    const SheetImportOptions options {false, assistant.skipBadValues()};
    using Imported = std::pair<Result<SheetImportReport>, std::shared_ptr<ServerSync>>;
    const bool started = startWork(
        tr("Import"), tr("Importing %1\u2026").arg(table.name),
        [target, table, map, options](const JobControl& control) -> Imported {
            ImportConnection worker;
            if (Status s = worker.open(target); !s)
                return {fail(s.error()), worker.writer};
            auto result = importSheet(worker.store, table, map, options, control.progress());
            if (!result)
                return {fail(result.error()), worker.writer};
            if (!result->stored())
                return {fail(result->errors().mid(0, 10).join(u'\n')), worker.writer};
            return {std::move(result), worker.writer};
        },
        [this, table, map, options, marks = *marks, held](const Imported& imported) {
            held->setWriter(imported.second);
            const Result<SheetImportReport>& report = imported.first;
            if (!report) {
                m_window.showError(tr("Import"), report.error());
                return;
            }
            // One undo step: undo removes what was added and puts back what was changed.
            m_window.editor()->recordImport(tr("Import %1").arg(table.name), marks, report->changedBefore,
                                            report->changedAfter, [table, map, options](Store& store) -> Status {
                                                auto again = importSheet(store, table, map, options);
                                                if (!again)
                                                    return again.status();
                                                return again->stored() ? Status()
                                                                       : Status(fail(again->errors().join(u'\n')));
                                            });
            m_window.store()->noteChange(Change::Everything);
            m_window.showMessage(tr("Imported %1: %2").arg(table.name, report->summary()));
        });
    if (started)
        releaseWhenEnded(m_job, this, held);
}

void FileOperations::exportData()
{
    if (!m_window.store())
        return;
    QString selected;
    QString path =
        QFileDialog::getSaveFileName(&m_window, tr("Export Data"), QDir::homePath(),
                                     tr("JSON, the whole collection (*.json);;CSV, one row a case (*.csv)"), &selected);
    if (path.isEmpty())
        return;
    const bool csv = selected.contains(QStringLiteral("*.csv"))
        || QFileInfo(path).suffix().compare(QStringLiteral("csv"), Qt::CaseInsensitive) == 0;
    if (QFileInfo(path).suffix().isEmpty())
        path += csv ? QStringLiteral(".csv") : QStringLiteral(".json");
    const QString collection = m_window.store()->path();
    startWork(
        tr("Export Data"), tr("Exporting to %1\u2026").arg(QFileInfo(path).fileName()),
        [collection, path, csv](const JobControl& control) -> Status {
            Store worker;
            if (Status s = worker.open(collection, Store::Access::ReadOnly); !s)
                return s;
            return csv ? exportCsv(worker, path, control.progress()) : exportJson(worker, path, control.progress());
        },
        [this, path](const Status& exported) {
            if (!exported) {
                m_window.showError(tr("Export Data"), exported.error());
                return;
            }
            m_window.showMessage(tr("Exported to %1").arg(path));
        });
}

void FileOperations::mergeCollection()
{
    if (!m_window.store())
        return;
    const QString start = QFileInfo(m_window.store()->path()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(&m_window, tr("Merge Collection"), start, collectionFilter());
    if (!path.isEmpty())
        mergeCollectionFile(path);
}

void FileOperations::mergeCollectionFile(const QString& path)
{
    Store* store = m_window.store();
    if (!store || !m_window.editor())
        return;
    if (store->isReadOnly()) {
        m_window.showError(tr("Merge Collection"), tr("This collection is read-only; nothing can be merged into it."));
        return;
    }
    if (isSameFile(store->path(), path)) {
        m_window.showError(tr("Merge Collection"),
                           tr("%1 is the collection open in this window; a collection cannot be merged into itself.")
                               .arg(QFileInfo(path).fileName()));
        return;
    }
    // Both collections are read on connections of their own, in the background; neither is written.
    const QString collection = store->path();
    startWork(
        tr("Merge Collection"), tr("Comparing %1 with this collection\u2026").arg(QFileInfo(path).fileName()),
        [collection, path](const JobControl&) -> Result<MergePlan> {
            Store theirs;
            if (Status s = theirs.open(path, Store::Access::Read); !s)
                return fail(s.error());
            Store mine;
            if (Status s = mine.open(collection, Store::Access::Read); !s)
                return fail(s.error());
            return planMerge(mine, theirs);
        },
        [this](Result<MergePlan> plan) {
            if (!plan) {
                m_window.showError(tr("Merge Collection"), plan.error());
                return;
            }
            reviewMerge(std::move(*plan));
        });
}

void FileOperations::reviewMerge(MergePlan plan)
{
    if (!m_window.store() || !m_window.editor())
        return;
    if (plan.changesNothing()) {
        m_window.showMessage(tr("%1 holds nothing this collection lacks: %2.").arg(plan.theirName, plan.summary()));
        return;
    }
    MergeReviewDialog review(std::move(plan), &m_window);
    if (review.exec() != QDialog::Accepted)
        return;
    auto change = mergeChange(review.plan());
    if (!change) {
        m_window.showError(tr("Merge Collection"), change.error());
        return;
    }
    if (change->after.isEmpty()) {
        m_window.showMessage(
            tr("Nothing was merged: every record of %1 kept this collection's.").arg(review.plan().theirName));
        return;
    }
    auto merged = m_window.editor()->change(tr("Merge %1").arg(review.plan().theirName), change->before, change->after,
                                            change->companion());
    if (!merged) {
        m_window.showError(tr("Merge Collection"), tr("Nothing was merged: %1").arg(merged.error()));
        return;
    }
    m_window.showMessage(tr("Merged %1: %2. Undo with Ctrl+Z.").arg(review.plan().theirName, review.plan().summary()));
}

} // namespace Spyline
