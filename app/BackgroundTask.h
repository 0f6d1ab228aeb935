#pragma once

#include "transfer/DataTransfer.h"

class QWidget;

namespace Spyline {

// Runs long work (an import, an export) on a worker thread while the window shows its progress
// and offers Cancel. The work gets a Progress callback that reports and answers false once the
// person cancels. Returns the work's own result once it has finished.
Status runInBackground(QWidget* parent, const QString& label, const std::function<Status(const Progress&)>& work);

} // namespace Spyline
