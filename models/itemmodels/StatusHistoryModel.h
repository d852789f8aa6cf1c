#pragma once

#include "net/ApiError.h"
#include "sources/SourceDefinition.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QJsonObject>
#include <QPointer>
#include <QUrl>

#include <optional>

class ApiClient;
class ApiReply;

// The status history of one record, a step per row: time, status, time since the step
// before, detail, source, as the source's definition tells it (SourceDefinition::history).
// Where the server keeps the history in the entry and list items may omit it, the entry
// is fetched by id.
class StatusHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        TimestampRole = Qt::UserRole + 1, // QDateTime (UTC)
        SincePreviousMsRole, // qint64, or null for the first step
        OutcomeRole, // Outcome (core/Outcome.h) as int
        RawStatusRole, // the status as sent (number or name)
    };
    Q_ENUM(Role)
    enum Column { TimeColumn, StatusColumn, SinceColumn, DetailColumn, SourceColumn, ColumnCount };

    // For API logs: totals over the whole entry.
    struct Summary {
        std::optional<qint64> totalMs; // first step → last step (or durationMs)
        std::optional<int> created, succeeded, failed;
    };

    explicit StatusHistoryModel(QObject *parent = nullptr);
    ~StatusHistoryModel() override;

    // Where to fetch API-log entries by id. Without a client, api-logs show what the
    // list item carries.
    void setServer(ApiClient *client, const QUrl &baseUrl, const QString &detailPathOverride = {});
    void setRecord(const SourceDefinition &def, const QJsonObject &record);
    void clear();
    bool isLoading() const { return m_reply != nullptr; }
    Summary summary() const { return m_summary; }
    // The summary in words, a figure per entry: "Total duration: 187 ms", "Messages
    // created 2 · succeeded 0 · failed 2" (whichever the record has).
    QStringList summaryTexts() const;
    // The whole record (for api-logs: as fetched by id, with payload and history).
    QJsonObject record() const { return m_record; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString durationText(qint64 ms);

signals:
    void loadingChanged(bool loading);
    void detailLoaded(const QJsonObject &record);
    void errorOccurred(const ApiError &error);

private:
    void build();
    QString statusText(const HistoryStep &step) const;
    void cancel();

    ApiClient *m_client = nullptr;
    QUrl m_baseUrl;
    QString m_detailPathOverride;
    const SourceDefinition *m_definition = nullptr;
    QJsonObject m_record;
    QList<HistoryStep> m_steps;
    Summary m_summary;
    ApiReply *m_reply = nullptr;
};
