#include "store/SearchTokenizer.h"

#include <QString>

#include <sqlite3.h>

namespace Spyline {

namespace {

bool isCjk(char32_t c)
{
    return (c >= 0x3040 && c <= 0x30FF) // Hiragana, Katakana
        || (c >= 0x3400 && c <= 0x4DBF) // CJK extension A
        || (c >= 0x4E00 && c <= 0x9FFF) // CJK unified ideographs
        || (c >= 0xAC00 && c <= 0xD7AF) // Hangul syllables
        || (c >= 0xF900 && c <= 0xFAFF) // CJK compatibility ideographs
        || (c >= 0x20000 && c <= 0x3134F); // CJK extensions B..G
}

// Decodes one UTF-8 character at text[pos]; returns its length in bytes (at least 1).
int decodeUtf8(const char* text, int size, int pos, char32_t* out)
{
    const auto byte = [&](int i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char lead = byte(pos);
    int length = 1;
    char32_t c = lead;
    if (lead >= 0xF0 && pos + 3 < size) {
        length = 4;
        c = ((lead & 0x07u) << 18) | ((byte(pos + 1) & 0x3Fu) << 12) | ((byte(pos + 2) & 0x3Fu) << 6)
            | (byte(pos + 3) & 0x3Fu);
    } else if (lead >= 0xE0 && pos + 2 < size) {
        length = 3;
        c = ((lead & 0x0Fu) << 12) | ((byte(pos + 1) & 0x3Fu) << 6) | (byte(pos + 2) & 0x3Fu);
    } else if (lead >= 0xC0 && pos + 1 < size) {
        length = 2;
        c = ((lead & 0x1Fu) << 6) | (byte(pos + 1) & 0x3Fu);
    }
    *out = c;
    return length;
}

struct Tokenizer
{
    fts5_tokenizer base {};
    Fts5Tokenizer* baseInstance = nullptr;
};

struct SplitContext
{
    void* ftsContext;
    int (*emitToken)(void*, int, const char*, int, int, int);
};

// Receives unicode61's folded tokens and passes them on, with CJK characters as tokens of their own.
int splitToken(void* context, int flags, const char* token, int size, int start, int end)
{
    const auto* split = static_cast<const SplitContext*>(context);
    int runStart = 0;
    int pos = 0;
    while (pos < size) {
        char32_t c = 0;
        const int length = decodeUtf8(token, size, pos, &c);
        if (isCjk(c)) {
            if (pos > runStart) {
                if (int rc = split->emitToken(split->ftsContext, flags, token + runStart, pos - runStart, start, end))
                    return rc;
            }
            if (int rc = split->emitToken(split->ftsContext, flags, token + pos, length, start, end))
                return rc;
            runStart = pos + length;
        }
        pos += length;
    }
    if (runStart == 0)
        return split->emitToken(split->ftsContext, flags, token, size, start, end);
    if (runStart < size)
        return split->emitToken(split->ftsContext, flags, token + runStart, size - runStart, start, end);
    return SQLITE_OK;
}

int createTokenizer(void* apiContext, const char** /*args*/, int /*argCount*/, Fts5Tokenizer** out)
{
    auto* api = static_cast<fts5_api*>(apiContext);
    auto* tokenizer = new Tokenizer;
    void* unicodeContext = nullptr;
    int rc = api->xFindTokenizer(api, "unicode61", &unicodeContext, &tokenizer->base);
    if (rc == SQLITE_OK) {
        const char* unicodeArgs[] = {"remove_diacritics", "2"};
        rc = tokenizer->base.xCreate(unicodeContext, unicodeArgs, 2, &tokenizer->baseInstance);
    }
    if (rc != SQLITE_OK) {
        delete tokenizer;
        return rc;
    }
    *out = reinterpret_cast<Fts5Tokenizer*>(tokenizer);
    return SQLITE_OK;
}

void deleteTokenizer(Fts5Tokenizer* instance)
{
    auto* tokenizer = reinterpret_cast<Tokenizer*>(instance);
    tokenizer->base.xDelete(tokenizer->baseInstance);
    delete tokenizer;
}

int tokenize(Fts5Tokenizer* instance, void* ftsContext, int flags, const char* text, int size,
             int (*emitToken)(void*, int, const char*, int, int, int))
{
    auto* tokenizer = reinterpret_cast<Tokenizer*>(instance);
    SplitContext split {ftsContext, emitToken};
    return tokenizer->base.xTokenize(tokenizer->baseInstance, &split, flags, text, size, splitToken);
}

fts5_api* ftsApi(sqlite3* db)
{
    fts5_api* api = nullptr;
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(statement, 1, static_cast<void*>(&api), "fts5_api_ptr", nullptr);
        sqlite3_step(statement);
    }
    sqlite3_finalize(statement);
    return api;
}

} // namespace

bool registerSearchTokenizer(sqlite3* db, QString* error)
{
    fts5_api* api = ftsApi(db);
    if (!api || api->iVersion < 2) {
        if (error)
            *error = QStringLiteral("this SQLite has no FTS5 full-text search");
        return false;
    }
    fts5_tokenizer tokenizer {createTokenizer, deleteTokenizer, tokenize};
    const int rc = api->xCreateTokenizer(api, "spyline", api, &tokenizer, nullptr);
    if (rc != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(sqlite3_errstr(rc));
        return false;
    }
    return true;
}

} // namespace Spyline
