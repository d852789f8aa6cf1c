#include "sources/EnumTable.h"

#include "core/JsonNumber.h"

#include <QCoreApplication>

namespace
{
QString rawText(const QJsonValue &v)
{
    return v.isDouble() ? JsonNumber::text(v.toDouble()) : v.toString();
}
} // namespace

const EnumValue *EnumTable::find(const QJsonValue &value) const
{
    if (value.isDouble()) {
        for (const EnumValue &e : values) {
            if (e.number && value.toDouble() == *e.number)
                return &e;
        }
        return nullptr;
    }
    const QString text = value.toString();
    if (text.isEmpty())
        return nullptr;
    const bool numbered = isNumbered();
    for (const EnumValue &e : values) {
        // Numbered enums come from frameworks that accept any case (ASP.NET); string
        // enums are matched exactly, as their servers do.
        if (numbered ? (text.compare(e.raw, Qt::CaseInsensitive) == 0 || text == QString::number(*e.number))
                     : text == e.raw)
            return &e;
    }
    return nullptr;
}

QString EnumTable::display(const QJsonValue &value) const
{
    const EnumValue *e = find(value);
    return e && e->text ? QCoreApplication::translate(context, e->text) : rawText(value);
}

Outcome EnumTable::outcome(const QJsonValue &value) const
{
    const EnumValue *e = find(value);
    return e ? e->outcome : unknownOutcome;
}

QString EnumTable::canonicalName(const QJsonValue &value) const
{
    const EnumValue *e = find(value);
    return e ? e->raw : rawText(value);
}

QStringList EnumTable::names() const
{
    QStringList names;
    for (const EnumValue &e : values)
        names << e.raw;
    return names;
}

QList<int> EnumTable::numbers() const
{
    QList<int> numbers;
    for (const EnumValue &e : values) {
        if (e.number)
            numbers << *e.number;
    }
    return numbers;
}
