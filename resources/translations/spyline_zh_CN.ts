<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QObject</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spyline collections (*.spyline);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import maps (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::ActorDialog</name>
    <message>
        <source>New Person or Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in its own script, e.g. 曾</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other names, separated by semicolons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Native-script name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Person or Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: a name is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country: &quot;%1&quot; is not a country Spyline knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::ActorMerge</name>
    <message>
        <source>the graph position of %1 could not be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the graph position of %1 could not be removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an actor cannot be merged into itself; choose two different ones</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::ActorRepository</name>
    <message>
        <source>the actor %1 could not be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the actor %1 no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>this actor has %n role(s) in cases; remove those first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the actor could not be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no actor %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::CaseDetailView</name>
    <message>
        <source>Select a case to see its people, events, links and sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sector: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disclosure date unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People and organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>born %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue and context: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to a Preceding Statement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::CaseDialog</name>
    <message>
        <source>New Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Zeng: military industry employee said to have been recruited in Italy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the record stands: an accusation stays alleged until a court or the accused says otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who says what: &quot;According to the MSS, ...&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the case&apos;s key in your spreadsheet, e.g. Cambridge Five</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing a sheet again updates the case with this key instead of adding it twice; statement and link sheets can name the case by it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector of the suspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accused country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Person or Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title: a case needs a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a country Spyline knows; use a code (IT, US), a short form (USA, PRC) or the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) keep the case from being saved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This may already be in the collection:
