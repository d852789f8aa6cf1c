#pragma once

#include "core/Query.h"
#include "core/SourceKind.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// The `.logdeck` dataset format (docs/dataset-format.md): one SQLite file with a `meta`
// table, the shared `records` table (RecordSchema) with its indexes and FTS5 table, and
// the API-log status histories. Versioned: files of an older version open, newer ones
// are refused with a message that says so.
struct DatasetInfo {
    int formatVersion = 0;
    SourceKind source;
    QString origin; // server URL without credentials, or the imported file's name
    QJsonObject query; // the filters it was exported with
    QDateTime exportedAt;
    QString appVersion;
    qint64 recordCount = 0;
    // False while the full-text index is being built (format 2): the records and their
    // B-tree indexes are complete, the text not yet indexed is read from `records_text`.
    bool searchIndexed = true;
};

namespace DatasetFile
{
// 2: the search index may be unfinished; 3: its text is read from the records (a view)
constexpr int FormatVersion = 3;
constexpr int ApplicationId = 0x4C474B31; // "LGK1": `file` and SQLite tools can tell it apart
constexpr const char *Suffix = ".logdeck";

QJsonObject queryToJson(const Query &query);
Query queryFromJson(SourceKind source, const QJsonObject &json);

// Creates the schema in an empty database (inside the caller's transaction); a bulk
// load leaves the indexes to RecordSchema::createIndexes at the end.
QString createSchema(QSqlDatabase &db, bool withIndexes = true);
// Writes the meta table (replacing what was there).
QString writeMeta(QSqlDatabase &db, const DatasetInfo &info);

// Opens an existing dataset read-only under `connectionName` and reads its meta. On
// failure, the database is closed and *error says why, in words for the user.
std::optional<DatasetInfo> open(const QString &path, const QString &connectionName, QString *error);

// A writer killed in the middle of a commit leaves a hot journal beside the file, which a
// read-only connection cannot roll back (SQLITE_READONLY_ROLLBACK): one read-write
// connection does, if the file may be written. open() calls it.
void rollBackHotJournal(const QString &path);
} // namespace DatasetFile
