#pragma once

#include "records/Records.h"

class QFont;

namespace Spyline {

class PageFlow;

// How a list of sources is printed under a chart, after a chart of several pages and in a
// handout: numbered in the order they were first cited, the numbers kept, and the sources of a
// publisher that has several gathered under its name so that it is not repeated on every line.
struct SourceListing
{
    struct Entry
    {
        int number = 0;
        QString text; // without its number; without the publisher when it is in a group
    };
    // A publisher's sources under its name, or one source (no publisher) in the one-line form.
    struct Group
    {
        QString publisher;
        QList<Entry> entries;
    };

    // Source i is numbered i + 1. A group stands where its first source would; publishers are told
    // apart without regard to case or surrounding spaces, named as first written.
    static QList<Group> grouped(const QList<Source>& sources);
    // "Reuters, “Title”, 11 Aug 2023. https://… (B2)": only what is recorded, the grade only when
    // the source was graded (F6, "cannot be judged", is the same as none).
    static QString entryText(const Source& source, bool withPublisher = true);
    static bool isGraded(const Grade& grade);
    // The numbered table of a handout or of the pages after a chart: a publisher's name on a row of
    // its own above its sources, each of which is then listed without it.
    // `font` for the sources, `publisherFont` for the names above them, `headerFont` for the header.
    static void addTable(PageFlow& flow, const QList<Source>& sources, const QFont& font, const QFont& publisherFont,
                         const QFont& headerFont);
};

} // namespace Spyline
