#pragma once

#include "sources/SourceDefinition.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <optional>

// The `records` table the cache database and dataset files share: one row per record,
// the full record as JSON, and beside it the values the filters and the order run on,
// so that filtering, sorting and full-text search are SQL. The filter columns are named
// after the canonical Query filter keys, so a Query maps onto them without a table.
namespace RecordSchema
{
// One record taken apart for the table.
struct Row {
    QString source; // SourceKind key
    QString id;
    qint64 timestampMs = 0; // 0 when the record has no readable time
    QStringList filterValues; // parallel to filterColumns()
    QStringList textValues; // parallel to textColumns()
    QByteArray json;
};

// Columns named after the filter keys of every registered source (channel, status,
// user_id, event_type, …), in the order the registry first lists them.
QStringList filterColumns();
// The FTS5 columns: content, error, recipient, payload, details, message.
const QStringList &textColumns();

// `json`: the record as JSON text when the caller has it (a line of JSON Lines), stored as
// it is; otherwise the record is written out compact.
Row rowFor(const SourceDefinition &def, const QJsonObject &record, const QByteArray &json = {});

// The same row in UTF-8, read straight from a record's JSON text: what rowFor gives,
// without the QJsonObject and the UTF-16 copies (an import's parser spent three quarters
// of its time on those). Nothing where the text is not an object JsonObjectScan vouches
// for, or repeats a name the row reads, or the source keeps a status history: parse it
// then and use rowFor.
struct Utf8Row {
    QByteArray id; // null where rowFor's is
    qint64 timestampMs = 0;
    QList<QByteArray> filterValues; // null where rowFor's is empty
    QList<QByteArray> textValues; // null where rowFor's is null
};
std::optional<Utf8Row> utf8RowFor(const SourceDefinition &def, QByteArrayView json);

// Creates the tables and the FTS5 table if they are missing, and the indexes unless a
// bulk load will add them afterwards (createIndexes). Returns the error, empty on success.
QString create(QSqlDatabase &db, bool withIndexes = true);
// The identity (origin, source, id) and filter-column indexes.
QString createIndexes(QSqlDatabase &db);
// Databases written before search moved to trigrams have a unicode61 FTS table, which
// finds whole words only (no Chinese inside a sentence, no part of an id). Replaces it
// with a trigram one filled from the stored records, and leaves any other alone.
// Call inside a transaction, before create(). Returns the error, empty on success.
QString upgradeSearchIndex(QSqlDatabase &db);
// Their statements: for every filter column, or (a dataset of one source) for the
// columns that source filters on, and then the time index leads with the origin. `newestFirst`: the time
// descending in each, for an index kept while records arrive newest first (an export, an API's order): each
// entry then goes at the end of its run, where ascending it would go at the start, and moving a page's other
// entries up for each doubled the cost of loading a dataset. A query reads either order as fast.
QStringList indexStatements(const SourceDefinition *onlyFor = nullptr, bool newestFirst = false);

// Inserts or replaces records (by origin, source, id), keeping the FTS rows in step.
// Holds its statements prepared: a page of 100 records is 100 executions, not parses.
class Writer
{
public:
    explicit Writer(const QSqlDatabase &db);
    // The record's rowid, or -1 with *error set.
    qint64 upsert(const QString &origin, const Row &row, QString *error);

private:
    QSqlQuery m_upsert, m_ftsDelete, m_ftsInsert;
};
} // namespace RecordSchema