%1
You can save it anyway.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::CaseRepository</name>
    <message>
        <source>the case could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case %1 no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case could not be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no case %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::CaseSheetWriter</name>
    <message>
        <source>%1 differs from %2 on line %3 of the same case; the case keeps %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no row of it could be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case disclosed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>some of its rows could not be stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n people and organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n people and organisations added</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n events added</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n other changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recruitment of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recruitment of %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recruitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recruited in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrest of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::CaseStatistics</name>
    <message>
        <source>the statistics could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no collection is open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::CaseTableModel</name>
    <message>
        <source>The case&apos;s id: what the command line&apos;s --case takes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accused agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accused country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::CaseTableView</name>
    <message>
        <source>Reset Columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::ChartExporter</name>
    <message>
        <source>No source is cited for what is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No source is cited for what this page shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sources of every page are listed after the last page of the chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims as their sources report them; statuses as recorded. Grades in brackets on the Admiralty scale: reliability A–F, credibility 1–6; a source without one is not graded. Spyline · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links not drawn as arcs of their own (bundled, or with an end on another page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cited by what the pages before show. Grades in brackets on the Admiralty scale: reliability A–F, credibility 1–6; a source without one is not graded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a page of sources could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a picture of %1 by %2 pixels is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SVG could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pages could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PNG could not be encoded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more source(s) cited by what is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more link(s), listed in the handout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the sources of a publisher</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a publisher, then its sources</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::ChartOperations</name>
    <message>
        <source>Export Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the timeline, the graph, the map or a statistics chart to export it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case is shown: clear the filter or pick cases first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the handout…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handout written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the timeline, the graph, the map or a statistics chart to print it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart copied as a picture.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::CollectionEditor</name>
    <message>
        <source>%1. The collection is as it was before; the undo history has been cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the change was not made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge &quot;%1&quot; into &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete case &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete event &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete actor &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete source &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::CollectionFile</name>
    <message>
        <source>the sample collection is missing from this build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; Spyline does not overwrite it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the collection&apos;s journal could not be folded into it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no collection is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file; a copy of a collection is written to a file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::CollectionMerge</name>
    <message>
        <source>%1, but another record of theirs matches it already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>native name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name and country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name in common with &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nearly the same address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disclosed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accused country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same reference &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same title, neither disclosure dated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same title and disclosure date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same title, disclosed on another date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same kind, date and title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same kind and date in the same case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same title on another date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link from &quot;%1&quot; to &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ties the same events</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same: keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same: take theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adds %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n role(s) and citation(s) added to records here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matched %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n differ(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n close match(es) to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is this collection itself; there is nothing to merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this collection could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::CommandLine</name>
    <message>
        <source>The collection file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is given more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db FILE is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init takes no file names; use --db FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the file to import: spyline import --db FILE data.json|data.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Spyline imports .json and .csv files (and .tsv sheets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist; create it first with: spyline init --db %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; none of the files was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the import is saved, but %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the collection to merge: spyline merge --db FILE OTHER.spyline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge brings in one collection at a time; give one file name, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be json or csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cases N is required, a whole number from 1 to 10000000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; generate writes a new collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generated %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the collection with the sample cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the sheet&apos;s columns map to Spyline&apos;s fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAP.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report what would change; change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave optional values that cannot be read empty, and list them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>json or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The random seed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; see spyline --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the window opens one collection at a time; give one file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the collection once: as --db FILE or as FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:
  spyline [--db FILE | FILE]                      open the window on a collection
  spyline init --db FILE [--sample]               a new collection, empty or with the sample data
  spyline import --db FILE FILE.json|FILE.csv ... import, all files or none
  spyline import --db FILE SHEET.csv ... --map MAP.json [--dry-run] [--skip-bad-values]
                                                  sheets with their own columns (--map timelinejs:
                                                  the TimelineJS template)
  spyline merge --db FILE OTHER.spyline [--dry-run]
                                                  bring another collection in; the same records
                                                  are matched, not doubled
  spyline dump --db FILE --format json|csv --out FILE
  spyline export --db FILE --view VIEW --format png|svg|pdf --out FILE
         VIEW: timeline, graph, map, lags, per-year, venues, status or agencies
         [--from DATE] [--to DATE] [--case ID ...] [--title TEXT] [--subtitle TEXT]
         [--width PX] [--height PX] [--dpi N] [--page a4|letter|a3] [--portrait] [--transparent]
         [--preset slide-16x9|slide-4x3|a4|letter|a3|poster]
         [--as-of DATE]     only what had been made public by that day
         [--max-pages N]    group the timeline&apos;s lanes to fit N pages (a handout: refuse more)
         [--lanes case|country|accused-country|agency|venue|actor]   (timeline)
         [--no-axis-breaks]  keep long quiet stretches on the axis     (timeline)
         [--layout relations|chronology]                              (graph)
         [--shade target|accused]                                     (map)
         [--bin-days N]                                               (lags, 7 by default)
         [--top N]                                                    (agencies, venues)
         [--language en|zh_CN]   the chart&apos;s language (English or Simplified Chinese)
  spyline export --db FILE --handout --out FILE.pdf [--summary] [the same selection options]
         (the timeline, the graph, and the map above the lag histogram, then the statements
         and the announcements that followed, the cases and their sources; --summary
         leaves out the table of cases)
  spyline generate --db FILE --cases N [--seed S]  a synthetic collection for benchmarks
  spyline --version | --help

Without --db the window reopens the collection open last time, else the default collection
in the application data folder, created from the bundled sample on first run.
An output (--out) is never a collection: Spyline refuses to write over one.
Spyline speaks the system&apos;s language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG) if it is English or
Simplified Chinese, else English; Preferences in the window choose one for the window and the
commands alike.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::CountryCatalog</name>
    <message>
        <source>Andorra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United Arab Emirates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afghanistan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antigua and Barbuda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anguilla</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Albania</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Armenia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Angola</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antarctica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Argentina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>American Samoa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Austria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Australia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aruba</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Åland Islands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azerbaijan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bosnia and Herzegovina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barbados</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bangladesh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burkina Faso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulgaria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bahrain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burundi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saint Barthélemy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bermuda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brunei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bolivia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caribbean Netherlands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bahamas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bhutan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bouvet Island</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Botswana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belarus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cocos (Keeling) Islands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Democratic Republic of the Congo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central African Republic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Republic of the Congo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Côte d&apos;Ivoire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cook Islands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cameroon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colombia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Costa Rica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cuba</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cabo Verde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curaçao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Christmas Island</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cyprus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Czechia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Germany</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Djibouti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dominica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dominican Republic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Algeria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ecuador</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estonia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Egypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Western Sahara</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eritrea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethiopia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiji</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Falkland Islands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Micronesia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faroe Islands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>France</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gabon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grenada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Georgia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French Guiana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guernsey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gibraltar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greenland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gambia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guinea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guadeloupe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equatorial Guinea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greece</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>South Georgia and the South Sandwich Islands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guatemala</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guinea-Bissau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guyana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heard Island and McDonald Islands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Honduras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Croatia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Haiti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indonesia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Israel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isle of Man</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>India</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>British Indian Ocean Territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iraq</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iceland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jersey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jamaica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jordan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Japan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kenya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kyrgyzstan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cambodia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiribati</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comoros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saint Kitts and Nevis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>North Korea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>South Korea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kuwait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cayman Islands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lebanon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saint Lucia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liechtenstein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sri Lanka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liberia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesotho</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lithuania</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latvia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Libya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Morocco</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monaco</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moldova</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Montenegro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saint Martin (French part)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Madagascar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marshall Islands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>North Macedonia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mongolia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Macao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Northern Mariana Islands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Martinique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mauritania</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Montserrat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mauritius</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maldives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malawi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mozambique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namibia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Caledonia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Norfolk Island</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nigeria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nicaragua</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Norway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nepal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nauru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Zealand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French Polynesia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Papua New Guinea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Philippines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pakistan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saint Pierre and Miquelon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pitcairn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puerto Rico</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Palestine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portugal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Palau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paraguay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qatar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réunion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Romania</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serbia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rwanda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saudi Arabia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solomon Islands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seychelles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sudan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saint Helena</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slovenia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Svalbard and Jan Mayen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sierra Leone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>San Marino</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senegal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Somalia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suriname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>South Sudan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sao Tome and Principe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El Salvador</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sint Maarten (Dutch part)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eswatini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turks and Caicos Islands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French Southern Territories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Togo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tajikistan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokelau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timor-Leste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turkmenistan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tunisia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tonga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Türkiye</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trinidad and Tobago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuvalu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanzania</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uganda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Minor Outlying Islands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uruguay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uzbekistan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vatican City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saint Vincent and the Grenadines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venezuela</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>British Virgin Islands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Virgin Islands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vanuatu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallis and Futuna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samoa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yemen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mayotte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>South Africa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zambia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zimbabwe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kosovo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soviet Union</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>East Germany</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>West Germany</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Czechoslovakia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yugoslavia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serbia and Montenegro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>North Vietnam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>South Yemen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burma (1974-1989)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rhodesia</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::CountryEdit</name>
    <message>
        <source>Country name or code, e.g. Italy, US, PRC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spyline does not know this country; use a code (IT, US), a short form (USA, PRC) or the name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::CsvExport</name>
    <message>
        <source>no collection is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the collection failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the export was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::CsvImport</name>
    <message>
        <source>the import was cancelled; the collection is unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is empty; a CSV import needs a header line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot;; the columns are %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the required column &quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country Spyline knows; use an ISO code or the English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has %1 fields, the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a case needs a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case disclosed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recruitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recruited in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::CsvReader</name>
    <message>
        <source>the text is not UTF-8 here; save the file as UTF-8 and import it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends inside a character; it is not UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field is not closed before the end of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record has more than %1 fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field %1: only a comma or the end of the line may follow a closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field %1: only the delimiter or the end of the line may follow a closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field %1 is longer than %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::EditingAids</name>
    <message>
        <source>the same suspect, %1, disclosed on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a title that is almost the same</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::EditingController</name>
    <message>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case added. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New person or organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit person or organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the case &quot;%1&quot; with its %2 event(s), %3 role(s), %4 citation(s) and %5 link(s)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the event &quot;%1&quot; with its citations and links?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the source %1 with its citations?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to a Preceding Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a case with an announcement, or the announcement itself, to link it to the statement it followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::Enums</name>
    <message>
        <source>alleged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under investigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>charged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>convicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sentenced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acquitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recruiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intermediary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sponsoring agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disclosing authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recruitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arrest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>announcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>responds to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::EventDialog</name>
    <message>
        <source>New Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no case: a statement, a law ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date: kept as date unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for a recruitment: where and how, e.g. &quot;US visa application while studying in Japan&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue and context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://… where it is reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the words of the source that support it (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the collection already, graded %1; edit the source itself to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a source the event is kept, but charts list nothing for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new source: give its publisher and grade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title: a title is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until: an event with no known date has no end either; write the date as a range, such as 2015/2017 or ../2017</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country: &quot;%1&quot; is not a country Spyline knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acted by: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::EventRepository</name>
    <message>
        <source>the event &quot;%1&quot; could not be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the event %1 no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the event could not be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no event %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::EventsTable</name>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue and context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a country Spyline knows; use a code (IT, US), a short form (USA, PRC) or the name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::ExportCommand</name>
    <message>
        <source>&quot;%1&quot; is not a day to filter by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIEW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAYOUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is given more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db FILE is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be png, svg or pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--view must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--summary is for a handout: give --handout too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--preset must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--width must be a number of pixels from 200 to 20000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--height must be a number of pixels from 200 to 20000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dpi must be a number from 36 to 1200</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--page must be a4, letter or a3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lanes must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--layout must be relations or chronology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--shade must be target or accused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bin-days must be a number of days from 1 to 365</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--top must be a number from 1 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from %1 is after --to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-pages must be a number of pages from 1 to 1000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--case takes a case id, a whole number; &quot;%1&quot; is not one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--case %1: there is no case %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to export: no case in %1 matches the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to export: no case of the selection in %1 had been made public by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where people were recruited, and how long disclosures took</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the handout of %L1 cases would run to about %L2 pages, more than --max-pages %L3; --summary leaves out the table of cases, or narrow the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing a handout of %L1 cases, about %L2 pages (--summary: the charts and statements only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--language must be en (English) or zh_CN (Simplified Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::ExportDialog</name>
    <message>
        <source>Transparent background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF: vector, for print and handouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG: vector, text stays editable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG: picture, for slides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. the course and date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> dpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A2 (poster)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slide 16:9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slide 4:3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poster (A2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full Size…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page at its real size, to read every word before it is written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::FieldLabels</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector of the suspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accused country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in its own script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue and context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reliability of the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credibility of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::FileOperations</name>
    <message>
        <source>New Collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collections and sheets (*.json *.csv *.tsv *.txt);;JSON (*.json);;Sheets (*.csv *.tsv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1 against the collection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON, the whole collection (*.json);;CSV, one row a case (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This collection is read-only; nothing can be merged into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the collection open in this window; a collection cannot be merged into itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing %1 with this collection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds nothing this collection lacks: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was merged: every record of %1 kept this collection&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was merged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged %1: %2. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::FilterBar</name>
    <message>
        <source>As &amp;known on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As Publicly &amp;Known On…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search titles, names, places, sources…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only what had been made public by this day, in every view: cases announced or cited by a source by then, events that had happened, links whose both ends were public. Charts say “As publicly known on” the day. Esc in the day turns it off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear every filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by clicking the map or a chart; click to clear it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 cases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::FilterDescription</name>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 %3</source>
        <comment>months of one year: first month, last month, year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2–%3 %4 %5</source>
        <comment>days of one year: first day, its month, last day, its month, year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>involving %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target or accused %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recruited in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with an event of kind %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matching “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disclosed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disclosed from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disclosed until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected case(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As publicly known on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases %1</source>
        <comment>the cases a filter selects, then what it selects them by</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the conditions of a filter</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>two sentences, the first one ended</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>two sentences, the first one not yet ended</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::FirstRunHint</name>
    <message>
        <source>This collection has no cases yet. Begin with one of these:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Case (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a Sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::Grade</name>
    <message>
        <source>reliability: &quot;%1&quot; is not a grade; use A (completely reliable) to F (cannot be judged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credibility: &quot;%1&quot; is not a grade; use 1 (confirmed) to 6 (cannot be judged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completely reliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usually reliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fairly reliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not usually reliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reliability cannot be judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed by other sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probably true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>possibly true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>doubtful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>improbable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truth cannot be judged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::GradeBadge</name>
    <message>
        <source>%1: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::GradeDelegate</name>
    <message>
        <source>%1 — %2 source, report %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::GradePicker</name>
    <message>
        <source>%1 — source %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — report %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How reliable the source is, judged by its record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How credible this report is, judged by what else is known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter says how reliable the source is: A completely, B usually, C fairly, D not usually, E unreliable, F cannot be judged. The digit says how credible the report is: 1 confirmed by other sources, 2 probably true, 3 possibly true, 4 doubtful, 5 improbable, 6 cannot be judged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::GraphCanvas</name>
    <message numerus="yes">
        <source>%n tie(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to show or hide this actor&apos;s cases.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::GraphChart</name>
    <message>
        <source>the cases selected have no ties to draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the graph could not be laid out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 of %L2 nodes are drawn, the most connected; the others are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 of %L2 nodes are in the part of the graph shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) have no known date and stand outside the time order.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::GraphData</name>
    <message>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agency or station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>government body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recruitment venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>announcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspect in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recruited by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handled by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>introduced by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>station of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>employed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recruited at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disclosed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attributed to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>announces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>responds to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recruited and handled by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>court finding (convicted, sentenced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claim (alleged, under investigation, charged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disputed claim (denied, acquitted, dismissed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::GraphLayout</name>
    <message>
        <source>Graphviz (%1) gave no usable position for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphviz could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphviz could not read the graph: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphviz could not lay out the graph with %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::GraphLegend</name>
    <message>
        <source>on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>court finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claim: alleged, charged, investigated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disputed: denied, acquitted, dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size: number of ties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>responds to / follows, with the lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tie</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::GraphModel</name>
    <message>
        <source>%1 case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the graph could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::GraphSource</name>
    <message>
        <source>the graph could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no collection is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::GraphToolBar</name>
    <message>
        <source>Relations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chronology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relations: who is tied to whom. Chronology: statements and announcements in time order, left to right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which kinds of node the graph shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ego view: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> hops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ego view: off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only what lies within this many ties of the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a node…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lay out again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lay out the graph again; dragged nodes stay where you put them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo drags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let dragged nodes go back to where the layout puts them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole graph (Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the legend</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::GraphView</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The graph could not be built: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The graph could not be laid out; the previous picture stays. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout cancelled; the previous picture stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No node in the graph matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No collection is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The graph could not be laid out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laying out the graph…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 of %2 nodes, the most connected first; narrow the filter, brush a date range on the timeline or use the ego view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 nodes, %2 ties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Ego view: %n tie(s) from the selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing within %n tie(s) of the selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This collection is empty: add a case with Ctrl+N or import one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to show: the kinds of node left are hidden (Show).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to draw yet: the graph shows cases, their people and the statements linked to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide Their Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Their Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ego View Around This</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide Nodes of This Kind (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave Ego View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit to View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lay Out Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The position of %1 is kept until the collection closes: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::GraphWorker</name>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::Handout</name>
    <message>
        <source>there is nothing to put in the handout: the selection is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the handout was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements and the announcements that followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No statement is linked to an announcement of the cases shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each row: a public statement, the announcement recorded as following it, and the days between them (a range where a date is known only to the month).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Said on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who said what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announced on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case is shown in the charts. The full handout lists each case with its people and sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grades in brackets on the Admiralty scale: reliability A (completely reliable) to F (cannot be judged), credibility 1 (confirmed) to 6 (cannot be judged). A source without a grade is not graded. Statuses as recorded; claims as their sources report them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a page of the PDF could not be started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::HandoutDialog</name>
    <message>
        <source>Summary: the charts and the statements, without the table of every case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Seminar 4: disclosures and the statements before them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subtitle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s), about %1 pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is long to print: the summary leaves out the table of cases.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::HelpMenu</name>
    <message>
        <source>&amp;User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;Sample Collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Spyline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seven cases of 2023 with the statements before them, to try Spyline on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Sample Collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Spyline %1&lt;/h3&gt;&lt;p&gt;Publicly disclosed espionage cases as a timeline and a relationship graph, every fact with its source and grade. Spyline records claims as claims and takes no side.&lt;/p&gt;&lt;p&gt;Spyline is free software under the MIT licence.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Built on&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %2, under the GNU Lesser General Public License, version 3 (LGPL)&lt;/li&gt;&lt;li&gt;SQLite %3, in the public domain&lt;/li&gt;&lt;li&gt;Graphviz, under the Eclipse Public License (EPL)&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;Bundled data&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The sample collection summarises reports that the Global Times (globaltimes.cn) published in August and September 2023, each record citing the report it comes from. The summaries are Spyline&apos;s own, under its licence; the reports belong to their publisher.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Fonts&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Spyline bundles no font: the window uses the system&apos;s, and charts are drawn in DejaVu Sans (a free licence, from Bitstream Vera) where it is installed.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Spyline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::ImportAssistant</name>
    <message>
        <source>Import a Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; split it into several sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no collection to check against</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::ImportColumnsPage</name>
    <message>
        <source>Columns and values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Spyline field each column holds. Rows with the same key are one record: a ring becomes one case with a person per row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column of the sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spyline field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows with the same value here are one record, which keeps the value as its reference: importing the sheet again updates it, and statement and link sheets can name it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet&apos;s value (* at the end: starts with)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spyline&apos;s value (empty: leave empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Values That Cannot Be Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rule for each value of the sheet that Spyline cannot read as it is: say what each means, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load Map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TimelineJS Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The columns of the TimelineJS spreadsheet template, as statements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load Import Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Import Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also gives: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none: every row is a record of its own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose a field)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::ImportFilePage</name>
    <message>
        <source>The sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What its rows are and how its text is read. Spyline has guessed; change what is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rows are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delimiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Header on line</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: read as %2, %3-separated; the header is on line %4; %n rows below it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::ImportMap</name>
    <message>
        <source>not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an import map is a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appears twice in one object; give each only once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;; the fields are %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format: must be &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version: must be a whole number, 1 for this format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version: the map is version %1, written by a newer Spyline; this one reads version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records: &quot;%1&quot; is not one of cases, statements, links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key: must be the name of a column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>columns: must be an object such as {&quot;Name&quot;: &quot;suspect&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>columns: &quot;%1&quot;: list the fields as texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>columns: &quot;%1&quot;: give a field name or a list of field names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values: must be an object such as {&quot;status&quot;: {&quot;executed&quot;: &quot;sentenced&quot;}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values: &quot;%1&quot;: must be an object of their value -&gt; our value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values: &quot;%1&quot;: &quot;%2&quot;: the value to use must be a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encoding: &quot;%1&quot; is not one of utf-8, utf-8-bom, utf-16le, utf-16be, windows-1252</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delimiter: &quot;%1&quot; is not one of comma, semicolon, tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header_line: must be a line number, 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large for an import map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no built-in map &quot;%1&quot;; the built-in maps are %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the built-in map &quot;%1&quot; is missing from this build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>columns: &quot;%1&quot;: &quot;%2&quot; is not a field of %3; the fields are %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>columns: &quot;%1&quot; and &quot;%2&quot; both give %3; map one of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values: &quot;%1&quot; is not a field of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>columns: no column gives %1, which %2 need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>columns: no column gives the title; map one to title, or name the key column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>columns: %1 is given both whole and in parts; map one of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>columns: %1 in parts needs its year (%1_year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the map names the column &quot;%2&quot;, which the sheet does not have; its columns are %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::ImportPreviewPage</name>
    <message>
        <source>&amp;Leave values that cannot be read empty where the field is optional, and list them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rows as they will be stored, and every problem in the whole sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Into this collection it would add %1; %2 records stored already would be updated, %3 stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing can be imported until the problems marked as errors are solved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left empty: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems: every value of the sheet can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recruited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(ignored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From (later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To (earlier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>: %n record(s).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::JsonExport</name>
    <message>
        <source>writing failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the export was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the collection failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no collection is open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::JsonImport</name>
    <message>
        <source>not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Spyline collection is a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appears twice in one object; only one of them could be kept, so the file is refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number, 1 for this format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is version %1, written by a newer Spyline; this one reads version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each entry must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the import was cancelled; the collection is unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no %1 with id %2 in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is used by another actor in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part_of: there is no actor with id %1 in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is used by another source in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is used by another case in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is used by another event in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the event it points to comes after the event it starts from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cases, %2 actors, %3 events, %4 sources, %5 links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is over %2 MB; Spyline imports JSON files up to %2 MB. Split it, or import it as CSV, which has no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field; the fields are %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country Spyline knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a positive whole number or a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::LinkDialog</name>
    <message>
        <source>Link to a Preceding Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Said by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what the source says that ties the two, e.g. &quot;21 days after Burns&apos;s claim&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements of the</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source of the tie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the statement the announcement follows; widen the days if it is not listed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::LinkRepository</name>
    <message>
        <source>from_event: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to_event: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to_event: &quot;%1&quot; (%2) comes after &quot;%3&quot; (%4); a link points back to an earlier event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the link could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the link %1 no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the link could not be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no link %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::LinkSheetWriter</name>
    <message>
        <source>%1 is the key of a case and of an event; name the case&apos;s announcement as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no case or statement has the key %1; import the sheet that has it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case %1 has no announcement to link; give it a disclosure date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the announcement of case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeats the key %1 of line %2; only line %2 is read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from and to name the same event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the link goes from %1 (%2) to %3 (%4), which comes after it; a link goes from the later record to the earlier one, so swap from and to if that is what is meant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lag unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::MainWindow</name>
    <message>
        <source>The cases could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Collection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Collection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a collection (JSON), or a sheet (CSV, TSV) with its own columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge Collection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring in another collection: the same records are matched, differences reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People and Organisations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart in front (timeline, graph, map or statistics) as PNG, SVG or PDF, with legend, caption and sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Handout…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy C&amp;hart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the chart in front, with a print preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Hando&amp;ut…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a case you read about, with its people, events and sources (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Statement or Law…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Person or Organisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New S&amp;ource…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link to a Preceding Statement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> – as publicly known on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spyline will speak %1 from its next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Collection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::MapCanvas</name>
    <message>
        <source>Cases targeting the country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases accusing the country</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::MapChart</name>
    <message>
        <source>Cases targeting the country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases accusing the country</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>former state, hatched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recruitment venue → target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recruited in the country targeted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>venue city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where people were recruited, and whom the cases target</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) name no target country and shade none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) name no accused country and shade none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) concern countries too small for the map&apos;s outlines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) have no recruitment venue in a known country and are not placed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) with a venue have no known target and get no arrow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 largest of %2 venue-to-target flows are drawn; %3 in the others are not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Former states are hatched over the outlines of the countries that succeeded them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::MapLayout</name>
    <message numerus="yes">
        <source>Target of %Ln case(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Accused in %Ln case(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Recruitment venue of %Ln case(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Part of the former %1, drawn over it: %n case(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to show only its cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (former state, drawn over its successors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recruited in %1, the country they are said to have spied on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recruited in %1, targeting %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to show only these cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to show the cases recruited in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::MapView</name>
    <message>
        <source>Countries targeted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries accused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shade countries by the cases that target them, or by the cases that accuse them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole world</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole world (Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shade:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map could not be drawn: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No collection is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the cases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Arrows and rings for %Ln case(s) with a known recruitment venue and target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln with no venue recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln with a venue but no known target: not placed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln name(s) no target country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln name(s) no accused country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 largest of %2 flows are drawn.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::MergeCommand</name>
    <message>
        <source>%1 does not exist; create it first with: spyline init --db %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such collection file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the collection given with --db; a collection cannot be merged into itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would merge %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dry run: the collection was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merged %1: %2; the collection was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was merged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the merge is saved, but %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merged %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>differences kept this collection&apos;s values and close matches were added beside; review them in the window (File &gt; Merge Collection) to choose otherwise</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::MergeReviewDialog</name>
    <message>
        <source>Record of theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merging will</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep m&amp;ine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take &amp;theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records to review: differences and close matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records to add or review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every record of theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merging %1 into this collection: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a record to see it side by side with the one here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here is like it: it will be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perhaps the same record (%1). Keep both unless you know it is the same; then keep mine or take theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same record (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same: keep m&amp;ine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same: take &amp;theirs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::NodePositionRepository</name>
    <message>
        <source>the dragged node positions could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node: a dragged position needs the node it belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x, y: the position of %1 is not a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the node positions could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the position of %1 could not be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the node positions could not be reset: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the position of %1 could not be reset: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::OutputFile</name>
    <message>
        <source>the system gave no reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file to write was named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the collection being read; Spyline does not write over it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to the collection being read; Spyline does not write over it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: the folder %2 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; name a file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is neither a file nor a stream Spyline can write to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a Spyline collection; Spyline does not write over a collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a database; Spyline does not write over it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not written whole: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::PartialDate</name>
    <message>
        <source>the date after ~ is empty: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;before&quot; and &quot;after&quot; take one date, such as before 2023-08-11</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a range: write it as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a decade starts at a year ending in 0, such as %2s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write 1984, 1984-01 or 1984-01-15; 1984~ when approximate, 1984? when uncertain, 193X for a decade, 2015/2017 for a range, ../2023-08-11 for on or before, 2015-03/.. for on or after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>autumn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>winter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jan</source>
        <comment>abbreviated month</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feb</source>
        <comment>abbreviated month</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mar</source>
        <comment>abbreviated month</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apr</source>
        <comment>abbreviated month</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May</source>
        <comment>abbreviated month</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jun</source>
        <comment>abbreviated month</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jul</source>
        <comment>abbreviated month</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aug</source>
        <comment>abbreviated month</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sep</source>
        <comment>abbreviated month</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oct</source>
        <comment>abbreviated month</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nov</source>
        <comment>abbreviated month</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dec</source>
        <comment>abbreviated month</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>January</source>
        <comment>month</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>February</source>
        <comment>month</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>March</source>
        <comment>month</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>April</source>
        <comment>month</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May</source>
        <comment>month</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>June</source>
        <comment>month</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>July</source>
        <comment>month</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>August</source>
        <comment>month</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>September</source>
        <comment>month</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>October</source>
        <comment>month</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>November</source>
        <comment>month</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>December</source>
        <comment>month</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <comment>a date: day, abbreviated month, year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a date: abbreviated month, year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1</source>
        <comment>a date: year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a date: season, year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1s</source>
        <comment>a decade: its first year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>c. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each end of a range is a single date, not a range itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a range needs at least one known end; leave the date empty when it is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the range %1 ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Spyline keeps dates to the day; leave out the time of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Spyline keeps the years 0001 to 9999</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: only the last one or two digits of a year may be unspecified, as in 193X or 19XX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a year with unspecified digits takes no month or day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no year 0000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a season takes no day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: month %2 does not exist (months run from 01 to 12, seasons from 21 to 24)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a day is known only within a known month; write %2-XX-XX or the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3 has %4 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date is empty: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a range needs at least one known end; leave the date empty when it is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the range ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <comment>a lag in days</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::PartialDateEdit</name>
    <message>
        <source>1984-01-15, 1984-01, 1984, c. 1984, 1930s, before 2023-08-11</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · stored as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a known date is required here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::PeopleDialog</name>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge into It</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People and Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search names, aliases and countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record that stays; the other&apos;s names become its aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select two records of the same person or organisation to merge them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people and organisations could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln people and organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 people and organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit person or organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not merged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 merged into %2; its names are now aliases. Undo with Ctrl+Z or the Undo button.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you link an announcement, Spyline proposes the statements made this many days before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spyline speaks the language chosen here from its next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements proposed for a link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::Provenance</name>
    <message>
        <source>where the record came from could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the merge from %1 could not be noted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where %1 %2 came from could not be noted: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the merge could not be taken back: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::RecordSet</name>
    <message numerus="yes">
        <source>%1 has %n role(s) in cases; remove the roles first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where a record came from could not be noted again: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::RecordTable</name>
    <message>
        <source>%1, row %2, %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::RecordWriter</name>
    <message>
        <source>role: this actor already has that role in the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url: the collection already has a source at this address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link: these two events are already linked that way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id: the collection already has a record with this id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it refers to a record that does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the collection is busy: another program is writing to it; try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role: a role ties a stored actor to a stored case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>citation: a citation ties one source to one case or one event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part_of: an actor cannot be part of itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part_of: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::RolesTable</name>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a country Spyline knows; use a code (IT, US), a short form (USA, PRC) or the name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::SheetFields</name>
    <message>
        <source>Cases (one row per case, or per person with a key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links from an announcement to an earlier statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status of the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector of the suspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accused country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accused agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosed by (authority)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country of the disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspect (a person)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspect&apos;s native name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspect&apos;s country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspect&apos;s birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on the suspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handler&apos;s country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recruiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recruiter&apos;s country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recruitment country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recruitment city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recruitment venue and context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recruitment date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrest date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source reliability (A-F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source credibility (1-6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year of the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month of the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year of the end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month of the end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of the end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind (statement, law, other, ignore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker (a person)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From: the later record&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To: the earlier record&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::SheetImport</name>
    <message>
        <source>add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 rows; %n problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows: new %2; %3 updated, %4 unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>; %n rows ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>; %n values left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: columns not imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left empty: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the collection is open read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the import was cancelled; the collection is unchanged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::SheetImportCommand</name>
    <message>
        <source>%1: --map, --dry-run and --skip-bad-values are for CSV and TSV sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist; create it first with: spyline init --db %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did not import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>nothing was imported: %n problems, listed above; fix them, map the values, or leave optional values empty with --skip-bad-values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dry run: the collection was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the import is saved, but %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::SheetRows</name>
    <message>
        <source>; left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a country Spyline knows; use an ISO code or the English name, or map the value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not one of %2; map the value to one of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has %1 cells and the header %2; the cells beyond the header are not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a case needs a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not one of statement, law, other, ignore; map the value to one of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a statement needs a title: what was said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a link needs the key of the later record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a link needs the key of the earlier record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::SheetTable</name>
    <message>
        <source>%1 is larger than %2 MB; split it into several sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not UTF-8; it was read as Windows-1252 (Western European). Check accented letters in the preview, or save the sheet as UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the sheet is empty; it needs a header line and rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the sheet has no line %2 to take as its header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; appears twice; the second is called &quot;%1 (%2)&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::SheetText</name>
    <message>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 with byte-order mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-16 (little-endian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-16 (big-endian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the text is not UTF-8 (byte 0x%2); choose the file&apos;s encoding, such as Windows-1252, or save it as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is not UTF-16: it has an odd number of bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is not UTF-16: it holds a broken character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::SheetWriter</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the collection gives %2 as %3 and the sheet %4; the collection&apos;s is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the native name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::ShortcutsDialog</name>
    <message>
        <source>Elsewhere in the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by command or key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys inside the timeline and the graph (zoom, pan, fit) are described in the user guide, under Browsing cases.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::SourceDialog</name>
    <message>
        <source>New Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web address *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reliability of the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credibility of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::SourceListing</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between a source&apos;s publisher, title and date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. </source>
        <comment>after a source&apos;s title and date, before its address</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <comment>a source&apos;s grade</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::SourceRepository</name>
    <message>
        <source>url: the collection already has a source at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the source could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the source %1 no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the source could not be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no source %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::SourcesTable</name>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web address *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::SqlQuery</name>
    <message>
        <source>the collection is busy: another program is writing to it; try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it refers to a record that does not exist, or it is still used by other records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the collection is read-only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::StackedChart</name>
    <message>
        <source>%1: %2</source>
        <comment>a chart&apos;s name, then what it leaves out</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::StatementSheetWriter</name>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statement %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no row of it could be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeats the key %1 of line %2 with other values; only its source is read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statement %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::StatisticsChart</name>
    <message>
        <source>Lags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>links, by lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uncertain lag, as its range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uncertain lags that may fall in the bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosing country</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::StatisticsLayout</name>
    <message>
        <source>unknown country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days from a statement to the announcement that followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosures per year, by disclosing country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recruitment venues by country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases by accused agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median %1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median %1–%2 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln link(s) between a statement and what followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln in a bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n uncertain across bins, drawn as ranges</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n from %1 days on, not drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln undated, not drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln link(s) with an undated statement or announcement are not drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln link(s) of %1 days or more are not drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lags known only as a range that crosses a bin are drawn as that range, not counted in a bin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>links</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>days after the statement (bins of %Ln day(s))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln disclosure(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) with no dated announcement, not drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) with no dated announcement are not drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cases disclosed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year of the first announcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disclosing country unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) with a recruitment venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln with none recorded, not drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) with no recruitment venue in a known country are not drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cases recruited there</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s), by the status their record gives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln name no accused agency, not drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a case counts once for each agency it names</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) that name no accused agency are not drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cases naming the agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln other(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The other %Ln are one bar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln link(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to show only their cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lag %1: the dates allow any of these days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to show only its case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n uncertain lag(s) may fall here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to show only this year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to show only these cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the parts of a chart&apos;s headline</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.</source>
        <comment>the end of a chart&apos;s headline</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::StatisticsPainter</name>
    <message>
        <source>Nothing to count: no case or link passes the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uncertain lags, as their ranges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ %1 d</source>
        <comment>up to a lag of this many days</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::StatisticsSnapshot</name>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::StatisticsView</name>
    <message>
        <source>Bins of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>top </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statistics could not be counted: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::Store</name>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk could not be read or written (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be written (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the collection is busy: another program is writing to it (%1); try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be opened (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is not enough memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the upgrade to schema %1 is missing from this build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrading to schema %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open an in-memory database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Spyline collection: it is not an SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: it is cut short (%2 of %3 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver gave no connection handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; Spyline does not overwrite it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Spyline collection: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a Spyline collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer Spyline (schema %2); this version reads schemas up to %3. Update Spyline to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Spyline collection: it has no schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs an upgrade to schema %2, but it is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be upgraded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: no room for a temporary copy (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Spyline collection as written by Spyline: it holds objects Spyline did not create or that were changed (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: it lacks %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no collection is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the journal could not be folded into the collection: another program still reads it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not whole: it holds %2 bytes where its header promises %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row %2 refers to a missing %3 row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cases have a stale date span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::SyntheticCollection</name>
    <message>
        <source>generation was cancelled; the collection is unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cases must be between 1 and 10,000,000</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::TimeAxis</name>
    <message>
        <source>%1th century</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1st century</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1nd century</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1rd century</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>an axis&apos;s month and year: month, year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>centuries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::TimelineChart</name>
    <message>
        <source>%1 (%2) → %3 (%4): %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) could not be read from the collection and are not drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lanes grouped by %1 to fit one page: %L2 lanes for %L3 cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lanes grouped by %1 to fit %L4 pages: %L2 lanes for %L3 cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2: lanes %L3–%L4 of %L5 by %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 of %L2 lanes fit the page limit; the others are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The axis is cut where nothing is recorded: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::TimelineData</name>
    <message>
        <source>the timeline could not read the %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading the timeline was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no collection is open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::TimelineLanes</name>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosing country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accused country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accused agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recruitment venue country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside cases, country not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, outside cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosing country not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accused country not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sponsoring agency not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recruitment venue not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No actor recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) have no dated event and are not drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) are not drawn: their date is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> (%Ln case(s) have no dated event)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accused %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statements, laws and other events · %1, %L2 as context of shown cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statements, laws and other events · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>a sentence, then its full stop</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::TimelineLayout</name>
    <message>
        <source>%L1 events in view, shown as counts per %2 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (+%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::TimelineLegendPainter</name>
    <message>
        <source>month, year or range only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before or after a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approximate or uncertain date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster, with count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>density: events per bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case, first event to disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link, with lag in days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grey: context of a shown case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::TimelinePainter</name>
    <message>
        <source>Lanes by %1 · %L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole collection: %1–%2 · %L3 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln undated event(s), not drawn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::TimelinePanel</name>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw links from a statement to the announcement that followed, with the lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole collection (Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selected case or event (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop filtering by dates, brushed or typed (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift-drag on the timeline to filter every view by dates; the filter bar&apos;s from and to fields show the same dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lanes by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift-drag to filter by dates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::TimelineTooltip</name>
    <message>
        <source>%1 (recorded as %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source grade: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source grade (cited for the case): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source grade: no source cited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lasted until: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 events, %2 – %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %L1 more; click to zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First known event: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No disclosure recorded; last known event %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lag: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::TimelineView</name>
    <message>
        <source>Loading the timeline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dated events in this collection yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No collection is open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::UserGuide</name>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browsing cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entering what you read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements and announcements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting charts and data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collections</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::UserGuideWindow</name>
    <message>
        <source>Spyline User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous place the words occur (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next place the words occur (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>On %n page(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::Validation</name>
    <message>
        <source>%1: %2 needs a %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is %2 characters long; at most %3 are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference: is %1 characters long; at most %2 are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference: a reference is one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a country code Spyline knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url: a source needs the address where it can be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url: only http and https addresses are accepted, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url: &quot;%1&quot; is not a valid web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url: remove the spaces around the address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part_of: an actor cannot be part of itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end_date: an event with no known date has no end date either; write the date as a range, such as ../%1 for on or before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end_date: %1 is before the start, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reliability: use A (completely reliable) to F (cannot be judged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credibility: use 1 (confirmed) to 6 (cannot be judged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link: a link ties two stored events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link: an event cannot be linked to itself</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spyline::WorldMap</name>
    <message>
        <source>the world map is not in Spyline&apos;s map format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the world map is damaged: an outline runs past its end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the world map is damaged: it ends too soon</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Spyline did not close properly the last time it had %1 open; that collection may have made it stop. Open it again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open It Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Default Collection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
