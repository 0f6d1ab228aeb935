#pragma once

// The store's own connection, for the store's own code (model/) and the model's tests.
struct sqlite3;

namespace Spyline {

class Store;

// The open collection's SQLite connection; null when none is open.
sqlite3* connectionOf(const Store& store);

} // namespace Spyline
