#pragma once

#include <QIcon>

namespace Custody::Ui {

/// Custody's application and tray icon (a shield with a check mark), drawn
/// at the sizes window managers and trays ask for.
QIcon appIcon();

} // namespace Custody::Ui
