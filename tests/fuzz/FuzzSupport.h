#pragma once

#include "Store.h"

#include <QCoreApplication>

#include <cstdlib>

namespace Spyline::Fuzzing {

// Qt SQL loads its SQLite driver as a plugin, which needs an application object.
inline void ensureApplication()
{
    static int argc = 1;
    static char name[] = "spyline-fuzzer";
    static char* argv[] = {name, nullptr};
    static QCoreApplication* app = new QCoreApplication(argc, argv);
    (void)app;
}

// A fresh in-memory collection now and then, so that accepted inputs do not pile up. The last
// one is never destroyed: at exit, Qt SQL's own statics may already be gone.
inline Store& collection()
{
    static Store* store = nullptr;
    static int uses = 0;
    if (!store || ++uses % 500 == 0) {
        delete store;
        store = new Store;
        if (!store->create(QStringLiteral(":memory:")))
            abort();
    }
    return *store;
}

} // namespace Spyline::Fuzzing
