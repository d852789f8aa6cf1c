#include "store/RecordSchema.h"

#include "core/JsonNumber.h"
#include "core/JsonObjectScan.h"
#include "core/Timestamp.h"
#include "sources/SourceRegistry.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVarLengthArray>

namespace
{
// The six full-text columns; each source says which of its fields feed which.
const QStringList kTextColumns = {QStringLiteral("content"),   QStringLiteral("error"),
                                  QStringLiteral("recipient"), QStringLiteral("payload"),
                                  QStringLiteral("details"),   QStringLiteral("message")};

QString text(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return JsonNumber::text(v.toDouble());
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    return {};
}

// Where a field's value goes: a filter or text column, and the name's rank among that
// column's names (the first present wins).
struct Slot {
    bool text;
    int column;
    int rank;
};

// What the registry says, worked out once per thread (the dataset worker writes rows on
// its own) and again when a source is registered.
struct Layout {
    int generation = -1;
    QStringList filterColumns;
    QHash<QString, QHash<QString, Slot>> slotsBySource;
    // The same by UTF-8 name, as a list: a source has a dozen, and hashing each member's
    // name cost an import more than comparing it with all of them.
    QHash<QString, QList<std::pair<QByteArray, Slot>>> utf8SlotsBySource;
    // Per source, per filter column: the numbered enum whose names the column stores.
    QHash<QString, QList<const EnumTable *>> numberedBySource;
};

const Layout &layout()
{
    thread_local Layout cached;
    const SourceRegistry &registry = SourceRegistry::instance();
    if (cached.generation == registry.generation())
        return cached;
    cached = {};
    cached.generation = registry.generation();
    cached.filterColumns = registry.filterKeys();
    for (const SourceDefinition *def : registry.all()) {
        QHash<QString, Slot> &bySource = cached.slotsBySource[def->kind.key()];
        QList<std::pair<QByteArray, Slot>> &byUtf8 = cached.utf8SlotsBySource[def->kind.key()];
        QList<const EnumTable *> &numbered = cached.numberedBySource[def->kind.key()];
        numbered.resize(cached.filterColumns.size());
        for (int c = 0; c < cached.filterColumns.size(); ++c) {
            const FilterSpec *spec = def->filterSpec(cached.filterColumns.at(c));
            const EnumTable *table = spec ? def->enumTable(spec->enumField) : nullptr;
            numbered[c] = table && table->isNumbered() ? table : nullptr;
            const QStringList fields = spec && !spec->recordFields.isEmpty()
                ? spec->recordFields
                : QStringList {cached.filterColumns.at(c)};
            for (int r = 0; r < fields.size(); ++r) {
                bySource.insert(fields.at(r), {false, c, r});
                byUtf8.append({fields.at(r).toUtf8(), {false, c, r}});
            }
        }
        for (const TextFieldSpec &t : def->textFields) {
            const int c = int(kTextColumns.indexOf(t.column));
            for (int r = 0; c >= 0 && r < t.fields.size(); ++r) {
                bySource.insert(t.fields.at(r), {true, c, r});
                byUtf8.append({t.fields.at(r).toUtf8(), {true, c, r}});
            }
        }
    }
    return cached;
}
} // namespace

