#include "itemmodels/ChunkStore.h"

#include <QTest>

class TestChunkStore : public QObject
{
    Q_OBJECT
private slots:
    void rowsByServerRow();
    void leastRecentlyUsedGoesFirst();
    void movedChunksOverlap();
    void findsRowsInsideARange();

private:
    static QList<QJsonObject> page(int first, int count)
    {
        QList<QJsonObject> records;
        for (int i = first; i < first + count; ++i)
            records << QJsonObject {{QStringLiteral("id"), QStringLiteral("r%1").arg(i)}};
        return records;
    }
    static QString idAt(const ChunkStore &store, qint64 row)
    {
        const QJsonObject *r = store.recordAt(row, 10);
        return r ? r->value(QStringLiteral("id")).toString() : QString();
    }
};

void TestChunkStore::rowsByServerRow()
{
    ChunkStore store;
    store.store(0, page(0, 10));
    store.store(30, page(30, 4)); // the short last page
    QCOMPARE(idAt(store, 0), QStringLiteral("r0"));
    QCOMPARE(idAt(store, 9), QStringLiteral("r9"));
    QCOMPARE(idAt(store, 10), QString());
    QCOMPARE(idAt(store, 33), QStringLiteral("r33"));
    QCOMPARE(idAt(store, 34), QString());
    qint64 base = -1;
    QVERIFY(store.recordAt(32, 10, &base));
    QCOMPARE(base, qint64(30));
    QVERIFY(store.holdsRows(0, 9, 10));
    QVERIFY(!store.holdsRows(0, 10, 10));
    QCOMPARE(store.rowCount(), qint64(14));
    store.store(50, {}); // nothing to hold
    QCOMPARE(store.size(), 2);
}

void TestChunkStore::leastRecentlyUsedGoesFirst()
{
    ChunkStore store(3);
    for (int p = 0; p < 3; ++p)
        store.store(p * 10, page(p * 10, 10));
    store.touch(0); // read again: now the most recent
    store.store(30, page(30, 10));
    store.evict();
    QCOMPARE(store.size(), 3);
    QCOMPARE(idAt(store, 15), QString()); // chunk 10 was the least recently used
    QCOMPARE(idAt(store, 5), QStringLiteral("r5"));
    QCOMPARE(store.bases(), (QList<qint64> {20, 0, 30}));
    store.setMaxChunks(1); // never below two
    QCOMPARE(store.size(), 2);
}

void TestChunkStore::movedChunksOverlap()
{
    // Three records arrived on top: the chunks held move down, and the new first page
    // overlaps the old one.
    ChunkStore store;
    store.store(0, page(0, 10));
    store.store(10, page(10, 10));
    store.move(3);
    QCOMPARE(idAt(store, 3), QStringLiteral("r0"));
    QCOMPARE(idAt(store, 13), QStringLiteral("r10"));
    QCOMPARE(idAt(store, 2), QString());
    store.store(0, page(100, 10)); // the top, fetched again
    QCOMPARE(idAt(store, 2), QStringLiteral("r102"));
    // Where two overlap, the chunk that starts nearest the row answers (after arrivals
    // both hold the same record there).
    QCOMPARE(idAt(store, 9), QStringLiteral("r6"));
    QCOMPARE(idAt(store, 12), QStringLiteral("r9"));
    QCOMPARE(store.bases(), (QList<qint64> {3, 13, 0}));
}

void TestChunkStore::findsRowsInsideARange()
{
    ChunkStore store;
    store.store(0, page(0, 10));
    store.store(20, page(20, 10));
    QCOMPARE(store.findRow(QStringLiteral("id"), QStringLiteral("r25"), 0, 100), qint64(25));
    QCOMPARE(store.findRow(QStringLiteral("id"), QStringLiteral("r25"), 0, 25), qint64(-1));
    QCOMPARE(store.findRow(QStringLiteral("id"), QStringLiteral("nope"), 0, 100), qint64(-1));
    store.clear();
    QVERIFY(store.isEmpty());
    QCOMPARE(store.findRow(QStringLiteral("id"), QStringLiteral("r1"), 0, 100), qint64(-1));
}

QTEST_GUILESS_MAIN(TestChunkStore)
#include "tst_chunkstore.moc"
