#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>

// The pages of a server's list that are in memory, by the server row they start at, in
// a bounded LRU: memory follows what is on screen, not how far the user scrolled.
// Chunks are page-aligned, except after records arrived on top (then the older ones have
// moved down and two may overlap or leave a hole between them).
class ChunkStore
{
public:
    explicit ChunkStore(int maxChunks = 64);

    // `reach`: a chunk never holds more rows than this (the page size), which bounds
    // the search for the chunk holding a row.
    const QJsonObject *recordAt(qint64 row, int reach, qint64 *base = nullptr) const;
    // Whether every row of [first, last] is in memory.
    bool holdsRows(qint64 first, qint64 last, int reach) const;
    void store(qint64 base, QList<QJsonObject> records);
    void touch(qint64 base); // used now: the last to be evicted
    // Every chunk `count` rows further down (records arrived on top).
    void move(qint64 count);
    void setMaxChunks(int chunks); // at least 2; evicts what is over
    void evict();
    void clear();

    int size() const { return int(m_chunks.size()); }
    bool isEmpty() const { return m_chunks.isEmpty(); }
    qint64 rowCount() const; // rows held, overlaps counted twice
    QList<qint64> bases() const { return m_lru; } // least recently used first
    // The first server row in [from, to) that holds the record with this id, or -1.
    qint64 findRow(const QString &idField, const QString &id, qint64 from, qint64 to) const;

private:
    QMap<qint64, QList<QJsonObject>> m_chunks;
    QList<qint64> m_lru; // chunk bases, most recent last
    int m_maxChunks;
};
