#pragma once

#include <QWidget>

namespace Custody::Ui {

/// What a first start shows instead of an empty table: what Custody does,
/// and two ways to begin: try it on a simulated organisation, or add a real one.
class WelcomePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePanel)

public:
    explicit WelcomePanel(QWidget *parent = nullptr);

Q_SIGNALS:
    void tryDemoRequested();
    void addOrganisationRequested();
};

} // namespace Custody::Ui
