#include "core/JsonNumber.h"

#include <QLocale>

#include <cmath>

namespace JsonNumber
{
QString text(double value)
{
    if (std::isfinite(value) && std::trunc(value) == value && std::abs(value) < 1e21)
        return QString::number(value, 'f', 0);
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}
} // namespace JsonNumber
