#pragma once

#include <QColor>
#include <QIcon>
#include <QPalette>

#include <array>

#include "ui/jobrow.h"

namespace Custody::Ui {

/// The state icons of the jobs table, drawn with QPainter and cached.
///
/// Each state has its own SHAPE (hollow circle, up arrow, ring, down arrow,
/// check, warning triangle, cross, pause bars, square), so states can be told
/// apart without colour; colours only reinforce the shape and are picked for
/// the palette's brightness, so they stay readable in dark mode.
class StateIcons final
{
public:
    explicit StateIcons(const QPalette &palette = {});

    /// The cached icon for \a state.
    QIcon icon(JobDisplayState state) const;
    /// The colour the icon of \a state is drawn in.
    QColor color(JobDisplayState state) const;

    /// Drops the cache; icons are redrawn for \a palette on next use.
    void setPalette(const QPalette &palette);

private:
    QPixmap draw(JobDisplayState state, int size) const;

    QPalette m_palette;
    mutable std::array<QIcon, JobDisplayStateCount> m_cache;
};

} // namespace Custody::Ui
