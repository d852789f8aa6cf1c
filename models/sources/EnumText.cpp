#include "sources/EnumText.h"

#include "core/JsonNumber.h"
#include "sources/SourceRegistry.h"

#include <QCoreApplication>

namespace EnumText
{
QString sourceTitle(SourceKind kind)
{
    const SourceDefinition *def = SourceRegistry::instance().find(kind);
    return def && def->title ? QCoreApplication::translate("Source", def->title) : kind.key();
}

QString keyList(const QList<SourceKind> &kinds)
{
    QStringList keys;
    for (const SourceKind &k : kinds)
        keys << k.key();
    if (keys.size() < 2)
        return keys.join(QString());
    const QString last = keys.takeLast();
    //: Between the items of a list of source keys, "a, b or c"
    const QString separator = QCoreApplication::translate("Source", ", ");
    return QCoreApplication::translate("Source", "%1 or %2").arg(keys.join(separator), last);
}

bool isEnumField(SourceKind kind, const QString &key)
{
    const SourceDefinition *def = SourceRegistry::instance().find(kind);
    return def && def->enumTable(key);
}

QString display(SourceKind kind, const QString &key, const QJsonValue &value)
{
    const SourceDefinition *def = SourceRegistry::instance().find(kind);
    if (const EnumTable *table = def ? def->enumTable(key) : nullptr)
        return table->display(value);
    return value.isDouble() ? JsonNumber::text(value.toDouble()) : value.toString();
}

Outcome outcome(SourceKind kind, const QString &key, const QJsonValue &value)
{
    const SourceDefinition *def = SourceRegistry::instance().find(kind);
    if (!def || def->outcomeField.isEmpty() || key != def->outcomeField)
        return Outcome::None;
    const EnumTable *table = def->enumTable(key);
    return table ? table->outcome(value) : Outcome::None;
}
} // namespace EnumText
