<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QObject</name>
    <message>
        <source>Spyline collections (*.spyline);;All files (*)</source>
        <translation>Spyline 资料库 (*.spyline);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Import maps (*.json);;All files (*)</source>
        <translation>导入映射 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
</context>
<context>
    <name>Spyline::AccessibleNames</name>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>全选</translation>
    </message>
    <message>
        <source>More tools</source>
        <translation>更多工具</translation>
    </message>
</context>
<context>
    <name>Spyline::ActorDialog</name>
    <message>
        <source>New Person or Organisation</source>
        <translation>新建人物或机构</translation>
    </message>
    <message>
        <source>in its own script, e.g. 曾</source>
        <translation>原文写法，例如 曾</translation>
    </message>
    <message>
        <source>other names, separated by semicolons</source>
        <translation>其他名称，以分号分隔</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>名称 *</translation>
    </message>
    <message>
        <source>Native-script name</source>
        <translation>原文名称</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>别名</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>出生</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>隶属于</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Edit Person or Organisation</source>
        <translation>编辑人物或机构</translation>
    </message>
    <message>
        <source>Name: a name is required</source>
        <translation>名称：必须填写名称</translation>
    </message>
    <message>
        <source>Country: &quot;%1&quot; is not a country Spyline knows</source>
        <translation>国家：“%1”不是 Spyline 认识的国家</translation>
    </message>
    <message>
        <source>Born: %1</source>
        <translation>出生：%1</translation>
    </message>
</context>
<context>
    <name>Spyline::ActorMerge</name>
    <message>
        <source>the graph position of %1 could not be saved: %2</source>
        <translation>%1 在关系图中的位置无法保存：%2</translation>
    </message>
    <message>
        <source>the graph position of %1 could not be removed: %2</source>
        <translation>%1 在关系图中的位置无法移除：%2</translation>
    </message>
    <message>
        <source>an actor cannot be merged into itself; choose two different ones</source>
        <translation>人物或机构不能与自身合并；请选择两个不同的条目</translation>
    </message>
</context>
<context>
    <name>Spyline::ActorRepository</name>
    <message>
        <source>the actor %1 could not be saved: %2</source>
        <translation>人物或机构 %1 无法保存：%2</translation>
    </message>
    <message>
        <source>the actor %1 no longer exists</source>
        <translation>人物或机构 %1 已不存在</translation>
    </message>
    <message numerus="yes">
        <source>this actor has %n role(s) in cases; remove those first</source>
        <translation>
            <numerusform>该人物或机构在案件中担任 %n 个角色；请先移除这些角色</numerusform>
        </translation>
    </message>
    <message>
        <source>the actor could not be deleted: %1</source>
        <translation>无法删除该人物或机构：%1</translation>
    </message>
    <message>
        <source>there is no actor %1</source>
        <translation>不存在人物或机构 %1</translation>
    </message>
</context>
<context>
    <name>Spyline::CaseDetailView</name>
    <message>
        <source>Select a case to see its people, events, links and sources.</source>
        <translation>选择一个案件，查看其人物、事件、关联和来源。</translation>
    </message>
    <message>
        <source>Status: </source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>sector: %1</source>
        <translation>领域：%1</translation>
    </message>
    <message>
        <source>target: %1</source>
        <translation>目标国：%1</translation>
    </message>
    <message>
        <source>accused: %1</source>
        <translation>被指控国：%1</translation>
    </message>
    <message>
        <source>reference: %1</source>
        <translation>编号：%1</translation>
    </message>
    <message>
        <source>disclosure date unknown</source>
        <translation>披露日期不详</translation>
    </message>
    <message>
        <source>People and organisations</source>
        <translation>人物与机构</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>生于 %1</translation>
    </message>
    <message>
        <source>part of %1</source>
        <translation>隶属于 %1</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>由 %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>在 %1</translation>
    </message>
    <message>
        <source>Venue and context: </source>
        <translation>地点与背景：</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>关联</translation>
    </message>
    <message>
        <source>lag %1</source>
        <translation>间隔 %1</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Link to a Preceding Statement…</source>
        <translation>关联到此前的声明…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Case details</source>
        <translation>案件详情</translation>
    </message>
    <message>
        <source>As publicly known on %1: %2 and %3 not known by then are left out; the status is as recorded now.</source>
        <translation>截至 %1 公开所知：未列出当时尚不知道的 %2和 %3；状态为现在记录的状态。</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n 个事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n 个来源</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spyline::CaseDialog</name>
    <message>
        <source>New Case</source>
        <translation>新建案件</translation>
    </message>
    <message>
        <source>e.g. Zeng: military industry employee said to have been recruited in Italy</source>
        <translation>例如：曾某：军工企业员工，据称在意大利被招募</translation>
    </message>
    <message>
        <source>As the record stands: an accusation stays alleged until a court or the accused says otherwise.</source>
        <translation>按记录现状填写：在法院或被指控者另有说法之前，指控始终是“被指称”。</translation>
    </message>
    <message>
        <source>Who says what: &quot;According to the MSS, ...&quot;</source>
        <translation>谁说了什么：“据国家安全部称，……”</translation>
    </message>
    <message>
        <source>Optional: the case&apos;s key in your spreadsheet, e.g. Cambridge Five</source>
        <translation>可选：该案件在你的表格中的键，例如 Cambridge Five</translation>
    </message>
    <message>
        <source>Importing a sheet again updates the case with this key instead of adding it twice; statement and link sheets can name the case by it.</source>
        <translation>再次导入表格时，会按此键更新案件，而不会重复添加；声明表和关联表也可以用它指明案件。</translation>
    </message>
    <message>
        <source>Title *</source>
        <translation>标题 *</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Sector of the suspect</source>
        <translation>嫌疑人所属领域</translation>
    </message>
    <message>
        <source>Target country</source>
        <translation>目标国</translation>
    </message>
    <message>
        <source>Accused country</source>
        <translation>被指控国</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Add Person or Organisation</source>
        <translation>添加人物或机构</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>Add Event</source>
        <translation>添加事件</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Add Source</source>
        <translation>添加来源</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Edit Case</source>
        <translation>编辑案件</translation>
    </message>
    <message>
        <source>Title: a case needs a title</source>
        <translation>标题：案件需要标题</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a country Spyline knows; use a code (IT, US), a short form (USA, PRC) or the name</source>
        <translation>%1：“%2”不是 Spyline 认识的国家；请使用代码（IT、US）、简称（USA、PRC）或名称</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) keep the case from being saved:</source>
        <translation>
            <numerusform>有 %n 个问题导致案件无法保存：</numerusform>
        </translation>
    </message>
    <message>
        <source>This may already be in the collection:
%1
You can save it anyway.</source>
        <translation>资料库中可能已有此条目：
%1
仍可保存。</translation>
    </message>
    <message>
        <source>People, events and sources</source>
        <translation>人物、事件和来源</translation>
    </message>
</context>
<context>
    <name>Spyline::CaseRepository</name>
    <message>
        <source>the case could not be saved: %1</source>
        <translation>案件无法保存：%1</translation>
    </message>
    <message>
        <source>the case %1 no longer exists</source>
        <translation>案件 %1 已不存在</translation>
    </message>
    <message>
        <source>the case could not be deleted: %1</source>
        <translation>案件无法删除：%1</translation>
    </message>
    <message>
        <source>there is no case %1</source>
        <translation>不存在案件 %1</translation>
    </message>
</context>
<context>
    <name>Spyline::CaseSheetWriter</name>
    <message>
        <source>%1 differs from %2 on line %3 of the same case; the case keeps %2</source>
        <translation>%1 与同一案件第 %3 行的 %2 不同；案件保留 %2</translation>
    </message>
    <message>
        <source>case %1</source>
        <translation>案件 %1</translation>
    </message>
    <message>
        <source>no row of it could be read</source>
        <translation>其中没有一行可以读取</translation>
    </message>
    <message>
        <source>Case disclosed</source>
        <translation>案件披露</translation>
    </message>
    <message>
        <source>Disclosed by %1</source>
        <translation>由 %1 披露</translation>
    </message>
    <message>
        <source>some of its rows could not be stored</source>
        <translation>其中部分行无法保存</translation>
    </message>
    <message numerus="yes">
        <source>%n people and organisations</source>
        <translation>
            <numerusform>%n 个人物与机构</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n 个事件</numerusform>
        </translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>已更改：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n people and organisations added</source>
        <translation>
            <numerusform>新增 %n 个人物与机构</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events added</source>
        <translation>
            <numerusform>新增 %n 个事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other changes</source>
        <translation>
            <numerusform>其他 %n 处更改</numerusform>
        </translation>
    </message>
    <message>
        <source>Recruitment of %1</source>
        <translation>%1 被招募</translation>
    </message>
    <message>
        <source>Recruitment of %1 in %2</source>
        <translation>%1 在 %2 被招募</translation>
    </message>
    <message>
        <source>Recruitment</source>
        <translation>招募</translation>
    </message>
    <message>
        <source>Recruited in %1</source>
        <translation>在 %1 被招募</translation>
    </message>
    <message>
        <source>Arrest</source>
        <translation>逮捕</translation>
    </message>
    <message>
        <source>Arrest of %1</source>
        <translation>逮捕 %1</translation>
    </message>
</context>
<context>
    <name>Spyline::CaseStatistics</name>
    <message>
        <source>the statistics could not be read: %1</source>
        <translation>无法读取统计数据：%1</translation>
    </message>
    <message>
        <source>no collection is open</source>
        <translation>未打开资料库</translation>
    </message>
</context>
<context>
    <name>Spyline::CaseTableModel</name>
    <message>
        <source>The case&apos;s id: what the command line&apos;s --case takes</source>
        <translation>案件编号：命令行 --case 所用的值</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Disclosed</source>
        <translation>披露日期</translation>
    </message>
    <message>
        <source>Suspect</source>
        <translation>嫌疑人</translation>
    </message>
    <message>
        <source>Accused agency</source>
        <translation>被指控机构</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标国</translation>
    </message>
    <message>
        <source>Accused country</source>
        <translation>被指控国</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>领域</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>编号</translation>
    </message>
</context>
<context>
    <name>Spyline::CaseTableView</name>
    <message>
        <source>Reset Columns</source>
        <translation>重置列</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
</context>
<context>
    <name>Spyline::ChangeLog</name>
    <message>
        <source>no collection is open</source>
        <translation>未打开资料库</translation>
    </message>
    <message>
        <source>the collection has no change log yet; it is added when the collection&apos;s owner opens it once with this version of Spyline</source>
        <translation>该资料库还没有变更日志；资料库的所有者用此版本的 Spyline 打开一次后即会添加</translation>
    </message>
</context>
<context>
    <name>Spyline::ChartExporter</name>
    <message>
        <source>No source is cited for what is shown.</source>
        <translation>所示内容未引用任何来源。</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>No source is cited for what this page shows.</source>
        <translation>本页所示内容未引用任何来源。</translation>
    </message>
    <message>
        <source>The sources of every page are listed after the last page of the chart.</source>
        <translation>各页的来源列于图表最后一页之后。</translation>
    </message>
    <message>
        <source>Claims as their sources report them; statuses as recorded. Grades in brackets on the Admiralty scale: reliability A–F, credibility 1–6; a source without one is not graded. Spyline · %1</source>
        <translation>所列主张均按其来源的报道转述；状态按记录所载。括号内为海军部评级：可靠性 A–F，可信度 1–6；未评级的来源不标注。Spyline · %1</translation>
    </message>
    <message>
        <source>Links not drawn as arcs of their own (bundled, or with an end on another page)</source>
        <translation>未单独画成弧线的关联（已合并，或一端在其他页上）</translation>
    </message>
    <message>
        <source>Cited by what the pages before show. Grades in brackets on the Admiralty scale: reliability A–F, credibility 1–6; a source without one is not graded.</source>
        <translation>由前面各页所示内容引用。括号内为海军部评级：可靠性 A–F，可信度 1–6；未评级的来源不标注。</translation>
    </message>
    <message>
        <source>page %1 could not be started</source>
        <translation>无法开始第 %1 页</translation>
    </message>
    <message>
        <source>a page of sources could not be started</source>
        <translation>无法开始来源页</translation>
    </message>
    <message>
        <source>a picture of %1 by %2 pixels is too large</source>
        <translation>%1 × %2 像素的图片过大</translation>
    </message>
    <message>
        <source>writing failed: %1</source>
        <translation>写入失败：%1</translation>
    </message>
    <message>
        <source>the SVG could not be started</source>
        <translation>无法开始写入 SVG</translation>
    </message>
    <message>
        <source>the pages could not be started</source>
        <translation>无法开始写入页面</translation>
    </message>
    <message>
        <source>the PNG could not be encoded: %1</source>
        <translation>无法编码 PNG：%1</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>未知格式</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more source(s) cited by what is shown.</source>
        <translation>
            <numerusform>……另有 %Ln 个来源被所示内容引用。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more link(s), listed in the handout.</source>
        <translation>
            <numerusform>……另有 %Ln 条关联，列于讲义中。</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the sources of a publisher</comment>
        <translation>；</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a publisher, then its sources</comment>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more source(s), all listed after the chart.</source>
        <translation>
            <numerusform>……另有 %Ln 个来源，全部来源列于图表之后。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln link(s) not drawn as arcs of their own (bundled, or with an end on another page).</source>
        <translation>
            <numerusform>%Ln 条关联未单独画成弧线（已合并，或一端在其他页上）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spyline::ChartOperations</name>
    <message>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>Show the timeline, the graph, the map or a statistics chart to export it.</source>
        <translation>请显示时间线、关系图、地图或统计图表，再将其导出。</translation>
    </message>
    <message>
        <source>Chart written to %1</source>
        <translation>图表已写入 %1</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>No case is shown: clear the filter or pick cases first.</source>
        <translation>没有显示任何案件：请清除筛选条件或先选择案件。</translation>
    </message>
    <message>
        <source>Export Handout</source>
        <translation>导出讲义</translation>
    </message>
    <message>
        <source>Writing the handout…</source>
        <translation>正在写入讲义…</translation>
    </message>
    <message>
        <source>Handout written to %1</source>
        <translation>讲义已写入 %1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Show the timeline, the graph, the map or a statistics chart to print it.</source>
        <translation>请显示时间线、关系图、地图或统计图表，再将其打印。</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>打印%1</translation>
    </message>
    <message>
        <source>Print Handout</source>
        <translation>打印讲义</translation>
    </message>
    <message>
        <source>Copy Chart</source>
        <translation>复制图表</translation>
    </message>
    <message>
        <source>Chart copied as a picture.</source>
        <translation>图表已复制为图片。</translation>
    </message>
    <message>
        <source>A handout is being written already.</source>
        <translation>讲义正在生成中。</translation>
    </message>
    <message>
        <source>the handout was cancelled</source>
        <translation>讲义已取消</translation>
    </message>
</context>
<context>
    <name>Spyline::CollectionCopy</name>
    <message>
        <source>%1 has no table %2</source>
        <translation>%1 没有表 %2</translation>
    </message>
    <message>
        <source>%1 already holds records; Spyline does not copy over them (add --replace to replace them with the copy)</source>
        <translation>%1 已有记录；Spyline 不会覆盖它们（加上 --replace 可用副本替换它们）</translation>
    </message>
    <message>
        <source>the table %1 differs between %2 and %3 (%4 / %5)</source>
        <translation>表 %1 在 %2 和 %3 中不一致（%4 / %5）</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1: %2 row %3 could not be written: %4</source>
        <translation>%1：无法写入 %2 中的第 %3 行：%4</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 不存在</translation>
    </message>
    <message>
        <source>%1 is both the source and the target of the copy</source>
        <translation>%1 既是复制的来源又是目标</translation>
    </message>
    <message>
        <source>the copy was cancelled</source>
        <translation>复制已取消</translation>
    </message>
</context>
<context>
    <name>Spyline::CollectionEditor</name>
    <message>
        <source>the change was not made</source>
        <translation>未进行更改</translation>
    </message>
    <message>
        <source>Merge &quot;%1&quot; into &quot;%2&quot;</source>
        <translation>将“%1”合并到“%2”</translation>
    </message>
    <message>
        <source>Delete case &quot;%1&quot;</source>
        <translation>删除案件“%1”</translation>
    </message>
    <message>
        <source>Delete event &quot;%1&quot;</source>
        <translation>删除事件“%1”</translation>
    </message>
    <message>
        <source>Delete actor &quot;%1&quot;</source>
        <translation>删除人物或机构“%1”</translation>
    </message>
    <message>
        <source>Delete source &quot;%1&quot;</source>
        <translation>删除来源“%1”</translation>
    </message>
    <message>
        <source>Delete link</source>
        <translation>删除关联</translation>
    </message>
    <message>
        <source>%1. Nothing was changed.</source>
        <translation>%1。没有做任何改动。</translation>
    </message>
</context>
<context>
    <name>Spyline::CollectionFile</name>
    <message>
        <source>the sample collection is missing from this build</source>
        <translation>此版本缺少示例资料库</translation>
    </message>
    <message>
        <source>%1 already exists; Spyline does not overwrite it</source>
        <translation>%1 已存在；Spyline 不会覆盖它</translation>
    </message>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>the collection&apos;s journal could not be folded into it</source>
        <translation>资料库的日志无法并入资料库</translation>
    </message>
    <message>
        <source>%1 could not be created: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>no collection is open</source>
        <translation>未打开资料库</translation>
    </message>
    <message>
        <source>%1 is not a file; a copy of a collection is written to a file</source>
        <translation>%1 不是文件；资料库的副本要写入文件</translation>
    </message>
</context>
<context>
    <name>Spyline::CollectionMerge</name>
    <message>
        <source>%1, but another record of theirs matches it already</source>
        <translation>%1，但对方的另一条记录已与之匹配</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>native name</source>
        <translation>原文名称</translation>
    </message>
    <message>
        <source>aliases</source>
        <translation>别名</translation>
    </message>
    <message>
        <source>country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>born</source>
        <translation>出生</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>actor</source>
        <translation>人物或机构</translation>
    </message>
    <message>
        <source>same name and country</source>
        <translation>名称和国家相同</translation>
    </message>
    <message>
        <source>a name in common with &quot;%1&quot;</source>
        <translation>与“%1”有一个相同的名称</translation>
    </message>
    <message>
        <source>address</source>
        <translation>网址</translation>
    </message>
    <message>
        <source>publisher</source>
        <translation>发布者</translation>
    </message>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>published</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>grade</source>
        <translation>评级</translation>
    </message>
    <message>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>same address</source>
        <translation>网址相同</translation>
    </message>
    <message>
        <source>nearly the same address</source>
        <translation>网址几乎相同</translation>
    </message>
    <message>
        <source>disclosed</source>
        <translation>披露日期</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>sector</source>
        <translation>领域</translation>
    </message>
    <message>
        <source>target country</source>
        <translation>目标国</translation>
    </message>
    <message>
        <source>accused country</source>
        <translation>被指控国</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>same reference &quot;%1&quot;</source>
        <translation>编号“%1”相同</translation>
    </message>
    <message>
        <source>same title, neither disclosure dated</source>
        <translation>标题相同，双方的披露都没有日期</translation>
    </message>
    <message>
        <source>same title and disclosure date</source>
        <translation>标题和披露日期相同</translation>
    </message>
    <message>
        <source>the same title, disclosed on another date</source>
        <translation>标题相同，披露日期不同</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>until</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>city</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>same kind, date and title</source>
        <translation>类别、日期和标题相同</translation>
    </message>
    <message>
        <source>same kind and date in the same case</source>
        <translation>同一案件中类别和日期相同</translation>
    </message>
    <message>
        <source>the same title on another date</source>
        <translation>标题相同，日期不同</translation>
    </message>
    <message>
        <source>link from &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>从“%1”到“%2”的关联</translation>
    </message>
    <message>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>ties the same events</source>
        <translation>连接相同的事件</translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n 个人物或机构</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n 个来源</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n 个案件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n 个事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n 条关联</numerusform>
        </translation>
    </message>
    <message>
        <source>add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>same</source>
        <translation>相同</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>不同</translation>
    </message>
    <message>
        <source>close match</source>
        <translation>近似匹配</translation>
    </message>
    <message>
        <source>the same: keep mine</source>
        <translation>相同：保留本方</translation>
    </message>
    <message>
        <source>keep mine</source>
        <translation>保留本方</translation>
    </message>
    <message>
        <source>the same: take theirs</source>
        <translation>相同：采用对方</translation>
    </message>
    <message>
        <source>take theirs</source>
        <translation>采用对方</translation>
    </message>
    <message>
        <source>keep both</source>
        <translation>两者都保留</translation>
    </message>
    <message>
        <source>nothing to add</source>
        <translation>没有可添加的内容</translation>
    </message>
    <message>
        <source>adds %1</source>
        <translation>添加 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n role(s) and citation(s) added to records here</source>
        <translation>
            <numerusform>为此处的记录添加 %n 个角色和引用</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing matched</source>
        <translation>没有匹配项</translation>
    </message>
    <message>
        <source>matched %1</source>
        <translation>匹配 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n differ(s)</source>
        <translation>
            <numerusform>%n 处不同</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n close match(es) to review</source>
        <translation>
            <numerusform>%n 个近似匹配待审核</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is this collection itself; there is nothing to merge</source>
        <translation>%1 就是本资料库；没有可合并的内容</translation>
    </message>
    <message>
        <source>this collection could not be read: %1</source>
        <translation>无法读取本资料库：%1</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>Spyline::CommandCollection</name>
    <message>
        <source>%1 does not exist; create it first with: spyline init --db %1</source>
        <translation>%1 不存在；请先用以下命令创建：spyline init --db %1</translation>
    </message>
    <message>
        <source>%1 may only be read: %2</source>
        <translation>%1 只能读取：%2</translation>
    </message>
</context>
<context>
    <name>Spyline::CommandLine</name>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>--%1 is given more than once</source>
        <translation>--%1 给出了不止一次</translation>
    </message>
    <message>
        <source>--db FILE is required</source>
        <translation>必须给出 --db 文件</translation>
    </message>
    <message>
        <source>init takes no file names; use --db FILE</source>
        <translation>init 不接受文件名；请使用 --db 文件</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>已创建 %1</translation>
    </message>
    <message>
        <source>%1: Spyline imports .json and .csv files (and .tsv sheets)</source>
        <translation>%1：Spyline 可导入 .json 和 .csv 文件（以及 .tsv 表格）</translation>
    </message>
    <message>
        <source>imported %1: %2</source>
        <translation>已导入 %1：%2</translation>
    </message>
    <message>
        <source>; none of the files was imported</source>
        <translation>；所有文件均未导入</translation>
    </message>
    <message>
        <source>; nothing was imported</source>
        <translation>；未导入任何内容</translation>
    </message>
    <message>
        <source>%1: the import is saved, but %2</source>
        <translation>%1：导入已保存，但 %2</translation>
    </message>
    <message>
        <source>name the collection to merge: spyline merge --db FILE OTHER.spyline</source>
        <translation>请指明要合并的资料库：spyline merge --db 文件 其他.spyline</translation>
    </message>
    <message>
        <source>merge brings in one collection at a time; give one file name, not %1</source>
        <translation>merge 每次只并入一个资料库；请给出一个文件名，而不是 %1 个</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>多余的参数“%1”</translation>
    </message>
    <message>
        <source>--format must be json or csv</source>
        <translation>--format 必须是 json 或 csv</translation>
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation>必须给出 --out 文件</translation>
    </message>
    <message>
        <source>--cases N is required, a whole number from 1 to 10000000</source>
        <translation>必须给出 --cases N，为 1 到 10000000 之间的整数</translation>
    </message>
    <message>
        <source>--seed must be a whole number</source>
        <translation>--seed 必须是整数</translation>
    </message>
    <message>
        <source>%1 already exists; generate writes a new collection</source>
        <translation>%1 已存在；generate 只写入新的资料库</translation>
    </message>
    <message>
        <source>generated %1: %2</source>
        <translation>已生成 %1：%2</translation>
    </message>
    <message>
        <source>Fill the collection with the sample cases.</source>
        <translation>在资料库中填入示例案件。</translation>
    </message>
    <message>
        <source>How the sheet&apos;s columns map to Spyline&apos;s fields.</source>
        <translation>表格各列与 Spyline 字段的对应关系。</translation>
    </message>
    <message>
        <source>MAP.json</source>
        <translation>MAP.json</translation>
    </message>
    <message>
        <source>Report what would change; change nothing.</source>
        <translation>报告将会更改的内容；不做任何更改。</translation>
    </message>
    <message>
        <source>Leave optional values that cannot be read empty, and list them.</source>
        <translation>将无法读取的可选值留空，并列出它们。</translation>
    </message>
    <message>
        <source>json or csv.</source>
        <translation>json 或 csv。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>要写入的文件。</translation>
    </message>
    <message>
        <source>How many cases.</source>
        <translation>案件数量。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The random seed.</source>
        <translation>随机数种子。</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; see spyline --help</source>
        <translation>未知命令“%1”；请参阅 spyline --help</translation>
    </message>
    <message>
        <source>the window opens one collection at a time; give one file name</source>
        <translation>窗口每次只打开一个资料库；请给出一个文件名</translation>
    </message>
    <message>
        <source>name the collection once: as --db FILE or as FILE</source>
        <translation>资料库只需指明一次：用 --db 文件 或直接写文件名</translation>
    </message>
    <message>
        <source>The collection: a file, or postgresql://host/database.</source>
        <translation>资料库：一个文件，或 postgresql://主机/数据库。</translation>
    </message>
    <message>
        <source>DB</source>
        <translation>DB</translation>
    </message>
    <message>
        <source>name both collections: spyline copy --from DB --to DB</source>
        <translation>请指明两个资料库：spyline copy --from DB --to DB</translation>
    </message>
    <message>
        <source>The collection to copy.</source>
        <translation>要复制的资料库。</translation>
    </message>
    <message>
        <source>Where the copy goes.</source>
        <translation>副本的去处。</translation>
    </message>
    <message>
        <source>Replace the records the target holds.</source>
        <translation>替换目标中已有的记录。</translation>
    </message>
    <message>
        <source>name the file to import: spyline import --db DB data.json|data.csv</source>
        <translation>请指明要导入的文件：spyline import --db DB data.json|data.csv</translation>
    </message>
    <message>
        <source>no temporary file can be made: %1</source>
        <translation>无法创建临时文件：%1</translation>
    </message>
    <message>
        <source>Usage:
  spyline [--db DB | FILE]                        open the window on a collection
  spyline init --db DB [--sample]                 a new collection, empty or with the sample data
  spyline import --db DB FILE.json|FILE.csv ...   import, all files or none
  spyline import --db DB SHEET.csv ... --map MAP.json [--dry-run] [--skip-bad-values]
                                                  sheets with their own columns (--map timelinejs:
                                                  the TimelineJS template)
  spyline merge --db DB OTHER.spyline [--dry-run]
                                                  bring another collection in; the same records
                                                  are matched, not doubled
  spyline dump --db DB --format json|csv --out FILE
  spyline copy --from DB --to DB [--replace]      a whole collection from a file to a server,
                                                  back, or to another file; a target that holds
                                                  records only with --replace
  spyline export --db DB --view VIEW --format png|svg|pdf --out FILE
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
  spyline export --db DB --handout --out FILE.pdf [--summary] [the same selection options]
         (the timeline, the graph, and the map above the lag histogram, then the statements
         and the announcements that followed, the cases and their sources; --summary
         leaves out the table of cases)
  spyline generate --db DB --cases N [--seed S]    a synthetic collection for benchmarks
  spyline --version | --help

