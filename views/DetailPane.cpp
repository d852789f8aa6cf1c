#include "DetailPane.h"

#include "TimelineDelegate.h"
#include "itemmodels/JsonTreeModel.h"
#include "itemmodels/RecordFieldsModel.h"
#include "itemmodels/StatusHistoryModel.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QShortcut>
#include <QStackedLayout>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace
{
// The part of a record worth reading as a document.
QJsonValue payloadOf(const SourceDefinition &def, const QJsonObject &record)
{
    auto parsedOrRaw = [](const QJsonValue &v) -> QJsonValue {
        if (!v.isString())
            return v;
        const QJsonDocument doc = QJsonDocument::fromJson(v.toString().toUtf8());
        if (doc.isObject())
            return doc.object();
        if (doc.isArray())
            return doc.array();
        return v;
    };
    if (def.payloadField.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    return parsedOrRaw(record.value(def.payloadField));
}
} // namespace

DetailPane::DetailPane(QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_placeholder(new QLabel(this))
    , m_fields(new RecordFieldsModel(this))
    , m_fieldsView(new QTableView(this))
    , m_history(new StatusHistoryModel(this))
    , m_timeline(new QListView(this))
    , m_summary(new QLabel(this))
    , m_payload(new JsonTreeModel(this))
    , m_payloadView(new QTreeView(this))
    , m_payloadNote(new QLabel(this))
    , m_raw(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("detailPane"));
    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_tabs->setDocumentMode(true);

    m_fieldsView->setObjectName(QStringLiteral("fieldsView"));
    m_fieldsView->setModel(m_fields);
    m_fieldsView->verticalHeader()->setVisible(false);
    m_fieldsView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_fieldsView->horizontalHeader()->setStretchLastSection(true);
    m_fieldsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_fieldsView->setWordWrap(false);
    m_fieldsView->setAlternatingRowColors(true);
    auto *copyFields = new QShortcut(QKeySequence::Copy, m_fieldsView, nullptr, nullptr, Qt::WidgetShortcut);
    connect(copyFields, &QShortcut::activated, this, [this] {
        QStringList lines;
        for (const QModelIndex &row : m_fieldsView->selectionModel()->selectedRows())
            lines << m_fields->index(row.row(), 0).data(RecordFieldsModel::FieldKeyRole).toString()
                    + QLatin1Char('\t') + m_fields->index(row.row(), 1).data().toString();
        QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
    });
    m_tabs->addTab(m_fieldsView, QString());

    auto *history = new QWidget(this);
    auto *historyLayout = new QVBoxLayout(history);
    historyLayout->setContentsMargins(0, 4, 0, 0);
    m_summary->setObjectName(QStringLiteral("historySummary"));
    m_summary->setWordWrap(true);
    m_summary->setContentsMargins(8, 0, 8, 4);
    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_timeline->setModel(m_history);
    m_timeline->setItemDelegate(new TimelineDelegate(m_timeline));
    m_timeline->setUniformItemSizes(true);
    m_timeline->setSelectionMode(QAbstractItemView::SingleSelection);
    historyLayout->addWidget(m_summary);
    historyLayout->addWidget(m_timeline, 1);
    m_tabs->addTab(history, QString());

    auto *payload = new QWidget(this);
    auto *payloadLayout = new QVBoxLayout(payload);
    payloadLayout->setContentsMargins(0, 0, 0, 0);
    m_payloadView->setObjectName(QStringLiteral("payloadView"));
    m_payloadView->setModel(m_payload);
    m_payloadView->setUniformRowHeights(true);
    m_payloadView->header()->setStretchLastSection(true);
    m_payloadNote->setContentsMargins(8, 8, 8, 8);
    m_payloadNote->setForegroundRole(QPalette::PlaceholderText);
    payloadLayout->addWidget(m_payloadNote);
    payloadLayout->addWidget(m_payloadView, 1);
    m_tabs->addTab(payload, QString());

    m_raw->setObjectName(QStringLiteral("rawJson"));
    m_raw->setReadOnly(true);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_raw->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_tabs->addTab(m_raw, QString());

    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    auto *stack = new QStackedLayout(this);
    stack->addWidget(m_placeholder);
    stack->addWidget(m_tabs);

    connect(m_history, &StatusHistoryModel::detailLoaded, this, [this](const QJsonObject &full) {
        m_record = full;
        fillFromRecord();
    });
    connect(m_history, &StatusHistoryModel::modelReset, this, &DetailPane::updateSummary);
    connect(m_history, &StatusHistoryModel::loadingChanged, this, &DetailPane::updateSummary);
    connect(m_history, &StatusHistoryModel::errorOccurred, this, &DetailPane::errorOccurred);
    retranslate();
    clear();
}

void DetailPane::setServer(ApiClient *client, const QUrl &baseUrl, const QString &detailPathOverride)
{
    m_history->setServer(client, baseUrl, detailPathOverride);
}

void DetailPane::clear()
{
    m_definition = nullptr;
    m_record = {};
    m_fields->clear();
    m_history->clear();
    m_payload->clear();
    m_raw->clear();
    static_cast<QStackedLayout *>(layout())->setCurrentWidget(m_placeholder);
}

void DetailPane::showRecord(const SourceDefinition &def, const QJsonObject &record)
{
    m_definition = &def;
    m_record = record;
    static_cast<QStackedLayout *>(layout())->setCurrentWidget(m_tabs);
    fillFromRecord();
    m_history->setRecord(def, record); // api-logs: fetches the entry by id
    updateSummary();
}

void DetailPane::fillFromRecord()
{
    m_fields->setRecord(*m_definition, m_record);
    m_fieldsView->resizeColumnToContents(0);
    const QJsonValue payload = payloadOf(*m_definition, m_record);
    if (payload.isUndefined() || payload.isNull() || (payload.isString() && payload.toString().isEmpty())) {
        m_payload->clear();
        m_payloadNote->setText(tr("This record has no payload."));
        m_payloadNote->show();
    } else {
        m_payload->setJson(payload);
        m_payloadView->expandToDepth(1);
        m_payloadView->resizeColumnToContents(0);
        m_payloadNote->hide();
    }
    m_raw->setPlainText(QString::fromUtf8(QJsonDocument(m_record).toJson(QJsonDocument::Indented)));
}

QString DetailPane::summaryText() const
{
    // As words: the no-break spaces only steer where the label wraps.
    return QString(m_summary->text()).replace(QChar::Nbsp, QLatin1Char(' '));
}

void DetailPane::updateSummary()
{
    if (!m_definition) {
        m_summary->clear();
        return;
    }
    if (m_history->isLoading()) {
        m_summary->setText(tr("Loading the status history…"));
        return;
    }
    QStringList parts = m_history->summaryTexts();
    parts << tr("%n step(s)", nullptr, m_history->rowCount());
    // A narrow pane wraps between figures, never inside one ("succeeded 0" stays whole).
    for (QString &part : parts) {
        QStringList figures = part.split(QStringLiteral(" · "));
        for (QString &figure : figures)
            figure.replace(QLatin1Char(' '), QChar::Nbsp);
        part = figures.join(QString(QChar::Nbsp) + QStringLiteral("· "));
    }
    m_summary->setText(parts.join(QStringLiteral("   ")));
}

void DetailPane::retranslate()
{
    m_tabs->setTabText(FieldsTab, tr("Fields"));
    m_tabs->setTabText(HistoryTab, tr("Status history"));
    m_tabs->setTabText(PayloadTab, tr("Payload"));
    m_tabs->setTabText(RawTab, tr("Raw JSON"));
    m_placeholder->setText(tr("Select a row to see its fields and status history."));
    // Field names, statuses and durations are translated when painted; the payload note
    // and the summary are set once, so they are set again.
    if (m_definition)
        fillFromRecord();
    m_timeline->viewport()->update();
    updateSummary();
}

void DetailPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
