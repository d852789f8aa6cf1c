#include "core/AppSettings.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace
{
QVariant value(const QString &key, const QVariant &fallback = {})
{
    return QSettings().value(key, fallback);
}

void set(const QString &key, const QVariant &value)
{
    QSettings().setValue(key, value);
}

constexpr int kRecentDatasets = 8;
} // namespace

namespace AppSettings
{
bool utcTimes()
{
    return value(QStringLiteral("utcTimes"), false).toBool();
}
void setUtcTimes(bool utc)
{
    set(QStringLiteral("utcTimes"), utc);
}
QString appearance()
{
    return value(QStringLiteral("appearance")).toString();
}
void setAppearance(const QString &key)
{
    set(QStringLiteral("appearance"), key);
}
QString language()
{
    return value(QStringLiteral("language")).toString();
}
void setLanguage(const QString &language)
{
    set(QStringLiteral("language"), language);
}

QString lastConnection()
{
    return value(QStringLiteral("lastConnection")).toString();
}
void setLastConnection(const QString &connectionId)
{
    set(QStringLiteral("lastConnection"), connectionId);
}
QString lastSource()
{
    return value(QStringLiteral("lastSource")).toString();
}
void setLastSource(SourceKind kind)
{
    set(QStringLiteral("lastSource"), kind.key());
}

QMap<QString, QString> filters(const QString &sourceKey)
{
    QMap<QString, QString> out;
    const QVariantMap saved = value(QStringLiteral("filters/") + sourceKey).toMap();
    for (auto it = saved.cbegin(); it != saved.cend(); ++it)
        out.insert(it.key(), it.value().toString());
    return out;
}

void setFilters(const QString &sourceKey, const QMap<QString, QString> &filters)
{
    QVariantMap saved;
    for (auto it = filters.cbegin(); it != filters.cend(); ++it)
        saved.insert(it.key(), it.value());
    set(QStringLiteral("filters/") + sourceKey, saved);
}

QByteArray columns(const QString &sourceKey)
{
    return value(QStringLiteral("columns/") + sourceKey).toByteArray();
}
void setColumns(const QString &sourceKey, const QByteArray &state)
{
    set(QStringLiteral("columns/") + sourceKey, state);
}

QString lastDatasetDir()
{
    return value(QStringLiteral("lastDatasetDir")).toString();
}
void setLastDatasetDir(const QString &dir)
{
    set(QStringLiteral("lastDatasetDir"), dir);
}
QStringList recentDatasets()
{
    return value(QStringLiteral("recentDatasets")).toStringList();
}

void addRecentDataset(const QString &path)
{
    QStringList recent = recentDatasets();
    recent.removeAll(path);
    recent.prepend(path);
    set(QStringLiteral("recentDatasets"), recent.mid(0, kRecentDatasets));
}

void removeRecentDataset(const QString &path)
{
    QStringList recent = recentDatasets();
    if (recent.removeAll(path) > 0)
        set(QStringLiteral("recentDatasets"), recent);
}

namespace
{
QString existingFolder(const QString &remembered)
{
    if (!remembered.isEmpty() && QFileInfo(remembered).isDir())
        return remembered;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!documents.isEmpty() && QFileInfo(documents).isDir())
        return documents;
    return QDir::homePath();
}
} // namespace

QString exportDir()
{
    return existingFolder(value(QStringLiteral("export/dir")).toString());
}
void setExportDir(const QString &dir)
{
    set(QStringLiteral("export/dir"), dir);
}
bool exportBom()
{
    return value(QStringLiteral("export/bom"), false).toBool();
}
void setExportBom(bool bom)
{
    set(QStringLiteral("export/bom"), bom);
}
QString importDir()
{
    return existingFolder(value(QStringLiteral("import/dir")).toString());
}
void setImportDir(const QString &dir)
{
    set(QStringLiteral("import/dir"), dir);
}
QString importSource()
{
    return value(QStringLiteral("import/source")).toString();
}
void setImportSource(SourceKind kind)
{
    set(QStringLiteral("import/source"), kind.key());
}
bool importStrict()
{
    return value(QStringLiteral("import/strict"), false).toBool();
}
void setImportStrict(bool strict)
{
    set(QStringLiteral("import/strict"), strict);
}

QByteArray windowLayout(const QString &part)
{
    return value(QStringLiteral("MainWindow/") + part).toByteArray();
}
void setWindowLayout(const QString &part, const QByteArray &state)
{
    set(QStringLiteral("MainWindow/") + part, state);
}
} // namespace AppSettings