Without --db the window reopens the collection open last time, else the default collection
in the application data folder, created from the bundled sample on first run.
DB is a collection file or a collection on a PostgreSQL server: postgresql://[user@]host[:port]/database,
or postgresql:///database?host=/socket/folder. A password never goes into the address: the server&apos;s
comes from PGPASSWORD or ~/.pgpass. Every command works on a server as on a file.
An output (--out) is never a collection: Spyline refuses to write over one.
Spyline speaks the system&apos;s language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG) if it is English or
Simplified Chinese, else English; Preferences in the window choose one for the window and the
commands alike.</source>
        <translation>用法：
  spyline [--db DB | FILE]                        在窗口中打开资料库
  spyline init --db DB [--sample]                 新建资料库，空的或含示例数据
  spyline import --db DB FILE.json|FILE.csv ...   导入，所有文件要么全部导入，要么都不导入
  spyline import --db DB SHEET.csv ... --map MAP.json [--dry-run] [--skip-bad-values]
                                                  带有自己列的表格（--map timelinejs：
                                                  TimelineJS 模板）
  spyline merge --db DB OTHER.spyline [--dry-run]
                                                  并入另一个资料库；相同的记录会被匹配，
                                                  不会重复
  spyline dump --db DB --format json|csv --out FILE
  spyline copy --from DB --to DB [--replace]      将整个资料库从文件复制到服务器、
                                                  复制回来或复制到另一个文件；目标中
                                                  已有记录时须加 --replace
  spyline export --db DB --view VIEW --format png|svg|pdf --out FILE
         VIEW：timeline、graph、map、lags、per-year、venues、status 或 agencies
         [--from DATE] [--to DATE] [--case ID ...] [--title TEXT] [--subtitle TEXT]
         [--width PX] [--height PX] [--dpi N] [--page a4|letter|a3] [--portrait] [--transparent]
         [--preset slide-16x9|slide-4x3|a4|letter|a3|poster]
         [--as-of DATE]     只含截至该日已公开的内容
         [--max-pages N]    将时间线的泳道分组以容纳于 N 页（讲义：超出则拒绝）
         [--lanes case|country|accused-country|agency|venue|actor]   （时间线）
         [--no-axis-breaks]  在坐标轴上保留长时间无记录的时段          （时间线）
         [--layout relations|chronology]                              （关系图）
         [--shade target|accused]                                     （地图）
         [--bin-days N]                                               （间隔，默认为 7）
         [--top N]                                                    （机构、地点）
         [--language en|zh_CN]   图表的语言（英语或简体中文）
  spyline export --db DB --handout --out FILE.pdf [--summary] [同样的选择选项]
         （时间线、关系图、间隔直方图上方的地图，然后是声明及其后的通报、
         案件及其来源；--summary 省去案件列表）
  spyline generate --db DB --cases N [--seed S]    用于基准测试的合成资料库
  spyline --version | --help

不带 --db 时，窗口会重新打开上次打开的资料库，否则打开应用数据文件夹中的默认资料库，
该资料库在首次运行时由附带的示例创建。
DB 是资料库文件，或 PostgreSQL 服务器上的资料库：postgresql://[用户@]主机[:端口]/数据库，
或 postgresql:///数据库?host=/套接字/文件夹。密码绝不写入地址：服务器的密码
取自 PGPASSWORD 或 ~/.pgpass。每个命令都可用于服务器，与用于文件时一样。
输出（--out）绝不会是资料库：Spyline 拒绝覆盖资料库。
系统语言（LANGUAGE、LC_ALL、LC_MESSAGES、LANG）为英语或简体中文时，Spyline 使用该语言，
否则使用英语；窗口中的首选项可以为窗口和命令统一选择一种语言。</translation>
    </message>
</context>
<context>
    <name>Spyline::CopyCommand</name>
    <message>
        <source>nothing was copied: %1</source>
        <translation>未复制任何内容：%1</translation>
    </message>
    <message>
        <source>copied %1 to %2: %3</source>
        <translation>已将 %1 复制到 %2：%3</translation>
    </message>
</context>
<context>
    <name>Spyline::CopyOutStream</name>
    <message>
        <source>no collection is open</source>
        <translation>没有打开的资料库</translation>
    </message>
    <message>
        <source>the server sent a row that ends in a backslash</source>
        <translation>服务器发来的一行以反斜杠结尾</translation>
    </message>
</context>
<context>
    <name>Spyline::CountryCatalog</name>
    <message>
        <source>Andorra</source>
        <translation>安道尔</translation>
    </message>
    <message>
        <source>United Arab Emirates</source>
        <translation>阿联酋</translation>
    </message>
    <message>
        <source>Afghanistan</source>
        <translation>阿富汗</translation>
    </message>
    <message>
        <source>Antigua and Barbuda</source>
        <translation>安提瓜和巴布达</translation>
    </message>
    <message>
        <source>Anguilla</source>
        <translation>安圭拉</translation>
    </message>
    <message>
        <source>Albania</source>
        <translation>阿尔巴尼亚</translation>
    </message>
    <message>
        <source>Armenia</source>
        <translation>亚美尼亚</translation>
    </message>
    <message>
        <source>Angola</source>
        <translation>安哥拉</translation>
    </message>
    <message>
        <source>Antarctica</source>
        <translation>南极洲</translation>
    </message>
    <message>
        <source>Argentina</source>
        <translation>阿根廷</translation>
    </message>
    <message>
        <source>American Samoa</source>
        <translation>美属萨摩亚</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>奥地利</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>澳大利亚</translation>
    </message>
    <message>
        <source>Aruba</source>
        <translation>阿鲁巴</translation>
    </message>
    <message>
        <source>Åland Islands</source>
        <translation>奥兰群岛</translation>
    </message>
    <message>
        <source>Azerbaijan</source>
        <translation>阿塞拜疆</translation>
    </message>
    <message>
        <source>Bosnia and Herzegovina</source>
        <translation>波斯尼亚和黑塞哥维那</translation>
    </message>
    <message>
        <source>Barbados</source>
        <translation>巴巴多斯</translation>
    </message>
    <message>
        <source>Bangladesh</source>
        <translation>孟加拉国</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>比利时</translation>
    </message>
    <message>
        <source>Burkina Faso</source>
        <translation>布基纳法索</translation>
    </message>
    <message>
        <source>Bulgaria</source>
        <translation>保加利亚</translation>
    </message>
    <message>
        <source>Bahrain</source>
        <translation>巴林</translation>
    </message>
    <message>
        <source>Burundi</source>
        <translation>布隆迪</translation>
    </message>
    <message>
        <source>Benin</source>
        <translation>贝宁</translation>
    </message>
    <message>
        <source>Saint Barthélemy</source>
        <translation>圣巴泰勒米</translation>
    </message>
    <message>
        <source>Bermuda</source>
        <translation>百慕大</translation>
    </message>
    <message>
        <source>Brunei</source>
        <translation>文莱</translation>
    </message>
    <message>
        <source>Bolivia</source>
        <translation>玻利维亚</translation>
    </message>
    <message>
        <source>Caribbean Netherlands</source>
        <translation>荷兰加勒比区</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>巴西</translation>
    </message>
    <message>
        <source>Bahamas</source>
        <translation>巴哈马</translation>
    </message>
    <message>
        <source>Bhutan</source>
        <translation>不丹</translation>
    </message>
    <message>
        <source>Bouvet Island</source>
        <translation>布韦岛</translation>
    </message>
    <message>
        <source>Botswana</source>
        <translation>博茨瓦纳</translation>
    </message>
    <message>
        <source>Belarus</source>
        <translation>白俄罗斯</translation>
    </message>
    <message>
        <source>Belize</source>
        <translation>伯利兹</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>加拿大</translation>
    </message>
    <message>
        <source>Cocos (Keeling) Islands</source>
        <translation>科科斯群岛</translation>
    </message>
    <message>
        <source>Democratic Republic of the Congo</source>
        <translation>刚果民主共和国</translation>
    </message>
    <message>
        <source>Central African Republic</source>
        <translation>中非共和国</translation>
    </message>
    <message>
        <source>Republic of the Congo</source>
        <translation>刚果共和国</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>瑞士</translation>
    </message>
    <message>
        <source>Côte d&apos;Ivoire</source>
        <translation>科特迪瓦</translation>
    </message>
    <message>
        <source>Cook Islands</source>
        <translation>库克群岛</translation>
    </message>
    <message>
        <source>Chile</source>
        <translation>智利</translation>
    </message>
    <message>
        <source>Cameroon</source>
        <translation>喀麦隆</translation>
    </message>
    <message>
        <source>China</source>
        <translation>中国</translation>
    </message>
    <message>
        <source>Colombia</source>
        <translation>哥伦比亚</translation>
    </message>
    <message>
        <source>Costa Rica</source>
        <translation>哥斯达黎加</translation>
    </message>
    <message>
        <source>Cuba</source>
        <translation>古巴</translation>
    </message>
    <message>
        <source>Cabo Verde</source>
        <translation>佛得角</translation>
    </message>
    <message>
        <source>Curaçao</source>
        <translation>库拉索</translation>
    </message>
    <message>
        <source>Christmas Island</source>
        <translation>圣诞岛</translation>
    </message>
    <message>
        <source>Cyprus</source>
        <translation>塞浦路斯</translation>
    </message>
    <message>
        <source>Czechia</source>
        <translation>捷克</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>德国</translation>
    </message>
    <message>
        <source>Djibouti</source>
        <translation>吉布提</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>丹麦</translation>
    </message>
    <message>
        <source>Dominica</source>
        <translation>多米尼克</translation>
    </message>
    <message>
        <source>Dominican Republic</source>
        <translation>多米尼加共和国</translation>
    </message>
    <message>
        <source>Algeria</source>
        <translation>阿尔及利亚</translation>
    </message>
    <message>
        <source>Ecuador</source>
        <translation>厄瓜多尔</translation>
    </message>
    <message>
        <source>Estonia</source>
        <translation>爱沙尼亚</translation>
    </message>
    <message>
        <source>Egypt</source>
        <translation>埃及</translation>
    </message>
    <message>
        <source>Western Sahara</source>
        <translation>西撒哈拉</translation>
    </message>
    <message>
        <source>Eritrea</source>
        <translation>厄立特里亚</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>西班牙</translation>
    </message>
    <message>
        <source>Ethiopia</source>
        <translation>埃塞俄比亚</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>芬兰</translation>
    </message>
    <message>
        <source>Fiji</source>
        <translation>斐济</translation>
    </message>
    <message>
        <source>Falkland Islands</source>
        <translation>福克兰群岛（马尔维纳斯）</translation>
    </message>
    <message>
        <source>Micronesia</source>
        <translation>密克罗尼西亚</translation>
    </message>
    <message>
        <source>Faroe Islands</source>
        <translation>法罗群岛</translation>
    </message>
    <message>
        <source>France</source>
        <translation>法国</translation>
    </message>
    <message>
        <source>Gabon</source>
        <translation>加蓬</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>英国</translation>
    </message>
    <message>
        <source>Grenada</source>
        <translation>格林纳达</translation>
    </message>
    <message>
        <source>Georgia</source>
        <translation>格鲁吉亚</translation>
    </message>
    <message>
        <source>French Guiana</source>
        <translation>法属圭亚那</translation>
    </message>
    <message>
        <source>Guernsey</source>
        <translation>根西岛</translation>
    </message>
    <message>
        <source>Ghana</source>
        <translation>加纳</translation>
    </message>
    <message>
        <source>Gibraltar</source>
        <translation>直布罗陀</translation>
    </message>
    <message>
        <source>Greenland</source>
        <translation>格陵兰</translation>
    </message>
    <message>
        <source>Gambia</source>
        <translation>冈比亚</translation>
    </message>
    <message>
        <source>Guinea</source>
        <translation>几内亚</translation>
    </message>
    <message>
        <source>Guadeloupe</source>
        <translation>瓜德罗普</translation>
    </message>
    <message>
        <source>Equatorial Guinea</source>
        <translation>赤道几内亚</translation>
    </message>
    <message>
        <source>Greece</source>
        <translation>希腊</translation>
    </message>
    <message>
        <source>South Georgia and the South Sandwich Islands</source>
        <translation>南乔治亚和南桑威奇群岛</translation>
    </message>
    <message>
        <source>Guatemala</source>
        <translation>危地马拉</translation>
    </message>
    <message>
        <source>Guam</source>
        <translation>关岛</translation>
    </message>
    <message>
        <source>Guinea-Bissau</source>
        <translation>几内亚比绍</translation>
    </message>
    <message>
        <source>Guyana</source>
        <translation>圭亚那</translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation>香港</translation>
    </message>
    <message>
        <source>Heard Island and McDonald Islands</source>
        <translation>赫德岛和麦克唐纳群岛</translation>
    </message>
    <message>
        <source>Honduras</source>
        <translation>洪都拉斯</translation>
    </message>
    <message>
        <source>Croatia</source>
        <translation>克罗地亚</translation>
    </message>
    <message>
        <source>Haiti</source>
        <translation>海地</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>匈牙利</translation>
    </message>
    <message>
        <source>Indonesia</source>
        <translation>印度尼西亚</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>爱尔兰</translation>
    </message>
    <message>
        <source>Israel</source>
        <translation>以色列</translation>
    </message>
    <message>
        <source>Isle of Man</source>
        <translation>马恩岛</translation>
    </message>
    <message>
        <source>India</source>
        <translation>印度</translation>
    </message>
    <message>
        <source>British Indian Ocean Territory</source>
        <translation>英属印度洋领地</translation>
    </message>
    <message>
        <source>Iraq</source>
        <translation>伊拉克</translation>
    </message>
    <message>
        <source>Iran</source>
        <translation>伊朗</translation>
    </message>
    <message>
        <source>Iceland</source>
        <translation>冰岛</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>意大利</translation>
    </message>
    <message>
        <source>Jersey</source>
        <translation>泽西岛</translation>
    </message>
    <message>
        <source>Jamaica</source>
        <translation>牙买加</translation>
    </message>
    <message>
        <source>Jordan</source>
        <translation>约旦</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>日本</translation>
    </message>
    <message>
        <source>Kenya</source>
        <translation>肯尼亚</translation>
    </message>
    <message>
        <source>Kyrgyzstan</source>
        <translation>吉尔吉斯斯坦</translation>
    </message>
    <message>
        <source>Cambodia</source>
        <translation>柬埔寨</translation>
    </message>
    <message>
        <source>Kiribati</source>
        <translation>基里巴斯</translation>
    </message>
    <message>
        <source>Comoros</source>
        <translation>科摩罗</translation>
    </message>
    <message>
        <source>Saint Kitts and Nevis</source>
        <translation>圣基茨和尼维斯</translation>
    </message>
    <message>
        <source>North Korea</source>
        <translation>朝鲜</translation>
    </message>
    <message>
        <source>South Korea</source>
        <translation>韩国</translation>
    </message>
    <message>
        <source>Kuwait</source>
        <translation>科威特</translation>
    </message>
    <message>
        <source>Cayman Islands</source>
        <translation>开曼群岛</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>哈萨克斯坦</translation>
    </message>
    <message>
        <source>Laos</source>
        <translation>老挝</translation>
    </message>
    <message>
        <source>Lebanon</source>
        <translation>黎巴嫩</translation>
    </message>
    <message>
        <source>Saint Lucia</source>
        <translation>圣卢西亚</translation>
    </message>
    <message>
        <source>Liechtenstein</source>
        <translation>列支敦士登</translation>
    </message>
    <message>
        <source>Sri Lanka</source>
        <translation>斯里兰卡</translation>
    </message>
    <message>
        <source>Liberia</source>
        <translation>利比里亚</translation>
    </message>
    <message>
        <source>Lesotho</source>
        <translation>莱索托</translation>
    </message>
    <message>
        <source>Lithuania</source>
        <translation>立陶宛</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation>卢森堡</translation>
    </message>
    <message>
        <source>Latvia</source>
        <translation>拉脱维亚</translation>
    </message>
    <message>
        <source>Libya</source>
        <translation>利比亚</translation>
    </message>
    <message>
        <source>Morocco</source>
        <translation>摩洛哥</translation>
    </message>
    <message>
        <source>Monaco</source>
        <translation>摩纳哥</translation>
    </message>
    <message>
        <source>Moldova</source>
        <translation>摩尔多瓦</translation>
    </message>
    <message>
        <source>Montenegro</source>
        <translation>黑山</translation>
    </message>
    <message>
        <source>Saint Martin (French part)</source>
        <translation>法属圣马丁</translation>
    </message>
    <message>
        <source>Madagascar</source>
        <translation>马达加斯加</translation>
    </message>
    <message>
        <source>Marshall Islands</source>
        <translation>马绍尔群岛</translation>
    </message>
    <message>
        <source>North Macedonia</source>
        <translation>北马其顿</translation>
    </message>
    <message>
        <source>Mali</source>
        <translation>马里</translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translation>缅甸</translation>
    </message>
    <message>
        <source>Mongolia</source>
        <translation>蒙古</translation>
    </message>
    <message>
        <source>Macao</source>
        <translation>澳门</translation>
    </message>
    <message>
        <source>Northern Mariana Islands</source>
        <translation>北马里亚纳群岛</translation>
    </message>
    <message>
        <source>Martinique</source>
        <translation>马提尼克</translation>
    </message>
    <message>
        <source>Mauritania</source>
        <translation>毛里塔尼亚</translation>
    </message>
    <message>
        <source>Montserrat</source>
        <translation>蒙特塞拉特</translation>
    </message>
    <message>
        <source>Malta</source>
        <translation>马耳他</translation>
    </message>
    <message>
        <source>Mauritius</source>
        <translation>毛里求斯</translation>
    </message>
    <message>
        <source>Maldives</source>
        <translation>马尔代夫</translation>
    </message>
    <message>
        <source>Malawi</source>
        <translation>马拉维</translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation>墨西哥</translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation>马来西亚</translation>
    </message>
    <message>
        <source>Mozambique</source>
        <translation>莫桑比克</translation>
    </message>
    <message>
        <source>Namibia</source>
        <translation>纳米比亚</translation>
    </message>
    <message>
        <source>New Caledonia</source>
        <translation>新喀里多尼亚</translation>
    </message>
    <message>
        <source>Niger</source>
        <translation>尼日尔</translation>
    </message>
    <message>
        <source>Norfolk Island</source>
        <translation>诺福克岛</translation>
    </message>
    <message>
        <source>Nigeria</source>
        <translation>尼日利亚</translation>
    </message>
    <message>
        <source>Nicaragua</source>
        <translation>尼加拉瓜</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>荷兰</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>挪威</translation>
    </message>
    <message>
        <source>Nepal</source>
        <translation>尼泊尔</translation>
    </message>
    <message>
        <source>Nauru</source>
        <translation>瑙鲁</translation>
    </message>
    <message>
        <source>Niue</source>
        <translation>纽埃</translation>
    </message>
    <message>
        <source>New Zealand</source>
        <translation>新西兰</translation>
    </message>
    <message>
        <source>Oman</source>
        <translation>阿曼</translation>
    </message>
    <message>
        <source>Panama</source>
        <translation>巴拿马</translation>
    </message>
    <message>
        <source>Peru</source>
        <translation>秘鲁</translation>
    </message>
    <message>
        <source>French Polynesia</source>
        <translation>法属波利尼西亚</translation>
    </message>
    <message>
        <source>Papua New Guinea</source>
        <translation>巴布亚新几内亚</translation>
    </message>
    <message>
        <source>Philippines</source>
        <translation>菲律宾</translation>
    </message>
    <message>
        <source>Pakistan</source>
        <translation>巴基斯坦</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>波兰</translation>
    </message>
    <message>
        <source>Saint Pierre and Miquelon</source>
        <translation>圣皮埃尔和密克隆</translation>
    </message>
    <message>
        <source>Pitcairn</source>
        <translation>皮特凯恩群岛</translation>
    </message>
    <message>
        <source>Puerto Rico</source>
        <translation>波多黎各</translation>
    </message>
    <message>
        <source>Palestine</source>
        <translation>巴勒斯坦</translation>
    </message>
    <message>
        <source>Portugal</source>
        <translation>葡萄牙</translation>
    </message>
    <message>
        <source>Palau</source>
        <translation>帕劳</translation>
    </message>
    <message>
        <source>Paraguay</source>
        <translation>巴拉圭</translation>
    </message>
    <message>
        <source>Qatar</source>
        <translation>卡塔尔</translation>
    </message>
    <message>
        <source>Réunion</source>
        <translation>留尼汪</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>罗马尼亚</translation>
    </message>
    <message>
        <source>Serbia</source>
        <translation>塞尔维亚</translation>
    </message>
    <message>
        <source>Russia</source>
        <translation>俄罗斯</translation>
    </message>
    <message>
        <source>Rwanda</source>
        <translation>卢旺达</translation>
    </message>
    <message>
        <source>Saudi Arabia</source>
        <translation>沙特阿拉伯</translation>
    </message>
    <message>
        <source>Solomon Islands</source>
        <translation>所罗门群岛</translation>
    </message>
    <message>
        <source>Seychelles</source>
        <translation>塞舌尔</translation>
    </message>
    <message>
        <source>Sudan</source>
        <translation>苏丹</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>瑞典</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>新加坡</translation>
    </message>
    <message>
        <source>Saint Helena</source>
        <translation>圣赫勒拿</translation>
    </message>
    <message>
        <source>Slovenia</source>
        <translation>斯洛文尼亚</translation>
    </message>
    <message>
        <source>Svalbard and Jan Mayen</source>
        <translation>斯瓦尔巴和扬马延</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation>斯洛伐克</translation>
    </message>
    <message>
        <source>Sierra Leone</source>
        <translation>塞拉利昂</translation>
    </message>
    <message>
        <source>San Marino</source>
        <translation>圣马力诺</translation>
    </message>
    <message>
        <source>Senegal</source>
        <translation>塞内加尔</translation>
    </message>
    <message>
        <source>Somalia</source>
        <translation>索马里</translation>
    </message>
    <message>
        <source>Suriname</source>
        <translation>苏里南</translation>
    </message>
    <message>
        <source>South Sudan</source>
        <translation>南苏丹</translation>
    </message>
    <message>
        <source>Sao Tome and Principe</source>
        <translation>圣多美和普林西比</translation>
    </message>
    <message>
        <source>El Salvador</source>
        <translation>萨尔瓦多</translation>
    </message>
    <message>
        <source>Sint Maarten (Dutch part)</source>
        <translation>荷属圣马丁</translation>
    </message>
    <message>
        <source>Syria</source>
        <translation>叙利亚</translation>
    </message>
    <message>
        <source>Eswatini</source>
        <translation>斯威士兰</translation>
    </message>
    <message>
        <source>Turks and Caicos Islands</source>
        <translation>特克斯和凯科斯群岛</translation>
    </message>
    <message>
        <source>Chad</source>
        <translation>乍得</translation>
    </message>
    <message>
        <source>French Southern Territories</source>
        <translation>法属南部领地</translation>
    </message>
    <message>
        <source>Togo</source>
        <translation>多哥</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>泰国</translation>
    </message>
    <message>
        <source>Tajikistan</source>
        <translation>塔吉克斯坦</translation>
    </message>
    <message>
        <source>Tokelau</source>
        <translation>托克劳</translation>
    </message>
    <message>
        <source>Timor-Leste</source>
        <translation>东帝汶</translation>
    </message>
    <message>
        <source>Turkmenistan</source>
        <translation>土库曼斯坦</translation>
    </message>
    <message>
        <source>Tunisia</source>
        <translation>突尼斯</translation>
    </message>
    <message>
        <source>Tonga</source>
        <translation>汤加</translation>
    </message>
    <message>
        <source>Türkiye</source>
        <translation>土耳其</translation>
    </message>
    <message>
        <source>Trinidad and Tobago</source>
        <translation>特里尼达和多巴哥</translation>
    </message>
    <message>
        <source>Tuvalu</source>
        <translation>图瓦卢</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>台湾</translation>
    </message>
    <message>
        <source>Tanzania</source>
        <translation>坦桑尼亚</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>乌克兰</translation>
    </message>
    <message>
        <source>Uganda</source>
        <translation>乌干达</translation>
    </message>
    <message>
        <source>US Minor Outlying Islands</source>
        <translation>美国本土外小岛屿</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>美国</translation>
    </message>
    <message>
        <source>Uruguay</source>
        <translation>乌拉圭</translation>
    </message>
    <message>
        <source>Uzbekistan</source>
        <translation>乌兹别克斯坦</translation>
    </message>
    <message>
        <source>Vatican City</source>
        <translation>梵蒂冈</translation>
    </message>
    <message>
        <source>Saint Vincent and the Grenadines</source>
        <translation>圣文森特和格林纳丁斯</translation>
    </message>
    <message>
        <source>Venezuela</source>
        <translation>委内瑞拉</translation>
    </message>
    <message>
        <source>British Virgin Islands</source>
        <translation>英属维尔京群岛</translation>
    </message>
    <message>
        <source>US Virgin Islands</source>
        <translation>美属维尔京群岛</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation>越南</translation>
    </message>
    <message>
        <source>Vanuatu</source>
        <translation>瓦努阿图</translation>
    </message>
    <message>
        <source>Wallis and Futuna</source>
        <translation>瓦利斯和富图纳</translation>
    </message>
    <message>
        <source>Samoa</source>
        <translation>萨摩亚</translation>
    </message>
    <message>
        <source>Yemen</source>
        <translation>也门</translation>
    </message>
    <message>
        <source>Mayotte</source>
        <translation>马约特</translation>
    </message>
    <message>
        <source>South Africa</source>
        <translation>南非</translation>
    </message>
    <message>
        <source>Zambia</source>
        <translation>赞比亚</translation>
    </message>
    <message>
        <source>Zimbabwe</source>
        <translation>津巴布韦</translation>
    </message>
    <message>
        <source>Kosovo</source>
        <translation>科索沃</translation>
    </message>
    <message>
        <source>Soviet Union</source>
        <translation>苏联</translation>
    </message>
    <message>
        <source>East Germany</source>
        <translation>东德</translation>
    </message>
    <message>
        <source>West Germany</source>
        <translation>西德</translation>
    </message>
    <message>
        <source>Czechoslovakia</source>
        <translation>捷克斯洛伐克</translation>
    </message>
    <message>
        <source>Yugoslavia</source>
        <translation>南斯拉夫</translation>
    </message>
    <message>
        <source>Serbia and Montenegro</source>
        <translation>塞尔维亚和黑山</translation>
    </message>
    <message>
        <source>North Vietnam</source>
        <translation>北越</translation>
    </message>
    <message>
        <source>South Yemen</source>
        <translation>南也门</translation>
    </message>
    <message>
        <source>Zaire</source>
        <translation>扎伊尔</translation>
    </message>
    <message>
        <source>Burma (1974-1989)</source>
        <translation>缅甸（1974–1989）</translation>
    </message>
    <message>
        <source>Rhodesia</source>
        <translation>罗得西亚</translation>
    </message>
