#pragma once

#include <QStyledItemDelegate>

namespace Custody::Ui {

/// Draws the Progress column of the jobs table as a progress bar with the
/// counts as its text ("1,240 / 3,112 recordings"), from the model's
/// ProgressFractionRole and ProgressTextRole. A fraction of -1 (total not
/// known yet) draws an empty bar with the text only.
class ProgressDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgressDelegate)

public:
    explicit ProgressDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Custody::Ui
