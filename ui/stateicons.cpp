#include "ui/stateicons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace Custody::Ui {

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

} // namespace

StateIcons::StateIcons(const QPalette &palette)
    : m_palette(palette)
{
}

void StateIcons::setPalette(const QPalette &palette)
{
    m_palette = palette;
    m_cache = {};
}

QColor StateIcons::color(JobDisplayState state) const
{
    // Two tones per hue: saturated on light backgrounds, lighter on dark ones.
    // Blue, orange and a dark grey keep apart for the common colour-vision
    // deficiencies; red and green differ in shape (cross, check) anyway.
    const bool dark = isDark(m_palette);
    switch (state) {
    case JobDisplayState::Queued:
    case JobDisplayState::Cancelled:
        return dark ? QColor(0x9a, 0xa4, 0xae) : QColor(0x5c, 0x66, 0x70);
    case JobDisplayState::Submitting:
    case JobDisplayState::Processing:
    case JobDisplayState::Downloading:
        return dark ? QColor(0x58, 0xa6, 0xff) : QColor(0x1f, 0x5f, 0xc4);
    case JobDisplayState::Fulfilled:
        return dark ? QColor(0x3f, 0xb9, 0x50) : QColor(0x1a, 0x7f, 0x37);
    case JobDisplayState::Attention:
    case JobDisplayState::Paused:
        return dark ? QColor(0xe3, 0xa0, 0x2b) : QColor(0xb3, 0x5c, 0x00);
    case JobDisplayState::Failed:
        return dark ? QColor(0xf8, 0x51, 0x49) : QColor(0xc4, 0x1e, 0x2a);
    }
    return m_palette.color(QPalette::Text);
}

QIcon StateIcons::icon(JobDisplayState state) const
{
    QIcon &cached = m_cache.at(static_cast<std::size_t>(state));
    if (cached.isNull()) {
        for (const int size : { 16, 24, 32 })
            cached.addPixmap(draw(state, size));
    }
    return cached;
}

QPixmap StateIcons::draw(JobDisplayState state, int size) const
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor c = color(state);
    const qreal s = size;
    const qreal stroke = std::max<qreal>(1.6, s / 8.0);
    QPen pen(c, stroke, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    const QRectF box(stroke, stroke, s - 2 * stroke, s - 2 * stroke);
    const QPointF mid = box.center();

    switch (state) {
    case JobDisplayState::Queued: // hollow circle: waiting, nothing started
        p.setPen(pen);
        p.drawEllipse(box.adjusted(s * 0.06, s * 0.06, -s * 0.06, -s * 0.06));
        break;
    case JobDisplayState::Submitting: { // arrow up: sending requests
        p.setPen(pen);
        p.drawLine(QPointF(mid.x(), box.bottom()), QPointF(mid.x(), box.top() + stroke / 2));
        p.drawPolyline(QPolygonF({ QPointF(box.left() + s * 0.12, mid.y() - s * 0.05),
            QPointF(mid.x(), box.top() + stroke / 2), QPointF(box.right() - s * 0.12, mid.y() - s * 0.05) }));
        break;
    }
    case JobDisplayState::Processing: // open ring: the server is working
        p.setPen(pen);
        p.drawArc(box.adjusted(s * 0.06, s * 0.06, -s * 0.06, -s * 0.06), 90 * 16, -270 * 16);
        p.setBrush(c);
        p.setPen(Qt::NoPen);
        p.drawEllipse(mid, s * 0.12, s * 0.12);
        break;
    case JobDisplayState::Downloading: { // arrow down onto a tray
        p.setPen(pen);
        p.drawLine(QPointF(mid.x(), box.top()), QPointF(mid.x(), box.bottom() - s * 0.22));
        p.drawPolyline(QPolygonF({ QPointF(box.left() + s * 0.15, mid.y() - s * 0.02),
            QPointF(mid.x(), box.bottom() - s * 0.22), QPointF(box.right() - s * 0.15, mid.y() - s * 0.02) }));
        p.drawLine(QPointF(box.left(), box.bottom()), QPointF(box.right(), box.bottom()));
        break;
    }
    case JobDisplayState::Fulfilled: { // check mark
        pen.setWidthF(stroke * 1.3);
        p.setPen(pen);
        p.drawPolyline(QPolygonF({ QPointF(box.left() + s * 0.02, mid.y() + s * 0.02),
            QPointF(box.left() + box.width() * 0.38, box.bottom() - s * 0.08),
            QPointF(box.right(), box.top() + s * 0.1) }));
        break;
    }
    case JobDisplayState::Attention: { // warning triangle with "!"
        QPainterPath triangle;
        triangle.moveTo(mid.x(), box.top());
        triangle.lineTo(box.right(), box.bottom());
        triangle.lineTo(box.left(), box.bottom());
        triangle.closeSubpath();
        p.setPen(QPen(c, stroke * 0.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(c);
        p.drawPath(triangle);
        const QColor mark = isDark(m_palette) ? QColor(0x1e, 0x1e, 0x1e) : QColor(Qt::white);
        p.setPen(QPen(mark, stroke * 0.9, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(mid.x(), box.top() + box.height() * 0.38), QPointF(mid.x(), box.bottom() - s * 0.28));
        p.drawPoint(QPointF(mid.x(), box.bottom() - s * 0.12));
        break;
    }
    case JobDisplayState::Failed: // cross
        pen.setWidthF(stroke * 1.3);
        p.setPen(pen);
        p.drawLine(box.topLeft() + QPointF(s * 0.08, s * 0.08), box.bottomRight() - QPointF(s * 0.08, s * 0.08));
        p.drawLine(box.topRight() + QPointF(-s * 0.08, s * 0.08), box.bottomLeft() + QPointF(s * 0.08, -s * 0.08));
        break;
    case JobDisplayState::Paused: { // two bars
        p.setPen(Qt::NoPen);
        p.setBrush(c);
        const qreal w = box.width() * 0.3;
        p.drawRoundedRect(QRectF(box.left() + box.width() * 0.08, box.top(), w, box.height()), 1, 1);
        p.drawRoundedRect(QRectF(box.right() - box.width() * 0.08 - w, box.top(), w, box.height()), 1, 1);
        break;
    }
    case JobDisplayState::Cancelled: // filled square: stopped
        p.setPen(Qt::NoPen);
        p.setBrush(c);
        p.drawRoundedRect(box.adjusted(s * 0.08, s * 0.08, -s * 0.08, -s * 0.08), 2, 2);
        break;
    }
    return pixmap;
}

} // namespace Custody::Ui
