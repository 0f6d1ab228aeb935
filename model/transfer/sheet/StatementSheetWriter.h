#pragma once

#include "transfer/sheet/SheetWriter.h"

#include <QCoreApplication>

namespace Spyline {

// Writes the records of a statement sheet: each a statement (or a law, or another event of no
// case) with the person or organisation that made it and its source. A statement with a key
// keeps it as its reference; one without is the stored statement of the same date and title,
// if there is one. Either way the same sheet imported twice stores each statement once.
class StatementSheetWriter : public SheetWriter
{
    Q_DECLARE_TR_FUNCTIONS(Spyline::StatementSheetWriter)

public:
    using SheetWriter::SheetWriter;
    void write(const QString& key, const QList<StatementRow>& rows);

private:
    Result<std::optional<Event>> sameStatement(const Event& event);
};

} // namespace Spyline
