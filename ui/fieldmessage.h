#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;

namespace Custody::Ui {

/// A line under a form field that explains what is wrong with it, or how it
/// stands when nothing is. Problems carry a warning icon and informational
/// notes an information icon, so the kind is told by shape, not only colour.
/// Hidden while it has nothing to say.
class FieldMessage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldMessage)

public:
    enum class Kind { Problem, Information };

    explicit FieldMessage(QWidget *parent = nullptr);
    ~FieldMessage() override;

    /// Shows \a problems, one per line; hides the widget when empty.
    void setProblems(const QStringList &problems);
    /// Shows a single informational note; hides the widget when empty.
    void setInformation(const QString &text);
    void clear();

    Kind kind() const { return m_kind; }
    QString text() const;
    bool hasProblems() const { return m_kind == Kind::Problem && !text().isEmpty(); }

protected:
    void changeEvent(QEvent *event) override;

private:
    void display(Kind kind, const QString &text);
    void updateIcon();

    Kind m_kind = Kind::Information;
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
};

} // namespace Custody::Ui