namespace RecordSchema
{
QStringList filterColumns()
{
    return layout().filterColumns;
}

const QStringList &textColumns()
{
    return kTextColumns;
}

Row rowFor(const SourceDefinition &def, const QJsonObject &record, const QByteArray &json)
{
    Row row;
    row.source = def.kind.key();
    row.id = text(record.value(def.idField));
    if (const auto ms = Timestamp::parseMsecs(record.value(def.timeField).toString()))
        row.timestampMs = *ms;
    // One pass over the record's fields: a look-up per wanted name (most of them absent
    // from any one source) cost more than parsing the record.
    const Layout &l = layout();
    row.filterValues.resize(l.filterColumns.size());
    row.textValues.resize(kTextColumns.size());
    QVarLengthArray<int, 16> filterRank(l.filterColumns.size(), INT_MAX),
        textRank(kTextColumns.size(), INT_MAX);
    static const QHash<QString, Slot> none;
    const auto found = l.slotsBySource.constFind(row.source);
    const QHash<QString, Slot> &wanted = found == l.slotsBySource.constEnd() ? none : found.value();
    const QList<const EnumTable *> numbered = l.numberedBySource.value(row.source);
    for (auto it = record.constBegin(); it != record.constEnd(); ++it) {
        const auto slot = wanted.constFind(it.key());
        if (slot == wanted.constEnd())
            continue;
        const QJsonValue v = it.value();
        int &rank = slot->text ? textRank[slot->column] : filterRank[slot->column];
        if (v.isUndefined() || v.isNull() || slot->rank >= rank)
            continue;
        rank = slot->rank;
        // Numbered enums are numbers on the wire; the table keeps the name users filter by.
        const EnumTable *table = slot->text ? nullptr : numbered.value(slot->column);
        const QString value = table ? table->canonicalName(v) : text(v);
        (slot->text ? row.textValues : row.filterValues)[slot->column] = value;
    }
    row.json = json.isEmpty() ? QJsonDocument(record).toJson(QJsonDocument::Compact) : json;
    return row;
}

std::optional<Utf8Row> utf8RowFor(const SourceDefinition &def, QByteArrayView json)
{
    using JsonObjectScan::Type;
    if (def.history && !def.historyField.isEmpty())
        return std::nullopt; // DatasetSink reads the history from the QJsonObject
    thread_local JsonObjectScan::Members members;
    if (!JsonObjectScan::scan(json, &members))
        return std::nullopt;
    const Layout &l = layout();
    const QString key = def.kind.key();
    static const QList<std::pair<QByteArray, Slot>> none;
    const auto found = l.utf8SlotsBySource.constFind(key);
    const QList<std::pair<QByteArray, Slot>> &wanted =
        found == l.utf8SlotsBySource.constEnd() ? none : found.value();
    const QList<const EnumTable *> numbered = l.numberedBySource.value(key);
    // Compared as UTF-8 without converting each member's name.
    const QByteArray idField = def.idField.toUtf8(), timeField = def.timeField.toUtf8();
    // A value that is not a plain string is read as QJsonDocument reads it: rare, and
    // then exactly rowFor's text.
    const auto decode = [](const JsonObjectScan::Member &m) {
        return QJsonDocument::fromJson("[" + m.raw.toByteArray() + "]").array().at(0);
    };
    const auto plain = [](const JsonObjectScan::Member &m) {
        return m.type == Type::String && !m.escaped;
    };

    Utf8Row row;
    row.filterValues.resize(l.filterColumns.size());
    row.textValues.resize(kTextColumns.size());
    QVarLengthArray<int, 16> filterRank(l.filterColumns.size(), INT_MAX),
        textRank(kTextColumns.size(), INT_MAX);
    QVarLengthArray<QByteArrayView, 16> read; // the names this row read, each once
    for (const JsonObjectScan::Member &m : std::as_const(members)) {
        const bool isId = m.name == idField, isTime = m.name == timeField;
        const Slot *slot = nullptr;
        for (const auto &[name, s] : wanted) {
            if (name.size() == m.name.size() && m.name == name) {
                slot = &s;
                break;
            }
        }
        if (!isId && !isTime && !slot)
            continue;
        // QJsonObject keeps one member of a name; which one is its business.
        if (std::find(read.cbegin(), read.cend(), m.name) != read.cend())
            return std::nullopt;
        read.append(m.name);
        if (isId) {
            row.id = plain(m)          ? m.content().toByteArray()
                : m.type == Type::Null ? QByteArray()
                                       : text(decode(m)).toUtf8();
        }
        if (isTime && m.type == Type::String) {
            // Timestamps are ASCII: widened on the stack, no QString.
            std::optional<qint64> ms;
            if (plain(m) && m.content().size() < 64) {
                QVarLengthArray<char16_t, 64> wide(m.content().size());
                std::copy(m.content().begin(), m.content().end(), wide.begin());
                ms = Timestamp::parseMsecs(QStringView(wide.data(), wide.size()));
            } else {
                ms = Timestamp::parseMsecs(decode(m).toString());
            }
            if (ms)
                row.timestampMs = *ms;
        }
        if (!slot || m.type == Type::Null)
            continue;
        int &rank = slot->text ? textRank[slot->column] : filterRank[slot->column];
        if (slot->rank >= rank)
            continue;
        rank = slot->rank;
        const EnumTable *table = slot->text ? nullptr : numbered.value(slot->column);
        QByteArray value = plain(m) && !table ? m.content().toByteArray()
            : table                           ? table->canonicalName(decode(m)).toUtf8()
                                              : text(decode(m)).toUtf8();
        if (!slot->text && value.isEmpty())
            value = QByteArray();
        (slot->text ? row.textValues : row.filterValues)[slot->column] = std::move(value);
    }
    return row;
}

QString create(QSqlDatabase &db, bool withIndexes)
{
    QStringList statements;
    QString columns;
    for (const QString &c : filterColumns())
        columns += QStringLiteral(", %1 TEXT").arg(c);
    statements << QStringLiteral("CREATE TABLE IF NOT EXISTS records (rowid INTEGER PRIMARY KEY, "
                                 "origin TEXT NOT NULL DEFAULT '', source TEXT NOT NULL, id TEXT NOT NULL, "
                                 "ts INTEGER NOT NULL DEFAULT 0%1, json TEXT NOT NULL)")
                      .arg(columns);
    // Trigram: substring search that works for Chinese (no spaces between words) as well
    // as for ids and codes inside longer text.
    statements << QStringLiteral(
                      "CREATE VIRTUAL TABLE IF NOT EXISTS records_fts USING fts5(%1, tokenize = 'trigram')")
                      .arg(textColumns().join(QStringLiteral(", ")));
    for (const QString &sql : std::as_const(statements)) {
        QSqlQuery q(db);
        if (!q.exec(sql))
            return q.lastError().text();
    }
    // A table written before a source with a new filter was registered gets its column.
    QSqlQuery info(db);
    if (!info.exec(QStringLiteral("PRAGMA table_info(records)")))
        return info.lastError().text();
    QStringList present;
    while (info.next())
        present << info.value(1).toString();
    for (const QString &c : filterColumns()) {
        QSqlQuery q(db);
        if (!present.contains(c) && !q.exec(QStringLiteral("ALTER TABLE records ADD COLUMN %1 TEXT").arg(c)))
            return q.lastError().text();
    }
    return withIndexes ? createIndexes(db) : QString();
}

QString upgradeSearchIndex(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'records_fts'")))
        return q.lastError().text();
    if (!q.next() || q.value(0).toString().contains(QLatin1String("trigram")))
        return {};
    q.finish();
    if (!q.exec(QStringLiteral("DROP TABLE records_fts")))
        return q.lastError().text();
    if (const QString error = create(db, false); !error.isEmpty())
        return error;
    QSqlQuery records(db);
    records.setForwardOnly(true);
    if (!records.exec(QStringLiteral("SELECT rowid, source, json FROM records")))
        return records.lastError().text();
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO records_fts (rowid, %1) VALUES (?%2)")
                       .arg(textColumns().join(QStringLiteral(", ")),
                            QStringLiteral(", ?").repeated(textColumns().size())));
    while (records.next()) {
        const SourceDefinition *def = SourceRegistry::instance().find(records.value(1).toString());
        if (!def)
            continue; // not a source this LogDeck knows: nothing to search in
        const QByteArray json = records.value(2).toString().toUtf8();
        const Row row = rowFor(*def, QJsonDocument::fromJson(json).object(), json);
        insert.addBindValue(records.value(0));
        for (const QString &v : row.textValues)
            insert.addBindValue(v);
        if (!insert.exec())
            return insert.lastError().text();
    }
    return {};
}

