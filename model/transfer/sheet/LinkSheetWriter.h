#pragma once

#include "transfer/sheet/SheetWriter.h"

#include <QCoreApplication>

namespace Spyline {

// Writes the records of a link sheet: a tie from the later record to the earlier one, each named
// by its key; a case's key means its announcement. A link whose dates say it points forward in
// time is refused with both dates, not turned round.
class LinkSheetWriter : public SheetWriter
{
    Q_DECLARE_TR_FUNCTIONS(Spyline::LinkSheetWriter)

public:
    using SheetWriter::SheetWriter;
    void write(const QList<LinkRow>& rows);

private:
    struct Resolved
    {
        Event event;
        QString what; // "the announcement of case \"Zeng\""
    };
    Result<Resolved> resolve(const QString& key);
};

} // namespace Spyline
