#include "itemmodels/StatusHistoryModel.h"

#include "core/TimeDisplay.h"
#include "net/ApiClient.h"
#include "net/ApiReply.h"
#include "net/PageCodec.h"
#include "sources/EnumText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

StatusHistoryModel::StatusHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

StatusHistoryModel::~StatusHistoryModel()
{
    cancel();
}

void StatusHistoryModel::setServer(ApiClient *client, const QUrl &baseUrl, const QString &detailPathOverride)
{
    m_client = client;
    m_baseUrl = baseUrl;
    m_detailPathOverride = detailPathOverride;
}

void StatusHistoryModel::cancel()
{
    if (!m_reply)
        return;
    m_reply->disconnect(this);
    m_reply->cancel();
    m_reply->deleteLater();
    m_reply = nullptr;
    emit loadingChanged(false);
}

void StatusHistoryModel::clear()
{
    cancel();
    beginResetModel();
    m_definition = nullptr;
    m_record = {};
    m_steps.clear();
    m_summary = {};
    endResetModel();
}

void StatusHistoryModel::setRecord(const SourceDefinition &def, const QJsonObject &record)
{
    cancel();
    beginResetModel();
    m_definition = &def;
    m_record = record;
    build();
    endResetModel();
    const QString id = record.value(def.idField).toVariant().toString();
    if (!def.historyNeedsDetail() || !m_client || id.isEmpty())
        return;
    // List items may omit the history: the entry by id has it (and the payload).
    m_reply = m_client->get(SourceDefinitions::detailUrl(def, m_baseUrl, id, m_detailPathOverride));
    ApiReply *reply = m_reply;
    connect(reply, &ApiReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (reply != m_reply)
            return;
        m_reply = nullptr;
        emit loadingChanged(false);
        if (const auto error = reply->error()) {
            if (error->kind != ApiError::Kind::Cancelled)
                emit errorOccurred(*error);
            return;
        }
        auto decoded = PageCodec::decodeRecord(*m_definition, reply->body(), reply->url().path());
        if (auto *error = std::get_if<ApiError>(&decoded)) {
            emit errorOccurred(*error);
            return;
        }
        beginResetModel();
        m_record = std::get<QJsonObject>(decoded);
        build();
        endResetModel();
        emit detailLoaded(m_record);
    });
    emit loadingChanged(true);
}

void StatusHistoryModel::build()
{
    m_steps.clear();
    m_summary = {};
    if (!m_definition->history)
        return;
    StatusHistory h = m_definition->history(m_record);
    m_steps = std::move(h.steps);
    m_summary = {h.totalMs, h.created, h.succeeded, h.failed};
}

int StatusHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_steps.size());
}

int StatusHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QStringList StatusHistoryModel::summaryTexts() const
{
    QStringList parts;
    if (m_summary.totalMs)
        parts << QCoreApplication::translate("StatusHistory", "Total duration: %1")
                     .arg(durationText(*m_summary.totalMs));
    if (m_summary.created || m_summary.succeeded || m_summary.failed)
        parts << QCoreApplication::translate("StatusHistory",
                                             "Messages created %1 · succeeded %2 · failed %3")
                     .arg(QLocale().toString(m_summary.created.value_or(0)),
                          QLocale().toString(m_summary.succeeded.value_or(0)),
                          QLocale().toString(m_summary.failed.value_or(0)));
    return parts;
}

QString StatusHistoryModel::durationText(qint64 ms)
{
    if (ms < 0)
        return QStringLiteral("−") + durationText(-ms);
    if (ms < 1000)
        return QCoreApplication::translate("StatusHistory", "%1 ms").arg(ms);
    if (ms < 60'000)
        return QCoreApplication::translate("StatusHistory", "%1 s")
            .arg(ms / 1000.0, 0, 'f', ms < 10'000 ? 2 : 1);
    if (ms < 3'600'000)
        return QCoreApplication::translate("StatusHistory", "%1 min %2 s")
            .arg(ms / 60'000)
            .arg((ms / 1000) % 60);
    if (ms < 86'400'000)
        return QCoreApplication::translate("StatusHistory", "%1 h %2 min")
            .arg(ms / 3'600'000)
            .arg((ms / 60'000) % 60);
    return QCoreApplication::translate("StatusHistory", "%1 d %2 h")
        .arg(ms / 86'400'000)
        .arg((ms / 3'600'000) % 24);
}

QString StatusHistoryModel::statusText(const HistoryStep &step) const
{
    if (step.label)
        return QCoreApplication::translate("StatusHistory", step.label);
    if (!step.enumField.isEmpty() && m_definition)
        return EnumText::display(m_definition->kind, step.enumField, step.status);
    return step.status.toVariant().toString();
}

QVariant StatusHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HistoryStep &step = m_steps.at(index.row());
    const HistoryStep *previous = index.row() > 0 ? &m_steps.at(index.row() - 1) : nullptr;
    const bool hasSince = previous && previous->timestamp.isValid() && step.timestamp.isValid();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return TimeDisplay::format(step.timestamp);
        case StatusColumn:
            return statusText(step);
        case SinceColumn:
            return hasSince ? QStringLiteral("+") + durationText(previous->timestamp.msecsTo(step.timestamp))
                            : QString();
        case DetailColumn:
            return step.detail;
        case SourceColumn:
            return step.sourceEnumField.isEmpty() || !m_definition
                ? step.source
                : EnumText::display(m_definition->kind, step.sourceEnumField, step.source);
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == DetailColumn && !step.detail.isEmpty() ? QVariant(step.detail) : QVariant();
    case TimestampRole:
        return step.timestamp;
    case SincePreviousMsRole:
        return hasSince ? QVariant(previous->timestamp.msecsTo(step.timestamp)) : QVariant();
    case OutcomeRole:
        return int(step.outcome);
    case RawStatusRole:
        return step.status.toVariant();
    default:
        return {};
    }
}

QVariant StatusHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return QCoreApplication::translate("StatusHistory", "Time");
    case StatusColumn:
        return QCoreApplication::translate("StatusHistory", "Status");
    case SinceColumn:
        return QCoreApplication::translate("StatusHistory", "Since previous");
    case DetailColumn:
        return QCoreApplication::translate("StatusHistory", "Detail");
    case SourceColumn:
        return QCoreApplication::translate("StatusHistory", "Source");
    default:
        return {};
    }
}
