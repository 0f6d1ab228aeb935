#pragma once

#include "transfer/sheet/SheetWriter.h"

#include <QCoreApplication>

namespace Spyline {

// Writes the records of a case sheet. Rows with the same key are one case: each row adds its
// person (suspect, handler, recruiter) with their role, their own recruitment and arrest as
// events of that person, the agency and authority it names, and the announcement of its date.
// The case keeps the key as its reference, and so do the events made from its rows
// ("Cambridge Five/arrest/Kim Philby"), so that the same sheet imported again finds them.
class CaseSheetWriter : public SheetWriter
{
    Q_DECLARE_TR_FUNCTIONS(Spyline::CaseSheetWriter)

public:
    using SheetWriter::SheetWriter;
    // One record: the rows with one key, in sheet order (a row without key is a record alone).
    void write(const QString& key, const QList<CaseRow>& rows);

private:
    Status writeRow(const QString& key, Id caseId, const CaseRow& row, const QString& announcementReference,
                    const QString& announcementTitle, Id sourceId);
    void countEvent(Outcome outcome);
    void countRole(Outcome outcome);

    int m_peopleAdded = 0;
    int m_eventsAdded = 0;
    int m_changes = 0;
};

} // namespace Spyline
