#pragma once

// The store's own connection, private to the store: model/ code and the model's tests reach it
// here; views, app and tools cannot (the build defines SPYLINE_STORE_INTERNALS for model/ only, and
// scripts/check-sealed-store.sh fails the build where anything else names SQL).
#ifndef SPYLINE_STORE_INTERNALS
#error "StoreAccess.h is private to the store (model/): ask a repository or a model function instead"
#endif

struct sqlite3;

namespace Spyline {

class Store;

// The open collection's SQLite connection; null when none is open.
sqlite3* connectionOf(const Store& store);

} // namespace Spyline
