<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Spyline::ActorRepository</name>
    <message numerus="yes">
        <source>this actor has %n role(s) in cases; remove those first</source>
        <translation>
            <numerusform>this actor has %n role in cases; remove it first</numerusform>
            <numerusform>this actor has %n roles in cases; remove those first</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spyline::CaseDetailView</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spyline::CaseDialog</name>
    <message numerus="yes">
        <source>%n problem(s) keep the case from being saved:</source>
        <translation>
            <numerusform>%n problem keeps the case from being saved:</numerusform>
            <numerusform>%n problems keep the case from being saved:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spyline::CaseSheetWriter</name>
    <message numerus="yes">
        <source>%n people and organisations</source>
        <translation>
            <numerusform>%n person or organisation</numerusform>
            <numerusform>%n people and organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people and organisations added</source>
        <translation>
            <numerusform>%n person or organisation added</numerusform>
            <numerusform>%n people and organisations added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events added</source>
        <translation>
            <numerusform>%n event added</numerusform>
            <numerusform>%n events added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other changes</source>
        <translation>
            <numerusform>%n other change</numerusform>
            <numerusform>%n other changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spyline::ChartExporter</name>
    <message numerus="yes">
        <source>… and %Ln more source(s) cited by what is shown.</source>
        <translation>
            <numerusform>… and %Ln more source cited by what is shown.</numerusform>
            <numerusform>… and %Ln more sources cited by what is shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more link(s), listed in the handout.</source>
        <translation>
            <numerusform>… and %Ln more link, listed in the handout.</numerusform>
            <numerusform>… and %Ln more links, listed in the handout.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more source(s), all listed after the chart.</source>
        <translation>
            <numerusform>… and %Ln more source, all listed after the chart.</numerusform>
            <numerusform>… and %Ln more sources, all listed after the chart.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln link(s) not drawn as arcs of their own (bundled, or with an end on another page).</source>
        <translation>
            <numerusform>%Ln link not drawn as an arc of its own (bundled, or with an end on another page).</numerusform>
            <numerusform>%Ln links not drawn as arcs of their own (bundled, or with an end on another page).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spyline::CollectionMerge</name>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n actor</numerusform>
            <numerusform>%n actors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n link</numerusform>
            <numerusform>%n links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n role(s) and citation(s) added to records here</source>
        <translation>
            <numerusform>%n role or citation added to records here</numerusform>
            <numerusform>%n roles and citations added to records here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n differ(s)</source>
        <translation>
            <numerusform>%n differs</numerusform>
            <numerusform>%n differ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n close match(es) to review</source>
        <translation>
            <numerusform>%n close match to review</numerusform>
            <numerusform>%n close matches to review</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spyline::FilterDescription</name>
    <message numerus="yes">
        <source>%Ln selected case(s)</source>
        <translation>
            <numerusform>one selected case</numerusform>
            <numerusform>%Ln selected cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spyline::GraphAccessible</name>
    <message numerus="yes">
        <source>%Ln tie(s)</source>
        <translation>
            <numerusform>%Ln tie</numerusform>
            <numerusform>%Ln ties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more.</source>
        <translation>
            <numerusform>and %Ln more.</numerusform>
            <numerusform>and %Ln more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spyline::GraphCanvas</name>
    <message numerus="yes">
        <source>%n tie(s)</source>
        <translation>
            <numerusform>%n tie</numerusform>
            <numerusform>%n ties</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spyline::GraphChart</name>
    <message numerus="yes">
        <source>%Ln event(s) have no known date and stand outside the time order.</source>
        <translation>
            <numerusform>%Ln event has no known date and stands outside the time order.</numerusform>
            <numerusform>%Ln events have no known date and stand outside the time order.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spyline::GraphView</name>
    <message numerus="yes">
        <source>Ego view: %n tie(s) from the selection.</source>
        <translation>
            <numerusform>Ego view: %n tie from the selection.</numerusform>
            <numerusform>Ego view: %n ties from the selection.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing within %n tie(s) of the selection.</source>
        <translation>
            <numerusform>Nothing within %n tie of the selection.</numerusform>
            <numerusform>Nothing within %n ties of the selection.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spyline::Handout</name>
    <message numerus="yes">
        <source>%n case is shown in the charts. The full handout lists each case with its people and sources.</source>
        <translation>
            <numerusform>%n case is shown in the charts. The full handout lists each case with its people and sources.</numerusform>
            <numerusform>%n cases are shown in the charts. The full handout lists each case with its people and sources.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spyline::HandoutDialog</name>
    <message numerus="yes">
        <source>%n case(s), about %1 pages.</source>
        <translation>
            <numerusform>%n case, about %1 pages.</numerusform>
            <numerusform>%n cases, about %1 pages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spyline::ImportFilePage</name>
    <message numerus="yes">
        <source>%1: read as %2, %3-separated; the header is on line %4; %n rows below it.</source>
        <translation>
            <numerusform>%1: read as %2, %3-separated; the header is on line %4; %n row below it.</numerusform>
            <numerusform>%1: read as %2, %3-separated; the header is on line %4; %n rows below it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spyline::ImportPreviewPage</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>: %n record(s).</source>
        <translation>
            <numerusform>: %n record.</numerusform>
            <numerusform>: %n records.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spyline::MainWindow</name>
    <message numerus="yes">
        <source>%n change(s) from the server, the last by %1</source>
        <translation>
            <numerusform>%n change from the server, by %1</numerusform>
            <numerusform>%n changes from the server, the last by %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spyline::MapAccessible</name>
    <message numerus="yes">
        <source>target of %Ln case(s)</source>
        <translation>
            <numerusform>target of %Ln case</numerusform>
            <numerusform>target of %Ln cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>accused in %Ln case(s)</source>
        <translation>
            <numerusform>accused in %Ln case</numerusform>
            <numerusform>accused in %Ln cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>recruitment venue of %Ln case(s)</source>
        <translation>
            <numerusform>recruitment venue of %Ln case</numerusform>
            <numerusform>recruitment venue of %Ln cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spyline::MapChart</name>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln case</numerusform>
            <numerusform>%Ln cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) name no target country and shade none.</source>
        <translation>
            <numerusform>%Ln case names no target country and shades none.</numerusform>
            <numerusform>%Ln cases name no target country and shade none.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) name no accused country and shade none.</source>
        <translation>
            <numerusform>%Ln case names no accused country and shades none.</numerusform>
            <numerusform>%Ln cases name no accused country and shade none.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) concern countries too small for the map&apos;s outlines.</source>
        <translation>
            <numerusform>%Ln case concerns countries too small for the map&apos;s outlines.</numerusform>
            <numerusform>%Ln cases concern countries too small for the map&apos;s outlines.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) have no recruitment venue in a known country and are not placed.</source>
        <translation>
            <numerusform>%Ln case has no recruitment venue in a known country and is not placed.</numerusform>
            <numerusform>%Ln cases have no recruitment venue in a known country and are not placed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) with a venue have no known target and get no arrow.</source>
        <translation>
            <numerusform>%Ln case with a venue has no known target and gets no arrow.</numerusform>
            <numerusform>%Ln cases with a venue have no known target and get no arrow.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spyline::MapLayout</name>
    <message numerus="yes">
        <source>Target of %Ln case(s)</source>
        <translation>
            <numerusform>Target of %Ln case</numerusform>
            <numerusform>Target of %Ln cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accused in %Ln case(s)</source>
        <translation>
            <numerusform>Accused in %Ln case</numerusform>
            <numerusform>Accused in %Ln cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recruitment venue of %Ln case(s)</source>
        <translation>
            <numerusform>Recruitment venue of %Ln case</numerusform>
            <numerusform>Recruitment venue of %Ln cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Part of the former %1, drawn over it: %n case(s)</source>
        <translation>
            <numerusform>Part of the former %1, drawn over it: %n case</numerusform>
            <numerusform>Part of the former %1, drawn over it: %n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln case</numerusform>
            <numerusform>%Ln cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spyline::MapView</name>
    <message numerus="yes">
        <source>%Ln case(s).</source>
        <translation>
            <numerusform>%Ln case.</numerusform>
            <numerusform>%Ln cases.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Arrows and rings for %Ln case(s) with a known recruitment venue and target.</source>
        <translation>
            <numerusform>Arrows and rings for %Ln case with a known recruitment venue and target.</numerusform>
            <numerusform>Arrows and rings for %Ln cases with a known recruitment venue and target.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with no venue recorded.</source>
        <translation>
            <numerusform>%Ln with no venue recorded.</numerusform>
            <numerusform>%Ln with no venue recorded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with a venue but no known target: not placed.</source>
        <translation>
            <numerusform>%Ln with a venue but no known target: not placed.</numerusform>
            <numerusform>%Ln with a venue but no known target: not placed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln name(s) no target country.</source>
        <translation>
            <numerusform>%Ln names no target country.</numerusform>
            <numerusform>%Ln name no target country.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln name(s) no accused country.</source>
        <translation>
            <numerusform>%Ln names no accused country.</numerusform>
            <numerusform>%Ln name no accused country.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spyline::PeopleDialog</name>
    <message numerus="yes">
        <source>%Ln people and organisations</source>
        <translation>
            <numerusform>%Ln person or organisation</numerusform>
            <numerusform>%Ln people and organisations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spyline::RecordSet</name>
    <message numerus="yes">
        <source>%1 has %n role(s) in cases; remove the roles first</source>
        <translation>
            <numerusform>%1 has %n role in cases; remove the role first</numerusform>
            <numerusform>%1 has %n roles in cases; remove the roles first</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spyline::ServerChangeListener</name>
    <message numerus="yes">
        <source>the server did not answer within %n second(s)</source>
        <translation>
            <numerusform>the server did not answer within %n second</numerusform>
            <numerusform>the server did not answer within %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spyline::ServerPrivileges</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spyline::ServerSync</name>
    <message numerus="yes">
        <source>%n other record(s) too.</source>
        <translation>
            <numerusform>%n other record too.</numerusform>
            <numerusform>%n other records too.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spyline::SheetImport</name>
    <message numerus="yes">
        <source>%1 rows; %n problems</source>
        <translation>
            <numerusform>%1 rows; %n problem</numerusform>
            <numerusform>%1 rows; %n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n rows ignored</source>
        <translation>
            <numerusform>; %n row ignored</numerusform>
            <numerusform>; %n rows ignored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n values left empty</source>
        <translation>
            <numerusform>; %n value left empty</numerusform>
            <numerusform>; %n values left empty</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spyline::SheetImportCommand</name>
    <message numerus="yes">
        <source>nothing was imported: %n problems, listed above; fix them, map the values, or leave optional values empty with --skip-bad-values</source>
        <translation>
            <numerusform>nothing was imported: %n problem, listed above; fix it, map the value, or leave optional values empty with --skip-bad-values</numerusform>
            <numerusform>nothing was imported: %n problems, listed above; fix them, map the values, or leave optional values empty with --skip-bad-values</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spyline::StatisticsLayout</name>
    <message numerus="yes">
        <source>%Ln link(s) between a statement and what followed</source>
        <translation>
            <numerusform>%Ln link between a statement and what followed</numerusform>
            <numerusform>%Ln links between a statement and what followed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in a bin</source>
        <translation>
            <numerusform>%Ln in a bin</numerusform>
            <numerusform>%Ln in a bin</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n uncertain across bins, drawn as ranges</source>
        <translation>
            <numerusform>%n uncertain across bins, drawn as a range</numerusform>
            <numerusform>%n uncertain across bins, drawn as ranges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from %1 days on, not drawn</source>
        <translation>
            <numerusform>%n from %1 days on, not drawn</numerusform>
            <numerusform>%n from %1 days on, not drawn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln undated, not drawn</source>
        <translation>
            <numerusform>%Ln undated, not drawn</numerusform>
            <numerusform>%Ln undated, not drawn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln link(s) with an undated statement or announcement are not drawn.</source>
        <translation>
            <numerusform>%Ln link with an undated statement or announcement is not drawn.</numerusform>
            <numerusform>%Ln links with an undated statement or announcement are not drawn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln link(s) of %1 days or more are not drawn.</source>
        <translation>
            <numerusform>%Ln link of %1 days or more is not drawn.</numerusform>
            <numerusform>%Ln links of %1 days or more are not drawn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>days after the statement (bins of %Ln day(s))</source>
        <translation>
            <numerusform>days after the statement (bins of %Ln day)</numerusform>
            <numerusform>days after the statement (bins of %Ln days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln disclosure(s)</source>
        <translation>
            <numerusform>%Ln disclosure</numerusform>
            <numerusform>%Ln disclosures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) with no dated announcement, not drawn</source>
        <translation>
            <numerusform>%Ln case with no dated announcement, not drawn</numerusform>
            <numerusform>%Ln cases with no dated announcement, not drawn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) with no dated announcement are not drawn.</source>
        <translation>
            <numerusform>%Ln case with no dated announcement is not drawn.</numerusform>
            <numerusform>%Ln cases with no dated announcement are not drawn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) with a recruitment venue</source>
        <translation>
            <numerusform>%Ln case with a recruitment venue</numerusform>
            <numerusform>%Ln cases with a recruitment venue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with none recorded, not drawn</source>
        <translation>
            <numerusform>%Ln with none recorded, not drawn</numerusform>
            <numerusform>%Ln with none recorded, not drawn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) with no recruitment venue in a known country are not drawn.</source>
        <translation>
            <numerusform>%Ln case with no recruitment venue in a known country is not drawn.</numerusform>
            <numerusform>%Ln cases with no recruitment venue in a known country are not drawn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s), by the status their record gives</source>
        <translation>
            <numerusform>%Ln case, by the status its record gives</numerusform>
            <numerusform>%Ln cases, by the status their record gives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln case</numerusform>
            <numerusform>%Ln cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln name no accused agency, not drawn</source>
        <translation>
            <numerusform>%Ln names no accused agency, not drawn</numerusform>
            <numerusform>%Ln name no accused agency, not drawn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) that name no accused agency are not drawn.</source>
        <translation>
            <numerusform>%Ln case that names no accused agency is not drawn.</numerusform>
            <numerusform>%Ln cases that name no accused agency are not drawn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other(s)</source>
        <translation>
            <numerusform>%Ln other</numerusform>
            <numerusform>%Ln others</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The other %Ln are one bar.</source>
        <translation>
            <numerusform>The other %Ln is one bar.</numerusform>
            <numerusform>The other %Ln are one bar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln link(s)</source>
        <translation>
            <numerusform>%Ln link</numerusform>
            <numerusform>%Ln links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n uncertain lag(s) may fall here</source>
        <translation>
            <numerusform>%1: %n uncertain lag may fall here</numerusform>
            <numerusform>%1: %n uncertain lags may fall here</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spyline::TimelineChart</name>
    <message numerus="yes">
        <source>%Ln event(s) could not be read from the collection and are not drawn.</source>
        <translation>
            <numerusform>%Ln event could not be read from the collection and is not drawn.</numerusform>
            <numerusform>%Ln events could not be read from the collection and are not drawn.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spyline::TimelineLanes</name>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln event</numerusform>
            <numerusform>%Ln events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) have no dated event and are not drawn.</source>
        <translation>
            <numerusform>%Ln case has no dated event and is not drawn.</numerusform>
            <numerusform>%Ln cases have no dated event and are not drawn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) are not drawn: their date is unknown</source>
        <translation>
            <numerusform>%Ln event is not drawn: its date is unknown</numerusform>
            <numerusform>%Ln events are not drawn: their date is unknown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%Ln case(s) have no dated event)</source>
        <translation>
            <numerusform> (%Ln case has no dated event)</numerusform>
            <numerusform> (%Ln cases have no dated event)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spyline::TimelineLayout</name>
    <message numerus="yes">
        <source>%n links</source>
        <translation>
            <numerusform>%n link</numerusform>
            <numerusform>%n links</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spyline::TimelinePainter</name>
    <message numerus="yes">
        <source>%Ln undated event(s), not drawn</source>
        <translation>
            <numerusform>%Ln undated event, not drawn</numerusform>
            <numerusform>%Ln undated events, not drawn</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spyline::UserGuideWindow</name>
    <message numerus="yes">
        <source>On %n page(s)</source>
        <translation>
            <numerusform>On %n page</numerusform>
            <numerusform>On %n pages</numerusform>
        </translation>
    </message>
</context>
</TS>
