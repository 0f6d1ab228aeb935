#pragma once

#include <QFrame>

class QAction;

namespace Spyline {

// The strip above the views of an empty collection: three ways to begin (add a case, import a
// sheet, open the sample), each a button for one of the window's actions. It hides itself once the
// collection has a case.
class FirstRunHint : public QFrame
{
    Q_OBJECT
public:
    FirstRunHint(QAction* newCase, QAction* importFile, QAction* openSample, QWidget* parent = nullptr);

public Q_SLOTS:
    // From the case model: shown only while the collection holds no case at all.
    void setCaseCounts(int shown, int total);
};

} // namespace Spyline
