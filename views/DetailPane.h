#pragma once

#include "net/ApiError.h"
#include "sources/SourceDefinition.h"

#include <QJsonObject>
#include <QWidget>

class ApiClient;
class JsonTreeModel;
class QLabel;
class QListView;
class QPlainTextEdit;
class QTabWidget;
class QTableView;
class QTreeView;
class RecordFieldsModel;
class StatusHistoryModel;

// One record in four tabs: Fields (every field, unknown ones too, copyable), Status
// history (a timeline, with totals for API logs), Payload (pretty-printed, foldable) and
// Raw JSON. API logs are fetched by id for their history and payload.
class DetailPane : public QWidget
{
    Q_OBJECT
public:
    enum Tab { FieldsTab, HistoryTab, PayloadTab, RawTab };

    explicit DetailPane(QWidget *parent = nullptr);

    void setServer(ApiClient *client, const QUrl &baseUrl, const QString &detailPathOverride = {});
    void showRecord(const SourceDefinition &def, const QJsonObject &record);
    void clear();
    QJsonObject record() const { return m_record; }

    QTabWidget *tabs() const { return m_tabs; }
    StatusHistoryModel *historyModel() const { return m_history; }
    RecordFieldsModel *fieldsModel() const { return m_fields; }
    QString summaryText() const; // the status-history summary, as plain words

signals:
    void errorOccurred(const ApiError &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillFromRecord();
    void updateSummary();

    const SourceDefinition *m_definition = nullptr;
    QJsonObject m_record;
    QTabWidget *m_tabs;
    QLabel *m_placeholder;
    RecordFieldsModel *m_fields;
    QTableView *m_fieldsView;
    StatusHistoryModel *m_history;
    QListView *m_timeline;
    QLabel *m_summary;
    JsonTreeModel *m_payload;
    QTreeView *m_payloadView;
    QLabel *m_payloadNote;
    QPlainTextEdit *m_raw;
};
