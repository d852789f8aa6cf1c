// PageCache: the cache database on its worker thread.
#include "sources/BuiltinSources.h"
#include "store/PageCache.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace
{
PageKey key(int page)
{
    return PageKey {QStringLiteral("conn"), QStringLiteral("mfa-audit"),
                    QStringLiteral("sort=timestamp:desc"), 20, page};
}

QList<QJsonObject> records(int page)
{
    QList<QJsonObject> out;
    for (int i = 0; i < 20; ++i)
        out.append(QJsonObject {{QStringLiteral("id"), QStringLiteral("mfa_%1").arg(page * 20 + i)},
                                {QStringLiteral("timestamp"), QStringLiteral("2026-11-20T10:00:00Z")},
                                {QStringLiteral("action"), QStringLiteral("ENABLE_MFA")}});
    return out;
}
} // namespace

class TestPageCache : public QObject
{
    Q_OBJECT
private slots:
    void lookupAnswersAsynchronously();
    void unwritableLocationIsReportedNotFatal();
};

void TestPageCache::lookupAnswersAsynchronously()
{
    QTemporaryDir dir;
    PageCache cache(dir.filePath(QStringLiteral("sub/dir/cache.sqlite")));
    QSignalSpy found(&cache, &PageCache::pageFound);
    QSignalSpy missing(&cache, &PageCache::pageMissing);
    QSignalSpy errors(&cache, &PageCache::errorOccurred);
    const auto &def = SourceDefinitions::get(Sources::MfaAudit);
    cache.store(key(0), def, records(0), 40);
    cache.store(key(1), def, records(1), 40);
    // Writes and lookups run in order on the worker: no flush needed between them.
    const quint64 first = cache.lookup(key(1));
    const quint64 second = cache.lookup(key(2));
    QVERIFY(first != second);
    QTRY_COMPARE(found.size(), 1);
    QTRY_COMPARE(missing.size(), 1);
    QCOMPARE(found.first().at(0).toULongLong(), first);
    const CachedPage page = found.first().at(1).value<CachedPage>();
    QCOMPARE(page.records, records(1));
    QCOMPARE(page.total, std::optional<qint64>(40));
    QCOMPARE(missing.first().at(0).toULongLong(), second);
    QCOMPARE(cache.integrityCheck(), QStringLiteral("ok"));
    QCOMPARE(errors.size(), 0);

    // Go to ID: a record by id, whichever page it came with.
    QSignalSpy recordFound(&cache, &PageCache::recordFound);
    QSignalSpy recordMissing(&cache, &PageCache::recordMissing);
    const quint64 hit = cache.findRecord(QStringLiteral("mfa-audit"), QStringLiteral("mfa_25"));
    const quint64 miss = cache.findRecord(QStringLiteral("mfa-audit"), QStringLiteral("mfa_99"));
    QTRY_COMPARE(recordFound.size() + recordMissing.size(), 2);
    QCOMPARE(recordFound.first().at(0).toULongLong(), hit);
    QCOMPARE(recordFound.first().at(1).toJsonObject(), records(1).at(5));
    QCOMPARE(recordMissing.first().at(0).toULongLong(), miss);
}

void TestPageCache::unwritableLocationIsReportedNotFatal()
{
    PageCache cache(QStringLiteral("/proc/logdeck-cannot-be-here/cache.sqlite"));
    QSignalSpy errors(&cache, &PageCache::errorOccurred);
    QSignalSpy missing(&cache, &PageCache::pageMissing);
    QTRY_COMPARE(errors.size(), 1);
    QVERIFY(errors.first().first().toString().contains(QStringLiteral("/proc/logdeck-cannot-be-here")));
    // Still answers: everything is simply not cached.
    cache.store(key(0), SourceDefinitions::get(Sources::MfaAudit), records(0), 20);
    cache.lookup(key(0));
    QTRY_COMPARE(missing.size(), 1);
}

QTEST_GUILESS_MAIN(TestPageCache)
#include "tst_pagecache.moc"
