#include "records/Records.h"

#include <QCoreApplication>

namespace Spyline {

namespace {
// tr() for the functions here, which belong to no class.
struct GradeText
{
    Q_DECLARE_TR_FUNCTIONS(Spyline::Grade)
};

} // namespace

Result<Grade> Grade::parse(QStringView reliability, QStringView credibility)
{
    const QString r = reliability.trimmed().toString().toUpper();
    if (r.size() != 1 || r[0] < u'A' || r[0] > u'F')
        return fail(
            GradeText::tr("reliability: \"%1\" is not a grade; use A (completely reliable) to F (cannot be judged)")
                .arg(reliability.toString()));
    bool ok = false;
    const int c = credibility.trimmed().toInt(&ok);
    if (!ok || c < 1 || c > 6)
        return fail(GradeText::tr("credibility: \"%1\" is not a grade; use 1 (confirmed) to 6 (cannot be judged)")
                        .arg(credibility.toString()));
    return Grade {static_cast<char>(r[0].unicode()), c};
}

QString Grade::text() const
{
    return QChar::fromLatin1(reliability) + QString::number(credibility);
}

QString Grade::reliabilityLabel() const
{
    switch (reliability) {
    case 'A':
        return GradeText::tr("completely reliable");
    case 'B':
        return GradeText::tr("usually reliable");
    case 'C':
        return GradeText::tr("fairly reliable");
    case 'D':
        return GradeText::tr("not usually reliable");
    case 'E':
        return GradeText::tr("unreliable");
    default:
        return GradeText::tr("reliability cannot be judged");
    }
}

QString Grade::credibilityLabel() const
{
    switch (credibility) {
    case 1:
        return GradeText::tr("confirmed by other sources");
    case 2:
        return GradeText::tr("probably true");
    case 3:
        return GradeText::tr("possibly true");
    case 4:
        return GradeText::tr("doubtful");
    case 5:
        return GradeText::tr("improbable");
    default:
        return GradeText::tr("truth cannot be judged");
    }
}

} // namespace Spyline
