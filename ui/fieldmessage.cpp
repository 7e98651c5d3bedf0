#include "ui/fieldmessage.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace Custody::Ui {

FieldMessage::FieldMessage(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    setVisible(false);
}

FieldMessage::~FieldMessage() = default;

void FieldMessage::setProblems(const QStringList &problems)
{
    display(Kind::Problem, problems.join(QLatin1Char('\n')));
}

void FieldMessage::setInformation(const QString &text)
{
    display(Kind::Information, text);
}

void FieldMessage::clear()
{
    display(Kind::Information, QString());
}

QString FieldMessage::text() const
{
    return m_text->text();
}

void FieldMessage::display(Kind kind, const QString &text)
{
    m_kind = kind;
    m_text->setText(text);
    // Screen readers announce the accessible name of the label, so prefix
    // the kind there as the icon cannot be seen.
    m_text->setAccessibleName(kind == Kind::Problem ? tr("Problem: %1").arg(text) : text);
    updateIcon();
    setVisible(!text.isEmpty());
}

void FieldMessage::updateIcon()
{
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    const auto icon = m_kind == Kind::Problem ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxInformation;
    m_icon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size, size));
}

void FieldMessage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::StyleChange || event->type() == QEvent::PaletteChange)
        updateIcon();
    QWidget::changeEvent(event);
}

} // namespace Custody::Ui
