#pragma once

#include "core/SourceKind.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

// What LogDeck remembers between runs, typed: one place that knows the QSettings keys
// (which stay as released, so that settings written by older versions still read).
// Connections have their own store (ConnectionStore); tokens never come here.
namespace AppSettings
{
bool utcTimes();
void setUtcTimes(bool utc);
QString appearance(); // Appearance::key, empty for the system's
void setAppearance(const QString &key);
QString language(); // empty: the system's
void setLanguage(const QString &language);

// Where the user left off.
QString lastConnection();
void setLastConnection(const QString &connectionId);
QString lastSource(); // a source key, empty if none
void setLastSource(SourceKind kind);
// The filters last applied to a source (settings key: the source key, or "cache:…").
QMap<QString, QString> filters(const QString &sourceKey);
void setFilters(const QString &sourceKey, const QMap<QString, QString> &filters);
// A table's header state (column order, widths, visibility) per source.
QByteArray columns(const QString &sourceKey);
void setColumns(const QString &sourceKey, const QByteArray &state);

// Datasets: the folder last opened from, and the recently opened, newest first.
QString lastDatasetDir();
void setLastDatasetDir(const QString &dir);
QStringList recentDatasets();
void addRecentDataset(const QString &path); // keeps the newest eight
void removeRecentDataset(const QString &path);

// Export and import dialogs. The folder to start in is one that exists: the one used
// last, else the user's Documents folder, else the home folder (a fresh account may
// have no Documents).
QString exportDir();
void setExportDir(const QString &dir);
bool exportBom();
void setExportBom(bool bom);
QString importDir();
void setImportDir(const QString &dir);
QString importSource(); // a source key, empty if none
void setImportSource(SourceKind kind);
bool importStrict();
void setImportStrict(bool strict);

// The main window's geometry and splitters.
QByteArray windowLayout(const QString &part); // "geometry", "state", "sidebarSplitter", …
void setWindowLayout(const QString &part, const QByteArray &state);
} // namespace AppSettings
