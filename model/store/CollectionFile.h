#pragma once

#include "transfer/DataTransfer.h"

#include <functional>

namespace Spyline {

class Store;

// The sample collection bundled with Spyline, built from the seed reports with their sources.
Result<ImportReport> importSample(Store& store);
QByteArray sampleJson();

// Creates a collection file in one step: written under a temporary name beside `path`, filled,
// checkpointed into its single file, flushed to disk, checked whole and renamed into place only
// then, so an interrupted or failed creation (a full disk, a kill) leaves no half-made collection
// and no stray files. Refuses to overwrite an existing file. Temporary files that a killed run
// left behind are removed by the next one.
Status buildCollectionFile(const QString& path, const std::function<Status(Store&)>& fill);
Status createCollectionFile(const QString& path, bool withSample);

// A consistent copy of the open collection at `path`, also while it is in use; an existing file
// there is replaced only once the copy is complete, and never the collection itself.
Status saveCollectionCopy(const Store& store, const QString& path);

} // namespace Spyline
