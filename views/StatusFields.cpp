#include "StatusFields.h"

#include "DatasetController.h"
#include "Workspace.h"

#include "itemmodels/DatasetLogModel.h"
#include "itemmodels/RemoteLogModel.h"
#include "net/ApiClient.h"
#include "net/ConnectionSession.h"

#include <QLabel>
#include <QLocale>
#include <QStatusBar>

StatusFields::StatusFields(QStatusBar *bar)
    : QObject(bar)
    , m_rows(new QLabel(bar))
    , m_requests(new QLabel(bar))
    , m_latency(new QLabel(bar))
    , m_state(new QLabel(bar))
{
    for (QLabel *label : labels())
        bar->addPermanentWidget(label);
}

QList<QLabel *> StatusFields::labels() const
{
    return {m_rows, m_requests, m_latency, m_state};
}

void StatusFields::show(const Workspace &workspace, bool connected)
{
    if (const DatasetLogModel *dataset = workspace.dataset())
        showDataset(dataset, DatasetController::title(dataset));
    else if (const RemoteLogModel *model = workspace.logModel())
        showServer(model, workspace.session()->client(), workspace.cachedAt());
    else
        showNothing(connected);
}

void StatusFields::showNothing(bool connected)
{
    m_rows->setText(connected ? tr("Choose a source") : tr("Not connected"));
    m_requests->clear();
    m_latency->clear();
    m_state->clear();
}

void StatusFields::showDataset(const DatasetLogModel *dataset, const QString &title)
{
    const QLocale locale;
    m_rows->setText(dataset->total() ? tr("%1 records").arg(locale.toString(*dataset->total()))
                                     : tr("Counting…"));
    m_requests->clear();
    m_latency->clear();
    QStringList state {dataset->isCache() ? tr("Cache") : tr("Dataset: %1").arg(title)};
    if (dataset->isGrowing()) {
        state << tr("importing…"); // the search index is built once every record is in
    } else if (dataset->info() && !dataset->info()->searchIndexed) {
        // Rows, filters and sort work already; only a search waits for the index, and scans.
        const int percent = dataset->searchIndexPercent();
        QString index = percent >= 0 ? tr("search index: %1 %").arg(percent) : tr("search index: not built");
        if (dataset->searchIsScan())
            index += QLatin1Char(' ') + tr("(searching by a scan meanwhile)");
        state << index;
    }
    m_state->setText(state.join(QStringLiteral(" · ")));
}

void StatusFields::showServer(const RemoteLogModel *model, const ApiClient *client, const QString &cachedAt)
{
    const QLocale locale;
    const QString loaded = locale.toString(model->loadedRowCount());
    const int hidden = int(std::min(model->hiddenArrivalCount(), qint64(INT_MAX)));
    if (model->total() && model->missingRowCount() > 0)
        m_rows->setText(
            tr("%1 of %2 rows loaded · %3 the server counted but did not send")
                .arg(loaded, locale.toString(*model->total()), locale.toString(model->missingRowCount())));
    else if (model->total() && hidden > 0)
        m_rows->setText(tr("%1 of %2 rows loaded · %Ln new at the top (F5 shows them)", nullptr, hidden)
                            .arg(loaded, locale.toString(*model->total())));
    else if (model->total())
        m_rows->setText(tr("%1 of %2 rows loaded").arg(loaded, locale.toString(*model->total())));
    else
        m_rows->setText(tr("%1 rows loaded").arg(loaded));
    m_requests->setText(tr("%n request(s) in flight", nullptr, client->inFlight()));
    // Widest seen so far: the count changes many times a second while the overview counts,
    // and the status bar must neither clip it nor jump.
    m_requests->setMinimumWidth(qMax(m_requests->minimumWidth(), m_requests->sizeHint().width()));
    m_latency->setText(model->lastResponseMs() >= 0 ? tr("last response %1 ms").arg(model->lastResponseMs())
                                                    : QString());
    QString state;
    if (const int wait = client->waitingSeconds(); wait > 0 && !model->isOffline())
        state = tr("Waiting for the server: %1 s").arg(wait);
    else if (model->isOffline())
        state = tr("Offline");
    else if (!cachedAt.isEmpty())
        state = tr("Cached (%1)").arg(cachedAt);
    else if (model->isLiveTail() && model->canLiveTail())
        state = tr("Live tail");
    else
        state = tr("Live");
    m_state->setText(state);
}

QString StatusFields::text() const
{
    QStringList parts;
    for (QLabel *label : labels()) {
        if (!label->text().isEmpty())
            parts << label->text();
    }
    return parts.join(QStringLiteral(" | "));
}
