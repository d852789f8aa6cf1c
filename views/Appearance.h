#pragma once

#include <QPalette>
#include <QString>

#include <optional>

// Light or dark whatever the desktop says, or the desktop's own look. Light and Dark use
// the Fusion style, which draws with the palette everywhere (platform styles may not);
// System puts back the style and palette the application started with.
namespace Appearance
{
enum class Mode { System, Light, Dark };

void apply(Mode mode);
Mode current();
// The palette of Light or Dark (System: the one the application started with).
QPalette palette(Mode mode);
// Red for a warning's text that reads on this palette's window (light or dark).
QColor alertColor(const QPalette &palette);
// The palette's base with a soft red over it: an error banner's background.
QColor alertBackground(const QPalette &palette);
// The settings key ("system", "light", "dark") and back.
QString key(Mode mode);
std::optional<Mode> fromKey(const QString &key);
} // namespace Appearance
