#include "GradePicker.h"

#include "GradeBadge.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

namespace Spyline {

GradePicker::GradePicker(QWidget* parent)
    : QWidget(parent)
    , m_reliability(new QComboBox(this))
    , m_credibility(new QComboBox(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("gradePicker"));
    m_reliability->setObjectName(QStringLiteral("reliabilityComboBox"));
    m_credibility->setObjectName(QStringLiteral("credibilityComboBox"));
    m_summary->setObjectName(QStringLiteral("gradeLabel"));
    m_summary->setTextFormat(Qt::PlainText);
    for (char r = 'A'; r <= 'F'; ++r) {
        const Grade grade {r, 6};
        m_reliability->addItem(tr("%1 \u2014 source %2").arg(QChar::fromLatin1(r)).arg(grade.reliabilityLabel()),
                               QString(QChar::fromLatin1(r)));
    }
    for (int c = 1; c <= 6; ++c) {
        const Grade grade {'F', c};
        m_credibility->addItem(tr("%1 \u2014 report %2").arg(c).arg(grade.credibilityLabel()), c);
    }
    m_reliability->setToolTip(tr("How reliable the source is, judged by its record"));
    m_credibility->setToolTip(tr("How credible this report is, judged by what else is known"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_reliability, 1);
    layout->addWidget(m_credibility, 1);
    layout->addWidget(m_summary);
    for (QComboBox* combo : {m_reliability, m_credibility}) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            showGrade();
            Q_EMIT gradeChanged(grade());
        });
    }
    setGrade(Grade());
}

Grade GradePicker::grade() const
{
    return Grade {m_reliability->currentData().toString().at(0).toLatin1(), m_credibility->currentData().toInt()};
}

void GradePicker::setGrade(const Grade& grade)
{
    m_reliability->setCurrentIndex(std::clamp(grade.reliability - 'A', 0, 5));
    m_credibility->setCurrentIndex(std::clamp(grade.credibility - 1, 0, 5));
    showGrade();
}

QString GradePicker::explanation()
{
    return tr("The letter says how reliable the source is: A completely, B usually, C fairly, D not usually, E "
              "unreliable, F cannot be judged. The digit says how credible the report is: 1 confirmed by other "
              "sources, 2 probably true, 3 possibly true, 4 doubtful, 5 improbable, 6 cannot be judged.");
}

void GradePicker::showGrade()
{
    m_summary->setText(grade().text());
    m_summary->setToolTip(GradeBadge::description(grade()));
}

} // namespace Spyline