</context>
<context>
    <name>Spyline::CountryEdit</name>
    <message>
        <source>Country name or code, e.g. Italy, US, PRC</source>
        <translation>国家名称或代码，例如 Italy、US、PRC</translation>
    </message>
    <message>
        <source>Spyline does not know this country; use a code (IT, US), a short form (USA, PRC) or the name</source>
        <translation>Spyline 不认识此国家；请使用代码（IT、US）、简称（USA、PRC）或名称</translation>
    </message>
</context>
<context>
    <name>Spyline::CsvExport</name>
    <message>
        <source>no collection is open</source>
        <translation>未打开资料库</translation>
    </message>
    <message>
        <source>reading the collection failed: %1</source>
        <translation>读取资料库失败：%1</translation>
    </message>
    <message>
        <source>writing failed: %1</source>
        <translation>写入失败：%1</translation>
    </message>
    <message>
        <source>the export was cancelled</source>
        <translation>导出已取消</translation>
    </message>
</context>
<context>
    <name>Spyline::CsvImport</name>
    <message>
        <source>the import was cancelled; the collection is unchanged</source>
        <translation>导入已取消；资料库未作更改</translation>
    </message>
    <message>
        <source>%1: the file is empty; a CSV import needs a header line</source>
        <translation>%1：文件为空；CSV 导入需要表头行</translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot;; the columns are %2</source>
        <translation>未知的列“%1”；可用的列为 %2</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; appears twice</source>
        <translation>列“%1”出现了两次</translation>
    </message>
    <message>
        <source>the required column &quot;%1&quot; is missing</source>
        <translation>缺少必需的列“%1”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country Spyline knows; use an ISO code or the English name</source>
        <translation>“%1”不是 Spyline 认识的国家；请使用 ISO 代码或英文名称</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>“%1”不是 %2 之一</translation>
    </message>
    <message>
        <source>the row has %1 fields, the header has %2</source>
        <translation>该行有 %1 个字段，表头有 %2 个</translation>
    </message>
    <message>
        <source>a case needs a title</source>
        <translation>案件需要标题</translation>
    </message>
    <message>
        <source>Case disclosed</source>
        <translation>案件披露</translation>
    </message>
    <message>
        <source>Disclosed by %1</source>
        <translation>由 %1 披露</translation>
    </message>
    <message>
        <source>Recruitment</source>
        <translation>招募</translation>
    </message>
    <message>
        <source>Recruited in %1</source>
        <translation>在 %1 被招募</translation>
    </message>
    <message>
        <source>Arrest</source>
        <translation>逮捕</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>Spyline::CsvReader</name>
    <message>
        <source>the text is not UTF-8 here; save the file as UTF-8 and import it again</source>
        <translation>此处文本不是 UTF-8 编码；请将文件另存为 UTF-8 后重新导入</translation>
    </message>
    <message>
        <source>the file ends inside a character; it is not UTF-8</source>
        <translation>文件在一个字符中间结束；它不是 UTF-8 编码</translation>
    </message>
    <message>
        <source>a quoted field is not closed before the end of the file</source>
        <translation>带引号的字段到文件末尾仍未闭合</translation>
    </message>
    <message>
        <source>the record has more than %1 fields</source>
        <translation>该记录的字段超过 %1 个</translation>
    </message>
    <message>
        <source>field %1: only a comma or the end of the line may follow a closing quote</source>
        <translation>第 %1 个字段：闭合引号后只能是逗号或行尾</translation>
    </message>
    <message>
        <source>field %1: only the delimiter or the end of the line may follow a closing quote</source>
        <translation>第 %1 个字段：闭合引号后只能是分隔符或行尾</translation>
    </message>
    <message>
        <source>field %1 is longer than %2 characters</source>
        <translation>第 %1 个字段超过 %2 个字符</translation>
    </message>
    <message>
        <source>the record is longer than %1 characters</source>
        <translation>该记录超过 %1 个字符</translation>
    </message>
</context>
<context>
    <name>Spyline::EditingAids</name>
    <message>
        <source>the same suspect, %1, disclosed on %2</source>
        <translation>同一嫌疑人 %1，于 %2 披露</translation>
    </message>
    <message>
        <source>a title that is almost the same</source>
        <translation>几乎相同的标题</translation>
    </message>
</context>
<context>
    <name>Spyline::EditingController</name>
    <message>
        <source>New case</source>
        <translation>新建案件</translation>
    </message>
    <message>
        <source>Case added. Undo with Ctrl+Z.</source>
        <translation>已添加案件。按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <source>New statement</source>
        <translation>新建声明</translation>
    </message>
    <message>
        <source>New person or organisation</source>
        <translation>新建人物或机构</translation>
    </message>
    <message>
        <source>New source</source>
        <translation>新建来源</translation>
    </message>
    <message>
        <source>Edit case</source>
        <translation>编辑案件</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>编辑事件</translation>
    </message>
    <message>
        <source>Edit person or organisation</source>
        <translation>编辑人物或机构</translation>
    </message>
    <message>
        <source>Edit source</source>
        <translation>编辑来源</translation>
    </message>
    <message>
        <source>Cannot Edit</source>
        <translation>无法编辑</translation>
    </message>
    <message>
        <source>Delete the case &quot;%1&quot; with its %2 event(s), %3 role(s), %4 citation(s) and %5 link(s)?</source>
        <translation>删除案件“%1”及其 %2 个事件、%3 个角色、%4 条引用和 %5 条关联？</translation>
    </message>
    <message>
        <source>Delete the event &quot;%1&quot; with its citations and links?</source>
        <translation>删除事件“%1”及其引用和关联？</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;?</source>
        <translation>删除“%1”？</translation>
    </message>
    <message>
        <source>Delete the source %1 with its citations?</source>
        <translation>删除来源 %1 及其引用？</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>You can undo this.</source>
        <translation>此操作可以撤销。</translation>
    </message>
    <message>
        <source>Cannot Delete</source>
        <translation>无法删除</translation>
    </message>
    <message>
        <source>Deleted. Undo with Ctrl+Z.</source>
        <translation>已删除。按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <source>Link to a Preceding Statement</source>
        <translation>关联到此前的声明</translation>
    </message>
    <message>
        <source>Select a case with an announcement, or the announcement itself, to link it to the statement it followed.</source>
        <translation>请选择含有通报的案件，或选择通报本身，将其关联到它之前的声明。</translation>
    </message>
    <message>
        <source>Link to statement</source>
        <translation>关联到声明</translation>
    </message>
    <message>
        <source>Cannot Link</source>
        <translation>无法关联</translation>
    </message>
    <message>
        <source>Linked. Undo with Ctrl+Z.</source>
        <translation>已关联。按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <source>Not saved: the server keeps the other version, which the window shows now. Cancel closes the form.</source>
        <translation>未保存：服务器保留了另一个版本，窗口现在显示的就是它。按“取消”关闭表单。</translation>
    </message>
</context>
<context>
    <name>Spyline::Enums</name>
    <message>
        <source>alleged</source>
        <translation>被指称</translation>
    </message>
    <message>
        <source>under investigation</source>
        <translation>调查中</translation>
    </message>
    <message>
        <source>charged</source>
        <translation>已起诉</translation>
    </message>
    <message>
        <source>convicted</source>
        <translation>已定罪</translation>
    </message>
    <message>
        <source>sentenced</source>
        <translation>已判刑</translation>
    </message>
    <message>
        <source>acquitted</source>
        <translation>宣告无罪</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>遭否认</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不详</translation>
    </message>
    <message>
        <source>person</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>agency</source>
        <translation>情报机构</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>government</source>
        <translation>政府</translation>
    </message>
    <message>
        <source>media</source>
        <translation>媒体</translation>
    </message>
    <message>
        <source>suspect</source>
        <translation>嫌疑人</translation>
    </message>
    <message>
        <source>handler</source>
        <translation>联络人</translation>
    </message>
    <message>
        <source>recruiter</source>
        <translation>招募者</translation>
    </message>
    <message>
        <source>intermediary</source>
        <translation>中间人</translation>
    </message>
    <message>
        <source>sponsoring agency</source>
        <translation>背后机构</translation>
    </message>
    <message>
        <source>employer</source>
        <translation>雇主</translation>
    </message>
    <message>
        <source>disclosing authority</source>
        <translation>披露机关</translation>
    </message>
    <message>
        <source>first contact</source>
        <translation>初次接触</translation>
    </message>
    <message>
        <source>recruitment</source>
        <translation>招募</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>达成协议</translation>
    </message>
    <message>
        <source>training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>payment</source>
        <translation>付款</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>会面</translation>
    </message>
    <message>
        <source>arrest</source>
        <translation>逮捕</translation>
    </message>
    <message>
        <source>announcement</source>
        <translation>通报</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>声明</translation>
    </message>
    <message>
        <source>law</source>
        <translation>法律</translation>
    </message>
    <message>
        <source>trial</source>
        <translation>审判</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>判决</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>responds to</source>
        <translation>回应</translation>
    </message>
    <message>
        <source>references</source>
        <translation>提及</translation>
    </message>
    <message>
        <source>follows</source>
        <translation>继…之后</translation>
    </message>
</context>
<context>
    <name>Spyline::EventDialog</name>
    <message>
        <source>New Event</source>
        <translation>新建事件</translation>
    </message>
    <message>
        <source>(no case: a statement, a law ...)</source>
        <translation>（不属于案件：声明、法律……）</translation>
    </message>
    <message>
        <source>no date: kept as date unknown</source>
        <translation>无日期：记为日期不详</translation>
    </message>
    <message>
        <source>for a recruitment: where and how, e.g. &quot;US visa application while studying in Japan&quot;</source>
        <translation>用于招募：地点和方式，例如“在日本留学期间申请美国签证”</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Title *</source>
        <translation>标题 *</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>Acted by</source>
        <translation>行为方</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Venue and context</source>
        <translation>地点与背景</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>https://… where it is reported</source>
        <translation>https://… 报道它的网址</translation>
    </message>
    <message>
        <source>the words of the source that support it (optional)</source>
        <translation>来源中支持它的原话（可选）</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>发布者</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>评级</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>引文</translation>
    </message>
    <message>
        <source>In the collection already, graded %1; edit the source itself to change it.</source>
        <translation>资料库中已有，评级为 %1；如需更改，请编辑该来源本身。</translation>
    </message>
    <message>
        <source>Without a source the event is kept, but charts list nothing for it.</source>
        <translation>没有来源，事件仍会保留，但图表不会为它列出任何来源。</translation>
    </message>
    <message>
        <source>A new source: give its publisher and grade.</source>
        <translation>新的来源：请填写发布者和评级。</translation>
    </message>
    <message>
        <source>Edit Event</source>
        <translation>编辑事件</translation>
    </message>
    <message>
        <source>Title: a title is required</source>
        <translation>标题：必须填写标题</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>日期：%1</translation>
    </message>
    <message>
        <source>Until: %1</source>
        <translation>截至：%1</translation>
    </message>
    <message>
        <source>Until: an event with no known date has no end either; write the date as a range, such as 2015/2017 or ../2017</source>
        <translation>截至：日期不详的事件也没有结束日期；请把日期写成一个区间，例如 2015/2017 或 ../2017</translation>
    </message>
    <message>
        <source>Country: &quot;%1&quot; is not a country Spyline knows</source>
        <translation>国家：“%1”不是 Spyline 认识的国家</translation>
    </message>
    <message>
        <source>Acted by: %1</source>
        <translation>行为方：%1</translation>
    </message>
</context>
<context>
    <name>Spyline::EventRepository</name>
    <message>
        <source>the event &quot;%1&quot; could not be saved: %2</source>
        <translation>事件“%1”无法保存：%2</translation>
    </message>
    <message>
        <source>the event %1 no longer exists</source>
        <translation>事件 %1 已不存在</translation>
    </message>
    <message>
        <source>the event could not be deleted: %1</source>
        <translation>事件无法删除：%1</translation>
    </message>
    <message>
        <source>there is no event %1</source>
        <translation>不存在事件 %1</translation>
    </message>
</context>
<context>
    <name>Spyline::EventsTable</name>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Title *</source>
        <translation>标题 *</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Venue and context</source>
        <translation>地点与背景</translation>
    </message>
    <message>
        <source>Acted by</source>
        <translation>行为方</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>not a country Spyline knows; use a code (IT, US), a short form (USA, PRC) or the name</source>
        <translation>不是 Spyline 认识的国家；请使用代码（IT、US）、简称（USA、PRC）或名称</translation>
    </message>
</context>
<context>
    <name>Spyline::ExportCommand</name>
    <message>
        <source>&quot;%1&quot; is not a day to filter by</source>
        <translation>“%1”不是可用于筛选的日期</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>VIEW</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>PX</source>
        <translation>像素</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>键</translation>
    </message>
    <message>
        <source>LAYOUT</source>
        <translation>布局</translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>多余的参数“%1”</translation>
    </message>
    <message>
        <source>--%1 is given more than once</source>
        <translation>--%1 给出了不止一次</translation>
    </message>
    <message>
        <source>--db FILE is required</source>
        <translation>必须给出 --db 文件</translation>
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation>必须给出 --out 文件</translation>
    </message>
    <message>
        <source>--format must be png, svg or pdf</source>
        <translation>--format 必须是 png、svg 或 pdf</translation>
    </message>
    <message>
        <source>--view must be one of %1</source>
        <translation>--view 必须是以下之一：%1</translation>
    </message>
    <message>
        <source>--summary is for a handout: give --handout too</source>
        <translation>--summary 用于讲义：请同时给出 --handout</translation>
    </message>
    <message>
        <source>--preset must be one of %1</source>
        <translation>--preset 必须是以下之一：%1</translation>
    </message>
    <message>
        <source>--width must be a number of pixels from 200 to 20000</source>
        <translation>--width 必须是 200 到 20000 之间的像素数</translation>
    </message>
    <message>
        <source>--height must be a number of pixels from 200 to 20000</source>
        <translation>--height 必须是 200 到 20000 之间的像素数</translation>
    </message>
    <message>
        <source>--dpi must be a number from 36 to 1200</source>
        <translation>--dpi 必须是 36 到 1200 之间的数</translation>
    </message>
    <message>
        <source>--page must be a4, letter or a3</source>
        <translation>--page 必须是 a4、letter 或 a3</translation>
    </message>
    <message>
        <source>--lanes must be one of %1</source>
        <translation>--lanes 必须是以下之一：%1</translation>
    </message>
    <message>
        <source>--layout must be relations or chronology</source>
        <translation>--layout 必须是 relations 或 chronology</translation>
    </message>
    <message>
        <source>--shade must be target or accused</source>
        <translation>--shade 必须是 target 或 accused</translation>
    </message>
    <message>
        <source>--bin-days must be a number of days from 1 to 365</source>
        <translation>--bin-days 必须是 1 到 365 之间的天数</translation>
    </message>
    <message>
        <source>--top must be a number from 1 to 100</source>
        <translation>--top 必须是 1 到 100 之间的数</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2</source>
        <translation>--from %1 晚于 --to %2</translation>
    </message>
    <message>
        <source>--max-pages must be a number of pages from 1 to 1000</source>
        <translation>--max-pages 必须是 1 到 1000 之间的页数</translation>
    </message>
    <message>
        <source>--case takes a case id, a whole number; &quot;%1&quot; is not one</source>
        <translation>--case 接受案件编号，即一个整数；“%1”不是</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 不存在</translation>
    </message>
    <message>
        <source>--case %1: there is no case %1 in %2</source>
        <translation>--case %1：%2 中没有案件 %1</translation>
    </message>
    <message>
        <source>nothing to export: no case in %1 matches the selection</source>
        <translation>没有可导出的内容：%1 中没有符合所选条件的案件</translation>
    </message>
    <message>
        <source>nothing to export: no case of the selection in %1 had been made public by %2</source>
        <translation>没有可导出的内容：%1 中所选案件在 %2 之前均未公开</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Relationship graph</source>
        <translation>关系图</translation>
    </message>
    <message>
        <source>Where people were recruited, and how long disclosures took</source>
        <translation>招募地点与披露所需时间</translation>
    </message>
    <message>
        <source>the handout of %L1 cases would run to about %L2 pages, more than --max-pages %L3; --summary leaves out the table of cases, or narrow the selection</source>
        <translation>包含 %L1 个案件的讲义约有 %L2 页，超过 --max-pages %L3；可用 --summary 省去案件列表，或缩小选择范围</translation>
    </message>
    <message>
        <source>writing a handout of %L1 cases, about %L2 pages (--summary: the charts and statements only)</source>
        <translation>正在写入包含 %L1 个案件的讲义，约 %L2 页（--summary：仅含图表和声明）</translation>
    </message>
    <message>
        <source>%1% written</source>
        <translation>已写入 %1%</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>--language must be en (English) or zh_CN (Simplified Chinese)</source>
        <translation>--language 必须是 en（英语）或 zh_CN（简体中文）</translation>
    </message>
</context>
<context>
    <name>Spyline::ExportDialog</name>
    <message>
        <source>Transparent background</source>
        <translation>透明背景</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PDF: vector, for print and handouts</source>
        <translation>PDF：矢量，用于打印和讲义</translation>
    </message>
    <message>
        <source>SVG: vector, text stays editable</source>
        <translation>SVG：矢量，文字仍可编辑</translation>
    </message>
    <message>
        <source>PNG: picture, for slides</source>
        <translation>PNG：图片，用于幻灯片</translation>
    </message>
    <message>
        <source>optional, e.g. the course and date</source>
        <translation>可选，例如课程名称和日期</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>A2 (poster)</source>
        <translation>A2（海报）</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Slide 16:9</source>
        <translation>幻灯片 16:9</translation>
    </message>
    <message>
        <source>Slide 4:3</source>
        <translation>幻灯片 4:3</translation>
    </message>
    <message>
        <source>Poster (A2)</source>
        <translation>海报（A2）</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>横向</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>纵向</translation>
    </message>
    <message>
        <source>For</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>副标题</translation>
    </message>
    <message>
        <source>Picture size</source>
        <translation>图片尺寸</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>文字大小</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>包括</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Full Size…</source>
        <translation>实际大小…</translation>
    </message>
    <message>
        <source>The page at its real size, to read every word before it is written</source>
        <translation>以实际大小显示页面，写入之前可逐字核对</translation>
    </message>
    <message>
        <source>Full Size</source>
        <translation>实际大小</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 绘图 (*.svg)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Spyline::FieldLabels</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Sector of the suspect</source>
        <translation>嫌疑人所属领域</translation>
    </message>
    <message>
        <source>Target country</source>
        <translation>目标国</translation>
    </message>
    <message>
        <source>Accused country</source>
        <translation>被指控国</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Name in its own script</source>
        <translation>原文名称</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>其他名称</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>出生</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>隶属于</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Venue and context</source>
        <translation>地点与背景</translation>
    </message>
    <message>
        <source>Acted by</source>
        <translation>行为方</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>网址</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>发布者</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>Reliability of the source</source>
        <translation>来源的可靠性</translation>
    </message>
    <message>
        <source>Credibility of the report</source>
        <translation>报道的可信度</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>引文</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>关联</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
