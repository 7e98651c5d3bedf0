#pragma once

#include <QMainWindow>

namespace Custody::Ui {

/// The main window: the jobs table and the actions around it.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;
};

} // namespace Custody::Ui
