#pragma once

#include <QObject>
#include <QString>

class ApiClient;
class DatasetLogModel;
class QLabel;
class QStatusBar;
class RemoteLogModel;
class Workspace;

// The status bar's permanent fields: rows, requests in flight, the last response time
// and the state (live, live tail, offline, cached, waiting for a 429 to pass, a
// dataset). Says in words what the model in view is doing; decides nothing.
class StatusFields : public QObject
{
    Q_OBJECT
public:
    explicit StatusFields(QStatusBar *bar);

    // What `workspace` shows; `connected`: whether there is any connection.
    void show(const Workspace &workspace, bool connected);
    void showNothing(bool connected);
    void showDataset(const DatasetLogModel *dataset, const QString &title);
    // `cachedAt`: when the rows shown were fetched, if they came from the cache.
    void showServer(const RemoteLogModel *model, const ApiClient *client, const QString &cachedAt);
    QString text() const; // the fields, joined

private:
    QList<QLabel *> labels() const;

    QLabel *m_rows;
    QLabel *m_requests;
    QLabel *m_latency;
    QLabel *m_state;
};
