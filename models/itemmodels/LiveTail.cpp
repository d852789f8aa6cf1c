#include "itemmodels/LiveTail.h"

LiveTail::LiveTail(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(10000);
    connect(&m_timer, &QTimer::timeout, this, &LiveTail::due);
}

void LiveTail::setEnabled(bool enabled, int intervalMs)
{
    m_timer.setInterval(qMax(100, intervalMs));
    const bool changed = enabled != m_enabled;
    m_enabled = enabled;
    updateTimer();
    if (changed)
        emit enabledChanged(enabled);
}

void LiveTail::setPossible(bool possible)
{
    m_possible = possible;
    updateTimer();
}

void LiveTail::updateTimer()
{
    if (m_enabled && m_possible)
        m_timer.start();
    else
        m_timer.stop();
}

qint64 LiveTail::arrivalsAbove(const QList<QJsonObject> &firstPage, const QString &idField,
                               const QString &topId, qint64 grown)
{
    if (topId.isEmpty())
        return 0;
    for (qsizetype i = 0; i < firstPage.size(); ++i) {
        if (firstPage.at(i).value(idField).toVariant().toString() == topId)
            return i;
    }
    return grown > 0 ? grown : -1; // more than a page arrived, or the top is gone
}