</context>
<context>
    <name>Spyline::FileOperations</name>
    <message>
        <source>New Collection</source>
        <translation>新建资料库</translation>
    </message>
    <message>
        <source>%1 cannot be replaced.</source>
        <translation>无法替换 %1。</translation>
    </message>
    <message>
        <source>Open Collection</source>
        <translation>打开资料库</translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation>副本另存为</translation>
    </message>
    <message>
        <source>%1 cannot be replaced</source>
        <translation>无法替换 %1</translation>
    </message>
    <message>
        <source>%1 cannot be written</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>保存副本</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation>已将副本保存为 %1</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Collections and sheets (*.json *.csv *.tsv *.txt);;JSON (*.json);;Sheets (*.csv *.tsv *.txt)</source>
        <translation>资料库和表格 (*.json *.csv *.tsv *.txt);;JSON (*.json);;表格 (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <source>Imported %1: %2</source>
        <translation>已导入 %1：%2</translation>
    </message>
    <message>
        <source>Checking %1 against the collection…</source>
        <translation>正在将 %1 与资料库比对…</translation>
    </message>
    <message>
        <source>Export Data</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <source>JSON, the whole collection (*.json);;CSV, one row a case (*.csv)</source>
        <translation>JSON，整个资料库 (*.json);;CSV，每个案件一行 (*.csv)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>正在导出到 %1…</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <source>Merge Collection</source>
        <translation>合并资料库</translation>
    </message>
    <message>
        <source>This collection is read-only; nothing can be merged into it.</source>
        <translation>此资料库为只读；无法向其合并任何内容。</translation>
    </message>
    <message>
        <source>%1 is the collection open in this window; a collection cannot be merged into itself.</source>
        <translation>%1 就是此窗口中打开的资料库；资料库不能与自身合并。</translation>
    </message>
    <message>
        <source>Comparing %1 with this collection…</source>
        <translation>正在将 %1 与此资料库比较…</translation>
    </message>
    <message>
        <source>%1 holds nothing this collection lacks: %2.</source>
        <translation>%1 中没有此资料库缺少的内容：%2。</translation>
    </message>
    <message>
        <source>Nothing was merged: every record of %1 kept this collection&apos;s.</source>
        <translation>未合并任何内容：%1 的每条记录都保留了此资料库的版本。</translation>
    </message>
    <message>
        <source>Merge %1</source>
        <translation>合并 %1</translation>
    </message>
    <message>
        <source>Nothing was merged: %1</source>
        <translation>未合并任何内容：%1</translation>
    </message>
    <message>
        <source>Merged %1: %2. Undo with Ctrl+Z.</source>
        <translation>已合并 %1：%2。按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <source>Wait until the work under way has finished, or cancel it.</source>
        <translation>请等待正在进行的工作完成，或将其取消。</translation>
    </message>
    <message>
        <source>the check against the collection was cancelled</source>
        <translation>与资料库的比对已取消</translation>
    </message>
</context>
<context>
    <name>Spyline::FilterBar</name>
    <message>
        <source>As &amp;known on</source>
        <translation>截至(&amp;K)</translation>
    </message>
    <message>
        <source>As Publicly &amp;Known On…</source>
        <translation>按公开时间查看(&amp;K)…</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>任意国家</translation>
    </message>
    <message>
        <source>Any agency</source>
        <translation>任意机构</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <source>Any event</source>
        <translation>任意事件</translation>
    </message>
    <message>
        <source>Search titles, names, places, sources…</source>
        <translation>搜索标题、名称、地点、来源…</translation>
    </message>
    <message>
        <source>from</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Show only what had been made public by this day, in every view: cases announced or cited by a source by then, events that had happened, links whose both ends were public. Charts say “As publicly known on” the day. Esc in the day turns it off.</source>
        <translation>在所有视图中只显示截至该日已公开的内容：届时已通报或已被来源引用的案件、已发生的事件、两端均已公开的关联。图表会注明“截至该日公开所知”。在日期中按 Esc 可关闭此功能。</translation>
    </message>
    <message>
        <source>day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Clear every filter</source>
        <translation>清除所有筛选条件</translation>
    </message>
    <message>
        <source>Set by clicking the map or a chart; click to clear it</source>
        <translation>通过点击地图或图表设置；点击即可清除</translation>
    </message>
    <message>
        <source>Chart filter</source>
        <translation>图表筛选</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>%1 of %2 cases</source>
        <translation>%2 个案件中的 %1 个</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Publicly known on</source>
        <translation>截至该日公开所知</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Event kind</source>
        <translation>事件类型</translation>
    </message>
</context>
<context>
    <name>Spyline::FilterDescription</name>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>%1–%2 %3</source>
        <comment>months of one year: first month, last month, year</comment>
        <translation>%3年%1–%2</translation>
    </message>
    <message>
        <source>%1 %2–%3 %4 %5</source>
        <comment>days of one year: first day, its month, last day, its month, year</comment>
        <translation>%5年%2%1日–%4%3日</translation>
    </message>
    <message>
        <source>involving %1</source>
        <translation>涉及 %1</translation>
    </message>
    <message>
        <source>target or accused %1</source>
        <translation>目标国或被指控国为 %1</translation>
    </message>
    <message>
        <source>recruited in %1</source>
        <translation>在 %1 被招募</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>状态为 %1</translation>
    </message>
    <message>
        <source>with an event of kind %1</source>
        <translation>含有类别为 %1 的事件</translation>
    </message>
    <message>
        <source>matching “%1”</source>
        <translation>匹配“%1”</translation>
    </message>
    <message>
        <source>disclosed %1</source>
        <translation>披露于 %1</translation>
    </message>
    <message>
        <source>disclosed from %1</source>
        <translation>披露于 %1 起</translation>
    </message>
    <message>
        <source>disclosed until %1</source>
        <translation>披露于 %1 前</translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected case(s)</source>
        <translation>
            <numerusform>%Ln 个选定案件</numerusform>
        </translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>所有案件</translation>
    </message>
    <message>
        <source>As publicly known on %1.</source>
        <translation>截至 %1 公开所知。</translation>
    </message>
    <message>
        <source>Cases %1</source>
        <comment>the cases a filter selects, then what it selects them by</comment>
        <translation>案件：%1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the conditions of a filter</comment>
        <translation>，</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>two sentences, the first one ended</comment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>two sentences, the first one not yet ended</comment>
        <translation>%1。%2</translation>
    </message>
</context>
<context>
    <name>Spyline::FirstRunHint</name>
    <message>
        <source>This collection has no cases yet. Begin with one of these:</source>
        <translation>此资料库还没有案件。可以从以下任一项开始：</translation>
    </message>
    <message>
        <source>Add a Case</source>
        <translation>添加案件</translation>
    </message>
    <message>
        <source>Add a Case (%1)</source>
        <translation>添加案件（%1）</translation>
    </message>
    <message>
        <source>Import a Sheet…</source>
        <translation>导入表格…</translation>
    </message>
    <message>
        <source>Open the Sample</source>
        <translation>打开示例</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>入门</translation>
    </message>
</context>
<context>
    <name>Spyline::ForceLayout</name>
    <message>
        <source>A tie names node %1 of a graph of %2</source>
        <translation>某条关系指向节点 %1，而图中只有 %2 个节点</translation>
    </message>
</context>
<context>
    <name>Spyline::Grade</name>
    <message>
        <source>reliability: &quot;%1&quot; is not a grade; use A (completely reliable) to F (cannot be judged)</source>
        <translation>可靠性：“%1”不是评级；请使用 A（完全可靠）到 F（无法判断）</translation>
    </message>
    <message>
        <source>credibility: &quot;%1&quot; is not a grade; use 1 (confirmed) to 6 (cannot be judged)</source>
        <translation>可信度：“%1”不是评级；请使用 1（已证实）到 6（无法判断）</translation>
    </message>
    <message>
        <source>completely reliable</source>
        <translation>完全可靠</translation>
    </message>
    <message>
        <source>usually reliable</source>
        <translation>通常可靠</translation>
    </message>
    <message>
        <source>fairly reliable</source>
        <translation>较为可靠</translation>
    </message>
    <message>
        <source>not usually reliable</source>
        <translation>通常不可靠</translation>
    </message>
    <message>
        <source>unreliable</source>
        <translation>不可靠</translation>
    </message>
    <message>
        <source>reliability cannot be judged</source>
        <translation>无法判断可靠性</translation>
    </message>
    <message>
        <source>confirmed by other sources</source>
        <translation>经其他来源证实</translation>
    </message>
    <message>
        <source>probably true</source>
        <translation>很可能属实</translation>
    </message>
    <message>
        <source>possibly true</source>
        <translation>可能属实</translation>
    </message>
    <message>
        <source>doubtful</source>
        <translation>存疑</translation>
    </message>
    <message>
        <source>improbable</source>
        <translation>不大可能属实</translation>
    </message>
    <message>
        <source>truth cannot be judged</source>
        <translation>无法判断真实性</translation>
    </message>
</context>
<context>
    <name>Spyline::GradeBadge</name>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1：%2，%3</translation>
    </message>
</context>
<context>
    <name>Spyline::GradeDelegate</name>
    <message>
        <source>%1 — %2 source, report %3</source>
        <translation>%1 — %2的来源，报道%3</translation>
    </message>
</context>
<context>
    <name>Spyline::GradePicker</name>
    <message>
        <source>%1 — source %2</source>
        <translation>%1 — 来源%2</translation>
    </message>
    <message>
        <source>%1 — report %2</source>
        <translation>%1 — 报道%2</translation>
    </message>
    <message>
        <source>How reliable the source is, judged by its record</source>
        <translation>来源的可靠程度，依其一贯表现判断</translation>
    </message>
    <message>
        <source>How credible this report is, judged by what else is known</source>
        <translation>此报道的可信程度，依其他已知情况判断</translation>
    </message>
    <message>
        <source>The letter says how reliable the source is: A completely, B usually, C fairly, D not usually, E unreliable, F cannot be judged. The digit says how credible the report is: 1 confirmed by other sources, 2 probably true, 3 possibly true, 4 doubtful, 5 improbable, 6 cannot be judged.</source>
        <translation>字母表示来源的可靠性：A 完全可靠，B 通常可靠，C 较为可靠，D 通常不可靠，E 不可靠，F 无法判断。数字表示报道的可信度：1 经其他来源证实，2 很可能属实，3 可能属实，4 存疑，5 不大可能属实，6 无法判断。</translation>
    </message>
</context>
<context>
    <name>Spyline::GraphAccessible</name>
    <message numerus="yes">
        <source>%Ln tie(s)</source>
        <translation>
            <numerusform>%Ln 条关系</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 it</source>
        <translation>%1 %2（指向此项）</translation>
    </message>
    <message>
        <source>No ties shown.</source>
        <translation>未显示关系。</translation>
    </message>
    <message>
        <source>Ties: %1</source>
        <translation>关系：%1</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more.</source>
        <translation>
            <numerusform>另有 %Ln 条。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spyline::GraphCanvas</name>
    <message numerus="yes">
        <source>%n tie(s)</source>
        <translation>
            <numerusform>%n 条联系</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click to show or hide this actor&apos;s cases.</source>
        <translation>双击以显示或隐藏此人物或机构的案件。</translation>
    </message>
    <message>
        <source>Relationship graph</source>
        <translation>关系图</translation>
    </message>
    <message>
        <source>Who is tied to whom. The arrow keys move to the nearest node on that side, Page Down and Page Up from the most connected node to the least; Enter opens the node, Space selects it.</source>
        <translation>谁与谁有关联。方向键移到该方向上最近的节点，Page Down 和 Page Up 按关系从多到少依次移动；Enter 打开节点，空格键选中它。</translation>
    </message>
</context>
<context>
    <name>Spyline::GraphChart</name>
    <message>
        <source>the cases selected have no ties to draw</source>
        <translation>所选案件没有可绘制的联系</translation>
    </message>
    <message>
        <source>the graph could not be laid out: %1</source>
        <translation>无法为关系图布局：%1</translation>
    </message>
    <message>
        <source>Relationship graph</source>
        <translation>关系图</translation>
    </message>
    <message>
        <source>%L1 of %L2 nodes are drawn, the most connected; the others are left out.</source>
        <translation>绘制了 %L2 个节点中联系最多的 %L1 个；其余未画出。</translation>
    </message>
    <message>
        <source>%L1 of %L2 nodes are in the part of the graph shown.</source>
        <translation>%L2 个节点中有 %L1 个位于所示的关系图部分。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) have no known date and stand outside the time order.</source>
        <translation>
            <numerusform>%Ln 个事件日期不详，置于时间顺序之外。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spyline::GraphData</name>
    <message>
        <source>person</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>agency or station</source>
        <translation>情报机构或站点</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>government body</source>
        <translation>政府机构</translation>
    </message>
    <message>
        <source>media</source>
        <translation>媒体</translation>
    </message>
    <message>
        <source>case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>recruitment venue</source>
        <translation>招募地点</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>声明</translation>
    </message>
    <message>
        <source>announcement</source>
        <translation>通报</translation>
    </message>
    <message>
        <source>suspect in</source>
        <translation>涉嫌于</translation>
    </message>
    <message>
        <source>recruited by</source>
        <translation>由…招募</translation>
    </message>
    <message>
        <source>handled by</source>
        <translation>由…联络</translation>
    </message>
    <message>
        <source>introduced by</source>
        <translation>经…引荐</translation>
    </message>
    <message>
        <source>member of</source>
        <translation>隶属于</translation>
    </message>
    <message>
        <source>station of</source>
        <translation>为…的站点</translation>
    </message>
    <message>
        <source>employed by</source>
        <translation>受雇于</translation>
    </message>
    <message>
        <source>recruited at</source>
        <translation>招募地点</translation>
    </message>
    <message>
        <source>disclosed by</source>
        <translation>由…披露</translation>
    </message>
    <message>
        <source>attributed to</source>
        <translation>归因于</translation>
    </message>
    <message>
        <source>announces</source>
        <translation>通报</translation>
    </message>
    <message>
        <source>by</source>
        <translation>出自</translation>
    </message>
    <message>
        <source>about</source>
        <translation>关于</translation>
    </message>
    <message>
        <source>responds to</source>
        <translation>回应</translation>
    </message>
    <message>
        <source>references</source>
        <translation>提及</translation>
    </message>
    <message>
        <source>follows</source>
        <translation>继…之后</translation>
    </message>
    <message>
        <source>recruited and handled by</source>
        <translation>由…招募并联络</translation>
    </message>
    <message>
        <source>on record</source>
        <translation>有记录</translation>
    </message>
    <message>
        <source>court finding (convicted, sentenced)</source>
        <translation>法院认定（已定罪、已判刑）</translation>
    </message>
    <message>
        <source>claim (alleged, under investigation, charged)</source>
        <translation>指控（被指称、调查中、已起诉）</translation>
    </message>
    <message>
        <source>disputed claim (denied, acquitted, dismissed)</source>
        <translation>有争议的指控（遭否认、宣告无罪、已撤销）</translation>
    </message>
</context>
<context>
    <name>Spyline::GraphLayout</name>
    <message>
        <source>Graphviz could not start: %1</source>
        <translation>Graphviz 无法启动：%1</translation>
    </message>
    <message>
        <source>Graphviz could not read the graph: %1</source>
        <translation>Graphviz 无法读取关系图：%1</translation>
    </message>
    <message>
        <source>Graphviz could not lay out the graph with %1: %2</source>
        <translation>Graphviz 无法用 %1 为关系图布局：%2</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>未说明原因</translation>
    </message>
    <message>
        <source>The %1 layout gave no usable position for %2</source>
        <translation>%1 布局没有为 %2 给出可用的位置</translation>
    </message>
</context>
<context>
    <name>Spyline::GraphLegend</name>
    <message>
        <source>on record</source>
        <translation>有记录</translation>
    </message>
    <message>
        <source>court finding</source>
        <translation>法院认定</translation>
    </message>
    <message>
        <source>claim: alleged, charged, investigated</source>
        <translation>指控：被指称、已起诉、调查中</translation>
    </message>
    <message>
        <source>disputed: denied, acquitted, dismissed</source>
        <translation>有争议：遭否认、宣告无罪、已撤销</translation>
    </message>
    <message>
        <source>size: number of ties</source>
        <translation>大小：联系数量</translation>
    </message>
    <message>
        <source>responds to / follows, with the lag</source>
        <translation>回应 / 继…之后，附间隔</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>形状</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Tie</source>
        <translation>联系</translation>
    </message>
</context>
<context>
    <name>Spyline::GraphModel</name>
    <message>
        <source>%1 case</source>
        <translation>%1案</translation>
    </message>
    <message>
        <source>the graph could not be read: %1</source>
        <translation>无法读取关系图：%1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>Spyline::GraphSource</name>
    <message>
        <source>the graph could not be read: %1</source>
        <translation>无法读取关系图：%1</translation>
    </message>
    <message>
        <source>no collection is open</source>
        <translation>未打开资料库</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>Spyline::GraphToolBar</name>
    <message>
        <source>Relations</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Chronology</source>
        <translation>时序</translation>
    </message>
    <message>
        <source>Relations: who is tied to whom. Chronology: statements and announcements in time order, left to right.</source>
        <translation>关系：谁与谁有联系。时序：声明和通报按时间顺序从左到右排列。</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Which kinds of node the graph shows</source>
        <translation>关系图显示哪些类别的节点</translation>
    </message>
    <message>
        <source>Ego view: </source>
        <translation>近邻视图：</translation>
    </message>
    <message>
        <source> hops</source>
        <translation> 步</translation>
    </message>
    <message>
        <source>Ego view: off</source>
        <translation>近邻视图：关</translation>
    </message>
    <message>
        <source>Show only what lies within this many ties of the selection</source>
        <translation>只显示距所选内容在此步数之内的联系</translation>
    </message>
    <message>
        <source>Find a node…</source>
        <translation>查找节点…</translation>
    </message>
    <message>
        <source>Lay out again</source>
        <translation>重新布局</translation>
    </message>
    <message>
        <source>Lay out the graph again; dragged nodes stay where you put them</source>
        <translation>重新为关系图布局；拖动过的节点留在你放置的位置</translation>
    </message>
    <message>
        <source>Undo drags</source>
        <translation>撤销拖动</translation>
    </message>
    <message>
        <source>Let dragged nodes go back to where the layout puts them</source>
        <translation>让拖动过的节点回到布局所定的位置</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <source>Show or hide the legend</source>
        <translation>显示或隐藏图例</translation>
    </message>
    <message>
        <source>Graph layout</source>
        <translation>关系图布局</translation>
    </message>
    <message>
        <source>Ego view</source>
        <translation>以节点为中心的视图</translation>
    </message>
    <message>
        <source>Find a node</source>
        <translation>查找节点</translation>
    </message>
    <message>
        <source>Show the whole graph (0)</source>
        <translation>显示整个关系图 (0)</translation>
    </message>
</context>
<context>
    <name>Spyline::GraphView</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The graph could not be built: %1</source>
        <translation>无法建立关系图：%1</translation>
    </message>
    <message>
        <source>The graph could not be laid out; the previous picture stays. %1</source>
        <translation>无法为关系图布局；保留之前的图。%1</translation>
    </message>
    <message>
        <source>Layout cancelled; the previous picture stays.</source>
        <translation>布局已取消；保留之前的图。</translation>
    </message>
    <message>
        <source>No node in the graph matches “%1”.</source>
        <translation>关系图中没有节点匹配“%1”。</translation>
    </message>
    <message>
        <source>No collection is open.</source>
        <translation>未打开资料库。</translation>
    </message>
    <message>
        <source>The graph could not be laid out: %1</source>
        <translation>无法为关系图布局：%1</translation>
    </message>
    <message>
        <source>Laying out the graph…</source>
        <translation>正在为关系图布局…</translation>
    </message>
    <message>
        <source>Showing %1 of %2 nodes, the most connected first; narrow the filter, brush a date range on the timeline or use the ego view.</source>
        <translation>显示 %2 个节点中的 %1 个，联系最多的优先；请缩小筛选范围、在时间线上刷选日期区间或使用近邻视图。</translation>
    </message>
    <message>
        <source>%1 nodes, %2 ties.</source>
        <translation>%1 个节点，%2 条联系。</translation>
    </message>
    <message numerus="yes">
        <source>Ego view: %n tie(s) from the selection.</source>
        <translation>
            <numerusform>近邻视图：距所选内容 %n 步之内的联系。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing within %n tie(s) of the selection.</source>
        <translation>
            <numerusform>距所选内容 %n 步之内没有任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>This collection is empty: add a case with Ctrl+N or import one.</source>
        <translation>此资料库为空：按 Ctrl+N 添加案件，或导入案件。</translation>
    </message>
    <message>
        <source>No case matches the filter.</source>
        <translation>没有案件符合筛选条件。</translation>
    </message>
    <message>
        <source>Nothing to show: the kinds of node left are hidden (Show).</source>
        <translation>没有可显示的内容：剩下的节点类别均已隐藏（显示）。</translation>
    </message>
    <message>
        <source>Nothing to draw yet: the graph shows cases, their people and the statements linked to them.</source>
        <translation>尚无可绘制的内容：关系图显示案件、其中的人物以及与之关联的声明。</translation>
    </message>
    <message>
        <source>Hide Their Cases</source>
        <translation>隐藏其案件</translation>
    </message>
    <message>
        <source>Show Their Cases</source>
        <translation>显示其案件</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Show in Timeline</source>
        <translation>在时间线中显示</translation>
    </message>
    <message>
        <source>Ego View Around This</source>
        <translation>以此为中心的近邻视图</translation>
    </message>
    <message>
        <source>Hide Nodes of This Kind (%1)</source>
        <translation>隐藏此类节点（%1）</translation>
    </message>
    <message>
        <source>Leave Ego View</source>
        <translation>退出近邻视图</translation>
    </message>
    <message>
        <source>Fit to View</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>Lay Out Again</source>
        <translation>重新布局</translation>
    </message>
    <message>
        <source>The position of %1 is kept until the collection closes: %2</source>
        <translation>%1 的位置会保留到资料库关闭为止：%2</translation>
    </message>
</context>
<context>
    <name>Spyline::GraphWorker</name>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>Spyline::Handout</name>
    <message>
        <source>there is nothing to put in the handout: the selection is empty</source>
        <translation>讲义中没有可放入的内容：所选范围为空</translation>
    </message>
    <message>
        <source>Handout</source>
        <translation>讲义</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>无法开始写入 PDF</translation>
    </message>
    <message>
        <source>the handout was cancelled</source>
        <translation>讲义已取消</translation>
    </message>
    <message>
        <source>Statements and the announcements that followed</source>
        <translation>声明及其后的通报</translation>
    </message>
    <message>
        <source>No statement is linked to an announcement of the cases shown.</source>
        <translation>所示案件的通报均未关联到声明。</translation>
    </message>
    <message>
        <source>Each row: a public statement, the announcement recorded as following it, and the days between them (a range where a date is known only to the month).</source>
        <translation>每行：一项公开声明、记录为在其之后的通报，以及两者相隔的天数（日期只精确到月时为一个区间）。</translation>
    </message>
    <message>
        <source>Said on</source>
        <translation>声明日期</translation>
    </message>
    <message>
        <source>Who said what</source>
        <translation>谁说了什么</translation>
    </message>
    <message>
        <source>Announced on</source>
        <translation>通报日期</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>通报</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>间隔</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message numerus="yes">
        <source>%n case is shown in the charts. The full handout lists each case with its people and sources.</source>
        <translation>
            <numerusform>图表中显示了 %n 个案件。完整讲义会列出每个案件及其人物和来源。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Disclosed</source>
        <translation>披露日期</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Grades in brackets on the Admiralty scale: reliability A (completely reliable) to F (cannot be judged), credibility 1 (confirmed) to 6 (cannot be judged). A source without a grade is not graded. Statuses as recorded; claims as their sources report them.</source>
        <translation>括号内为海军部评级：可靠性从 A（完全可靠）到 F（无法判断），可信度从 1（已证实）到 6（无法判断）。没有评级的来源未经评级。状态按记录所载；主张均按其来源的报道转述。</translation>
    </message>
    <message>
        <source>a page of the PDF could not be started</source>
        <translation>无法开始写入 PDF 的一页</translation>
    </message>
    <message>
        <source>No source is cited for what this page shows.</source>
        <translation>本页所示内容未引用任何来源。</translation>
    </message>
    <message>
        <source>%1, listed with their grades under Sources at the end of the handout.</source>
        <translation>来源 %1，连同其评级列于讲义末尾的“来源”部分。</translation>
    </message>
</context>
<context>
    <name>Spyline::HandoutDialog</name>
    <message>
        <source>Summary: the charts and the statements, without the table of every case</source>
        <translation>摘要：只含图表和声明，不含所有案件的列表</translation>
    </message>
    <message>
        <source>Handout</source>
        <translation>讲义</translation>
    </message>
    <message>
        <source>e.g. Seminar 4: disclosures and the statements before them</source>
        <translation>例如：第 4 讲：披露及其之前的声明</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Subtitle</source>
        <translation>副标题(&amp;S)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>篇幅</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s), about %1 pages.</source>
        <translation>
            <numerusform>%n 个案件，约 %1 页。</numerusform>
        </translation>
    </message>
    <message>
        <source>That is long to print: the summary leaves out the table of cases.</source>
        <translation>打印篇幅较长：摘要会省去案件列表。</translation>
    </message>
