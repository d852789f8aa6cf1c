#include "store/PageCache.h"

PageCache::PageCache(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path.isEmpty() ? CacheDatabase::defaultPath() : path)
    , m_worker(new QObject)
{
    qRegisterMetaType<CachedPage>();
    m_thread.setObjectName(QStringLiteral("PageCache"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start(QThread::LowPriority);
    onWorker([this] {
        m_db = new CacheDatabase;
        if (!m_db->open(m_path)) {
            const QString error = m_db->errorString();
            QMetaObject::invokeMethod(
                this, [this, error] { emit errorOccurred(error); }, Qt::QueuedConnection);
        }
    });
}

PageCache::~PageCache()
{
    // Blocking: queued writes run first, and quit() would drop what is still queued.
    QMetaObject::invokeMethod(
        m_worker,
        [this] {
            delete m_db;
            m_db = nullptr;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

template<typename F>
void PageCache::onWorker(F &&work)
{
    QMetaObject::invokeMethod(m_worker, std::forward<F>(work), Qt::QueuedConnection);
}

void PageCache::setCapBytes(qint64 bytes)
{
    onWorker([this, bytes] { m_db->setCapBytes(bytes); });
}

void PageCache::store(const PageKey &key, const SourceDefinition &def, const QList<QJsonObject> &records,
                      std::optional<qint64> total)
{
    const SourceDefinition *definition = &def; // the definitions are static
    onWorker([this, key, definition, records, total] {
        if (!m_db->isOpen())
            return;
        if (!m_db->writePage(key, *definition, records, total)) {
            const QString error = m_db->errorString();
            QMetaObject::invokeMethod(
                this, [this, error] { emit errorOccurred(error); }, Qt::QueuedConnection);
        }
    });
}

quint64 PageCache::lookup(const PageKey &key)
{
    const quint64 ticket = ++m_nextTicket;
    onWorker([this, key, ticket] {
        const std::optional<CachedPage> page = m_db->readPage(key);
        QMetaObject::invokeMethod(
            this,
            [this, ticket, page] {
                if (page)
                    emit pageFound(ticket, *page);
                else
                    emit pageMissing(ticket);
            },
            Qt::QueuedConnection);
    });
    return ticket;
}

quint64 PageCache::findRecord(const QString &source, const QString &id)
{
    const quint64 ticket = ++m_nextTicket;
    onWorker([this, source, id, ticket] {
        const std::optional<QJsonObject> record = m_db->findRecord(source, id);
        QMetaObject::invokeMethod(
            this,
            [this, ticket, record] {
                if (record)
                    emit recordFound(ticket, *record);
                else
                    emit recordMissing(ticket);
            },
            Qt::QueuedConnection);
    });
    return ticket;
}

void PageCache::flush()
{
    QMetaObject::invokeMethod(
        m_worker, [] {}, Qt::BlockingQueuedConnection);
}

QString PageCache::integrityCheck()
{
    QString verdict;
    QMetaObject::invokeMethod(
        m_worker,
        [this, &verdict] { verdict = m_db->isOpen() ? m_db->integrityCheck() : m_db->errorString(); },
        Qt::BlockingQueuedConnection);
    return verdict;
}
