#pragma once

#include "store/Store.h"

#include <QCoreApplication>

#include <cstdlib>

namespace Spyline::Fuzzing {

// The model runs as in the program: under an application object.
inline void ensureApplication()
{
    static int argc = 1;
    static char name[] = "spyline-fuzzer";
    static char* argv[] = {name, nullptr};
    static QCoreApplication* app = new QCoreApplication(argc, argv);
    (void)app;
}

// A fresh in-memory collection now and then, so that accepted inputs do not pile up. The last
// one is left to the end of the process.
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
