#pragma once

#include <QString>

namespace Spyline {

struct CopyRequest
{
    QString from;
    QString to;
    bool replace = false;
};

// spyline copy --from DB --to DB [--replace]
// Copies a whole collection between a file and a PostgreSQL server, either way, or file to file:
// all of it in one transaction, or nothing. A target that holds records is refused unless
// --replace; a new file or an empty database is made a collection first. Returns the exit status.
int runCopy(const CopyRequest& request);

} // namespace Spyline
