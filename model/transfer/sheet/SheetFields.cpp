#include "transfer/sheet/SheetFields.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace Spyline {

namespace {

// tr() for the functions here, which belong to no class.
struct SheetFields
{
    Q_DECLARE_TR_FUNCTIONS(Spyline::SheetFields)
};

SheetField field(const char* name, FieldType type = FieldType::Text)
{
    return SheetField {QString::fromLatin1(name), type, false, false, false};
}
SheetField required(SheetField f)
{
    f.required = true;
    return f;
}
SheetField perRecord(SheetField f)
{
    f.perRecord = true;
    return f;
}
SheetField joins(SheetField f)
{
    f.joins = true;
    return f;
}

QList<SheetField> sourceFields(bool graded)
{
    QList<SheetField> fields = {field("source_url", FieldType::Url), field("source_publisher"), field("source_title")};
    if (graded)
        fields +=
            {field("source_reliability", FieldType::Reliability), field("source_credibility", FieldType::Credibility)};
    return fields;
}

const QList<SheetField> caseFields =
    QList<SheetField> {
        perRecord(field("title")),
        perRecord(field("status", FieldType::Status)),
        perRecord(joins(field("summary"))),
        perRecord(field("sector")),
        perRecord(field("target_country", FieldType::Country)),
        perRecord(field("accused_country", FieldType::Country)),
        field("accused_agency"),
        field("disclosed_by"),
        field("disclosure_country", FieldType::Country),
        field("disclosed_on", FieldType::Date),
        field("suspect"),
        field("suspect_native_name"),
        field("suspect_country", FieldType::Country),
        field("suspect_born", FieldType::Date),
        joins(field("suspect_note")),
        field("handler"),
        field("handler_country", FieldType::Country),
        field("recruiter"),
        field("recruiter_country", FieldType::Country),
        field("recruitment_country", FieldType::Country),
        field("recruitment_city"),
        joins(field("recruitment_context")),
        field("recruited_on", FieldType::Date),
        field("arrested_on", FieldType::Date),
    }
    + sourceFields(true);

const QList<SheetField> statementFields =
    QList<SheetField> {
        required(field("title")),
        field("date", FieldType::Date),
        field("date_year", FieldType::DatePart),
        field("date_month", FieldType::DatePart),
        field("date_day", FieldType::DatePart),
        field("end_date", FieldType::Date),
        field("end_date_year", FieldType::DatePart),
        field("end_date_month", FieldType::DatePart),
        field("end_date_day", FieldType::DatePart),
        joins(field("description")),
        field("kind", FieldType::EventKind),
        field("speaker"),
        field("organisation"),
        field("country", FieldType::Country),
        field("city"),
    }
    + sourceFields(true);

const QList<SheetField> linkFields =
    QList<SheetField> {
        required(field("from")),
        required(field("to")),
        field("relation", FieldType::Relation),
        joins(field("note")),
    }
    + sourceFields(false);

// Header names people use, case-folded, with spaces for "_" and "-". Spyline's own field names
// are always understood.
const QHash<QString, QString>& synonyms(SheetRecords records)
{
    static const QHash<QString, QString> cases = [] {
        QHash<QString, QString> map;
        const auto add = [&](const char* fieldName, std::initializer_list<const char*> names) {
            for (const char* name : names)
                map.insert(QString::fromUtf8(name), QString::fromLatin1(fieldName));
        };
        add("title",
            {"case", "case name", "case title", "title", "affair", "operation", "ring", "案件", "案名", "案件名称",
             "标题", "事件", "案例"});
        add("status",
            {"outcome", "status", "verdict", "result", "sentence", "状态", "结果", "判决", "结局", "处理结果"});
        add("summary",
            {"summary", "description", "notes", "note", "details", "account", "摘要", "简介", "说明", "案情", "备注"});
        add("sector",
            {"sector", "occupation", "job", "profession", "position", "employer", "role", "职业", "单位", "部门",
             "行业", "工作单位", "身份"});
        add("target_country",
            {"against", "target", "target country", "victim", "spied on", "目标国", "针对国家", "受害国"});
        add("accused_country",
            {"spied for", "for", "accused country", "foreign country", "sponsor", "国家", "境外国家", "为谁",
             "指控国家"});
        add("accused_agency",
            {"service", "agency", "intelligence service", "spy agency", "foreign service", "机构", "情报机构",
             "间谍机构", "境外机构"});
        add("disclosed_by",
            {"made public by", "disclosed by", "announced by", "revealed by", "reported by", "公布机构", "披露机构",
             "通报机关", "发布机关"});
        add("disclosure_country", {"disclosure country", "announcing country", "公布国家"});
        add("disclosed_on",
            {"made public", "disclosed", "disclosed on", "announced", "announcement", "revealed", "date",
             "disclosure date", "日期", "公布日期", "披露日期", "通报日期", "公布时间", "发布日期"});
        add("suspect",
            {"name", "suspect", "person", "accused", "spy", "agent", "defendant", "姓名", "嫌疑人", "人员", "间谍",
             "被告", "当事人", "名字"});
        add("suspect_native_name",
            {"native name", "original name", "name native", "name in native script", "native", "原名", "本名", "中文名",
             "母语姓名"});
        add("suspect_country", {"citizenship", "nationality", "suspect country", "country of the suspect", "国籍"});
        add("suspect_born",
            {"born", "birth", "date of birth", "dob", "birth date", "year of birth", "出生", "出生日期", "生日",
             "出生年份"});
        add("handler", {"handler", "case officer", "controller", "联络人", "上线"});
        add("recruiter", {"recruiter", "recruited by", "招募人", "策反人"});
        add("recruitment_country",
            {"recruited in", "recruitment country", "country of recruitment", "where recruited", "招募国家", "策反地",
             "招募地点"});
        add("recruitment_city", {"recruitment city", "city", "city of recruitment", "城市", "招募城市"});
        add("recruitment_context",
            {"how recruited", "venue", "context", "circumstances", "recruitment context", "how", "经过", "招募方式",
             "策反经过"});
        add("recruited_on",
            {"recruited", "recruitment date", "recruited on", "date recruited", "招募时间", "策反时间", "招募日期"});
        add("arrested_on",
            {"arrested", "arrest", "arrest date", "arrested on", "date of arrest", "逮捕", "逮捕日期", "被捕",
             "被捕时间", "抓获时间"});
        add("source_url",
            {"source", "url", "link", "source url", "web address", "reference url", "来源", "链接", "网址", "出处"});
        add("source_publisher",
            {"publisher", "outlet", "media", "newspaper", "source publisher", "出版方", "媒体", "报道媒体"});
        add("source_title", {"source title", "article", "article title", "报道标题"});
        add("source_reliability", {"reliability", "source reliability", "可靠性"});
        add("source_credibility", {"credibility", "source credibility", "可信度"});
        return map;
    }();
    static const QHash<QString, QString> statements = [] {
        QHash<QString, QString> map;
        const auto add = [&](const char* fieldName, std::initializer_list<const char*> names) {
            for (const char* name : names)
                map.insert(QString::fromUtf8(name), QString::fromLatin1(fieldName));
        };
        add("title",
            {"title", "statement", "headline", "what was said", "remark", "quote", "言论", "内容", "标题", "讲话"});
        add("date", {"date", "when", "said on", "日期", "时间", "讲话日期"});
        add("date_year", {"year", "年"});
        add("date_month", {"month", "月"});
        add("date_day", {"day", "日"});
        add("end_date", {"end date", "until", "结束日期"});
        add("end_date_year", {"end year"});
        add("end_date_month", {"end month"});
        add("end_date_day", {"end day"});
        add("description", {"description", "text", "details", "notes", "summary", "描述", "说明", "摘要"});
        add("kind", {"kind", "type", "类型"});
        add("speaker", {"speaker", "who", "said by", "person", "name", "发言人", "讲话人", "姓名"});
        add("organisation", {"organisation", "organization", "agency", "institution", "机构", "单位", "组织"});
        add("country", {"country", "国家"});
        add("city", {"city", "place", "城市", "地点"});
        add("source_url", {"source", "url", "link", "source url", "来源", "链接", "网址"});
        add("source_publisher", {"publisher", "outlet", "media", "出版方", "媒体"});
        add("source_title", {"source title", "article", "报道标题"});
        add("source_reliability", {"reliability", "可靠性"});
        add("source_credibility", {"credibility", "可信度"});
        return map;
    }();
    static const QHash<QString, QString> links = [] {
        QHash<QString, QString> map;
        const auto add = [&](const char* fieldName, std::initializer_list<const char*> names) {
            for (const char* name : names)
                map.insert(QString::fromUtf8(name), QString::fromLatin1(fieldName));
        };
        add("from", {"from", "later", "announcement", "case", "disclosure", "从", "公布", "案件"});
        add("to", {"to", "earlier", "statement", "preceding statement", "responds to", "到", "言论", "讲话"});
        add("relation", {"relation", "relationship", "kind", "type", "关系"});
        add("note", {"note", "notes", "comment", "why", "备注", "说明"});
        add("source_url", {"source", "url", "link", "source url", "来源", "链接"});
        add("source_publisher", {"publisher", "outlet", "媒体"});
        add("source_title", {"source title", "article"});
        return map;
    }();
    switch (records) {
    case SheetRecords::Cases:
        return cases;
    case SheetRecords::Statements:
        return statements;
    case SheetRecords::Links:
        return links;
    }
    return cases;
}

QString normalisedHeader(const QString& name)
{
    static const QRegularExpression separators(QStringLiteral("[_\\-./:()\\[\\]]+"));
    QString text = name.toCaseFolded();
    text.replace(separators, QStringLiteral(" "));
    return text.simplified();
}

} // namespace