</context>
<context>
    <name>Spyline::HelpMenu</name>
    <message>
        <source>&amp;User Guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Open the &amp;Sample Collection</source>
        <translation>打开示例资料库(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;About Spyline</source>
        <translation>关于 Spyline(&amp;A)</translation>
    </message>
    <message>
        <source>Seven cases of 2023 with the statements before them, to try Spyline on</source>
        <translation>2023 年的七个案件及其之前的声明，可用来试用 Spyline</translation>
    </message>
    <message>
        <source>Open the Sample Collection</source>
        <translation>打开示例资料库</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Spyline %1&lt;/h3&gt;&lt;p&gt;Publicly disclosed espionage cases as a timeline and a relationship graph, every fact with its source and grade. Spyline records claims as claims and takes no side.&lt;/p&gt;&lt;p&gt;Spyline is free software under the MIT licence.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Built on&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %2, under the GNU Lesser General Public License, version 3 (LGPL)&lt;/li&gt;&lt;li&gt;SQLite %3, in the public domain&lt;/li&gt;&lt;li&gt;Graphviz, under the Eclipse Public License (EPL)&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;Bundled data&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The sample collection summarises reports that the Global Times (globaltimes.cn) published in August and September 2023, each record citing the report it comes from. The summaries are Spyline&apos;s own, under its licence; the reports belong to their publisher.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Fonts&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Spyline bundles no font: the window uses the system&apos;s, and charts are drawn in DejaVu Sans (a free licence, from Bitstream Vera) where it is installed.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Spyline %1&lt;/h3&gt;&lt;p&gt;以时间线和关系图呈现公开披露的间谍案件，每项事实都附有来源和评级。Spyline 把主张当作主张记录，不持任何立场。&lt;/p&gt;&lt;p&gt;Spyline 是自由软件，采用 MIT 许可证。&lt;/p&gt;&lt;p&gt;&lt;b&gt;基于&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %2，采用 GNU 宽通用公共许可证第 3 版（LGPL）&lt;/li&gt;&lt;li&gt;SQLite %3，属于公有领域&lt;/li&gt;&lt;li&gt;Graphviz，采用 Eclipse 公共许可证（EPL）&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;附带数据&lt;/b&gt;&lt;/p&gt;&lt;p&gt;示例资料库概述了《环球时报》（globaltimes.cn）于 2023 年 8 月和 9 月发表的报道，每条记录都引用其所依据的报道。这些概述由 Spyline 撰写，采用其许可证；报道本身归其发布者所有。&lt;/p&gt;&lt;p&gt;&lt;b&gt;字体&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Spyline 不附带字体：窗口使用系统字体，图表在已安装的情况下使用 DejaVu Sans（自由许可证，源自 Bitstream Vera）绘制。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Spyline</source>
        <translation>关于 Spyline</translation>
    </message>
</context>
<context>
    <name>Spyline::ImportAssistant</name>
    <message>
        <source>Import a Sheet</source>
        <translation>导入表格</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; split it into several sheets</source>
        <translation>%1 大于 %2 MB；请将其拆分为几个表格</translation>
    </message>
    <message>
        <source>no collection to check against</source>
        <translation>没有可供比对的资料库</translation>
    </message>
</context>
<context>
    <name>Spyline::ImportColumnsPage</name>
    <message>
        <source>Columns and values</source>
        <translation>列与值</translation>
    </message>
    <message>
        <source>The Spyline field each column holds. Rows with the same key are one record: a ring becomes one case with a person per row.</source>
        <translation>每一列对应的 Spyline 字段。键相同的行属于同一条记录：一个团伙成为一个案件，每行一个人。</translation>
    </message>
    <message>
        <source>Column of the sheet</source>
        <translation>表格的列</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>前几个值</translation>
    </message>
    <message>
        <source>Spyline field</source>
        <translation>Spyline 字段</translation>
    </message>
    <message>
        <source>Rows with the same value here are one record, which keeps the value as its reference: importing the sheet again updates it, and statement and link sheets can name it.</source>
        <translation>此处值相同的行属于同一条记录，该记录把这个值保留为其编号：再次导入表格时会更新它，声明表和关联表也可以用它指明该记录。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>The sheet&apos;s value (* at the end: starts with)</source>
        <translation>表格中的值（末尾加 * 表示“以此开头”）</translation>
    </message>
    <message>
        <source>Spyline&apos;s value (empty: leave empty)</source>
        <translation>Spyline 的值（空：留空）</translation>
    </message>
    <message>
        <source>Add Rule</source>
        <translation>添加规则</translation>
    </message>
    <message>
        <source>Remove Rule</source>
        <translation>移除规则</translation>
    </message>
    <message>
        <source>Add Values That Cannot Be Read</source>
        <translation>添加无法读取的值</translation>
    </message>
    <message>
        <source>A rule for each value of the sheet that Spyline cannot read as it is: say what each means, or leave it empty.</source>
        <translation>为表格中 Spyline 无法直接读取的每个值设一条规则：说明它的含义，或留空。</translation>
    </message>
    <message>
        <source>Load Map…</source>
        <translation>载入映射…</translation>
    </message>
    <message>
        <source>Save Map…</source>
        <translation>保存映射…</translation>
    </message>
    <message>
        <source>TimelineJS Template</source>
        <translation>TimelineJS 模板</translation>
    </message>
    <message>
        <source>The columns of the TimelineJS spreadsheet template, as statements.</source>
        <translation>TimelineJS 表格模板的各列，作为声明导入。</translation>
    </message>
    <message>
        <source>&amp;Key column</source>
        <translation>键列(&amp;K)</translation>
    </message>
    <message>
        <source>Value rules</source>
        <translation>值规则</translation>
    </message>
    <message>
        <source>Load Import Map</source>
        <translation>载入导入映射</translation>
    </message>
    <message>
        <source>Save Import Map</source>
        <translation>保存导入映射</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Also gives: %1</source>
        <translation>另外给出：%1</translation>
    </message>
    <message>
        <source>(none: every row is a record of its own)</source>
        <translation>（无：每行各为一条记录）</translation>
    </message>
    <message>
        <source>(choose a field)</source>
        <translation>（选择字段）</translation>
    </message>
</context>
<context>
    <name>Spyline::ImportFilePage</name>
    <message>
        <source>The sheet</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>What its rows are and how its text is read. Spyline has guessed; change what is wrong.</source>
        <translation>其中各行是什么，以及如何读取其文本。Spyline 已做出推测；请更正有误之处。</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>检测</translation>
    </message>
    <message>
        <source>&amp;Rows are</source>
        <translation>各行是(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Encoding</source>
        <translation>编码(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Delimiter</source>
        <translation>分隔符(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Header on line</source>
        <translation>表头所在行(&amp;H)</translation>
    </message>
    <message numerus="yes">
        <source>%1: read as %2, %3-separated; the header is on line %4; %n rows below it.</source>
        <translation>
            <numerusform>%1：按 %2 读取，以%3分隔；表头在第 %4 行；其下有 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
</context>
<context>
    <name>Spyline::ImportMap</name>
    <message>
        <source>not valid JSON: %1</source>
        <translation>不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>an import map is a JSON object</source>
        <translation>导入映射是一个 JSON 对象</translation>
    </message>
    <message>
        <source>appears twice in one object; give each only once</source>
        <translation>在同一对象中出现了两次；每个只能给出一次</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;; the fields are %2</source>
        <translation>未知字段“%1”；可用字段为 %2</translation>
    </message>
    <message>
        <source>format: must be &quot;%1&quot;</source>
        <translation>format：必须是“%1”</translation>
    </message>
    <message>
        <source>version: must be a whole number, 1 for this format</source>
        <translation>version：必须是整数，此格式为 1</translation>
    </message>
    <message>
        <source>version: the map is version %1, written by a newer Spyline; this one reads version %2</source>
        <translation>version：该映射为第 %1 版，由较新的 Spyline 写入；此版本只能读取第 %2 版</translation>
    </message>
    <message>
        <source>records: &quot;%1&quot; is not one of cases, statements, links</source>
        <translation>records：“%1”不是 cases、statements、links 之一</translation>
    </message>
    <message>
        <source>key: must be the name of a column</source>
        <translation>key：必须是某一列的名称</translation>
    </message>
    <message>
        <source>columns: must be an object such as {&quot;Name&quot;: &quot;suspect&quot;}</source>
        <translation>columns：必须是一个对象，例如 {&quot;Name&quot;: &quot;suspect&quot;}</translation>
    </message>
    <message>
        <source>columns: &quot;%1&quot;: list the fields as texts</source>
        <translation>columns：“%1”：请以文本列出字段</translation>
    </message>
    <message>
        <source>columns: &quot;%1&quot;: give a field name or a list of field names</source>
        <translation>columns：“%1”：请给出一个字段名或字段名列表</translation>
    </message>
    <message>
        <source>values: must be an object such as {&quot;status&quot;: {&quot;executed&quot;: &quot;sentenced&quot;}}</source>
        <translation>values：必须是一个对象，例如 {&quot;status&quot;: {&quot;executed&quot;: &quot;sentenced&quot;}}</translation>
    </message>
    <message>
        <source>values: &quot;%1&quot;: must be an object of their value -&gt; our value</source>
        <translation>values：“%1”：必须是“对方的值 -&gt; 本方的值”形式的对象</translation>
    </message>
    <message>
        <source>values: &quot;%1&quot;: &quot;%2&quot;: the value to use must be a text</source>
        <translation>values：“%1”：“%2”：要使用的值必须是文本</translation>
    </message>
    <message>
        <source>encoding: &quot;%1&quot; is not one of utf-8, utf-8-bom, utf-16le, utf-16be, windows-1252</source>
        <translation>encoding：“%1”不是 utf-8、utf-8-bom、utf-16le、utf-16be、windows-1252 之一</translation>
    </message>
    <message>
        <source>delimiter: &quot;%1&quot; is not one of comma, semicolon, tab</source>
        <translation>delimiter：“%1”不是 comma、semicolon、tab 之一</translation>
    </message>
    <message>
        <source>header_line: must be a line number, 1 or more</source>
        <translation>header_line：必须是行号，1 或更大</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is too large for an import map</source>
        <translation>%1 太大，不可能是导入映射</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 was not written: %2</source>
        <translation>未写入 %1：%2</translation>
    </message>
    <message>
        <source>there is no built-in map &quot;%1&quot;; the built-in maps are %2</source>
        <translation>没有内置映射“%1”；内置映射为 %2</translation>
    </message>
    <message>
        <source>the built-in map &quot;%1&quot; is missing from this build</source>
        <translation>此版本缺少内置映射“%1”</translation>
    </message>
    <message>
        <source>columns: &quot;%1&quot;: &quot;%2&quot; is not a field of %3; the fields are %4</source>
        <translation>columns：“%1”：“%2”不是 %3 的字段；可用字段为 %4</translation>
    </message>
    <message>
        <source>columns: &quot;%1&quot; and &quot;%2&quot; both give %3; map one of them</source>
        <translation>columns：“%1”和“%2”都给出 %3；请只映射其中一个</translation>
    </message>
    <message>
        <source>values: &quot;%1&quot; is not a field of %2</source>
        <translation>values：“%1”不是 %2 的字段</translation>
    </message>
    <message>
        <source>columns: no column gives %1, which %2 need</source>
        <translation>columns：没有一列给出 %1，而 %2 需要它</translation>
    </message>
    <message>
        <source>columns: no column gives the title; map one to title, or name the key column</source>
        <translation>columns：没有一列给出标题；请将一列映射为 title，或指明键列</translation>
    </message>
    <message>
        <source>columns: %1 is given both whole and in parts; map one of them</source>
        <translation>columns：%1 既有整体又有分项；请只映射其中一种</translation>
    </message>
    <message>
        <source>columns: %1 in parts needs its year (%1_year)</source>
        <translation>columns：分项的 %1 需要其年份（%1_year）</translation>
    </message>
    <message>
        <source>%1: the map names the column &quot;%2&quot;, which the sheet does not have; its columns are %3</source>
        <translation>%1：映射中指明了列“%2”，但表格中没有该列；表格的列为 %3</translation>
    </message>
</context>
<context>
    <name>Spyline::ImportPreviewPage</name>
    <message>
        <source>&amp;Leave values that cannot be read empty where the field is optional, and list them</source>
        <translation>可选字段中无法读取的值留空，并列出它们(&amp;L)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>The first rows as they will be stored, and every problem in the whole sheet.</source>
        <translation>前几行在保存后的样子，以及整个表格中的所有问题。</translation>
    </message>
    <message>
        <source>Not imported: %1.</source>
        <translation>未导入：%1。</translation>
    </message>
    <message>
        <source>Into this collection it would add %1; %2 records stored already would be updated, %3 stay as they are.</source>
        <translation>导入此资料库将添加 %1；已保存的 %2 条记录将被更新，%3 条保持不变。</translation>
    </message>
    <message>
        <source>Nothing can be imported until the problems marked as errors are solved.</source>
        <translation>在解决标为错误的问题之前，无法导入任何内容。</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Left empty: %1</source>
        <translation>留空：%1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <source>No problems: every value of the sheet can be read.</source>
        <translation>没有问题：表格中的每个值都可以读取。</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>出生</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Accused</source>
        <translation>被指控国</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标国</translation>
    </message>
    <message>
        <source>Disclosed</source>
        <translation>披露日期</translation>
    </message>
    <message>
        <source>By</source>
        <translation>披露者</translation>
    </message>
    <message>
        <source>Recruited</source>
        <translation>招募日期</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>背景</translation>
    </message>
    <message>
        <source>Arrested</source>
        <translation>逮捕日期</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>发言人</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>(ignored)</source>
        <translation>（忽略）</translation>
    </message>
    <message>
        <source>From (later)</source>
        <translation>从（较晚）</translation>
    </message>
    <message>
        <source>To (earlier)</source>
        <translation>到（较早）</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>: %n record(s).</source>
        <translation>
            <numerusform>：%n 条记录。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spyline::JobProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>Spyline::JsonExport</name>
    <message>
        <source>writing failed: %1</source>
        <translation>写入失败：%1</translation>
    </message>
    <message>
        <source>the export was cancelled</source>
        <translation>导出已取消</translation>
    </message>
    <message>
        <source>reading the collection failed: %1</source>
        <translation>读取资料库失败：%1</translation>
    </message>
    <message>
        <source>no collection is open</source>
        <translation>未打开资料库</translation>
    </message>
</context>
<context>
    <name>Spyline::JsonImport</name>
    <message>
        <source>not valid JSON: %1</source>
        <translation>不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>a Spyline collection is a JSON object</source>
        <translation>Spyline 资料库是一个 JSON 对象</translation>
    </message>
    <message>
        <source>appears twice in one object; only one of them could be kept, so the file is refused</source>
        <translation>在同一对象中出现了两次；只能保留其一，因此拒绝此文件</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;</source>
        <translation>必须是“%1”</translation>
    </message>
    <message>
        <source>must be a whole number, 1 for this format</source>
        <translation>必须是整数，此格式为 1</translation>
    </message>
    <message>
        <source>the file is version %1, written by a newer Spyline; this one reads version %2</source>
        <translation>该文件为第 %1 版，由较新的 Spyline 写入；此版本只能读取第 %2 版</translation>
    </message>
    <message>
        <source>each entry must be a JSON object</source>
        <translation>每一项都必须是 JSON 对象</translation>
    </message>
    <message>
        <source>the import was cancelled; the collection is unchanged</source>
        <translation>导入已取消；资料库未作更改</translation>
    </message>
    <message>
        <source>there is no %1 with id %2 in the file</source>
        <translation>文件中没有编号为 %2 的%1</translation>
    </message>
    <message>
        <source>%1 is used by another actor in the file</source>
        <translation>%1 已被文件中的另一个人物或机构使用</translation>
    </message>
    <message>
        <source>part_of: there is no actor with id %1 in the file</source>
        <translation>part_of：文件中没有编号为 %1 的人物或机构</translation>
    </message>
    <message>
        <source>%1 is used by another source in the file</source>
        <translation>%1 已被文件中的另一个来源使用</translation>
    </message>
    <message>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>%1 is used by another case in the file</source>
        <translation>%1 已被文件中的另一个案件使用</translation>
    </message>
    <message>
        <source>actor</source>
        <translation>人物或机构</translation>
    </message>
    <message>
        <source>case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>%1 is used by another event in the file</source>
        <translation>%1 已被文件中的另一个事件使用</translation>
    </message>
    <message>
        <source>event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>the event it points to comes after the event it starts from</source>
        <translation>它指向的事件晚于它出发的事件</translation>
    </message>
    <message>
        <source>%1 cases, %2 actors, %3 events, %4 sources, %5 links</source>
        <translation>%1 个案件、%2 个人物或机构、%3 个事件、%4 个来源、%5 条关联</translation>
    </message>
    <message>
        <source>%1 is over %2 MB; Spyline imports JSON files up to %2 MB. Split it, or import it as CSV, which has no limit</source>
        <translation>%1 超过 %2 MB；Spyline 导入的 JSON 文件最大为 %2 MB。请将其拆分，或以 CSV 格式导入，CSV 没有此限制</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>unknown field; the fields are %1</source>
        <translation>未知字段；可用字段为 %1</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>必须是文本</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <source>must be a list of texts</source>
        <translation>必须是文本列表</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country Spyline knows</source>
        <translation>“%1”不是 Spyline 认识的国家</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>“%1”不是 %2 之一</translation>
    </message>
    <message>
        <source>must be a positive whole number or a text</source>
        <translation>必须是正整数或文本</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>必须是列表</translation>
    </message>
</context>
<context>
    <name>Spyline::LinkDialog</name>
    <message>
        <source>Link to a Preceding Statement</source>
        <translation>关联到此前的声明</translation>
    </message>
    <message>
        <source> days before</source>
        <translation> 天之前</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>声明</translation>
    </message>
    <message>
        <source>Said by</source>
        <translation>发言人</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>立场</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>间隔</translation>
    </message>
    <message>
        <source>what the source says that ties the two, e.g. &quot;21 days after Burns&apos;s claim&quot;</source>
        <translation>来源中将两者联系起来的说法，例如“伯恩斯发表言论 21 天后”</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>通报</translation>
    </message>
    <message>
        <source>Statements of the</source>
        <translation>声明来自</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Source of the tie</source>
        <translation>此联系的来源</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>other side</source>
        <translation>另一方</translation>
    </message>
    <message>
        <source>same side</source>
        <translation>同一方</translation>
    </message>
    <message>
        <source>Pick the statement the announcement follows; widen the days if it is not listed</source>
        <translation>请选择通报所接续的声明；若未列出，请扩大天数范围</translation>
    </message>
</context>
<context>
    <name>Spyline::LinkRepository</name>
    <message>
        <source>from_event: %1</source>
        <translation>from_event：%1</translation>
    </message>
    <message>
        <source>to_event: %1</source>
        <translation>to_event：%1</translation>
    </message>
    <message>
        <source>to_event: &quot;%1&quot; (%2) comes after &quot;%3&quot; (%4); a link points back to an earlier event</source>
        <translation>to_event：“%1”（%2）晚于“%3”（%4）；关联应指回较早的事件</translation>
    </message>
    <message>
        <source>the link could not be saved: %1</source>
        <translation>关联无法保存：%1</translation>
    </message>
    <message>
        <source>the link %1 no longer exists</source>
        <translation>关联 %1 已不存在</translation>
    </message>
    <message>
        <source>the link could not be deleted: %1</source>
        <translation>关联无法删除：%1</translation>
    </message>
    <message>
        <source>there is no link %1</source>
        <translation>不存在关联 %1</translation>
    </message>
</context>
<context>
    <name>Spyline::LinkSheetWriter</name>
    <message>
        <source>%1 is the key of a case and of an event; name the case&apos;s announcement as %2</source>
        <translation>%1 既是案件的键又是事件的键；请用 %2 指明案件的通报</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>no case or statement has the key %1; import the sheet that has it first</source>
        <translation>没有案件或声明的键为 %1；请先导入含有它的表格</translation>
    </message>
    <message>
        <source>the case %1 has no announcement to link; give it a disclosure date</source>
        <translation>案件 %1 没有可关联的通报；请为其填写披露日期</translation>
    </message>
    <message>
        <source>the announcement of case %1</source>
        <translation>案件 %1 的通报</translation>
    </message>
    <message>
        <source>link %1 → %2</source>
        <translation>关联 %1 → %2</translation>
    </message>
    <message>
        <source>it could not be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>repeats the key %1 of line %2; only line %2 is read</source>
        <translation>重复了第 %2 行的键 %1；只读取第 %2 行</translation>
    </message>
    <message>
        <source>from: %1</source>
        <translation>from：%1</translation>
    </message>
    <message>
        <source>to: %1</source>
        <translation>to：%1</translation>
    </message>
    <message>
        <source>from and to name the same event</source>
        <translation>from 和 to 指明的是同一事件</translation>
    </message>
    <message>
        <source>the link goes from %1 (%2) to %3 (%4), which comes after it; a link goes from the later record to the earlier one, so swap from and to if that is what is meant</source>
        <translation>该关联从 %1（%2）指向 %3（%4），而后者更晚；关联应从较晚的记录指向较早的记录，如果本意如此，请交换 from 和 to</translation>
    </message>
    <message>
        <source>lag unknown</source>
        <translation>间隔不详</translation>
    </message>
    <message>
        <source>lag %1</source>
        <translation>间隔 %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
</context>
<context>
    <name>Spyline::MainWindow</name>
    <message>
        <source>The cases could not be read: %1</source>
        <translation>无法读取案件：%1</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Graph</source>
        <translation>关系图</translation>
    </message>
    <message>
        <source>New Collection…</source>
        <translation>新建资料库…</translation>
    </message>
    <message>
        <source>&amp;Open Collection…</source>
        <translation>打开资料库(&amp;O)…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>副本另存为(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Import a collection (JSON), or a sheet (CSV, TSV) with its own columns</source>
        <translation>导入资料库（JSON），或带有自己列的表格（CSV、TSV）</translation>
    </message>
    <message>
        <source>&amp;Merge Collection…</source>
        <translation>合并资料库(&amp;M)…</translation>
    </message>
    <message>
        <source>Bring in another collection: the same records are matched, differences reviewed</source>
        <translation>并入另一个资料库：相同的记录会被匹配，差异交由你审核</translation>
    </message>
    <message>
        <source>&amp;People and Organisations…</source>
        <translation>人物与机构(&amp;P)…</translation>
    </message>
    <message>
        <source>Export &amp;Data…</source>
        <translation>导出数据(&amp;D)…</translation>
    </message>
    <message>
        <source>Export &amp;Chart…</source>
        <translation>导出图表(&amp;C)…</translation>
    </message>
    <message>
        <source>The chart in front (timeline, graph, map or statistics) as PNG, SVG or PDF, with legend, caption and sources</source>
        <translation>将当前图表（时间线、关系图、地图或统计）导出为 PNG、SVG 或 PDF，附图例、说明和来源</translation>
    </message>
    <message>
        <source>Export &amp;Handout…</source>
        <translation>导出讲义(&amp;H)…</translation>
    </message>
    <message>
        <source>Copy C&amp;hart</source>
        <translation>复制图表(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the chart in front, with a print preview</source>
        <translation>打印当前图表，附打印预览</translation>
    </message>
    <message>
        <source>Print Hando&amp;ut…</source>
        <translation>打印讲义(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>&amp;New Case…</source>
        <translation>新建案件(&amp;N)…</translation>
    </message>
    <message>
        <source>New Case</source>
        <translation>新建案件</translation>
    </message>
    <message>
        <source>Enter a case you read about, with its people, events and sources (Ctrl+N)</source>
        <translation>录入你读到的案件，包括其人物、事件和来源（Ctrl+N）</translation>
    </message>
    <message>
        <source>New &amp;Statement or Law…</source>
        <translation>新建声明或法律(&amp;S)…</translation>
    </message>
    <message>
        <source>New &amp;Person or Organisation…</source>
        <translation>新建人物或机构(&amp;P)…</translation>
    </message>
    <message>
        <source>New S&amp;ource…</source>
        <translation>新建来源(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Link to a Preceding Statement…</source>
        <translation>关联到此前的声明(&amp;L)…</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>关联</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>清除筛选条件(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation>（只读）</translation>
    </message>
    <message>
        <source> – as publicly known on %1</source>
        <translation> – 截至 %1 公开所知</translation>
    </message>
    <message>
        <source>Spyline will speak %1 from its next start.</source>
        <translation>Spyline 将从下次启动起使用%1。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Open Collection</source>
        <translation>打开资料库</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>More menus</source>
        <translation>更多菜单</translation>
    </message>
    <message>
        <source>Connect to a &amp;Team Collection…</source>
        <translation>连接团队资料库(&amp;T)…</translation>
    </message>
    <message>
        <source>Browse a collection kept on a PostgreSQL server for a class or a newsroom</source>
        <translation>浏览为班级或编辑部保存在 PostgreSQL 服务器上的资料库</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Take a new snapshot of the team collection, with what others changed since</source>
        <translation>重新读取团队资料库的快照，包含他人此后所做的更改</translation>
    </message>
    <message>
        <source>Read %L1 events from %2</source>
        <translation>已从 %2 读取 %L1 个事件</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from the server, the last by %1</source>
        <translation>
            <numerusform>来自服务器的 %n 项修改，最后一项由 %1 所做</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (copying…) – Spyline</source>
        <translation>%1（正在复制…）– Spyline</translation>
    </message>
    <message>
        <source>%1 could not be opened again: %2</source>
        <translation>无法重新打开 %1：%2</translation>
    </message>
</context>
<context>
    <name>Spyline::MapAccessible</name>
    <message numerus="yes">
        <source>target of %Ln case(s)</source>
        <translation>
            <numerusform>%Ln 起案件的目标国</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>accused in %Ln case(s)</source>
        <translation>
            <numerusform>在 %Ln 起案件中被指控</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>recruitment venue of %Ln case(s)</source>
        <translation>
            <numerusform>%Ln 起案件的招募地点</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Country %1 of %2 with cases, from the most to the fewest</source>
        <translation>有案件的国家第 %1 个，共 %2 个，按案件从多到少</translation>
    </message>
</context>
<context>
    <name>Spyline::MapCanvas</name>
    <message>
        <source>Cases targeting the country</source>
        <translation>以该国为目标的案件</translation>
    </message>
    <message>
        <source>Cases accusing the country</source>
        <translation>指控该国的案件</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <source>Countries shaded by their cases. The arrow keys move to the nearest country with cases on that side, Page Down and Page Up from the most cases to the fewest; Space shows only its cases, Enter zooms to it.</source>
        <translation>各国按其案件着色。方向键移到该方向上最近的有案件的国家，Page Down 和 Page Up 按案件从多到少依次移动；空格键只显示该国的案件，Enter 放大到该国。</translation>
    </message>
</context>
<context>
    <name>Spyline::MapChart</name>
    <message>
        <source>Cases targeting the country</source>
        <translation>以该国为目标的案件</translation>
    </message>
    <message>
        <source>Cases accusing the country</source>
        <translation>指控该国的案件</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln 个案件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1–%2 cases</source>
        <translation>%1–%2 个案件</translation>
    </message>
    <message>
        <source>no case</source>
        <translation>无案件</translation>
    </message>
    <message>
        <source>former state, hatched: %1</source>
        <translation>已不存在的国家，以斜线标出：%1</translation>
    </message>
    <message>
        <source>Recruitment venue → target</source>
        <translation>招募地点 → 目标国</translation>
    </message>
    <message>
        <source>recruited in the country targeted</source>
        <translation>在被作为目标的国家招募</translation>
    </message>
    <message>
        <source>venue city</source>
        <translation>招募地点所在城市</translation>
    </message>
    <message>
        <source>Where people were recruited, and whom the cases target</source>
        <translation>人员在何处被招募，以及案件以谁为目标</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) name no target country and shade none.</source>
        <translation>
            <numerusform>%Ln 个案件未指明目标国，因此不着色。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) name no accused country and shade none.</source>
        <translation>
            <numerusform>%Ln 个案件未指明被指控国，因此不着色。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) concern countries too small for the map&apos;s outlines.</source>
        <translation>
            <numerusform>%Ln 个案件涉及的国家太小，地图轮廓中无法显示。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) have no recruitment venue in a known country and are not placed.</source>
        <translation>
            <numerusform>%Ln 个案件在已知国家中没有招募地点，因此未标出。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) with a venue have no known target and get no arrow.</source>
        <translation>
            <numerusform>%Ln 个有招募地点的案件没有已知目标国，因此没有箭头。</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 largest of %2 venue-to-target flows are drawn; %3 in the others are not.</source>
        <translation>绘制了 %2 条“招募地点→目标国”流向中最大的 %1 条；其余流向中的 %3 未画出。</translation>
    </message>
    <message>
        <source>Former states are hatched over the outlines of the countries that succeeded them.</source>
        <translation>已不存在的国家以斜线画在其继承国的轮廓之上。</translation>
    </message>
</context>
<context>
    <name>Spyline::MapLayout</name>
    <message numerus="yes">
        <source>Target of %Ln case(s)</source>
        <translation>
            <numerusform>%Ln 个案件的目标国</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accused in %Ln case(s)</source>
        <translation>
            <numerusform>%Ln 个案件的被指控国</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recruitment venue of %Ln case(s)</source>
        <translation>
            <numerusform>%Ln 个案件的招募地点</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Part of the former %1, drawn over it: %n case(s)</source>
        <translation>
            <numerusform>属于已不存在的%1，画在其上：%n 个案件</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to show only its cases.</source>
        <translation>点击只显示其案件。</translation>
    </message>
    <message>
        <source>%1 (former state, drawn over its successors)</source>
        <translation>%1（已不存在的国家，画在其继承国之上）</translation>
    </message>
    <message>
        <source>Recruited in %1, the country they are said to have spied on</source>
        <translation>在 %1 被招募，据称他们正是对该国从事间谍活动</translation>
    </message>
    <message>
        <source>Recruited in %1, targeting %2</source>
        <translation>在 %1 被招募，目标为 %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln 个案件</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to show only these cases.</source>
        <translation>点击只显示这些案件。</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Click to show the cases recruited in %1.</source>
        <translation>点击显示在 %1 被招募的案件。</translation>
    </message>
</context>
<context>
    <name>Spyline::MapView</name>
    <message>
        <source>Countries targeted</source>
        <translation>被作为目标的国家</translation>
    </message>
    <message>
        <source>Countries accused</source>
        <translation>被指控的国家</translation>
    </message>
    <message>
        <source>Shade countries by the cases that target them, or by the cases that accuse them</source>
        <translation>按以该国为目标的案件或指控该国的案件为国家着色</translation>
    </message>
    <message>
        <source>Whole world</source>
        <translation>全世界</translation>
    </message>
    <message>
        <source>Shade:</source>
        <translation>着色：</translation>
    </message>
    <message>
        <source>The map could not be drawn: %1</source>
        <translation>无法绘制地图：%1</translation>
    </message>
    <message>
        <source>No collection is open.</source>
        <translation>未打开资料库。</translation>
    </message>
    <message>
        <source>Counting the cases…</source>
        <translation>正在统计案件…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s).</source>
        <translation>
            <numerusform>%Ln 个案件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Arrows and rings for %Ln case(s) with a known recruitment venue and target.</source>
        <translation>
            <numerusform>为 %Ln 个已知招募地点和目标国的案件画出箭头和圆环。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with no venue recorded.</source>
        <translation>
            <numerusform>%Ln 个没有记录招募地点。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with a venue but no known target: not placed.</source>
        <translation>
            <numerusform>%Ln 个有招募地点但没有已知目标国：未标出。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln name(s) no target country.</source>
        <translation>
            <numerusform>%Ln 个未指明目标国。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln name(s) no accused country.</source>
        <translation>
            <numerusform>%Ln 个未指明被指控国。</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 largest of %2 flows are drawn.</source>
        <translation>绘制了 %2 条流向中最大的 %1 条。</translation>
    </message>
    <message>
        <source>Show the whole world (0)</source>
        <translation>显示整个世界 (0)</translation>
    </message>
</context>
<context>
    <name>Spyline::MergeCommand</name>
    <message>
        <source>%1: no such collection file</source>
        <translation>%1：没有这个资料库文件</translation>
    </message>
    <message>
        <source>%1 is the collection given with --db; a collection cannot be merged into itself</source>
        <translation>%1 就是用 --db 给出的资料库；资料库不能与自身合并</translation>
    </message>
    <message>
        <source>would merge %1: %2</source>
        <translation>将合并 %1：%2</translation>
    </message>
    <message>
        <source>dry run: the collection was not changed</source>
        <translation>试运行：资料库未作更改</translation>
    </message>
    <message>
        <source>merged %1: %2; the collection was not changed</source>
        <translation>合并 %1：%2；资料库未作更改</translation>
    </message>
    <message>
        <source>nothing was merged: %1</source>
        <translation>未合并任何内容：%1</translation>
    </message>
    <message>
        <source>%1: the merge is saved, but %2</source>
        <translation>%1：合并已保存，但 %2</translation>
    </message>
    <message>
        <source>merged %1: %2</source>
        <translation>已合并 %1：%2</translation>
    </message>
    <message>
        <source>differences kept this collection&apos;s values and close matches were added beside; review them in the window (File &gt; Merge Collection) to choose otherwise</source>
        <translation>有差异的记录保留了此资料库的值，近似匹配则作为新记录并列添加；如需另作选择，请在窗口中审核（文件 &gt; 合并资料库）</translation>
    </message>
</context>
<context>
    <name>Spyline::MergeReviewDialog</name>
    <message>
        <source>Record of theirs</source>
        <translation>对方的记录</translation>
    </message>
    <message>
        <source>Found here</source>
        <translation>此处找到的</translation>
    </message>
    <message>
        <source>Merging will</source>
        <translation>合并将会</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>This collection</source>
        <translation>此资料库</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>对方</translation>
    </message>
    <message>
        <source>Keep m&amp;ine</source>
        <translation>保留本方(&amp;I)</translation>
    </message>
    <message>
        <source>Take &amp;theirs</source>
        <translation>采用对方(&amp;T)</translation>
    </message>
    <message>
        <source>Keep &amp;both</source>
        <translation>两者都保留(&amp;B)</translation>
    </message>
    <message>
        <source>Merge %1</source>
        <translation>合并 %1</translation>
    </message>
    <message>
        <source>Records to review: differences and close matches</source>
        <translation>待审核的记录：差异和近似匹配</translation>
    </message>
    <message>
        <source>Records to add or review</source>
        <translation>待添加或审核的记录</translation>
    </message>
    <message>
        <source>Every record of theirs</source>
        <translation>对方的所有记录</translation>
    </message>
    <message>
        <source>Theirs (%1)</source>
        <translation>对方（%1）</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>并排比较</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>合并(&amp;M)</translation>
    </message>
    <message>
        <source>Merging %1 into this collection: %2.</source>
        <translation>正在将 %1 合并到此资料库：%2。</translation>
    </message>
    <message>
        <source>Pick a record to see it side by side with the one here.</source>
        <translation>选择一条记录，与此处的对应记录并排比较。</translation>
    </message>
    <message>
        <source>Nothing here is like it: it will be added.</source>
        <translation>此处没有与之相似的记录：它将被添加。</translation>
    </message>
    <message>
        <source>Perhaps the same record (%1). Keep both unless you know it is the same; then keep mine or take theirs.</source>
        <translation>可能是同一条记录（%1）。除非确知相同，否则请两者都保留；若相同，请保留本方或采用对方。</translation>
    </message>
    <message>
        <source>The same record (%1).</source>
        <translation>同一条记录（%1）。</translation>
    </message>
    <message>
        <source>The same: keep m&amp;ine</source>
        <translation>相同：保留本方(&amp;I)</translation>
    </message>
    <message>
        <source>The same: take &amp;theirs</source>
        <translation>相同：采用对方(&amp;T)</translation>
    </message>
</context>
<context>
    <name>Spyline::NodePositionRepository</name>
    <message>
        <source>the dragged node positions could not be read: %1</source>
        <translation>无法读取拖动过的节点位置：%1</translation>
    </message>
    <message>
        <source>node: a dragged position needs the node it belongs to</source>
        <translation>node：拖动的位置需要它所属的节点</translation>
    </message>
    <message>
        <source>x, y: the position of %1 is not a finite number</source>
        <translation>x、y：%1 的位置不是有限数值</translation>
    </message>
    <message>
        <source>the node positions could not be saved: %1</source>
        <translation>节点位置无法保存：%1</translation>
    </message>
    <message>
        <source>the position of %1 could not be saved: %2</source>
        <translation>%1 的位置无法保存：%2</translation>
    </message>
    <message>
        <source>the node positions could not be reset: %1</source>
        <translation>节点位置无法重置：%1</translation>
    </message>
    <message>
        <source>the position of %1 could not be reset: %2</source>
        <translation>%1 的位置无法重置：%2</translation>
    </message>
</context>
<context>
    <name>Spyline::OutputFile</name>
    <message>
        <source>the system gave no reason</source>
        <translation>系统未说明原因</translation>
    </message>
    <message>
        <source>no file to write was named</source>
        <translation>没有指明要写入的文件</translation>
    </message>
    <message>
        <source>%1 is the collection being read; Spyline does not write over it</source>
        <translation>%1 是正在读取的资料库；Spyline 不会覆盖它</translation>
    </message>
    <message>
        <source>%1 belongs to the collection being read; Spyline does not write over it</source>
        <translation>%1 属于正在读取的资料库；Spyline 不会覆盖它</translation>
    </message>
    <message>
        <source>%1 cannot be written: the folder %2 does not exist</source>
        <translation>无法写入 %1：文件夹 %2 不存在</translation>
    </message>
    <message>
        <source>%1 is a folder; name a file to write</source>
        <translation>%1 是文件夹；请指明要写入的文件</translation>
    </message>
    <message>
        <source>%1 is neither a file nor a stream Spyline can write to</source>
        <translation>%1 既不是文件，也不是 Spyline 可以写入的流</translation>
    </message>
    <message>
        <source>%1 is a Spyline collection; Spyline does not write over a collection</source>
        <translation>%1 是 Spyline 资料库；Spyline 不会覆盖资料库</translation>
    </message>
    <message>
        <source>%1 is a database; Spyline does not write over it</source>
        <translation>%1 是数据库；Spyline 不会覆盖它</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 was not written whole: %2</source>
        <translation>%1 未能完整写入：%2</translation>
    </message>
    <message>
        <source>%1 was not written: %2</source>
        <translation>未写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>Spyline::PartialDate</name>
    <message>
        <source>the date after ~ is empty: %1</source>
        <translation>~ 之后的日期为空：%1</translation>
    </message>
    <message>
        <source>&quot;before&quot; and &quot;after&quot; take one date, such as before 2023-08-11</source>
        <translation>“before”和“after”后面只接一个日期，例如 before 2023-08-11</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a range: write it as %2</source>
        <translation>“%1”不是区间：请写作 %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a decade starts at a year ending in 0, such as %2s</source>
        <translation>“%1”：年代从末位为 0 的年份开始，例如 %2s</translation>
    </message>
    <message>
        <source>write 1984, 1984-01 or 1984-01-15; 1984~ when approximate, 1984? when uncertain, 193X for a decade, 2015/2017 for a range, ../2023-08-11 for on or before, 2015-03/.. for on or after</source>
        <translation>请写作 1984、1984-01 或 1984-01-15；约数写作 1984~，不确定写作 1984?，年代写作 193X，区间写作 2015/2017，某日或之前写作 ../2023-08-11，某月或之后写作 2015-03/..</translation>
    </message>
    <message>
        <source>spring</source>
        <translation>春季</translation>
    </message>
    <message>
        <source>summer</source>
        <translation>夏季</translation>
    </message>
    <message>
        <source>autumn</source>
        <translation>秋季</translation>
    </message>
    <message>
        <source>winter</source>
        <translation>冬季</translation>
    </message>
    <message>
        <source>Jan</source>
        <comment>abbreviated month</comment>
        <translation>1月</translation>
    </message>
    <message>
        <source>Feb</source>
        <comment>abbreviated month</comment>
        <translation>2月</translation>
    </message>
    <message>
        <source>Mar</source>
        <comment>abbreviated month</comment>
        <translation>3月</translation>
    </message>
    <message>
        <source>Apr</source>
        <comment>abbreviated month</comment>
        <translation>4月</translation>
    </message>
    <message>
        <source>May</source>
        <comment>abbreviated month</comment>
        <translation>5月</translation>
    </message>
    <message>
        <source>Jun</source>
        <comment>abbreviated month</comment>
        <translation>6月</translation>
    </message>
    <message>
        <source>Jul</source>
        <comment>abbreviated month</comment>
        <translation>7月</translation>
    </message>
    <message>
        <source>Aug</source>
        <comment>abbreviated month</comment>
        <translation>8月</translation>
    </message>
    <message>
        <source>Sep</source>
        <comment>abbreviated month</comment>
        <translation>9月</translation>
    </message>
    <message>
        <source>Oct</source>
        <comment>abbreviated month</comment>
        <translation>10月</translation>
    </message>
    <message>
        <source>Nov</source>
        <comment>abbreviated month</comment>
        <translation>11月</translation>
    </message>
    <message>
        <source>Dec</source>
        <comment>abbreviated month</comment>
        <translation>12月</translation>
    </message>
    <message>
        <source>January</source>
        <comment>month</comment>
        <translation>1月</translation>
    </message>
    <message>
        <source>February</source>
        <comment>month</comment>
        <translation>2月</translation>
    </message>
    <message>
        <source>March</source>
        <comment>month</comment>
        <translation>3月</translation>
    </message>
    <message>
        <source>April</source>
        <comment>month</comment>
        <translation>4月</translation>
    </message>
    <message>
        <source>May</source>
        <comment>month</comment>
        <translation>5月</translation>
    </message>
    <message>
        <source>June</source>
        <comment>month</comment>
        <translation>6月</translation>
    </message>
    <message>
        <source>July</source>
        <comment>month</comment>
        <translation>7月</translation>
    </message>
    <message>
        <source>August</source>
        <comment>month</comment>
        <translation>8月</translation>
    </message>
    <message>
        <source>September</source>
        <comment>month</comment>
        <translation>9月</translation>
    </message>
    <message>
        <source>October</source>
        <comment>month</comment>
        <translation>10月</translation>
    </message>
    <message>
        <source>November</source>
        <comment>month</comment>
        <translation>11月</translation>
    </message>
    <message>
        <source>December</source>
        <comment>month</comment>
        <translation>12月</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <comment>a date: day, abbreviated month, year</comment>
        <translation>%3年%2%1日</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a date: abbreviated month, year</comment>
        <translation>%2年%1</translation>
    </message>
    <message>
        <source>%1</source>
        <comment>a date: year</comment>
        <translation>%1年</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a date: season, year</comment>
        <translation>%2年%1</translation>
    </message>
    <message>
        <source>%1s</source>
        <comment>a decade: its first year</comment>
        <translation>%1年代</translation>
    </message>
    <message>
        <source>c. %1</source>
        <translation>约%1</translation>
    </message>
    <message>
        <source>each end of a range is a single date, not a range itself</source>
        <translation>区间的每一端都是单个日期，而不是区间</translation>
    </message>
    <message>
        <source>a range needs at least one known end; leave the date empty when it is not known</source>
        <translation>区间至少需要一端已知；日期不详时请留空</translation>
    </message>
    <message>
        <source>the range %1 ends before it starts</source>
        <translation>区间 %1 的结束早于开始</translation>
    </message>
    <message>
        <source>%1 is not a date: %2</source>
        <translation>%1 不是日期：%2</translation>
    </message>
    <message>
        <source>%1: Spyline keeps dates to the day; leave out the time of day</source>
        <translation>%1：Spyline 的日期只精确到日；请去掉具体时刻</translation>
    </message>
    <message>
        <source>%1: Spyline keeps the years 0001 to 9999</source>
        <translation>%1：Spyline 只记录 0001 年到 9999 年</translation>
    </message>
    <message>
        <source>%1: only the last one or two digits of a year may be unspecified, as in 193X or 19XX</source>
        <translation>%1：年份只有最后一两位数字可以不确定，例如 193X 或 19XX</translation>
    </message>
    <message>
        <source>%1: a year with unspecified digits takes no month or day</source>
        <translation>%1：含不确定数字的年份不能带月或日</translation>
    </message>
    <message>
        <source>%1: there is no year 0000</source>
        <translation>%1：不存在 0000 年</translation>
    </message>
    <message>
        <source>%1: a season takes no day</source>
        <translation>%1：季节不能带日</translation>
    </message>
    <message>
        <source>%1: month %2 does not exist (months run from 01 to 12, seasons from 21 to 24)</source>
        <translation>%1：不存在 %2 月（月份从 01 到 12，季节从 21 到 24）</translation>
    </message>
    <message>
        <source>%1: a day is known only within a known month; write %2-XX-XX or the month</source>
        <translation>%1：只有在月份已知时，日才可能已知；请写作 %2-XX-XX 或写出月份</translation>
    </message>
    <message>
        <source>%1: %2 %3 has %4 days</source>
        <translation>%1：%3年%2只有 %4 天</translation>
    </message>
    <message>
        <source>the date is empty: %1</source>
        <translation>日期为空：%1</translation>
    </message>
    <message>
        <source>%1: a range needs at least one known end; leave the date empty when it is not known</source>
        <translation>%1：区间至少需要一端已知；日期不详时请留空</translation>
    </message>
    <message>
        <source>%1: the range ends before it starts</source>
        <translation>%1：区间的结束早于开始</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>日期不详</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>%1之前</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>%1之后</translation>
    </message>
    <message>
        <source>%1 d</source>
        <comment>a lag in days</comment>
        <translation>%1 天</translation>
    </message>
</context>
<context>
    <name>Spyline::PartialDateEdit</name>
    <message>
        <source>1984-01-15, 1984-01, 1984, c. 1984, 1930s, before 2023-08-11</source>
        <translation>1984-01-15、1984-01、1984、约1984、1930年代、2023-08-11之前</translation>
    </message>
    <message>
        <source>%1 · stored as %2</source>
        <translation>%1 · 存储为 %2</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>a known date is required here</source>
        <translation>此处必须填写已知日期</translation>
    </message>
</context>
<context>
    <name>Spyline::PeopleDialog</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Merge into It</source>
        <translation>合并到此项(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>People and Organisations</source>
        <translation>人物与机构</translation>
    </message>
    <message>
        <source>Search names, aliases and countries</source>
        <translation>搜索名称、别名和国家</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>又名</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>The record that stays; the other&apos;s names become its aliases</source>
        <translation>保留的记录；另一条记录的名称会成为它的别名</translation>
    </message>
    <message>
        <source>Select two records of the same person or organisation to merge them</source>
        <translation>选择同一人物或机构的两条记录以合并它们</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>保留：</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>撤销%1</translation>
    </message>
    <message>
        <source>The people and organisations could not be read: %1</source>
        <translation>无法读取人物与机构：%1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people and organisations</source>
        <translation>
            <numerusform>%Ln 个人物与机构</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 people and organisations</source>
        <translation>%2 个人物与机构中的 %1 个</translation>
    </message>
    <message>
        <source>Edit person or organisation</source>
        <translation>编辑人物或机构</translation>
    </message>
    <message>
        <source>Not merged: %1</source>
        <translation>未合并：%1</translation>
    </message>
    <message>
        <source>%1 merged into %2; its names are now aliases. Undo with Ctrl+Z or the Undo button.</source>
        <translation>%1 已合并到 %2；其名称现为别名。按 Ctrl+Z 或“撤销”按钮撤销。</translation>
    </message>
</context>
<context>
    <name>Spyline::PostgresConnection</name>
    <message>
        <source>cannot connect to %1: out of memory</source>
        <translation>无法连接到 %1：内存不足</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>无法连接到 %1：%2</translation>
    </message>
    <message>
        <source>%1 runs PostgreSQL %2; Spyline needs PostgreSQL 12 or newer</source>
        <translation>%1 运行的是 PostgreSQL %2；Spyline 需要 PostgreSQL 12 或更新版本</translation>
    </message>
    <message>
        <source>cannot use %1: %2</source>
        <translation>无法使用 %1：%2</translation>
    </message>
    <message>
        <source>no collection is open</source>
        <translation>未打开资料库</translation>
    </message>
    <message>
        <source>the server gave no reason</source>
        <translation>服务器未说明原因</translation>
    </message>
    <message>
        <source>the connection to the server was lost: %1</source>
        <translation>与服务器的连接已断开：%1</translation>
    </message>
    <message>
        <source>it refers to a record that does not exist, or it is still used by other records (%1)</source>
        <translation>它引用了不存在的记录，或仍被其他记录使用（%1）</translation>
    </message>
    <message>
        <source>a record like it exists already (%1)</source>
        <translation>已存在相同的记录（%1）</translation>
    </message>
    <message>
        <source>a value is not allowed (%1)</source>
        <translation>某个值不被允许（%1）</translation>
    </message>
    <message>
        <source>the collection is read-only (%1)</source>
        <translation>资料库为只读（%1）</translation>
    </message>
    <message>
        <source>the server does not let this role do that (%1)</source>
        <translation>服务器不允许此角色执行该操作（%1）</translation>
    </message>
    <message>
        <source>the collection is busy: someone else is changing it (%1); try again</source>
        <translation>资料库正忙：有人正在修改它（%1）；请重试</translation>
    </message>
    <message>
        <source>the server has run out of room (%1)</source>
        <translation>服务器空间不足（%1）</translation>
    </message>
</context>
<context>
    <name>Spyline::PostgresStatement</name>
    <message>
        <source>no collection is open</source>
        <translation>未打开资料库</translation>
    </message>
    <message>
        <source>the statement takes %1 values, not %2</source>
        <translation>该语句需要 %1 个值，而不是 %2 个</translation>
    </message>
</context>
<context>
    <name>Spyline::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>When you link an announcement, Spyline proposes the statements made this many days before it.</source>
        <translation>关联通报时，Spyline 会推荐通报之前这么多天内发表的声明。</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>跟随系统（%1）</translation>
    </message>
    <message>
        <source>Spyline speaks the language chosen here from its next start.</source>
        <translation>此处选择的语言将从 Spyline 下次启动起生效。</translation>
    </message>
    <message>
        <source>Statements proposed for a link</source>
        <translation>关联时推荐的声明</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>As the desktop</source>
        <translation>跟随桌面</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation>颜色(&amp;C)</translation>
    </message>
</context>
<context>
    <name>Spyline::Provenance</name>
    <message>
        <source>where the record came from could not be read: %1</source>
        <translation>无法读取记录的出处：%1</translation>
    </message>
    <message>
        <source>the merge from %1 could not be noted: %2</source>
        <translation>无法记下从 %1 合并：%2</translation>
    </message>
    <message>
        <source>where %1 %2 came from could not be noted: %3</source>
        <translation>无法记下%1 %2 的出处：%3</translation>
    </message>
    <message>
        <source>the merge could not be taken back: %1</source>
        <translation>无法撤回合并：%1</translation>
    </message>
</context>
<context>
    <name>Spyline::RecordDialog</name>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>Spyline::RecordSet</name>
    <message numerus="yes">
        <source>%1 has %n role(s) in cases; remove the roles first</source>
        <translation>
            <numerusform>%1 在案件中担任 %n 个角色；请先移除这些角色</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>event &quot;%1&quot;: %2</source>
        <translation>事件“%1”：%2</translation>
    </message>
    <message>
        <source>where a record came from could not be noted again: %1</source>
        <translation>无法再次记下记录的出处：%1</translation>
    </message>
</context>
<context>
    <name>Spyline::RecordTable</name>
    <message>
        <source>%1, row %2, %3: %4</source>
        <translation>%1，第 %2 行，%3：%4</translation>
    </message>
</context>
<context>
    <name>Spyline::RecordWriter</name>
    <message>
        <source>role: this actor already has that role in the case</source>
        <translation>role：该人物或机构在此案件中已有此角色</translation>
    </message>
    <message>
        <source>url: the collection already has a source at this address</source>
        <translation>url：资料库中已有此网址的来源</translation>
    </message>
    <message>
        <source>link: these two events are already linked that way</source>
        <translation>link：这两个事件之间已有这种关联</translation>
    </message>
    <message>
        <source>id: the collection already has a record with this id</source>
        <translation>id：资料库中已有此编号的记录</translation>
    </message>
    <message>
        <source>it refers to a record that does not exist</source>
        <translation>它引用了不存在的记录</translation>
    </message>
    <message>
        <source>the collection is busy: another program is writing to it; try again</source>
        <translation>资料库正忙：另一个程序正在写入；请重试</translation>
    </message>
    <message>
        <source>role: a role ties a stored actor to a stored case</source>
        <translation>role：角色把已保存的人物或机构与已保存的案件联系起来</translation>
    </message>
    <message>
        <source>citation: a citation ties one source to one case or one event</source>
        <translation>citation：引用把一个来源与一个案件或一个事件联系起来</translation>
    </message>
    <message>
        <source>part_of: an actor cannot be part of itself</source>
        <translation>part_of：人物或机构不能隶属于自身</translation>
    </message>
    <message>
        <source>part_of: %1</source>
        <translation>part_of：%1</translation>
    </message>
</context>
<context>
    <name>Spyline::RolesTable</name>
    <message>
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>名称 *</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>a name is required</source>
        <translation>必须填写名称</translation>
    </message>
    <message>
        <source>not a country Spyline knows; use a code (IT, US), a short form (USA, PRC) or the name</source>
        <translation>不是 Spyline 认识的国家；请使用代码（IT、US）、简称（USA、PRC）或名称</translation>
    </message>
</context>
<context>
    <name>Spyline::ServerAddress</name>
    <message>
        <source>%1 is not a PostgreSQL address (postgresql://host/database)</source>
        <translation>%1 不是 PostgreSQL 地址（postgresql://主机/数据库）</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <source>the address %1 cannot be read: %2</source>
        <translation>无法读取地址 %1：%2</translation>
    </message>
    <message>
        <source>the address holds a password (%1); Spyline takes none on the command line. Set PGPASSWORD or write it into ~/.pgpass instead</source>
        <translation>地址中含有密码（%1）；Spyline 不在命令行中接受密码。请改为设置 PGPASSWORD 或将其写入 ~/.pgpass</translation>
    </message>
    <message>
        <source>the address %1 names no database: postgresql://host/database</source>
        <translation>地址 %1 未指明数据库：postgresql://主机/数据库</translation>
    </message>
    <message>
        <source>the PostgreSQL address</source>
        <translation>该 PostgreSQL 地址</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 上的 %1</translation>
    </message>
</context>
<context>
    <name>Spyline::ServerChangeListener</name>
    <message>
        <source>the server gave no reason</source>
        <translation>服务器未说明原因</translation>
    </message>
    <message numerus="yes">
        <source>the server did not answer within %n second(s)</source>
        <translation>
            <numerusform>服务器在 %n 秒内未响应</numerusform>
        </translation>
    </message>
    <message>
        <source>the connection to %1 was lost: %2</source>
        <translation>与 %1 的连接已断开：%2</translation>
    </message>
    <message>
        <source>the changes to %1 cannot be read: %2</source>
        <translation>无法读取 %1 的变更：%2</translation>
    </message>
    <message>
        <source>%1 cannot be heard: %2</source>
        <translation>无法接收 %1 的变更通知：%2</translation>
    </message>
</context>
<context>
    <name>Spyline::ServerCollection</name>
    <message>
        <source>%1 already holds a Spyline collection</source>
        <translation>%1 中已有 Spyline 资料库</translation>
    </message>
    <message>
        <source>%1 holds other tables (%2); Spyline makes a collection only in an empty database</source>
        <translation>%1 中有其他表（%2）；Spyline 只在空数据库中创建资料库</translation>
    </message>
    <message>
        <source>schema %1 for PostgreSQL is missing from this build</source>
        <translation>此版本缺少 PostgreSQL 的第 %1 版数据结构</translation>
    </message>
    <message>
        <source>making schema %1 failed: %2</source>
        <translation>创建第 %1 版数据结构失败：%2</translation>
    </message>
    <message>
        <source>the collection could not be created: %1</source>
        <translation>无法创建资料库：%1</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 holds no Spyline collection; make one with: spyline init --db %1, or copy one there with: spyline copy --from FILE --to %1</source>
        <translation>%1 中没有 Spyline 资料库；可用 spyline init --db %1 创建一个，或用 spyline copy --from FILE --to %1 复制一个过去</translation>
    </message>
    <message>
        <source>%1 is damaged: its schema version is missing</source>
        <translation>%1 已损坏：缺少其数据结构版本</translation>
    </message>
    <message>
        <source>%1 is not a Spyline collection</source>
        <translation>%1 不是 Spyline 资料库</translation>
    </message>
    <message>
        <source>%1 was written by a newer Spyline (schema %2); this version reads schemas up to %3. Update Spyline to open it.</source>
        <translation>%1 由较新的 Spyline 写入（第 %2 版数据结构）；此版本最多只能读取第 %3 版。请更新 Spyline 后再打开。</translation>
    </message>
    <message>
        <source>%1 is damaged: schema %2 never existed on PostgreSQL</source>
        <translation>%1 已损坏：PostgreSQL 上从未有过第 %2 版数据结构</translation>
    </message>
    <message>
        <source>%1 needs an upgrade to schema %2; open it once with the right to change it</source>
        <translation>%1 需要升级到第 %2 版数据结构；请以有修改权限的身份打开一次</translation>
    </message>
    <message>
        <source>%1 could not be upgraded: %2</source>
        <translation>%1 无法升级：%2</translation>
    </message>
    <message>
        <source>the upgrade to schema %1 is missing from this build</source>
        <translation>此版本缺少到第 %1 版数据结构的升级</translation>
    </message>
    <message>
        <source>upgrading to schema %1 failed: %2</source>
        <translation>升级到第 %1 版数据结构失败：%2</translation>
    </message>
    <message>
        <source>no collection is open</source>
        <translation>未打开资料库</translation>
    </message>
    <message>
        <source>it is open for reading only</source>
        <translation>它以只读方式打开</translation>
    </message>
    <message>
        <source>%1 needs an upgrade to schema %2, and %3</source>
        <translation>%1 需要升级到第 %2 版数据结构，而%3</translation>
    </message>
    <message>
        <source>%1 needs an upgrade to schema %2, which only the collection&apos;s owner can make; ask them to open it once with this version of Spyline</source>
        <translation>%1 需要升级到第 %2 版数据结构，只有资料库的所有者才能升级；请其用此版本的 Spyline 打开一次</translation>
    </message>
    <message>
        <source>%1 is read-only: %2</source>
        <translation>%1 是只读的：%2</translation>
    </message>
    <message>
        <source>%1 is open read-only: %2</source>
        <translation>%1 以只读方式打开：%2</translation>
    </message>
    <message>
        <source>%1 could not be brought up to date: %2</source>
        <translation>无法更新 %1：%2</translation>
    </message>
    <message>
        <source>%1 has no change log yet, so changes others make are not shown as they happen; it is added when the collection&apos;s owner opens it once with this version of Spyline</source>
        <translation>%1 还没有变更日志，因此他人的更改不会即时显示；资料库的所有者用此版本的 Spyline 打开一次后即会添加</translation>
    </message>
    <message>
        <source>server addition %1 is missing from this build</source>
        <translation>此版本缺少服务器附加项 %1</translation>
    </message>
    <message>
        <source>making server addition %1 failed: %2</source>
        <translation>创建服务器附加项 %1 失败：%2</translation>
    </message>
</context>
<context>
    <name>Spyline::ServerConflictDialog</name>
    <message>
        <source>Changed by Someone Else</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>On the server now</source>
        <translation>服务器上的当前版本</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>你的版本</translation>
    </message>
    <message>
        <source>(the whole record)</source>
        <translation>（整条记录）</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>kept, with your values</source>
        <translation>保留，使用你的值</translation>
    </message>
    <message>
        <source>Keep Theirs</source>
        <translation>保留对方的</translation>
    </message>
    <message>
        <source>Leave the server as it is; your change is not stored</source>
        <translation>服务器保持原样；不保存你的修改</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>保留我的</translation>
    </message>
    <message>
        <source>Store your change over theirs</source>
        <translation>用你的修改覆盖对方的</translation>
    </message>
    <message>
        <source>%1, changed by %2</source>
        <translation>%1，修改者：%2</translation>
    </message>
</context>
<context>
    <name>Spyline::ServerPrivileges</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 以及另外 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>the server did not say which role this is</source>
        <translation>服务器未说明当前角色</translation>
    </message>
    <message>
        <source>the role %1 may not read %2; the collection&apos;s owner can grant it the right to (see &quot;Team collections&quot; in the README)</source>
        <translation>角色 %1 无权读取 %2；资料库的所有者可以授予该权限（见 README 中的“Team collections”一节）</translation>
    </message>
    <message>
        <source>the server is a standby, which only reads</source>
        <translation>该服务器是备用服务器，只能读取</translation>
    </message>
    <message>
        <source>the server lets the role %1 only read</source>
        <translation>服务器只允许角色 %1 读取</translation>
    </message>
    <message>
        <source>the role %1 may only read this collection (it may not change %2)</source>
        <translation>角色 %1 只能读取此资料库（无权更改 %2）</translation>
    </message>
    <message>
        <source>the role %1 has no schema to make a collection in</source>
        <translation>角色 %1 没有可以创建资料库的模式</translation>
    </message>
    <message>
        <source>the role %1 may not create tables in the schema %2, so it cannot make a collection there; make it as the database&apos;s owner</source>
        <translation>角色 %1 无权在模式 %2 中创建表，因此无法在此创建资料库；请以数据库所有者的身份创建</translation>
    </message>
</context>
<context>
    <name>Spyline::ServerSync</name>
    <message>
        <source>the server cannot be reached: %1</source>
        <translation>无法连接服务器：%1</translation>
    </message>
    <message>
        <source>the working copy has no table %1</source>
        <translation>工作副本中没有表 %1</translation>
    </message>
    <message>
        <source>changes to the working copy cannot be followed: %1</source>
        <translation>无法跟踪工作副本的修改：%1</translation>
    </message>
    <message>
        <source>This cannot be undone: %1 changed %2 on the server after you (%3), and undoing now would overwrite their change.</source>
        <translation>无法撤销：%1 在你之后修改了服务器上的%2（%3），现在撤销会覆盖对方的修改。</translation>
    </message>
    <message>
        <source>%1 added a record under the same number a moment ago (%2); save again to store yours under a new number.</source>
        <translation>%1 刚刚以相同的编号添加了一条记录（%2）；请再次保存，你的记录将使用新的编号。</translation>
    </message>
    <message>
        <source>%1 deleted %2 on the server since you opened it (%3).</source>
        <translation>在你打开之后，%1 删除了服务器上的%2（%3）。</translation>
    </message>
    <message>
        <source>%1 changed %2 on the server since you opened it (%3).</source>
        <translation>在你打开之后，%1 修改了服务器上的%2（%3）。</translation>
    </message>
    <message numerus="yes">
        <source>%n other record(s) too.</source>
        <translation>
            <numerusform>另有 %n 条记录也是如此。</numerusform>
        </translation>
    </message>
    <message>
        <source>the collection on the server may only be read: %1</source>
        <translation>服务器上的资料库只能读取：%1</translation>
    </message>
    <message>
        <source>%1 could not be deleted on the server: %2</source>
        <translation>无法在服务器上删除%1：%2</translation>
    </message>
    <message>
        <source>%1 could not be stored on the server: %2</source>
        <translation>无法在服务器上保存%1：%2</translation>
    </message>
    <message>
        <source>a change from the server could not be kept in the working copy: %1</source>
        <translation>来自服务器的修改无法保存到工作副本：%1</translation>
    </message>
    <message>
        <source>the case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>the event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>the person or organisation</source>
        <translation>人物或机构</translation>
    </message>
    <message>
        <source>the source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>a role in a case</source>
        <translation>案件中的角色</translation>
    </message>
    <message>
        <source>a citation</source>
        <translation>引用</translation>
    </message>
    <message>
        <source>a link between events</source>
        <translation>事件之间的关联</translation>
    </message>
    <message>
        <source>a position in the graph</source>
        <translation>关系图中的位置</translation>
    </message>
    <message>
        <source>the country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>a record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1“%2”</translation>
    </message>
    <message>
        <source>%1 (number %2)</source>
        <translation>%1（编号 %2）</translation>
    </message>
</context>
<context>
    <name>Spyline::SheetFields</name>
    <message>
        <source>Cases (one row per case, or per person with a key)</source>
        <translation>案件（每个案件一行，或每人一行并带键）</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>声明</translation>
    </message>
    <message>
        <source>Links from an announcement to an earlier statement</source>
        <translation>从通报指向较早声明的关联</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Status of the case</source>
        <translation>案件状态</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Sector of the suspect</source>
        <translation>嫌疑人所属领域</translation>
    </message>
    <message>
        <source>Target country</source>
        <translation>目标国</translation>
    </message>
    <message>
        <source>Accused country</source>
        <translation>被指控国</translation>
    </message>
    <message>
        <source>Accused agency</source>
        <translation>被指控机构</translation>
    </message>
    <message>
        <source>Disclosed by (authority)</source>
        <translation>披露者（机关）</translation>
    </message>
    <message>
        <source>Country of the disclosure</source>
        <translation>披露所在国</translation>
    </message>
    <message>
        <source>Disclosure date</source>
        <translation>披露日期</translation>
    </message>
    <message>
        <source>Suspect (a person)</source>
        <translation>嫌疑人（个人）</translation>
    </message>
    <message>
        <source>Suspect&apos;s native name</source>
        <translation>嫌疑人原文名称</translation>
    </message>
    <message>
        <source>Suspect&apos;s country</source>
        <translation>嫌疑人国籍</translation>
    </message>
    <message>
        <source>Suspect&apos;s birth date</source>
        <translation>嫌疑人出生日期</translation>
    </message>
    <message>
        <source>Note on the suspect</source>
        <translation>关于嫌疑人的备注</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>联络人</translation>
    </message>
    <message>
        <source>Handler&apos;s country</source>
        <translation>联络人所属国</translation>
    </message>
    <message>
        <source>Recruiter</source>
        <translation>招募者</translation>
    </message>
    <message>
        <source>Recruiter&apos;s country</source>
        <translation>招募者所属国</translation>
    </message>
    <message>
        <source>Recruitment country</source>
        <translation>招募所在国</translation>
    </message>
    <message>
        <source>Recruitment city</source>
        <translation>招募所在城市</translation>
    </message>
    <message>
        <source>Recruitment venue and context</source>
        <translation>招募地点与背景</translation>
    </message>
    <message>
        <source>Recruitment date</source>
        <translation>招募日期</translation>
    </message>
    <message>
        <source>Arrest date</source>
        <translation>逮捕日期</translation>
    </message>
    <message>
        <source>Source web address</source>
        <translation>来源网址</translation>
    </message>
    <message>
        <source>Source publisher</source>
        <translation>来源发布者</translation>
    </message>
    <message>
        <source>Source title</source>
        <translation>来源标题</translation>
    </message>
    <message>
        <source>Source reliability (A-F)</source>
        <translation>来源可靠性（A-F）</translation>
    </message>
    <message>
        <source>Source credibility (1-6)</source>
        <translation>来源可信度（1-6）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Year of the date</source>
        <translation>日期的年</translation>
    </message>
    <message>
        <source>Month of the date</source>
        <translation>日期的月</translation>
    </message>
    <message>
        <source>Day of the date</source>
        <translation>日期的日</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Year of the end date</source>
        <translation>结束日期的年</translation>
    </message>
    <message>
        <source>Month of the end date</source>
        <translation>结束日期的月</translation>
    </message>
    <message>
        <source>Day of the end date</source>
        <translation>结束日期的日</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Kind (statement, law, other, ignore)</source>
        <translation>类别（statement、law、other、ignore）</translation>
    </message>
    <message>
        <source>Speaker (a person)</source>
        <translation>发言人（个人）</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>From: the later record&apos;s key</source>
        <translation>从：较晚记录的键</translation>
    </message>
    <message>
        <source>To: the earlier record&apos;s key</source>
        <translation>到：较早记录的键</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>Spyline::SheetImport</name>
    <message>
        <source>add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>不变</translation>
    </message>
    <message>
        <source>refuse</source>
        <translation>拒绝</translation>
    </message>
    <message numerus="yes">
        <source>%1 rows; %n problems</source>
        <translation>
            <numerusform>%1 行；%n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rows: new %2; %3 updated, %4 unchanged</source>
        <translation>%1 行：新增 %2；更新 %3，不变 %4</translation>
    </message>
    <message numerus="yes">
        <source>; %n rows ignored</source>
        <translation>
            <numerusform>；忽略 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n values left empty</source>
        <translation>
            <numerusform>；%n 个值留空</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: columns not imported: %2</source>
        <translation>%1：未导入的列：%2</translation>
    </message>
    <message>
        <source>left empty: %1</source>
        <translation>留空：%1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>the collection is open read-only</source>
        <translation>资料库以只读方式打开</translation>
    </message>
    <message>
        <source>the import was cancelled; the collection is unchanged</source>
        <translation>导入已取消；资料库未作更改</translation>
    </message>
</context>
<context>
    <name>Spyline::SheetImportCommand</name>
    <message>
        <source>%1: --map, --dry-run and --skip-bad-values are for CSV and TSV sheets</source>
        <translation>%1：--map、--dry-run 和 --skip-bad-values 用于 CSV 和 TSV 表格</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>would import</source>
        <translation>将导入</translation>
    </message>
    <message>
        <source>did not import</source>
        <translation>未导入</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message numerus="yes">
        <source>nothing was imported: %n problems, listed above; fix them, map the values, or leave optional values empty with --skip-bad-values</source>
        <translation>
            <numerusform>未导入任何内容：有 %n 个问题，见上文；请修正它们、映射这些值，或用 --skip-bad-values 将可选值留空</numerusform>
        </translation>
    </message>
    <message>
        <source>dry run: the collection was not changed</source>
        <translation>试运行：资料库未作更改</translation>
    </message>
    <message>
        <source>%1: the import is saved, but %2</source>
        <translation>%1：导入已保存，但 %2</translation>
    </message>
</context>
<context>
    <name>Spyline::SheetRows</name>
    <message>
        <source>; left empty</source>
        <translation>；已留空</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 不是数字</translation>
    </message>
    <message>
        <source>%1 is not a country Spyline knows; use an ISO code or the English name, or map the value</source>
        <translation>%1 不是 Spyline 认识的国家；请使用 ISO 代码或英文名称，或映射该值</translation>
    </message>
    <message>
        <source>%1 is not one of %2; map the value to one of them</source>
        <translation>%1 不是 %2 之一；请将该值映射为其中之一</translation>
    </message>
    <message>
        <source>the row has %1 cells and the header %2; the cells beyond the header are not read</source>
        <translation>该行有 %1 个单元格而表头有 %2 个；超出表头的单元格不会读取</translation>
    </message>
    <message>
        <source>a case needs a title</source>
        <translation>案件需要标题</translation>
    </message>
    <message>
        <source>%1 is not one of statement, law, other, ignore; map the value to one of them</source>
        <translation>%1 不是 statement、law、other、ignore 之一；请将该值映射为其中之一</translation>
    </message>
    <message>
        <source>a statement needs a title: what was said</source>
        <translation>声明需要标题：说了什么</translation>
    </message>
    <message>
        <source>a link needs the key of the later record</source>
        <translation>关联需要较晚记录的键</translation>
    </message>
    <message>
        <source>a link needs the key of the earlier record</source>
        <translation>关联需要较早记录的键</translation>
    </message>
</context>
<context>
    <name>Spyline::SheetTable</name>
    <message>
        <source>%1 is larger than %2 MB; split it into several sheets</source>
        <translation>%1 大于 %2 MB；请将其拆分为几个表格</translation>
    </message>
    <message>
        <source>The file is not UTF-8; it was read as Windows-1252 (Western European). Check accented letters in the preview, or save the sheet as UTF-8.</source>
        <translation>该文件不是 UTF-8 编码；已按 Windows-1252（西欧）读取。请在预览中检查带重音的字母，或将表格另存为 UTF-8。</translation>
    </message>
    <message>
        <source>%1: the sheet is empty; it needs a header line and rows</source>
        <translation>%1：表格为空；它需要表头行和数据行</translation>
    </message>
    <message>
        <source>%1: the sheet has no line %2 to take as its header</source>
        <translation>%1：表格没有可作为表头的第 %2 行</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; appears twice; the second is called &quot;%1 (%2)&quot;.</source>
        <translation>列“%1”出现了两次；第二个称为“%1 (%2)”。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>Spyline::SheetText</name>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 with byte-order mark</source>
        <translation>带字节顺序标记的 UTF-8</translation>
    </message>
    <message>
        <source>UTF-16 (little-endian)</source>
        <translation>UTF-16（小端）</translation>
    </message>
    <message>
        <source>UTF-16 (big-endian)</source>
        <translation>UTF-16（大端）</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252（西欧）</translation>
    </message>
    <message>
        <source>line %1: the text is not UTF-8 (byte 0x%2); choose the file&apos;s encoding, such as Windows-1252, or save it as UTF-8</source>
        <translation>第 %1 行：文本不是 UTF-8 编码（字节 0x%2）；请选择文件的编码，例如 Windows-1252，或将其另存为 UTF-8</translation>
    </message>
    <message>
        <source>the text is not UTF-16: it has an odd number of bytes</source>
        <translation>文本不是 UTF-16 编码：字节数为奇数</translation>
    </message>
    <message>
        <source>the text is not UTF-16: it holds a broken character</source>
        <translation>文本不是 UTF-16 编码：其中有损坏的字符</translation>
    </message>
    <message>
        <source>unknown encoding</source>
        <translation>未知编码</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>逗号</translation>
    </message>
</context>
<context>
    <name>Spyline::SheetWriter</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: the collection gives %2 as %3 and the sheet %4; the collection&apos;s is kept</source>
        <translation>%1：资料库中的%2为 %3，表格中为 %4；保留资料库中的值</translation>
    </message>
    <message>
        <source>the native name</source>
        <translation>原文名称</translation>
    </message>
    <message>
        <source>the birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>event &quot;%1&quot;: %2</source>
        <translation>事件“%1”：%2</translation>
    </message>
</context>
<context>
    <name>Spyline::ShortcutsDialog</name>
    <message>
        <source>Elsewhere in the window</source>
        <translation>窗口中的其他位置</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Filter by command or key</source>
        <translation>按命令或按键筛选</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>筛选快捷键</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Keys inside the timeline, the graph and the map (from item to item, zoom, pan, fit) are described in the user guide, under Browsing cases.</source>
        <translation>时间线、关系图和地图中的按键（逐项移动、缩放、平移、适应窗口）在用户指南的“浏览案件”一节中说明。</translation>
    </message>
</context>
<context>
    <name>Spyline::SourceDialog</name>
    <message>
        <source>New Source</source>
        <translation>新建来源</translation>
    </message>
    <message>
        <source>Web address *</source>
        <translation>网址 *</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>发布者</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>Reliability of the source</source>
        <translation>来源的可靠性</translation>
    </message>
    <message>
        <source>Credibility of the report</source>
        <translation>报道的可信度</translation>
    </message>
    <message>
        <source>Edit Source</source>
        <translation>编辑来源</translation>
    </message>
    <message>
        <source>Published: %1</source>
        <translation>发布日期：%1</translation>
    </message>
</context>
<context>
    <name>Spyline::SourceListing</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between a source&apos;s publisher, title and date</comment>
        <translation>，</translation>
    </message>
    <message>
        <source>. </source>
        <comment>after a source&apos;s title and date, before its address</comment>
        <translation>。</translation>
    </message>
    <message>
        <source> (%1)</source>
        <comment>a source&apos;s grade</comment>
        <translation>（%1）</translation>
    </message>
</context>
<context>
    <name>Spyline::SourceRepository</name>
    <message>
        <source>url: the collection already has a source at %1</source>
        <translation>url：资料库中已有网址为 %1 的来源</translation>
    </message>
    <message>
        <source>the source could not be saved: %1</source>
        <translation>来源无法保存：%1</translation>
    </message>
    <message>
        <source>the source %1 no longer exists</source>
        <translation>来源 %1 已不存在</translation>
    </message>
    <message>
        <source>the source could not be deleted: %1</source>
        <translation>来源无法删除：%1</translation>
    </message>
    <message>
        <source>there is no source %1</source>
        <translation>不存在来源 %1</translation>
    </message>
</context>
<context>
    <name>Spyline::SourcesTable</name>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Web address *</source>
        <translation>网址 *</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>发布者</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>评级</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>引文</translation>
    </message>
</context>
<context>
    <name>Spyline::SqlQuery</name>
    <message>
        <source>the collection is busy: another program is writing to it; try again</source>
        <translation>资料库正忙：另一个程序正在写入；请重试</translation>
    </message>
    <message>
        <source>it refers to a record that does not exist, or it is still used by other records</source>
        <translation>它引用了不存在的记录，或仍被其他记录使用</translation>
    </message>
    <message>
        <source>the collection is read-only</source>
        <translation>资料库为只读</translation>
    </message>
    <message>
        <source>no collection is open</source>
        <translation>未打开资料库</translation>
    </message>
    <message>
        <source>Unable to execute multiple statements at a time</source>
        <translation>无法一次执行多条语句</translation>
    </message>
    <message>
        <source>the statement is empty</source>
        <translation>语句为空</translation>
    </message>
    <message>
        <source>no statement is prepared</source>
        <translation>没有已准备的语句</translation>
    </message>
</context>
<context>
    <name>Spyline::SqliteLibrary</name>
    <message>
        <source>Spyline needs SQLite %1 or newer, but the SQLite library it runs on is %2 (it was built with %3); install a newer SQLite or rebuild Spyline against the one installed</source>
        <translation>Spyline 需要 SQLite %1 或更新版本，但它运行所用的 SQLite 库是 %2（构建时使用 %3）；请安装更新的 SQLite，或针对已安装的版本重新构建 Spyline</translation>
    </message>
    <message>
        <source>the SQLite library Spyline runs on (%1) was built without full-text search (FTS5), which collections need</source>
        <translation>Spyline 运行所用的 SQLite 库（%1）构建时未包含资料库所需的全文搜索（FTS5）</translation>
    </message>
</context>
<context>
    <name>Spyline::StackedChart</name>
    <message>
        <source>%1: %2</source>
        <comment>a chart&apos;s name, then what it leaves out</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Where and when</source>
        <translation>地点与时间</translation>
    </message>
</context>
<context>
    <name>Spyline::StatementSheetWriter</name>
    <message>
        <source>no date</source>
        <translation>无日期</translation>
    </message>
    <message>
        <source>statement %1</source>
        <translation>声明 %1</translation>
    </message>
    <message>
        <source>no row of it could be read</source>
        <translation>其中没有一行可以读取</translation>
    </message>
    <message>
        <source>repeats the key %1 of line %2 with other values; only its source is read</source>
        <translation>以不同的值重复了第 %2 行的键 %1；只读取其来源</translation>
    </message>
    <message>
        <source>statement %1 (%2)</source>
        <translation>声明 %1（%2）</translation>
    </message>
</context>
<context>
    <name>Spyline::StatisticsCanvas</name>
    <message>
        <source>Statistics chart</source>
        <translation>统计图表</translation>
    </message>
</context>
<context>
    <name>Spyline::StatisticsChart</name>
    <message>
        <source>Lags</source>
        <translation>间隔</translation>
    </message>
    <message>
        <source>links, by lag</source>
        <translation>关联，按间隔</translation>
    </message>
    <message>
        <source>uncertain lag, as its range</source>
        <translation>不确定的间隔，画为其区间</translation>
    </message>
    <message>
        <source>uncertain lags that may fall in the bin</source>
        <translation>可能落在该区段内的不确定间隔</translation>
    </message>
    <message>
        <source>Disclosing country</source>
        <translation>披露国</translation>
    </message>
</context>
<context>
    <name>Spyline::StatisticsLayout</name>
    <message>
        <source>unknown country</source>
        <translation>国家不详</translation>
    </message>
    <message>
        <source>Days from a statement to the announcement that followed</source>
        <translation>从声明到其后通报的天数</translation>
    </message>
    <message>
        <source>Disclosures per year, by disclosing country</source>
        <translation>每年披露数，按披露国</translation>
    </message>
    <message>
        <source>Recruitment venues by country</source>
        <translation>招募地点，按国家</translation>
    </message>
    <message>
        <source>Cases by status</source>
        <translation>案件，按状态</translation>
    </message>
    <message>
        <source>Cases by accused agency</source>
        <translation>案件，按被指控机构</translation>
    </message>
    <message>
        <source>median %1 d</source>
        <translation>中位数 %1 天</translation>
    </message>
    <message>
        <source>median %1–%2 d</source>
        <translation>中位数 %1–%2 天</translation>
    </message>
    <message numerus="yes">
        <source>%Ln link(s) between a statement and what followed</source>
        <translation>
            <numerusform>%Ln 条声明与其后事件之间的关联</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in a bin</source>
        <translation>
            <numerusform>%Ln 条落在区段内</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n uncertain across bins, drawn as ranges</source>
        <translation>
            <numerusform>%n 条跨越区段，不确定，画为区间</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from %1 days on, not drawn</source>
        <translation>
            <numerusform>%n 条达到 %1 天或以上，未画出</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln undated, not drawn</source>
        <translation>
            <numerusform>%Ln 条无日期，未画出</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln link(s) with an undated statement or announcement are not drawn.</source>
        <translation>
            <numerusform>%Ln 条关联的声明或通报没有日期，未画出。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln link(s) of %1 days or more are not drawn.</source>
        <translation>
            <numerusform>%Ln 条间隔达到 %1 天或以上的关联未画出。</numerusform>
        </translation>
    </message>
    <message>
        <source>Lags known only as a range that crosses a bin are drawn as that range, not counted in a bin.</source>
        <translation>只知道跨越区段的区间的间隔，画为该区间，不计入任何区段。</translation>
    </message>
    <message>
        <source>links</source>
        <translation>关联</translation>
    </message>
    <message numerus="yes">
        <source>days after the statement (bins of %Ln day(s))</source>
        <translation>
            <numerusform>声明之后的天数（每个区段 %Ln 天）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1–%2 days</source>
        <translation>%1–%2 天</translation>
    </message>
    <message numerus="yes">
        <source>%Ln disclosure(s)</source>
        <translation>
            <numerusform>%Ln 次披露</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) with no dated announcement, not drawn</source>
        <translation>
            <numerusform>%Ln 个案件没有带日期的通报，未画出</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) with no dated announcement are not drawn.</source>
        <translation>
            <numerusform>%Ln 个没有带日期通报的案件未画出。</numerusform>
        </translation>
    </message>
    <message>
        <source>cases disclosed</source>
        <translation>披露的案件</translation>
    </message>
    <message>
        <source>year of the first announcement</source>
        <translation>首次通报的年份</translation>
    </message>
    <message>
        <source>other countries</source>
        <translation>其他国家</translation>
    </message>
    <message>
        <source>disclosing country unknown</source>
        <translation>披露国不详</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) with a recruitment venue</source>
        <translation>
            <numerusform>%Ln 个案件有招募地点</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with none recorded, not drawn</source>
        <translation>
            <numerusform>%Ln 个没有记录，未画出</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) with no recruitment venue in a known country are not drawn.</source>
        <translation>
            <numerusform>%Ln 个在已知国家中没有招募地点的案件未画出。</numerusform>
        </translation>
    </message>
    <message>
        <source>cases recruited there</source>
        <translation>在该处招募的案件</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s), by the status their record gives</source>
        <translation>
            <numerusform>%Ln 个案件，按其记录所载的状态</numerusform>
        </translation>
    </message>
    <message>
        <source>cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln 个案件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln name no accused agency, not drawn</source>
        <translation>
            <numerusform>%Ln 个未指明被指控机构，未画出</numerusform>
        </translation>
    </message>
    <message>
        <source>a case counts once for each agency it names</source>
        <translation>一个案件每指明一个机构就计一次</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) that name no accused agency are not drawn.</source>
        <translation>
            <numerusform>%Ln 个未指明被指控机构的案件未画出。</numerusform>
        </translation>
    </message>
    <message>
        <source>cases naming the agency</source>
        <translation>指明该机构的案件</translation>
    </message>
    <message numerus="yes">
        <source>%Ln other(s)</source>
        <translation>
            <numerusform>其他 %Ln 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The other %Ln are one bar.</source>
        <translation>
            <numerusform>其余 %Ln 个合为一个条形。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln link(s)</source>
        <translation>
            <numerusform>%Ln 条关联</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to show only their cases.</source>
        <translation>点击只显示其案件。</translation>
    </message>
    <message>
        <source>Lag %1: the dates allow any of these days</source>
        <translation>间隔 %1：按日期可能是其中任何一天</translation>
    </message>
    <message>
        <source>Click to show only its case.</source>
        <translation>点击只显示其案件。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n uncertain lag(s) may fall here</source>
        <translation>
            <numerusform>%1：可能有 %n 个不确定的间隔落在此处</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Click to show only this year.</source>
        <translation>点击只显示这一年。</translation>
    </message>
    <message>
        <source>Click to show only these cases.</source>
        <translation>点击只显示这些案件。</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the parts of a chart&apos;s headline</comment>
        <translation>；</translation>
    </message>
    <message>
        <source>.</source>
        <comment>the end of a chart&apos;s headline</comment>
        <translation>。</translation>
    </message>
