#include "Appearance.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

namespace
{
struct Startup {
    QPalette palette;
    QString style;
};

// Taken before the first change, so System can go back to it.
const Startup &startup()
{
    static const Startup s {QApplication::palette(), QApplication::style()->name()};
    return s;
}

Appearance::Mode g_current = Appearance::Mode::System;

// A blue that white text reads on (contrast over 5:1); Fusion's own is under 4:1.
QColor selection()
{
    return QColor(0x1f, 0x6f, 0xbf);
}

QPalette darkPalette()
{
    const QColor window(0x2d, 0x2d, 0x30), base(0x1e, 0x1e, 0x1e), text(0xe8, 0xe8, 0xe8);
    const QColor disabled(0x80, 0x80, 0x80);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x28));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3d));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4a, 0x4e));
    p.setColor(QPalette::Midlight, QColor(0x3e, 0x3e, 0x42));
    p.setColor(QPalette::Mid, QColor(0x26, 0x26, 0x28));
    p.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x1a));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, selection());
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb0, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb0, 0x8c, 0xff));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x50, 0x50));
    return p;
}
} // namespace

namespace Appearance
{
QPalette palette(Mode mode)
{
    switch (mode) {
    case Mode::Light:
        if (QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion"))) {
            QPalette p = fusion->standardPalette();
            delete fusion;
            p.setColor(QPalette::Highlight, selection());
            p.setColor(QPalette::HighlightedText, Qt::white);
            return p;
        }
        return startup().palette;
    case Mode::Dark:
        return darkPalette();
    case Mode::System:
        break;
    }
    return startup().palette;
}

void apply(Mode mode)
{
    startup();
    const QString style = mode == Mode::System ? startup().style : QStringLiteral("Fusion");
    if (QApplication::style()->name().compare(style, Qt::CaseInsensitive) != 0)
        QApplication::setStyle(style);
    QApplication::setPalette(palette(mode));
    g_current = mode;
}

QColor alertColor(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() > 128 ? QColor(0xb3, 0x26, 0x1e)
                                                             : QColor(0xff, 0x8a, 0x80);
}

QColor alertBackground(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor tint(0xd6, 0x3b, 0x3b);
    const qreal alpha = base.lightness() > 128 ? 0.12 : 0.30;
    return QColor::fromRgbF(float(base.redF() * (1 - alpha) + tint.redF() * alpha),
                            float(base.greenF() * (1 - alpha) + tint.greenF() * alpha),
                            float(base.blueF() * (1 - alpha) + tint.blueF() * alpha));
}

Mode current()
{
    return g_current;
}

QString key(Mode mode)
{
    switch (mode) {
    case Mode::Light:
        return QStringLiteral("light");
    case Mode::Dark:
        return QStringLiteral("dark");
    case Mode::System:
        break;
    }
    return QStringLiteral("system");
}

std::optional<Mode> fromKey(const QString &key)
{
    for (const Mode mode : {Mode::System, Mode::Light, Mode::Dark}) {
        if (Appearance::key(mode) == key)
            return mode;
    }
    return std::nullopt;
}
} // namespace Appearance
