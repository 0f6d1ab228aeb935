#include "FieldLabels.h"

#include <QCoreApplication>
#include <QHash>

namespace Spyline {

namespace {

// tr() for the functions here, which belong to no class.
struct FieldLabels
{
    Q_DECLARE_TR_FUNCTIONS(Spyline::FieldLabels)
};

} // namespace

QString fieldLabel(const QString& key)
{
    static const QHash<QString, const char*> labels = {
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("Spyline::FieldLabels", "Title")},
        {QStringLiteral("summary"), QT_TRANSLATE_NOOP("Spyline::FieldLabels", "Summary")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("Spyline::FieldLabels", "Status")},
        {QStringLiteral("sector"), QT_TRANSLATE_NOOP("Spyline::FieldLabels", "Sector of the suspect")},
        {QStringLiteral("target_country"), QT_TRANSLATE_NOOP("Spyline::FieldLabels", "Target country")},
        {QStringLiteral("accused_country"), QT_TRANSLATE_NOOP("Spyline::FieldLabels", "Accused country")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("Spyline::FieldLabels", "Name")},
        {QStringLiteral("native_name"), QT_TRANSLATE_NOOP("Spyline::FieldLabels", "Name in its own script")},
        {QStringLiteral("aliases"), QT_TRANSLATE_NOOP("Spyline::FieldLabels", "Other names")},
        {QStringLiteral("country"), QT_TRANSLATE_NOOP("Spyline::FieldLabels", "Country")},
        {QStringLiteral("born"), QT_TRANSLATE_NOOP("Spyline::FieldLabels", "Born")},
        {QStringLiteral("notes"), QT_TRANSLATE_NOOP("Spyline::FieldLabels", "Notes")},
        {QStringLiteral("part_of"), QT_TRANSLATE_NOOP("Spyline::FieldLabels", "Part of")},
        {QStringLiteral("kind"), QT_TRANSLATE_NOOP("Spyline::FieldLabels", "Kind")},
        {QStringLiteral("date"), QT_TRANSLATE_NOOP("Spyline::FieldLabels", "Date")},
        {QStringLiteral("end_date"), QT_TRANSLATE_NOOP("Spyline::FieldLabels", "Until")},
        {QStringLiteral("description"), QT_TRANSLATE_NOOP("Spyline::FieldLabels", "Description")},
        {QStringLiteral("city"), QT_TRANSLATE_NOOP("Spyline::FieldLabels", "City")},
        {QStringLiteral("venue_context"), QT_TRANSLATE_NOOP("Spyline::FieldLabels", "Venue and context")},
        {QStringLiteral("actor"), QT_TRANSLATE_NOOP("Spyline::FieldLabels", "Acted by")},
        {QStringLiteral("url"), QT_TRANSLATE_NOOP("Spyline::FieldLabels", "Web address")},
        {QStringLiteral("publisher"), QT_TRANSLATE_NOOP("Spyline::FieldLabels", "Publisher")},
        {QStringLiteral("published"), QT_TRANSLATE_NOOP("Spyline::FieldLabels", "Published")},
        {QStringLiteral("reliability"), QT_TRANSLATE_NOOP("Spyline::FieldLabels", "Reliability of the source")},
        {QStringLiteral("credibility"), QT_TRANSLATE_NOOP("Spyline::FieldLabels", "Credibility of the report")},
        {QStringLiteral("quote"), QT_TRANSLATE_NOOP("Spyline::FieldLabels", "Quote")},
        {QStringLiteral("role"), QT_TRANSLATE_NOOP("Spyline::FieldLabels", "Role")},
        {QStringLiteral("relation"), QT_TRANSLATE_NOOP("Spyline::FieldLabels", "Relation")},
        {QStringLiteral("note"), QT_TRANSLATE_NOOP("Spyline::FieldLabels", "Note")},
        {QStringLiteral("link"), QT_TRANSLATE_NOOP("Spyline::FieldLabels", "Link")},
        {QStringLiteral("id"), QT_TRANSLATE_NOOP("Spyline::FieldLabels", "Record")},
    };
    const auto it = labels.constFind(key);
    return it == labels.constEnd() ? key : FieldLabels::tr(*it);
}

QString inPeoplesWords(const QString& message)
{
    const qsizetype colon = message.indexOf(QStringLiteral(": "));
    if (colon <= 0)
        return message;
    const QString key = message.left(colon);
    const QString label = fieldLabel(key);
    if (label == key)
        return message;
    return label + message.mid(colon);
}

} // namespace Spyline