QStringList indexStatements(const SourceDefinition *onlyFor, bool newestFirst)
{
    const QString ts = newestFirst ? QStringLiteral("ts DESC") : QStringLiteral("ts");
    QStringList statements;
    statements << QStringLiteral(
        "CREATE UNIQUE INDEX IF NOT EXISTS records_identity ON records (origin, source, id)");
    // A dataset's starts with the origin: its identity index is on the id alone, and a
    // reader checks the origin with min() and max(), a look-up here instead of a scan.
    statements << QStringLiteral("CREATE INDEX IF NOT EXISTS records_source_ts ON records (%1source, %2)")
                      .arg(onlyFor ? QStringLiteral("origin, ") : QString(), ts);
    for (const QString &c : filterColumns()) {
        if (!onlyFor || onlyFor->filterSpec(c))
            statements << QStringLiteral("CREATE INDEX IF NOT EXISTS records_%1 ON records (source, %1, %2)")
                              .arg(c, ts);
    }
    return statements;
}

QString createIndexes(QSqlDatabase &db)
{
    for (const QString &sql : indexStatements()) {
        QSqlQuery q(db);
        if (!q.exec(sql))
            return q.lastError().text();
    }
    return {};
}

Writer::Writer(const QSqlDatabase &db)
    : m_upsert(db)
    , m_ftsDelete(db)
    , m_ftsInsert(db)
{
    QString names, params, updates;
    for (const QString &c : filterColumns()) {
        names += QStringLiteral(", ") + c;
        params += QStringLiteral(", ?");
        updates += QStringLiteral(", %1 = excluded.%1").arg(c);
    }
    m_upsert.prepare(QStringLiteral("INSERT INTO records (origin, source, id, ts%1, json) "
                                    "VALUES (COALESCE(?, ''), ?, ?, ?%2, ?) ON CONFLICT (origin, source, id) "
                                    "DO UPDATE SET ts = excluded.ts%3, json = excluded.json "
                                    "RETURNING rowid")
                         .arg(names, params, updates));
    m_ftsDelete.prepare(QStringLiteral("DELETE FROM records_fts WHERE rowid = ?"));
    m_ftsInsert.prepare(QStringLiteral("INSERT INTO records_fts (rowid, %1) VALUES (?%2)")
                            .arg(textColumns().join(QStringLiteral(", ")),
                                 QStringLiteral(", ?").repeated(textColumns().size())));
}

qint64 Writer::upsert(const QString &origin, const Row &row, QString *error)
{
    auto fail = [error](const QSqlQuery &q) {
        if (error)
            *error = q.lastError().text();
        return qint64(-1);
    };
    m_upsert.addBindValue(origin);
    m_upsert.addBindValue(row.source);
    m_upsert.addBindValue(row.id);
    m_upsert.addBindValue(row.timestampMs);
    for (const QString &v : row.filterValues)
        m_upsert.addBindValue(v.isEmpty() ? QVariant() : QVariant(v));
    m_upsert.addBindValue(QString::fromUtf8(row.json));
    if (!m_upsert.exec() || !m_upsert.next())
        return fail(m_upsert);
    const qint64 rowid = m_upsert.value(0).toLongLong();
    m_upsert.finish();
    m_ftsDelete.addBindValue(rowid);
    if (!m_ftsDelete.exec())
        return fail(m_ftsDelete);
    m_ftsInsert.addBindValue(rowid);
    for (const QString &v : row.textValues)
        m_ftsInsert.addBindValue(v);
    if (!m_ftsInsert.exec())
        return fail(m_ftsInsert);
    return rowid;
}
} // namespace RecordSchema