</context>
<context>
    <name>Spyline::StatisticsPainter</name>
    <message>
        <source>Nothing to count: no case or link passes the filter.</source>
        <translation>没有可统计的内容：没有案件或关联符合筛选条件。</translation>
    </message>
    <message>
        <source>uncertain lags, as their ranges</source>
        <translation>不确定的间隔，画为其区间</translation>
    </message>
    <message>
        <source>→ %1 d</source>
        <comment>up to a lag of this many days</comment>
        <translation>→ %1 天</translation>
    </message>
</context>
<context>
    <name>Spyline::StatisticsSnapshot</name>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>Spyline::StatisticsView</name>
    <message>
        <source>Bins of</source>
        <translation>区段</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>top </source>
        <translation>前 </translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation>图表：</translation>
    </message>
    <message>
        <source>The statistics could not be counted: %1</source>
        <translation>无法统计：%1</translation>
    </message>
</context>
<context>
    <name>Spyline::Store</name>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>the disk could not be read or written (%1)</source>
        <translation>无法读写磁盘（%1）</translation>
    </message>
    <message>
        <source>the file cannot be written (%1)</source>
        <translation>无法写入该文件（%1）</translation>
    </message>
    <message>
        <source>the collection is busy: another program is writing to it (%1); try again</source>
        <translation>资料库正忙：另一个程序正在写入（%1）；请重试</translation>
    </message>
    <message>
        <source>the file cannot be opened (%1)</source>
        <translation>无法打开该文件（%1）</translation>
    </message>
    <message>
        <source>there is not enough memory</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <source>the upgrade to schema %1 is missing from this build</source>
        <translation>此版本缺少到第 %1 版数据结构的升级</translation>
    </message>
    <message>
        <source>upgrading to schema %1 failed: %2</source>
        <translation>升级到第 %1 版数据结构失败：%2</translation>
    </message>
    <message>
        <source>cannot open an in-memory database</source>
        <translation>无法打开内存数据库</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a Spyline collection: it is not an SQLite database</source>
        <translation>%1 不是 Spyline 资料库：它不是 SQLite 数据库</translation>
    </message>
    <message>
        <source>%1 is damaged: it is cut short (%2 of %3 bytes)</source>
        <translation>%1 已损坏：文件被截断（%3 字节中只有 %2 字节）</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 already exists; Spyline does not overwrite it</source>
        <translation>%1 已存在；Spyline 不会覆盖它</translation>
    </message>
    <message>
        <source>%1 could not be created: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 不存在</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 不是文件</translation>
    </message>
    <message>
        <source>%1 is not a Spyline collection: %2</source>
        <translation>%1 不是 Spyline 资料库：%2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a Spyline collection</source>
        <translation>%1 是 SQLite 数据库，但不是 Spyline 资料库</translation>
    </message>
    <message>
        <source>%1 was written by a newer Spyline (schema %2); this version reads schemas up to %3. Update Spyline to open it.</source>
        <translation>%1 由较新的 Spyline 写入（第 %2 版数据结构）；此版本最多只能读取第 %3 版。请更新 Spyline 后再打开。</translation>
    </message>
    <message>
        <source>%1 is not a Spyline collection: it has no schema</source>
        <translation>%1 不是 Spyline 资料库：它没有数据结构版本</translation>
    </message>
    <message>
        <source>%1 needs an upgrade to schema %2, but it is read-only</source>
        <translation>%1 需要升级到第 %2 版数据结构，但它是只读的</translation>
    </message>
    <message>
        <source>%1 could not be upgraded: %2</source>
        <translation>%1 无法升级：%2</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation>%1 无法使用：%2</translation>
    </message>
    <message>
        <source>%1 cannot be read: no room for a temporary copy (%2)</source>
        <translation>无法读取 %1：没有空间存放临时副本（%2）</translation>
    </message>
    <message>
        <source>%1 is not a Spyline collection as written by Spyline: it holds objects Spyline did not create or that were changed (%2)</source>
        <translation>%1 不是由 Spyline 写入的 Spyline 资料库：其中含有不是 Spyline 创建的或被改动过的对象（%2）</translation>
    </message>
    <message>
        <source>%1 is damaged: it lacks %2</source>
        <translation>%1 已损坏：缺少 %2</translation>
    </message>
    <message>
        <source>no collection is open</source>
        <translation>未打开资料库</translation>
    </message>
    <message>
        <source>the journal could not be folded into the collection: another program still reads it</source>
        <translation>无法将日志并入资料库：另一个程序仍在读取它</translation>
    </message>
    <message>
        <source>%1 is not whole: it holds %2 bytes where its header promises %3</source>
        <translation>%1 不完整：文件头表明应有 %3 字节，实际只有 %2 字节</translation>
    </message>
    <message>
        <source>%1 is open read-only</source>
        <translation>%1 以只读方式打开</translation>
    </message>
    <message>
        <source>%1 row %2 refers to a missing %3 row</source>
        <translation>%1 第 %2 行引用了不存在的 %3 行</translation>
    </message>
    <message>
        <source>%1 cases have a stale date span</source>
        <translation>%1 个案件的日期范围已过时</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 已存在</translation>
    </message>
    <message>
        <source>the copy could not be written to %1: %2</source>
        <translation>无法将副本写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>Spyline::SyntheticCollection</name>
    <message>
        <source>generation was cancelled; the collection is unchanged</source>
        <translation>生成已取消；资料库未作更改</translation>
    </message>
    <message>
        <source>--cases must be between 1 and 10,000,000</source>
        <translation>--cases 必须在 1 到 10,000,000 之间</translation>
    </message>
