#include "LogTableView.h"
#include "core/AppSettings.h"

#include "StatusBadgeDelegate.h"
#include "itemmodels/RemoteLogModel.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMenu>
#include <QScrollBar>

LogTableView::LogTableView(QWidget *parent)
    : QTableView(parent)
{
    setObjectName(QStringLiteral("logTable"));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setSortingEnabled(false); // sorting is the server's: see onHeaderClicked
    setItemDelegate(new StatusBadgeDelegate(LogRoles::OutcomeRole, LogRoles::ColumnKeyRole, this));
    verticalHeader()->setVisible(false);
    // Fixed row heights: a million rows must not be measured one by one.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setSortIndicatorShown(false);
    horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(horizontalHeader(), &QHeaderView::sectionClicked, this, &LogTableView::onHeaderClicked);
    connect(horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            &LogTableView::showColumnMenu);
    connect(this, &QAbstractItemView::doubleClicked, this, &LogTableView::recordActivated);
}

void LogTableView::setModel(QAbstractItemModel *model)
{
    if (this->model())
        this->model()->disconnect(this);
    QTableView::setModel(model);
    if (model) {
        // Rows arriving on top (live tail, refresh) must not move what the user is
        // reading: unless the view is at the very top, it follows the rows down.
        connect(model, &QAbstractItemModel::rowsInserted, this,
                [this](const QModelIndex &parent, int first, int last) {
                    QScrollBar *bar = verticalScrollBar();
                    if (parent.isValid() || first != 0 || bar->value() == 0)
                        return;
                    const int step = verticalScrollMode() == ScrollPerItem ? 1 : rowHeight(0);
                    bar->setValue(bar->value() + (last - first + 1) * step);
                });
    }
    m_sortSection = -1;
    horizontalHeader()->setSortIndicatorShown(false);
}

void LogTableView::applyDefaultLayout(const SourceDefinition &def)
{
    QHeaderView *header = horizontalHeader();
    for (int c = 0; c < header->count() && c < def.columns.size(); ++c) {
        header->moveSection(header->visualIndex(c), c);
        header->resizeSection(c, def.columns.at(c).width);
        header->setSectionHidden(c, !def.columns.at(c).visible);
    }
}

void LogTableView::saveLayout(const QString &key) const
{
    AppSettings::setColumns(key, horizontalHeader()->saveState());
}

bool LogTableView::restoreLayout(const QString &key)
{
    const QByteArray state = AppSettings::columns(key);
    return !state.isEmpty() && horizontalHeader()->restoreState(state);
}

void LogTableView::onHeaderClicked(int section)
{
    if (!model())
        return;
    if (!model()->headerData(section, Qt::Horizontal, LogRoles::RemoteSortableRole).toBool()) {
        emit sortRefused(model()->headerData(section, Qt::Horizontal).toString());
        return;
    }
    // First click: newest/largest first, the order people look for in logs.
    m_sortOrder = section == m_sortSection && m_sortOrder == Qt::DescendingOrder ? Qt::AscendingOrder
                                                                                 : Qt::DescendingOrder;
    m_sortSection = section;
    horizontalHeader()->setSortIndicatorShown(true);
    horizontalHeader()->setSortIndicator(section, m_sortOrder);
    model()->sort(section, m_sortOrder);
}

void LogTableView::showColumnMenu(const QPoint &pos)
{
    if (!model())
        return;
    QMenu menu(this);
    QHeaderView *header = horizontalHeader();
    for (int c = 0; c < header->count(); ++c) {
        QAction *action = menu.addAction(model()->headerData(c, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(c));
        // Never hide the last visible column: the table would be unusable.
        action->setEnabled(header->isSectionHidden(c) || header->count() - header->hiddenSectionCount() > 1);
        connect(action, &QAction::toggled, header,
                [header, c](bool on) { header->setSectionHidden(c, !on); });
    }
    menu.exec(header->viewport()->mapToGlobal(pos));
}

QList<int> LogTableView::selectedRows() const
{
    QList<int> rows;
    if (!selectionModel())
        return rows;
    for (const QModelIndex &index : selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

QString LogTableView::selectionAsTsv() const
{
    QHeaderView *header = horizontalHeader();
    QList<int> columns; // visible, in the order shown
    for (int v = 0; v < header->count(); ++v) {
        const int c = header->logicalIndex(v);
        if (!header->isSectionHidden(c))
            columns.append(c);
    }
    auto clean = [](QString text) {
        return text.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    };
    QStringList lines;
    QStringList cells;
    for (int c : std::as_const(columns))
        cells << clean(model()->headerData(c, Qt::Horizontal).toString());
    lines << cells.join(QLatin1Char('\t'));
    for (int row : selectedRows()) {
        cells.clear();
        for (int c : std::as_const(columns)) {
            // Raw values: what a spreadsheet or a ticket needs, not the translated words.
            const QVariant raw = model()->index(row, c).data(LogRoles::RawValueRole);
            const QVariant shown = model()->index(row, c).data();
            const bool structured =
                raw.typeId() == QMetaType::QVariantMap || raw.typeId() == QMetaType::QVariantList;
            cells << clean(raw.isValid() && !structured ? raw.toString() : shown.toString());
        }
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString LogTableView::selectionAsJson() const
{
    QJsonArray records;
    for (int row : selectedRows())
        records.append(model()->index(row, 0).data(LogRoles::RecordRole).toJsonObject());
    return QString::fromUtf8(QJsonDocument(records).toJson(QJsonDocument::Indented));
}

void LogTableView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        const int rows = int(selectedRows().size());
        if (rows > 0) {
            QApplication::clipboard()->setText(selectionAsTsv());
            emit copied(rows);
        }
        event->accept();
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentIndex().isValid()) {
        emit recordActivated(currentIndex());
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

void LogTableView::changeEvent(QEvent *event)
{
    // Headers and cells are translated when painted (enum words, column titles), so a
    // language change needs a repaint only.
    if (event->type() == QEvent::LanguageChange) {
        viewport()->update();
        horizontalHeader()->viewport()->update();
    }
    QTableView::changeEvent(event);
}

void LogTableView::contextMenuEvent(QContextMenuEvent *event)
{
    if (selectedRows().isEmpty())
        return;
    QMenu menu(this);
    QAction *tsv = menu.addAction(tr("Copy as TSV"));
    tsv->setShortcut(QKeySequence::Copy);
    QAction *json = menu.addAction(tr("Copy as JSON"));
    menu.addSeparator();
    QAction *open = menu.addAction(tr("Open detail"));
    QAction *chosen = menu.exec(event->globalPos());
    if (chosen == tsv) {
        QApplication::clipboard()->setText(selectionAsTsv());
        emit copied(int(selectedRows().size()));
    } else if (chosen == json) {
        QApplication::clipboard()->setText(selectionAsJson());
        emit copied(int(selectedRows().size()));
    } else if (chosen == open && currentIndex().isValid()) {
        emit recordActivated(currentIndex());
    }
}
