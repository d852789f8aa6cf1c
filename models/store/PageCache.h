#pragma once

#include "store/CacheDatabase.h"

#include <QObject>
#include <QThread>

// The cache database on a worker thread, so the GUI thread never waits for SQLite.
// Writes are fire-and-forget (in order); lookups answer through pageFound/pageMissing
// with the ticket lookup() returned. Results arrive on the thread that owns this object.
class PageCache : public QObject
{
    Q_OBJECT
public:
    // Opens `path` (default: CacheDatabase::defaultPath()) on the worker.
    explicit PageCache(const QString &path = {}, QObject *parent = nullptr);
    ~PageCache() override; // finishes queued writes first

    QString path() const { return m_path; }
    void setCapBytes(qint64 bytes);
    void store(const PageKey &key, const SourceDefinition &def, const QList<QJsonObject> &records,
               std::optional<qint64> total);
    quint64 lookup(const PageKey &key);
    // A record by source key and id: recordFound or recordMissing with the ticket.
    quint64 findRecord(const QString &source, const QString &id);
    // Blocks until every call made so far has run on the worker (tests, shutdown).
    void flush();
    // "ok" or what is wrong; blocks (tests, diagnostics).
    QString integrityCheck();

signals:
    void pageFound(quint64 ticket, const CachedPage &page);
    void pageMissing(quint64 ticket);
    void recordFound(quint64 ticket, const QJsonObject &record);
    void recordMissing(quint64 ticket);
    // The database could not be opened or written: the app keeps working without it.
    void errorOccurred(const QString &message);

private:
    template<typename F>
    void onWorker(F &&work);

    QString m_path;
    QThread m_thread;
    QObject *m_worker; // lives in m_thread
    CacheDatabase *m_db = nullptr; // used only on m_thread
    quint64 m_nextTicket = 0;
};

Q_DECLARE_METATYPE(CachedPage)
