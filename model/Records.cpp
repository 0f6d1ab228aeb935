#include "Records.h"

#include <QCoreApplication>

namespace Spyline {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("Spyline::Grade", text);
}
} // namespace

Result<Grade> Grade::parse(QStringView reliability, QStringView credibility)
{
    const QString r = reliability.trimmed().toString().toUpper();
    if (r.size() != 1 || r[0] < u'A' || r[0] > u'F')
        return fail(tr("reliability: \"%1\" is not a grade; use A (completely reliable) to F (cannot be judged)")
                        .arg(reliability.toString()));
    bool ok = false;
    const int c = credibility.trimmed().toInt(&ok);
    if (!ok || c < 1 || c > 6)
        return fail(tr("credibility: \"%1\" is not a grade; use 1 (confirmed) to 6 (cannot be judged)")
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
        return tr("completely reliable");
    case 'B':
        return tr("usually reliable");
    case 'C':
        return tr("fairly reliable");
    case 'D':
        return tr("not usually reliable");
    case 'E':
        return tr("unreliable");
    default:
        return tr("reliability cannot be judged");
    }
}

QString Grade::credibilityLabel() const
{
    switch (credibility) {
    case 1:
        return tr("confirmed by other sources");
    case 2:
        return tr("probably true");
    case 3:
        return tr("possibly true");
    case 4:
        return tr("doubtful");
    case 5:
        return tr("improbable");
    default:
        return tr("truth cannot be judged");
    }
}

} // namespace Spyline
