#pragma once

#include "sources/SourceDefinition.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

namespace RecordSchema
{
class Writer;
}

// Identifies one fetched page: which server (connection), which source, which query as
// the server saw it (CacheDatabase::queryKey), the page size and the page index.
struct PageKey {
    QString connection;
    QString source;
    QString query;
    int pageSize = 0;
    int page = 0;
};

struct CachedPage {
    QList<QJsonObject> records;
    std::optional<qint64> total;
    QDateTime fetchedAt;
};

// The cache database: every page fetched, written through, keyed by PageKey, with its
// fetch time and the server's total; every record upserted by id into the `records`
// table that dataset files share (RecordSchema). SQLite in WAL mode; every write is one
// transaction, so a crash leaves the last complete page, never half of one. A size cap
// evicts the least recently used pages and the records only they referred to.
//
// Synchronous and bound to the thread that opened it: PageCache runs it on a worker.
class CacheDatabase
{
public:
    CacheDatabase();
    ~CacheDatabase();
    CacheDatabase(const CacheDatabase &) = delete;
    CacheDatabase &operator=(const CacheDatabase &) = delete;

    static constexpr int SchemaVersion = 2; // 2: trigram search index
    static constexpr qint64 DefaultCapBytes = qint64(1) << 30;
    // <AppDataLocation>/cache.sqlite
    static QString defaultPath();
    // The part of a query the server sees (filters it applies, sort), canonical.
    static QString queryKey(const SourceDefinition &def, const Query &query);

    bool open(const QString &path);
    bool isOpen() const;
    QString errorString() const { return m_error; }
    QString path() const { return m_path; }

    void setCapBytes(qint64 bytes) { m_capBytes = bytes; }
    qint64 capBytes() const { return m_capBytes; }
    // Bytes in use by the database's pages (not counting free pages inside the file).
    qint64 usedBytes();

    bool writePage(const PageKey &key, const SourceDefinition &def, const QList<QJsonObject> &records,
                   std::optional<qint64> total, const QDateTime &fetchedAt = QDateTime::currentDateTimeUtc());
    // Marks the page as used (for eviction) when found.
    std::optional<CachedPage> readPage(const PageKey &key);
    // A record by id, from whichever connection cached it last (Go to ID).
    std::optional<QJsonObject> findRecord(const QString &source, const QString &id);
    int pageCount();
    qint64 recordCount();
    // Evicts least recently used pages until usedBytes() ≤ 90 % of the cap. Returns the
    // number of pages evicted. Called by writePage when the cap is passed.
    int evictToCap();
    // PRAGMA integrity_check's verdict: "ok" when sound.
    QString integrityCheck();

private:
    bool exec(const QString &sql);
    bool fail(const QString &what, const QString &detail);

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    QString m_error;
    qint64 m_capBytes = DefaultCapBytes;
    qint64 m_useClock = 0; // strictly increasing "last used" stamps
    std::unique_ptr<RecordSchema::Writer> m_writer;
};
