#include "dataset/DatasetSink.h"

#include "dataset/SearchIndexBuilder.h"

#include "net/PageCodec.h"
#include "store/RecordSchema.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

DatasetSink::DatasetSink(bool deferSearchIndex)
    : m_deferSearchIndex(deferSearchIndex)
    , m_connection(QStringLiteral("logdeck-dataset-sink-")
                   + QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

DatasetSink::~DatasetSink() = default;

bool DatasetSink::withDatabase(const std::function<QString(QSqlDatabase &)> &work)
{
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(m_path);
        error = db.open() ? work(db) : db.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    return error.isEmpty() || fail(error);
}

bool DatasetSink::openTemporary(const QString &path)
{
    m_path = path;
    // The meta table first: a reader may open the file as soon as records are in it.
    DatasetInfo info = m_info;
    info.formatVersion = DatasetFile::FormatVersion;
    info.searchIndexed = false;
    const bool made = withDatabase([&info](QSqlDatabase &db) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA page_size = 16384")))
            return q.lastError().text();
        QString error = DatasetFile::createSchema(db, false);
        if (error.isEmpty() && !q.exec(SearchIndexBuilder::textView(SourceDefinitions::get(info.source))))
            error = q.lastError().text();
        return error.isEmpty() ? DatasetFile::writeMeta(db, info) : error;
    });
    if (!made)
        return false;
    // A dataset holds one source: the indexes are those of its filters. They are kept
    // from the start, on the writer's thread while this one parses, so that the rows read
    // while written come in time order and filter fast, and so that the file is browsable
    // when the last record is in. Only the identity's is built at the end: where an id
    // repeats, the last copy is to stay, which a unique index kept all along would refuse.
    const SourceDefinition *def = &SourceDefinitions::get(m_info.source);
    const auto isIdentity = [](const QString &s) {
        return s.contains(QLatin1String(" records_identity "));
    };
    // On the id alone (format 3): the origin is '' and the source one, so it is as unique,
    // and it was built in half the time. A look-up by all three uses it all the same.
    const QStringList identity = {
        QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS records_identity ON records (id)")};
    QStringList indexed = RecordSchema::filterColumns();
    indexed.removeIf([def](const QString &c) { return !def->filterSpec(c); });
    m_statistics = std::make_unique<IndexStatistics>(RecordSchema::filterColumns(), indexed);
    m_writer = std::make_unique<DatasetWriter>(
        [def, isIdentity](bool newestFirst) {
            QStringList early = RecordSchema::indexStatements(def, newestFirst);
            early.removeIf(isIdentity);
            return early;
        },
        identity, m_stop);
    return m_writer->start(path) || fail(m_writer->errorString());
}

bool DatasetSink::write(const QList<QJsonObject> &records)
{
    return writeWithText(records, {});
}

namespace
{
DatasetWriter::Item itemFor(const SourceDefinition &def, const QJsonObject &r, const QByteArray &json)
{
    const auto utf8 = [](const QString &s) {
        return s.isEmpty() ? QByteArray() : s.toUtf8();
    };
    const RecordSchema::Row row = RecordSchema::rowFor(def, r, json);
    DatasetWriter::Item item;
    item.source = row.source.toUtf8();
    item.id = row.id.toUtf8();
    item.timestampMs = row.timestampMs;
    for (const QString &v : row.filterValues)
        item.filterValues.append(utf8(v));
    item.json = row.json;
    if (!def.historyField.isEmpty() && def.history) {
        // The server's own history, a row per step, the status by name.
        for (const HistoryStep &step : def.history(r).steps) {
            const EnumTable *table = def.enumTable(step.enumField);
            const QString status =
                table ? table->canonicalName(step.status) : step.status.toVariant().toString();
            item.history.append({step.timestamp.isValid()
                                     ? step.timestamp.toString(Qt::ISODateWithMs).toUtf8()
                                     : QByteArray(),
                                 status.toUtf8(), step.detail.toUtf8(), step.source.toUtf8()});
        }
    }
    return item;
}
} // namespace

bool DatasetSink::writeWithText(const QList<QJsonObject> &records, const QList<QByteArray> &json)
{
    const SourceDefinition &def = SourceDefinitions::get(m_info.source);
    QList<DatasetWriter::Item> batch;
    batch.reserve(records.size());
    for (qsizetype i = 0; i < records.size(); ++i)
        batch.append(itemFor(def, records.at(i), json.value(i)));
    return add(std::move(batch));
}

bool DatasetSink::writeJson(const QList<QByteArray> &records)
{
    const SourceDefinition &def = SourceDefinitions::get(m_info.source);
    const QByteArray source = def.kind.key().toUtf8();
    QList<DatasetWriter::Item> batch;
    batch.reserve(records.size());
    for (const QByteArray &json : records) {
        auto row = RecordSchema::utf8RowFor(def, json);
        if (!row) {
            batch.append(itemFor(def, QJsonDocument::fromJson(json).object(), json));
            continue;
        }
        DatasetWriter::Item item;
        item.source = source;
        item.id = std::move(row->id);
        item.timestampMs = row->timestampMs;
        item.filterValues = std::move(row->filterValues);
        item.json = json;
        batch.append(std::move(item));
    }
    return add(std::move(batch));
}

bool DatasetSink::add(QList<DatasetWriter::Item> batch)
{
    for (const DatasetWriter::Item &item : std::as_const(batch))
        m_statistics->add(item.filterValues);
    const qsizetype size = batch.size();
    if (!m_writer->add(std::move(batch)))
        return fail(m_writer->errorString());
    m_written += size;
    return true;
}

bool DatasetSink::close()
{
    const auto count = m_writer->finish();
    if (!count)
        return fail(m_writer->errorString());
    m_written = *count; // repeated ids kept once
    DatasetInfo info = m_info;
    info.recordCount = m_written;
    info.formatVersion = DatasetFile::FormatVersion;
    info.searchIndexed = false; // SearchIndexBuilder's part
    const QStringList statistics = m_statistics->statements(m_written);
    const bool written = withDatabase([&info, &statistics](QSqlDatabase &db) {
        // One transaction: a reader of the growing file (the window) holds it up once, not
        // for each of a dozen statements.
        QSqlQuery q(db);
        QString error = q.exec(QStringLiteral("BEGIN IMMEDIATE")) ? DatasetFile::writeMeta(db, info)
                                                                  : q.lastError().text();
        for (const QString &sql : statistics) {
            if (error.isEmpty() && !q.exec(sql))
                error = q.lastError().text();
        }
        if (error.isEmpty() && !q.exec(QStringLiteral("COMMIT")))
            error = q.lastError().text();
        if (!error.isEmpty())
            q.exec(QStringLiteral("ROLLBACK"));
        return error;
    });
    if (!written || m_deferSearchIndex)
        return written;
    // The records and their B-tree indexes are complete: the file is browsable from
    // here on. The search index is built in steps; a build stopped here (the sink's stop)
    // leaves a file that says so and is finished by whoever opens it next.
    SearchIndexBuilder builder(m_path);
    if (builder.build([](const SearchIndexBuilder::Progress &) {}, *m_stop))
        return true;
    return fail(builder.errorString().isEmpty() ? QCoreApplication::translate("DatasetSink", "cancelled")
                                                : builder.errorString());
}

qint64 DatasetSink::committed() const
{
    return m_writer ? m_writer->committed() : 0;
}

void DatasetSink::discard()
{
    m_writer.reset(); // stops at once and closes the file
}
