#pragma once

#include "DataTransfer.h"

namespace Spyline {

class Store;

// The sample collection bundled with Spyline, built from the seed reports with their sources.
Result<ImportReport> importSample(Store& store);
QByteArray sampleJson();

// Creates a collection file in one step: written under a temporary name beside `path` and renamed
// into place only when complete, so an interrupted creation leaves no half-made collection.
// Refuses to overwrite an existing file.
Status createCollectionFile(const QString& path, bool withSample);

} // namespace Spyline
