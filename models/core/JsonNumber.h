#pragma once

#include <QString>

// A JSON number as text, the way a person reads it and without losing what was sent:
// integers in full (no exponent up to 10^21), other values in the shortest form that
// reads back to the same double (382.93, not 382.93000000000001).
namespace JsonNumber
{
QString text(double value);
} // namespace JsonNumber
