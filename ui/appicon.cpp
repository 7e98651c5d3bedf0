#include "ui/appicon.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace Custody::Ui {

namespace {

QPixmap drawShield(int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal s = size;
    QPainterPath shield;
    shield.moveTo(s * 0.5, s * 0.06);
    shield.lineTo(s * 0.88, s * 0.2);
    shield.cubicTo(s * 0.88, s * 0.62, s * 0.7, s * 0.84, s * 0.5, s * 0.95);
    shield.cubicTo(s * 0.3, s * 0.84, s * 0.12, s * 0.62, s * 0.12, s * 0.2);
    shield.closeSubpath();
    p.setPen(QPen(QColor(0x0f, 0x3d, 0x7a), std::max<qreal>(1.0, s / 32)));
    QLinearGradient fill(0, 0, 0, s);
    fill.setColorAt(0, QColor(0x2f, 0x7d, 0xd6));
    fill.setColorAt(1, QColor(0x17, 0x4e, 0x9c));
    p.setBrush(fill);
    p.drawPath(shield);
    p.setPen(QPen(Qt::white, std::max<qreal>(1.5, s / 10), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.drawPolyline(QPolygonF({ QPointF(s * 0.32, s * 0.5), QPointF(s * 0.45, s * 0.64), QPointF(s * 0.7, s * 0.36) }));
    return pixmap;
}

} // namespace

QIcon appIcon()
{
    QIcon icon;
    for (const int size : { 16, 22, 32, 48, 64, 128, 256 })
        icon.addPixmap(drawShield(size));
    return icon;
}

} // namespace Custody::Ui