</context>
<context>
    <name>Spyline::TableTransfer</name>
    <message>
        <source>the server sent %1 for a whole number</source>
        <translation>服务器发来的 %1 不是整数</translation>
    </message>
    <message>
        <source>the server sent a row of %1 with %2 values instead of %3</source>
        <translation>服务器发来的 %1 的一行有 %2 个值，而不是 %3 个</translation>
    </message>
    <message>
        <source>%1 row %2 could not be written: %3</source>
        <translation>%1 的第 %2 行无法写入：%3</translation>
    </message>
    <message>
        <source>the copy was cancelled</source>
        <translation>复制已取消</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 无法写入：%2</translation>
    </message>
</context>
<context>
    <name>Spyline::TeamCollectionBanner</name>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Refresh (%1)</source>
        <translation>刷新（%1）</translation>
    </message>
    <message>
        <source>Team collection</source>
        <translation>团队资料库</translation>
    </message>
    <message>
        <source>Team collection %1 as of %2: the window does not follow the server now (%3). It tries again by itself; Refresh takes a new snapshot.</source>
        <translation>团队资料库 %1，截至 %2：窗口目前未与服务器同步（%3）。它会自动重试；“刷新”会读取新的快照。</translation>
    </message>
    <message>
        <source>Team collection %1: your changes go to the server as you make them, and others&apos; appear here as they make them.</source>
        <translation>团队资料库 %1：你的修改随做随存到服务器，他人的修改一做出就出现在这里。</translation>
    </message>
    <message>
        <source>Team collection %1: your changes go to the server as you make them; connecting to hear of others&apos;…</source>
        <translation>团队资料库 %1：你的修改随做随存到服务器；正在连接以接收他人的修改…</translation>
    </message>
    <message>
        <source>Team collection %1, read-only for you: %2. Others&apos; changes appear here as they make them.</source>
        <translation>团队资料库 %1，你只能读取：%2。他人的修改一做出就出现在这里。</translation>
    </message>
    <message>
        <source>Team collection %1 as of %2, read-only for you: %3.</source>
        <translation>团队资料库 %1，截至 %2，你只能读取：%3。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Copy of the team collection</source>
        <translation>团队资料库的副本</translation>
    </message>
    <message>
        <source>Stop copying the team collection to this computer</source>
        <translation>停止把团队资料库复制到这台电脑</translation>
    </message>
    <message>
        <source>Copying team collection %1 to this computer: its timeline is here already; the case list, search, the other views and editing follow when the copy is complete.</source>
        <translation>正在把团队资料库 %1 复制到这台电脑：时间线已经显示；案例列表、搜索、其他视图和编辑在复制完成后随之可用。</translation>
    </message>
