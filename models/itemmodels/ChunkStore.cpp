#include "itemmodels/ChunkStore.h"

#include <QVariant>

ChunkStore::ChunkStore(int maxChunks)
    : m_maxChunks(qMax(2, maxChunks))
{ }

const QJsonObject *ChunkStore::recordAt(qint64 row, int reach, qint64 *base) const
{
    auto it = m_chunks.upperBound(row);
    // Chunks may overlap after rows arrived on top: any chunk that starts less than a
    // page before the row may hold it.
    while (it != m_chunks.cbegin()) {
        --it;
        const qint64 offset = row - it.key();
        if (offset >= reach)
            break;
        if (offset < it->size()) {
            if (base)
                *base = it.key();
            return &it->at(offset);
        }
    }
    return nullptr;
}

bool ChunkStore::holdsRows(qint64 first, qint64 last, int reach) const
{
    for (qint64 row = first; row <= last; ++row) {
        if (!recordAt(row, reach))
            return false;
    }
    return true;
}

void ChunkStore::store(qint64 base, QList<QJsonObject> records)
{
    if (records.isEmpty())
        return;
    m_chunks.insert(base, std::move(records));
    touch(base);
}

void ChunkStore::touch(qint64 base)
{
    if (!m_lru.isEmpty() && m_lru.last() == base)
        return;
    m_lru.removeOne(base);
    m_lru.append(base);
}

void ChunkStore::move(qint64 count)
{
    QMap<qint64, QList<QJsonObject>> moved;
    for (auto it = m_chunks.begin(); it != m_chunks.end(); ++it)
        moved.insert(it.key() + count, std::move(it.value()));
    m_chunks = std::move(moved);
    for (qint64 &base : m_lru)
        base += count;
}

void ChunkStore::setMaxChunks(int chunks)
{
    m_maxChunks = qMax(2, chunks);
    evict();
}

void ChunkStore::evict()
{
    while (m_lru.size() > m_maxChunks)
        m_chunks.remove(m_lru.takeFirst());
}

void ChunkStore::clear()
{
    m_chunks.clear();
    m_lru.clear();
}

qint64 ChunkStore::rowCount() const
{
    qint64 rows = 0;
    for (const QList<QJsonObject> &chunk : m_chunks)
        rows += chunk.size();
    return rows;
}

qint64 ChunkStore::findRow(const QString &idField, const QString &id, qint64 from, qint64 to) const
{
    for (auto it = m_chunks.cbegin(); it != m_chunks.cend(); ++it) {
        for (qsizetype i = 0; i < it->size(); ++i) {
            const qint64 row = it.key() + i;
            if (row >= from && row < to && it->at(i).value(idField).toVariant().toString() == id)
                return row;
        }
    }
    return -1;
}