QString recordsKey(SheetRecords records)
{
    switch (records) {
    case SheetRecords::Cases:
        return QStringLiteral("cases");
    case SheetRecords::Statements:
        return QStringLiteral("statements");
    case SheetRecords::Links:
        return QStringLiteral("links");
    }
    return {};
}

std::optional<SheetRecords> recordsFromKey(QStringView key)
{
    for (SheetRecords records : {SheetRecords::Cases, SheetRecords::Statements, SheetRecords::Links}) {
        if (recordsKey(records) == key)
            return records;
    }
    return std::nullopt;
}

QString recordsLabel(SheetRecords records)
{
    switch (records) {
    case SheetRecords::Cases:
        return SheetFields::tr("Cases (one row per case, or per person with a key)");
    case SheetRecords::Statements:
        return SheetFields::tr("Statements");
    case SheetRecords::Links:
        return SheetFields::tr("Links from an announcement to an earlier statement");
    }
    return {};
}

const QList<SheetField>& sheetFields(SheetRecords records)
{
    switch (records) {
    case SheetRecords::Cases:
        return caseFields;
    case SheetRecords::Statements:
        return statementFields;
    case SheetRecords::Links:
        return linkFields;
    }
    return caseFields;
}

const SheetField* findSheetField(SheetRecords records, QStringView name)
{
    for (const SheetField& f : sheetFields(records)) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

QString fieldLabel(SheetRecords records, const QString& name)
{
    static const QHash<QString, const char*> labels = {
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("Spyline::SheetFields", "Title")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("Spyline::SheetFields", "Status of the case")},
        {QStringLiteral("summary"), QT_TRANSLATE_NOOP("Spyline::SheetFields", "Summary")},
        {QStringLiteral("sector"), QT_TRANSLATE_NOOP("Spyline::SheetFields", "Sector of the suspect")},
        {QStringLiteral("target_country"), QT_TRANSLATE_NOOP("Spyline::SheetFields", "Target country")},
        {QStringLiteral("accused_country"), QT_TRANSLATE_NOOP("Spyline::SheetFields", "Accused country")},
        {QStringLiteral("accused_agency"), QT_TRANSLATE_NOOP("Spyline::SheetFields", "Accused agency")},
        {QStringLiteral("disclosed_by"), QT_TRANSLATE_NOOP("Spyline::SheetFields", "Disclosed by (authority)")},
        {QStringLiteral("disclosure_country"), QT_TRANSLATE_NOOP("Spyline::SheetFields", "Country of the disclosure")},
        {QStringLiteral("disclosed_on"), QT_TRANSLATE_NOOP("Spyline::SheetFields", "Disclosure date")},
        {QStringLiteral("suspect"), QT_TRANSLATE_NOOP("Spyline::SheetFields", "Suspect (a person)")},
        {QStringLiteral("suspect_native_name"), QT_TRANSLATE_NOOP("Spyline::SheetFields", "Suspect's native name")},
        {QStringLiteral("suspect_country"), QT_TRANSLATE_NOOP("Spyline::SheetFields", "Suspect's country")},
        {QStringLiteral("suspect_born"), QT_TRANSLATE_NOOP("Spyline::SheetFields", "Suspect's birth date")},
        {QStringLiteral("suspect_note"), QT_TRANSLATE_NOOP("Spyline::SheetFields", "Note on the suspect")},
        {QStringLiteral("handler"), QT_TRANSLATE_NOOP("Spyline::SheetFields", "Handler")},
        {QStringLiteral("handler_country"), QT_TRANSLATE_NOOP("Spyline::SheetFields", "Handler's country")},
        {QStringLiteral("recruiter"), QT_TRANSLATE_NOOP("Spyline::SheetFields", "Recruiter")},
        {QStringLiteral("recruiter_country"), QT_TRANSLATE_NOOP("Spyline::SheetFields", "Recruiter's country")},
        {QStringLiteral("recruitment_country"), QT_TRANSLATE_NOOP("Spyline::SheetFields", "Recruitment country")},
        {QStringLiteral("recruitment_city"), QT_TRANSLATE_NOOP("Spyline::SheetFields", "Recruitment city")},
        {QStringLiteral("recruitment_context"),
         QT_TRANSLATE_NOOP("Spyline::SheetFields", "Recruitment venue and context")},
        {QStringLiteral("recruited_on"), QT_TRANSLATE_NOOP("Spyline::SheetFields", "Recruitment date")},
        {QStringLiteral("arrested_on"), QT_TRANSLATE_NOOP("Spyline::SheetFields", "Arrest date")},
        {QStringLiteral("source_url"), QT_TRANSLATE_NOOP("Spyline::SheetFields", "Source web address")},
        {QStringLiteral("source_publisher"), QT_TRANSLATE_NOOP("Spyline::SheetFields", "Source publisher")},
        {QStringLiteral("source_title"), QT_TRANSLATE_NOOP("Spyline::SheetFields", "Source title")},
        {QStringLiteral("source_reliability"), QT_TRANSLATE_NOOP("Spyline::SheetFields", "Source reliability (A-F)")},
        {QStringLiteral("source_credibility"), QT_TRANSLATE_NOOP("Spyline::SheetFields", "Source credibility (1-6)")},
        {QStringLiteral("date"), QT_TRANSLATE_NOOP("Spyline::SheetFields", "Date")},
        {QStringLiteral("date_year"), QT_TRANSLATE_NOOP("Spyline::SheetFields", "Year of the date")},
        {QStringLiteral("date_month"), QT_TRANSLATE_NOOP("Spyline::SheetFields", "Month of the date")},
        {QStringLiteral("date_day"), QT_TRANSLATE_NOOP("Spyline::SheetFields", "Day of the date")},
        {QStringLiteral("end_date"), QT_TRANSLATE_NOOP("Spyline::SheetFields", "End date")},
        {QStringLiteral("end_date_year"), QT_TRANSLATE_NOOP("Spyline::SheetFields", "Year of the end date")},
        {QStringLiteral("end_date_month"), QT_TRANSLATE_NOOP("Spyline::SheetFields", "Month of the end date")},
        {QStringLiteral("end_date_day"), QT_TRANSLATE_NOOP("Spyline::SheetFields", "Day of the end date")},
        {QStringLiteral("description"), QT_TRANSLATE_NOOP("Spyline::SheetFields", "Description")},
        {QStringLiteral("kind"), QT_TRANSLATE_NOOP("Spyline::SheetFields", "Kind (statement, law, other, ignore)")},
        {QStringLiteral("speaker"), QT_TRANSLATE_NOOP("Spyline::SheetFields", "Speaker (a person)")},
        {QStringLiteral("organisation"), QT_TRANSLATE_NOOP("Spyline::SheetFields", "Organisation")},
        {QStringLiteral("country"), QT_TRANSLATE_NOOP("Spyline::SheetFields", "Country")},
        {QStringLiteral("city"), QT_TRANSLATE_NOOP("Spyline::SheetFields", "City")},
        {QStringLiteral("from"), QT_TRANSLATE_NOOP("Spyline::SheetFields", "From: the later record's key")},
        {QStringLiteral("to"), QT_TRANSLATE_NOOP("Spyline::SheetFields", "To: the earlier record's key")},
        {QStringLiteral("relation"), QT_TRANSLATE_NOOP("Spyline::SheetFields", "Relation")},
        {QStringLiteral("note"), QT_TRANSLATE_NOOP("Spyline::SheetFields", "Note")},
    };
    Q_UNUSED(records);
    const auto it = labels.constFind(name);
    return it == labels.constEnd() ? name : QCoreApplication::translate("Spyline::SheetFields", *it);
}

QString guessField(SheetRecords records, const QString& columnName)
{
    const QString header = normalisedHeader(columnName);
    if (header.isEmpty())
        return {};
    QString underscored = header;
    underscored.replace(u' ', u'_');
    if (findSheetField(records, underscored))
        return underscored;
    return synonyms(records).value(header);
}

bool looksLikeKey(const QString& columnName)
{
    static const QStringList names = {QStringLiteral("id"),        QStringLiteral("key"),  QStringLiteral("ref"),
                                      QStringLiteral("reference"), QStringLiteral("no"),   QStringLiteral("number"),
                                      QStringLiteral("编号"),      QStringLiteral("序号"), QStringLiteral("代号")};
    return names.contains(normalisedHeader(columnName));
}

} // namespace Spyline
