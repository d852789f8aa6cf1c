#include "core/TokenStore.h"

#include <qt6keychain/keychain.h>

namespace
{
bool isUnavailable(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented
        || error == QKeychain::OtherError;
}

template<typename Job>
Job *makeJob(const QString &service, const QString &key, QObject *parent)
{
    auto *job = new Job(service, parent);
    job->setAutoDelete(true);
    // Never QtKeychain's plain-text fallback: a token must not land in a settings file.
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}
} // namespace

TokenStore::TokenStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
    qRegisterMetaType<TokenStore::Result>();
}

void TokenStore::save(const QString &connectionId, const QString &token, bool useKeychain)
{
    if (!useKeychain) {
        m_session.insert(connectionId, token);
        // Remove any older keychain copy so the user's choice holds; the outcome of that
        // clean-up does not change where the token now lives.
        auto *job = makeJob<QKeychain::DeletePasswordJob>(m_service, connectionId, this);
        connect(job, &QKeychain::Job::finished, this, [this, connectionId] {
            emit finished({Operation::Save, connectionId, true, false, false, {}, {}});
        });
        job->start();
        return;
    }
    auto *job = makeJob<QKeychain::WritePasswordJob>(m_service, connectionId, this);
    job->setTextData(token);
    connect(job, &QKeychain::Job::finished, this, [this, connectionId, token](QKeychain::Job *done) {
        Result result {Operation::Save, connectionId, true, true, false, {}, {}};
        if (done->error() == QKeychain::NoError) {
            m_session.remove(connectionId);
        } else {
            // The token still works for this session; the caller tells the user plainly.
            m_session.insert(connectionId, token);
            result.inKeychain = false;
            result.keychainUnavailable = isUnavailable(done->error());
            result.error = done->errorString();
        }
        emit finished(result);
    });
    job->start();
}

void TokenStore::load(const QString &connectionId)
{
    if (const auto it = m_session.constFind(connectionId); it != m_session.constEnd()) {
        const Result result {Operation::Load, connectionId, true, false, false, *it, {}};
        // Keep the contract asynchronous even when the answer is at hand.
        QMetaObject::invokeMethod(
            this, [this, result] { emit finished(result); }, Qt::QueuedConnection);
        return;
    }
    auto *job = makeJob<QKeychain::ReadPasswordJob>(m_service, connectionId, this);
    connect(job, &QKeychain::Job::finished, this, [this, connectionId](QKeychain::Job *done) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(done);
        Result result {Operation::Load, connectionId, true, true, false, {}, {}};
        if (done->error() == QKeychain::NoError) {
            result.token = read->textData();
        } else if (done->error() == QKeychain::EntryNotFound) {
            result.inKeychain = false;
        } else {
            result.ok = false;
            result.inKeychain = false;
            result.keychainUnavailable = isUnavailable(done->error());
            result.error = done->errorString();
        }
        emit finished(result);
    });
    job->start();
}

void TokenStore::remove(const QString &connectionId)
{
    m_session.remove(connectionId);
    auto *job = makeJob<QKeychain::DeletePasswordJob>(m_service, connectionId, this);
    connect(job, &QKeychain::Job::finished, this, [this, connectionId](QKeychain::Job *done) {
        Result result {Operation::Remove, connectionId, true, false, false, {}, {}};
        if (done->error() != QKeychain::NoError && done->error() != QKeychain::EntryNotFound) {
            result.ok = false;
            result.keychainUnavailable = isUnavailable(done->error());
            result.error = done->errorString();
        }
        emit finished(result);
    });
    job->start();
}
