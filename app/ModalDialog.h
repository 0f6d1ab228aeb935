#pragma once

class QDialog;

namespace Spyline {

// Runs a modal dialog, then gives the keyboard back to the window and the widget that had it, so
// that Ctrl+Z, Delete and the arrow keys work at once, without a click into the window first.
int runModal(QDialog& dialog);

} // namespace Spyline
