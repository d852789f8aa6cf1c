#include "dataset/DatasetFile.h"
#include "sources/SourceRegistry.h"

#include "store/RecordSchema.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace DatasetFile
{
QJsonObject queryToJson(const Query &query)
{
    QJsonObject filters;
    for (auto it = query.filters.cbegin(); it != query.filters.cend(); ++it)
        filters.insert(it.key(), it.value());
    QJsonObject json {{QStringLiteral("source"), query.source.key()}, {QStringLiteral("filters"), filters}};
    if (query.sort)
        json.insert(QStringLiteral("sort"),
                    query.sort->column
                        + (query.sort->descending ? QStringLiteral(":desc") : QStringLiteral(":asc")));
    return json;
}

Query queryFromJson(SourceKind source, const QJsonObject &json)
{
    Query q;
    q.source = source;
    const QJsonObject filters = json.value(QStringLiteral("filters")).toObject();
    for (auto it = filters.begin(); it != filters.end(); ++it)
        q.setFilter(it.key(), it.value().toString());
    return q;
}

QString createSchema(QSqlDatabase &db, bool withIndexes)
{
    QSqlQuery q(db);
    const QStringList statements = {
        QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId),
        QStringLiteral("PRAGMA user_version = %1").arg(FormatVersion),
        QStringLiteral("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS status_history (record INTEGER NOT NULL, position INTEGER NOT "
            "NULL, timestamp TEXT, status TEXT, detail TEXT, source TEXT, PRIMARY KEY (record, "
            "position)) WITHOUT ROWID"),
    };
    for (const QString &sql : statements) {
        if (!q.exec(sql))
            return q.lastError().text();
    }
    return RecordSchema::create(db, withIndexes);
}

QString writeMeta(QSqlDatabase &db, const DatasetInfo &info)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"));
    const QList<std::pair<QString, QString>> rows = {
        {QStringLiteral("format_version"), QString::number(FormatVersion)},
        {QStringLiteral("source"), info.source.key()},
        {QStringLiteral("origin"), info.origin},
        {QStringLiteral("query"),
         QString::fromUtf8(QJsonDocument(info.query).toJson(QJsonDocument::Compact))},
        {QStringLiteral("exported_at"), info.exportedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("app_version"), info.appVersion},
        {QStringLiteral("record_count"), QString::number(info.recordCount)},
        {QStringLiteral("search_index"),
         info.searchIndexed ? QStringLiteral("complete") : QStringLiteral("building")},
    };
    for (const auto &[key, value] : rows) {
        q.addBindValue(key);
        q.addBindValue(value);
        if (!q.exec())
            return q.lastError().text();
    }
    return {};
}

std::optional<DatasetInfo> open(const QString &path, const QString &connectionName, QString *error)
{
    auto fail = [&](const QString &message) -> std::optional<DatasetInfo> {
        if (error)
            *error = message;
        {
            QSqlDatabase db = QSqlDatabase::database(connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(connectionName);
        return std::nullopt;
    };
    if (!QFileInfo::exists(path))
        return fail(QCoreApplication::translate("DatasetFile", "%1 does not exist.").arg(path));
    QFile probe(path);
    if (!probe.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("DatasetFile", "%1 cannot be read: %2")
                        .arg(path, probe.errorString()));
    if (!probe.read(16).startsWith("SQLite format 3"))
        return fail(
            QCoreApplication::translate("DatasetFile", "%1 is not a LogDeck dataset (not an SQLite file).")
                .arg(path));
    probe.close();
    rollBackHotJournal(path);
    // Every handle on the connection lives inside read(), so that a failure can remove
    // the connection cleanly afterwards.
    QString problem;
    auto read = [&]() -> std::optional<DatasetInfo> {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            problem = QCoreApplication::translate("DatasetFile", "%1 cannot be opened: %2")
                          .arg(path, db.lastError().text());
            return std::nullopt;
        }
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next()) {
            problem = QCoreApplication::translate("DatasetFile", "%1 is damaged: %2")
                          .arg(path, q.lastError().text());
            return std::nullopt;
        }
        if (q.value(0).toInt() != ApplicationId) {
            problem =
                QCoreApplication::translate("DatasetFile", "%1 is an SQLite file, but not a LogDeck dataset.")
                    .arg(path);
            return std::nullopt;
        }
        QHash<QString, QString> meta;
        if (!q.exec(QStringLiteral("SELECT key, value FROM meta"))) {
            problem = QCoreApplication::translate("DatasetFile", "%1 is damaged: %2")
                          .arg(path, q.lastError().text());
            return std::nullopt;
        }
        while (q.next())
            meta.insert(q.value(0).toString(), q.value(1).toString());
        DatasetInfo info;
        info.formatVersion = meta.value(QStringLiteral("format_version")).toInt();
        if (info.formatVersion > FormatVersion) {
            problem =
                QCoreApplication::translate(
                    "DatasetFile",
                    "%1 was written by a newer LogDeck (dataset format %2; this version reads up to %3). "
                    "Update LogDeck to open it.")
                    .arg(path)
                    .arg(info.formatVersion)
                    .arg(FormatVersion);
            return std::nullopt;
        }
        const auto source = SourceRegistry::instance().kindForKey(meta.value(QStringLiteral("source")));
        if (info.formatVersion < 1 || !source) {
            problem =
                QCoreApplication::translate("DatasetFile", "%1 is damaged: its description is incomplete.")
                    .arg(path);
            return std::nullopt;
        }
        info.source = *source;
        info.origin = meta.value(QStringLiteral("origin"));
        info.query = QJsonDocument::fromJson(meta.value(QStringLiteral("query")).toUtf8()).object();
        info.exportedAt = QDateTime::fromString(meta.value(QStringLiteral("exported_at")), Qt::ISODateWithMs);
        info.appVersion = meta.value(QStringLiteral("app_version"));
        info.recordCount = meta.value(QStringLiteral("record_count")).toLongLong();
        // Format 1 has no such key: its index was always built before the file was named.
        info.searchIndexed = meta.value(QStringLiteral("search_index")) != u"building";
        return info;
    };
    const std::optional<DatasetInfo> info = read();
    if (!info)
        return fail(problem);
    return info;
}

void rollBackHotJournal(const QString &path)
{
    if (QFileInfo(path + QStringLiteral("-journal")).size() == 0)
        return; // none, or truncated by the last commit: nothing to roll back
    // SQLite decides whether it is hot (no writer holds it) and rolls it back on the first
    // read; a live writer's journal is left alone.
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr)
        == SQLITE_OK) {
        sqlite3_busy_timeout(db, 5000);
        sqlite3_exec(db, "SELECT COUNT(*) FROM sqlite_master", nullptr, nullptr, nullptr);
    }
    sqlite3_close(db);
}
} // namespace DatasetFile