</context>
<context>
    <name>Spyline::TeamCollectionDialog</name>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>Connect to a Team Collection</source>
        <translation>连接团队资料库</translation>
    </message>
    <message>
        <source>A collection kept on a PostgreSQL server for a class or a newsroom. Spyline reads one snapshot of it into a private copy: you browse, search and export it here; it is changed on the server.</source>
        <translation>为班级或编辑部保存在 PostgreSQL 服务器上的资料库。Spyline 把它的一个快照读入一份私有副本：你在这里浏览、搜索和导出它；修改则在服务器上进行。</translation>
    </message>
    <message>
        <source>For example postgresql://teacher@db.school.example/class, or postgresql:///class?host=/run/postgresql for the server&apos;s socket on this computer. A password never goes into the address.</source>
        <translation>例如 postgresql://teacher@db.school.example/class；服务器在本机时，可用 postgresql:///class?host=/run/postgresql 连接它的套接字。密码从不写进地址。</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>Give the address of the collection, starting with postgresql://.</source>
        <translation>请输入资料库的地址，以 postgresql:// 开头。</translation>
    </message>
    <message>
        <source>%1 is not the address of a PostgreSQL server: it starts with postgresql://. A collection file opens with File → Open Collection.</source>
        <translation>%1 不是 PostgreSQL 服务器的地址：服务器地址以 postgresql:// 开头。资料库文件请用“文件 → 打开资料库”打开。</translation>
    </message>
</context>
<context>
    <name>Spyline::TeamCollectionOpener</name>
    <message>
        <source>Team Collection</source>
        <translation>团队资料库</translation>
    </message>
    <message>
        <source>Wait until the snapshot under way is complete, or cancel it.</source>
        <translation>请等待正在读取的快照完成，或取消它。</translation>
    </message>
    <message>
        <source>The server asks for a password for %1.</source>
        <translation>服务器要求提供 %1 的密码。</translation>
    </message>
    <message>
        <source>The collection could not be read: %1</source>
        <translation>无法读取该资料库：%1</translation>
    </message>
    <message>
        <source>Reading the team collection at %1…</source>
        <translation>正在读取位于 %1 的团队资料库…</translation>
    </message>
</context>
<context>
    <name>Spyline::TimeAxis</name>
    <message>
        <source>%1th century</source>
        <translation>%1世纪</translation>
    </message>
    <message>
        <source>%1st century</source>
        <translation>%1世纪</translation>
    </message>
    <message>
        <source>%1nd century</source>
        <translation>%1世纪</translation>
    </message>
    <message>
        <source>%1rd century</source>
        <translation>%1世纪</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>%1季度</translation>
    </message>
    <message>
        <source>%1s</source>
        <translation>%1年代</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>an axis&apos;s month and year: month, year</comment>
        <translation>%2年%1</translation>
    </message>
    <message>
        <source>days</source>
        <translation>日</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>周</translation>
    </message>
    <message>
        <source>months</source>
        <translation>月</translation>
    </message>
    <message>
        <source>quarters</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>years</source>
        <translation>年</translation>
    </message>
    <message>
        <source>decades</source>
        <translation>十年</translation>
    </message>
    <message>
        <source>centuries</source>
        <translation>世纪</translation>
    </message>
</context>
<context>
    <name>Spyline::TimelineAccessible</name>
    <message>
        <source>case: %1</source>
        <translation>案件：%1</translation>
    </message>
    <message>
        <source>%1 after %2: %3</source>
        <translation>在%2之后 %1：%3</translation>
    </message>
    <message>
        <source>followed %1 later by %2: %3</source>
        <translation>%1 之后接着%2：%3</translation>
    </message>
    <message>
        <source>Event %1 of %2 in the lane %3</source>
        <translation>泳道“%3”中的第 %1 个事件，共 %2 个</translation>
    </message>
</context>
<context>
    <name>Spyline::TimelineChart</name>
    <message>
        <source>%1 (%2) → %3 (%4): %5</source>
        <translation>%1（%2）→ %3（%4）：%5</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>How to read it</source>
        <translation>阅读说明</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) could not be read from the collection and are not drawn.</source>
        <translation>
            <numerusform>%Ln 个事件无法从资料库中读取，未画出。</numerusform>
        </translation>
    </message>
    <message>
        <source>Lanes grouped by %1 to fit one page: %L2 lanes for %L3 cases.</source>
        <translation>泳道按%1分组以容纳于一页：%L3 个案件共 %L2 条泳道。</translation>
    </message>
    <message>
        <source>Lanes grouped by %1 to fit %L4 pages: %L2 lanes for %L3 cases.</source>
        <translation>泳道按%1分组以容纳于 %L4 页：%L3 个案件共 %L2 条泳道。</translation>
    </message>
    <message>
        <source>Page %1 of %2: lanes %L3–%L4 of %L5 by %6.</source>
        <translation>第 %1 页，共 %2 页：按%6排列的 %L5 条泳道中的第 %L3–%L4 条。</translation>
    </message>
    <message>
        <source>%L1 of %L2 lanes fit the page limit; the others are left out.</source>
        <translation>%L2 条泳道中有 %L1 条在页数限制之内；其余未画出。</translation>
    </message>
    <message>
        <source>The axis is cut where nothing is recorded: %1.</source>
        <translation>坐标轴在没有记录的时段处截断：%1。</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
</context>
<context>
    <name>Spyline::TimelineData</name>
    <message>
        <source>the timeline could not read the %1: %2</source>
        <translation>时间线无法读取%1：%2</translation>
    </message>
    <message>
        <source>loading the timeline was cancelled</source>
        <translation>时间线加载已取消</translation>
    </message>
    <message>
        <source>no collection is open</source>
        <translation>未打开资料库</translation>
    </message>
</context>
<context>
    <name>Spyline::TimelineLanes</name>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln 个事件</numerusform>
        </translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Disclosing country</source>
        <translation>披露国</translation>
    </message>
    <message>
        <source>Accused country</source>
        <translation>被指控国</translation>
    </message>
    <message>
        <source>Accused agency</source>
        <translation>被指控机构</translation>
    </message>
    <message>
        <source>Recruitment venue country</source>
        <translation>招募地点所在国</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>人物或机构</translation>
    </message>
    <message>
        <source>Outside cases, country not recorded</source>
        <translation>不属于案件，国家未记录</translation>
    </message>
    <message>
        <source>%1, outside cases</source>
        <translation>%1，不属于案件</translation>
    </message>
    <message>
        <source>Disclosing country not recorded</source>
        <translation>未记录披露国</translation>
    </message>
    <message>
        <source>Accused country not recorded</source>
        <translation>未记录被指控国</translation>
    </message>
    <message>
        <source>Sponsoring agency not recorded</source>
        <translation>未记录背后机构</translation>
    </message>
    <message>
        <source>Recruitment venue not recorded</source>
        <translation>未记录招募地点</translation>
    </message>
    <message>
        <source>No actor recorded</source>
        <translation>未记录人物或机构</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) have no dated event and are not drawn.</source>
        <translation>
            <numerusform>%Ln 个案件没有带日期的事件，未画出。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) are not drawn: their date is unknown</source>
        <translation>
            <numerusform>%Ln 个事件日期不详，未画出</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%Ln case(s) have no dated event)</source>
        <translation>
            <numerusform>（%Ln 个案件没有带日期的事件）</numerusform>
        </translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>目标国 %1</translation>
    </message>
    <message>
        <source>accused %1</source>
        <translation>被指控国 %1</translation>
    </message>
    <message>
        <source>statements, laws and other events · %1, %L2 as context of shown cases</source>
        <translation>声明、法律及其他事件 · %1，%L2 个作为所示案件的背景</translation>
    </message>
    <message>
        <source>statements, laws and other events · %1</source>
        <translation>声明、法律及其他事件 · %1</translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>a sentence, then its full stop</comment>
        <translation>%1。</translation>
    </message>
</context>
<context>
    <name>Spyline::TimelineLayout</name>
    <message>
        <source>%L1 events in view, shown as counts per %2 px</source>
        <translation>视图中有 %L1 个事件，按每 %2 像素计数显示</translation>
    </message>
    <message numerus="yes">
        <source>%n links</source>
        <translation>
            <numerusform>%n 条关联</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (+%2)</source>
        <translation>%1（+%2）</translation>
    </message>
</context>
<context>
    <name>Spyline::TimelineLegendPainter</name>
    <message>
        <source>month, year or range only</source>
        <translation>仅知月份、年份或区间</translation>
    </message>
    <message>
        <source>before or after a date</source>
        <translation>某日期之前或之后</translation>
    </message>
    <message>
        <source>approximate or uncertain date</source>
        <translation>约略或不确定的日期</translation>
    </message>
    <message>
        <source>cluster, with count</source>
        <translation>聚集，附数量</translation>
    </message>
    <message>
        <source>density: events per bucket</source>
        <translation>密度：每个区段的事件数</translation>
    </message>
    <message>
        <source>case, first event to disclosure</source>
        <translation>案件，从首个事件到披露</translation>
    </message>
    <message>
        <source>link, with lag in days</source>
        <translation>关联，附间隔天数</translation>
    </message>
    <message>
        <source>grey: context of a shown case</source>
        <translation>灰色：所示案件的背景</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>另有 %1 项</translation>
    </message>
</context>
<context>
    <name>Spyline::TimelinePainter</name>
    <message>
        <source>Lanes by %1 · %L2</source>
        <translation>泳道按%1 · %L2</translation>
    </message>
    <message>
        <source>Whole collection: %1–%2 · %L3 events</source>
        <translation>整个资料库：%1–%2 · %L3 个事件</translation>
    </message>
    <message numerus="yes">
        <source>%Ln undated event(s), not drawn</source>
        <translation>
            <numerusform>%Ln 个无日期事件，未画出</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spyline::TimelinePanel</name>
    <message>
        <source>Links</source>
        <translation>关联</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <source>Draw links from a statement to the announcement that followed, with the lag</source>
        <translation>画出从声明到其后通报的关联，附间隔</translation>
    </message>
    <message>
        <source>Fit all</source>
        <translation>显示全部</translation>
    </message>
    <message>
        <source>Fit selection</source>
        <translation>适应所选</translation>
    </message>
    <message>
        <source>Show the selected case or event (F)</source>
        <translation>显示所选的案件或事件（F）</translation>
    </message>
    <message>
        <source>Clear dates</source>
        <translation>清除日期</translation>
    </message>
    <message>
        <source>Stop filtering by dates, brushed or typed (Esc)</source>
        <translation>停止按日期筛选，无论是刷选还是输入的日期（Esc）</translation>
    </message>
    <message>
        <source>Shift-drag on the timeline to filter every view by dates; the filter bar&apos;s from and to fields show the same dates</source>
        <translation>在时间线上按住 Shift 拖动，可按日期筛选所有视图；筛选栏的“从”和“至”字段显示相同的日期</translation>
    </message>
    <message>
        <source>Lanes by</source>
        <translation>泳道按</translation>
    </message>
    <message>
        <source>Dates %1 – %2</source>
        <translation>日期 %1 – %2</translation>
    </message>
    <message>
        <source>Dates from %1</source>
        <translation>日期从 %1 起</translation>
    </message>
    <message>
        <source>Dates until %1</source>
        <translation>日期到 %1 为止</translation>
    </message>
    <message>
        <source>Shift-drag to filter by dates</source>
        <translation>按住 Shift 拖动以按日期筛选</translation>
    </message>
    <message>
        <source>Show the whole collection (0)</source>
        <translation>显示整个资料库 (0)</translation>
    </message>
</context>
<context>
    <name>Spyline::TimelineTooltip</name>
    <message>
        <source>%1 (recorded as %2)</source>
        <translation>%1（记录为 %2）</translation>
    </message>
    <message>
        <source>Source grade: %1</source>
        <translation>来源评级：%1</translation>
    </message>
    <message>
        <source>Source grade (cited for the case): %1</source>
        <translation>来源评级（为案件引用）：%1</translation>
    </message>
    <message>
        <source>Source grade: no source cited</source>
        <translation>来源评级：未引用来源</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>日期：%1</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>类别：%1</translation>
    </message>
    <message>
        <source>Lasted until: %1</source>
        <translation>持续至：%1</translation>
    </message>
    <message>
        <source>Case: %1</source>
        <translation>案件：%1</translation>
    </message>
    <message>
        <source>%L1 events, %2 – %3</source>
        <translation>%L1 个事件，%2 – %3</translation>
    </message>
    <message>
        <source>… and %L1 more; click to zoom in</source>
        <translation>……另有 %L1 个；点击放大</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>First known event: %1</source>
        <translation>最早的已知事件：%1</translation>
    </message>
    <message>
        <source>Disclosed: %1</source>
        <translation>披露：%1</translation>
    </message>
    <message>
        <source>No disclosure recorded; last known event %1</source>
        <translation>未记录披露；最后的已知事件为 %1</translation>
    </message>
    <message>
        <source>Lag: %1</source>
        <translation>间隔：%1</translation>
    </message>
</context>
<context>
    <name>Spyline::TimelineView</name>
    <message>
        <source>Loading the timeline…</source>
        <translation>正在加载时间线…</translation>
    </message>
    <message>
        <source>No dated events in this collection yet</source>
        <translation>此资料库还没有带日期的事件</translation>
    </message>
    <message>
        <source>No collection is open</source>
        <translation>未打开资料库</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Events by time, in lanes. The arrow keys move from event to event, Home and End to the first and last in the lane; Enter edits the event, Space selects it.</source>
        <translation>按时间分泳道排列的事件。方向键在事件之间移动，Home 和 End 移到泳道中的第一个和最后一个事件；Enter 编辑事件，空格键选中它。</translation>
    </message>
</context>
<context>
    <name>Spyline::UserGuide</name>
    <message>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <source>Browsing cases</source>
        <translation>浏览案件</translation>
    </message>
    <message>
        <source>Entering what you read</source>
        <translation>录入所读内容</translation>
    </message>
    <message>
        <source>Statements and announcements</source>
        <translation>声明与通报</translation>
    </message>
    <message>
        <source>Importing files</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <source>Reading the charts</source>
        <translation>解读图表</translation>
    </message>
    <message>
        <source>Exporting charts and data</source>
        <translation>导出图表和数据</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>资料库</translation>
    </message>
</context>
<context>
    <name>Spyline::UserGuideWindow</name>
    <message>
        <source>Spyline User Guide</source>
        <translation>Spyline 用户指南</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>搜索指南</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>前进</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一处</translation>
    </message>
    <message>
        <source>The previous place the words occur (%1)</source>
        <translation>这些词出现的上一处（%1）</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一处</translation>
    </message>
    <message>
        <source>The next place the words occur (%1)</source>
        <translation>这些词出现的下一处（%1）</translation>
    </message>
    <message>
        <source>Not in the guide</source>
        <translation>指南中没有</translation>
    </message>
    <message numerus="yes">
        <source>On %n page(s)</source>
        <translation>
            <numerusform>见于 %n 页</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spyline::Validation</name>
    <message>
        <source>%1: %2 needs a %1</source>
        <translation>%1：%2必须有 %1</translation>
    </message>
    <message>
        <source>%1: is %2 characters long; at most %3 are kept</source>
        <translation>%1：长度为 %2 个字符；最多保留 %3 个</translation>
    </message>
    <message>
        <source>reference: is %1 characters long; at most %2 are kept</source>
        <translation>reference：长度为 %1 个字符；最多保留 %2 个</translation>
    </message>
    <message>
        <source>reference: a reference is one line</source>
        <translation>reference：编号只能是一行</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a country code Spyline knows</source>
        <translation>%1：“%2”不是 Spyline 认识的国家代码</translation>
    </message>
    <message>
        <source>url: a source needs the address where it can be read</source>
        <translation>url：来源需要可以阅读它的网址</translation>
    </message>
    <message>
        <source>url: only http and https addresses are accepted, not &quot;%1&quot;</source>
        <translation>url：只接受 http 和 https 网址，不接受“%1”</translation>
    </message>
    <message>
        <source>url: &quot;%1&quot; is not a valid web address</source>
        <translation>url：“%1”不是有效的网址</translation>
    </message>
    <message>
        <source>url: remove the spaces around the address</source>
        <translation>url：请去掉网址两端的空格</translation>
    </message>
    <message>
        <source>an actor</source>
        <translation>人物或机构</translation>
    </message>
    <message>
        <source>part_of: an actor cannot be part of itself</source>
        <translation>part_of：人物或机构不能隶属于自身</translation>
    </message>
    <message>
        <source>a case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>an event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>end_date: an event with no known date has no end date either; write the date as a range, such as ../%1 for on or before</source>
        <translation>end_date：日期不详的事件也没有结束日期；请把日期写成一个区间，例如某日或之前写作 ../%1</translation>
    </message>
    <message>
        <source>end_date: %1 is before the start, %2</source>
        <translation>end_date：%1 早于开始日期 %2</translation>
    </message>
    <message>
        <source>reliability: use A (completely reliable) to F (cannot be judged)</source>
        <translation>reliability：请使用 A（完全可靠）到 F（无法判断）</translation>
    </message>
    <message>
        <source>credibility: use 1 (confirmed) to 6 (cannot be judged)</source>
        <translation>credibility：请使用 1（已证实）到 6（无法判断）</translation>
    </message>
    <message>
        <source>link: a link ties two stored events</source>
        <translation>link：关联连接两个已保存的事件</translation>
    </message>
    <message>
        <source>link: an event cannot be linked to itself</source>
        <translation>link：事件不能关联到自身</translation>
    </message>
</context>
<context>
    <name>Spyline::WindowPalette</name>
    <message>
        <source>SPYLINE_PALETTE is “%1”: it takes light, dark or system</source>
        <translation>SPYLINE_PALETTE 为“%1”：它只接受 light、dark 或 system</translation>
    </message>
</context>
<context>
    <name>Spyline::WorkingCopy</name>
    <message>
        <source>%1 is not the address of a PostgreSQL server</source>
        <translation>%1 不是 PostgreSQL 服务器的地址</translation>
    </message>
    <message>
        <source>no working copy can be made in %1: %2</source>
        <translation>无法在 %1 中建立工作副本：%2</translation>
    </message>
</context>
<context>
    <name>Spyline::WorldMap</name>
    <message>
        <source>the world map is not in Spyline&apos;s map format</source>
        <translation>世界地图不是 Spyline 的地图格式</translation>
    </message>
    <message>
        <source>the world map is damaged: an outline runs past its end</source>
        <translation>世界地图已损坏：有一条轮廓超出了末尾</translation>
    </message>
    <message>
        <source>the world map is damaged: it ends too soon</source>
        <translation>世界地图已损坏：它过早结束</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Spyline did not close properly the last time it had %1 open; that collection may have made it stop. Open it again?</source>
        <translation>Spyline 上次打开 %1 时没有正常关闭；可能是该资料库导致它停止运行。要再次打开它吗？</translation>
    </message>
    <message>
        <source>Open It Again</source>
        <translation>再次打开</translation>
    </message>
    <message>
        <source>Open the Default Collection</source>
        <translation>打开默认资料库</translation>
    </message>
</context>
</TS>
