#include "ui/mainwindow.h"

#include <QLabel>
#include <QStatusBar>

#include "core/version.h"

namespace Custody::Ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Custody %1").arg(Custody::applicationVersion()));
    auto *placeholder = new QLabel(tr("No exports yet."), this);
    placeholder->setAlignment(Qt::AlignCenter);
    setCentralWidget(placeholder);
    statusBar()->showMessage(tr("Ready"));
    resize(1100, 700);
}

MainWindow::~MainWindow() = default;

} // namespace Custody::Ui
