#pragma once

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QTimer>

// Live tail's side of a table: when to poll the first page, and how a fresh first page
// tells how many records arrived above the one on top when last seen. The model does
// the fetching (PageLoader::pollTop) and moves its rows.
class LiveTail : public QObject
{
    Q_OBJECT
public:
    explicit LiveTail(QObject *parent = nullptr);

    // What the user chose. The timer runs only while the query also allows it.
    void setEnabled(bool enabled, int intervalMs);
    bool isEnabled() const { return m_enabled; }
    int intervalMs() const { return m_timer.interval(); }
    // Whether the query allows it now (newest first, online, no upper date bound).
    void setPossible(bool possible);
    bool isRunning() const { return m_timer.isActive(); }

    // How many records lie above `topId` in a fresh first page. Not found in the page:
    // `grown` (how much the server's total grew) when that is positive, else -1 (the top
    // is gone; start over). 0 while no top is known.
    static qint64 arrivalsAbove(const QList<QJsonObject> &firstPage, const QString &idField,
                                const QString &topId, qint64 grown);

signals:
    void due(); // time to poll
    void enabledChanged(bool enabled);

private:
    void updateTimer();

    QTimer m_timer;
    bool m_enabled = false;
    bool m_possible = false;
};
