#pragma once

#ifndef SPYLINE_STORE_INTERNALS
#error "SearchTokenizer.h is private to the store (model/)"
#endif

class QString;
struct sqlite3;

namespace Spyline {

// Registers the "spyline" FTS5 tokenizer on a connection: unicode61 words (case and diacritics
// folded), with Chinese, Japanese and Korean script split into single characters so that a search
// for 曾 finds 曾某 and a search inside a run of Han characters works.
bool registerSearchTokenizer(sqlite3* db, QString* error);

} // namespace Spyline
