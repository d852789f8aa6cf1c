#include "itemmodels/StatusHistoryModel.h"

#include "net/ApiClient.h"
#include "net/ApiReply.h"
#include "net/PageCodec.h"
#include "sources/EnumText.h"
#include "core/TimeDisplay.h"
#include "core/Timestamp.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace
{
StatusHistoryModel::Outcome outcomeOf(SourceKind kind, const QJsonValue &status)
{
    using O = StatusHistoryModel::Outcome;
    switch (EnumText::outcome(kind, QStringLiteral("status"), status)) {
    case EnumText::Outcome::InProgress:
        return O::InProgress;
    case EnumText::Outcome::Success:
        return O::Success;
    case EnumText::Outcome::Warning:
        return O::Warning;
    case EnumText::Outcome::Failure:
        return O::Failure;
    default:
        return O::Info;
    }
}

QDateTime timeOf(const QJsonObject &record, const QString &key)
{
    return Timestamp::parse(record.value(key).toString()).value_or(QDateTime());
}

std::optional<int> intOf(const QJsonValue &v)
{
    return v.isDouble() ? std::optional<int>(v.toInt()) : std::nullopt;
}
} // namespace

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
    if (def.kind != SourceKind::ApiLogs || def.detailPath.isEmpty() || !m_client || id.isEmpty())
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
    const QJsonObject &r = m_record;
    switch (m_definition->kind) {
    case SourceKind::ApiLogs: {
        for (const StatusStep &s : PageCodec::statusHistory(r)) {
            const QJsonValue status = s.status ? QJsonValue(s.status) : QJsonValue(s.statusText);
            m_steps.append({s.timestamp, nullptr, QStringLiteral("status"), status.toVariant(), s.detail,
                            s.source, outcomeOf(SourceKind::ApiLogs, status), QString()});
        }
        std::stable_sort(m_steps.begin(), m_steps.end(), [](const Step &a, const Step &b) {
            return a.timestamp.isValid() && b.timestamp.isValid() && a.timestamp < b.timestamp;
        });
        if (const auto ms = intOf(r.value(QStringLiteral("durationMs"))))
            m_summary.totalMs = *ms;
        else if (m_steps.size() > 1 && m_steps.constFirst().timestamp.isValid()
                 && m_steps.constLast().timestamp.isValid())
            m_summary.totalMs = m_steps.constFirst().timestamp.msecsTo(m_steps.constLast().timestamp);
        m_summary.created = intOf(r.value(QStringLiteral("messagesCreated")));
        m_summary.succeeded = intOf(r.value(QStringLiteral("messagesSuccess")));
        m_summary.failed = intOf(r.value(QStringLiteral("messagesError")));
        break;
    }
    case SourceKind::CommMine:
    case SourceKind::CommAdmin: {
        const QString status = r.value(QStringLiteral("status")).toString();
        const QString channel = r.value(QStringLiteral("channel")).toString();
        const QString provider = r.value(QStringLiteral("provider")).toString();
        const QDateTime created = timeOf(r, QStringLiteral("created_at"));
        const QDateTime sent = timeOf(r, QStringLiteral("sent_at"));
        const QDateTime updated = timeOf(r, QStringLiteral("updated_at"));
        if (created.isValid())
            m_steps.append({created, QT_TRANSLATE_NOOP("StatusHistory", "Created"), QString(), QVariant(),
                            r.value(QStringLiteral("recipient")).toString(), channel, Outcome::Info,
                            QStringLiteral("channel")});
        if (sent.isValid())
            m_steps.append({sent, QT_TRANSLATE_NOOP("StatusHistory", "Sent"), QString(),
                            QStringLiteral("sent"), QString(), provider, Outcome::Success, QString()});
        // The final status, unless the sent step already says it all.
        const bool finalIsSent =
            status == u"sent" && sent.isValid() && (!updated.isValid() || updated == sent);
        if (!status.isEmpty() && !finalIsSent) {
            const QDateTime at = updated.isValid() ? updated : (sent.isValid() ? sent : created);
            m_steps.append({at, nullptr, QStringLiteral("status"), status,
                            r.value(QStringLiteral("error")).toString(), provider,
                            outcomeOf(m_definition->kind, status), QString()});
        }
        if (created.isValid() && updated.isValid())
            m_summary.totalMs = created.msecsTo(updated);
        break;
    }
    case SourceKind::NotifAudit:
        m_steps.append(
            {timeOf(r, QStringLiteral("timestamp")), nullptr, QStringLiteral("eventType"),
             r.value(QStringLiteral("eventType")).toVariant(),
             r.value(QStringLiteral("details")).isObject() ? QString::fromUtf8(
                 QJsonDocument(r.value(QStringLiteral("details")).toObject()).toJson(QJsonDocument::Compact))
                                                           : r.value(QStringLiteral("details")).toString(),
             r.value(QStringLiteral("actorId")).toVariant().toString(), Outcome::Info, QString()});
        break;
    case SourceKind::MfaAudit:
        m_steps.append(
            {timeOf(r, QStringLiteral("timestamp")), nullptr, QStringLiteral("action"),
             r.value(QStringLiteral("action")).toVariant(), r.value(QStringLiteral("message")).toString(),
             r.value(QStringLiteral("operator_id")).toVariant().toString(), Outcome::Info, QString()});
        break;
    }
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

QString StatusHistoryModel::statusText(const Step &step) const
{
    if (step.label)
        return QCoreApplication::translate("StatusHistory", step.label);
    if (!step.enumKey.isEmpty() && m_definition)
        return EnumText::display(m_definition->kind, step.enumKey, QJsonValue::fromVariant(step.rawStatus));
    return step.rawStatus.toString();
}

QVariant StatusHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Step &step = m_steps.at(index.row());
    const Step *previous = index.row() > 0 ? &m_steps.at(index.row() - 1) : nullptr;
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
            return step.sourceEnumKey.isEmpty() || !m_definition
                ? step.source
                : EnumText::display(m_definition->kind, step.sourceEnumKey, step.source);
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
        return step.rawStatus;
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
