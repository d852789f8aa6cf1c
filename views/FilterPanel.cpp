#include "FilterPanel.h"

#include "core/Timestamp.h"
#include "sources/EnumText.h"

#include <QComboBox>
#include <QCompleter>
#include <QCoreApplication>
#include <QDateTimeEdit>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace
{
bool isDateKey(const QString &key)
{
    return key == QLatin1String(Query::From) || key == QLatin1String(Query::To);
}
} // namespace

FilterPanel::FilterPanel(QWidget *parent)
    : QWidget(parent)
    , m_grid(new QGridLayout)
    , m_searchLabel(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_apply(new QPushButton(this))
    , m_reset(new QPushButton(this))
{
    m_search->setObjectName(QStringLiteral("filter_search"));
    m_search->setClearButtonEnabled(true);
    m_searchLabel->setBuddy(m_search);
    m_search->hide();
    m_searchLabel->hide();
    setObjectName(QStringLiteral("filterPanel"));
    m_apply->setObjectName(QStringLiteral("applyFilters"));
    m_reset->setObjectName(QStringLiteral("resetFilters"));
    m_apply->setDefault(true);
    connect(m_apply, &QPushButton::clicked, this, &FilterPanel::apply);
    connect(m_reset, &QPushButton::clicked, this, &FilterPanel::reset);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_apply);
    buttons->addWidget(m_reset);
    buttons->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(m_grid, 1);
    layout->addLayout(buttons);
    m_grid->setHorizontalSpacing(8);
    m_grid->setVerticalSpacing(4);
    retranslate();
}

void FilterPanel::setDefinition(const SourceDefinition &def)
{
    m_definition = &def;
    rebuild();
}

void FilterPanel::rebuild()
{
    // Widgets of the previous source go; their layout slots are reused.
    for (QWidget *w : std::as_const(m_editors))
        w->deleteLater();
    for (QLabel *l : std::as_const(m_labels))
        l->deleteLater();
    for (QWidget *w :
         {static_cast<QWidget *>(m_datePreset), static_cast<QWidget *>(m_from), static_cast<QWidget *>(m_to),
          static_cast<QWidget *>(m_dateLabel), static_cast<QWidget *>(m_localNote)}) {
        if (w)
            w->deleteLater();
    }
    m_editors.clear();
    m_labels.clear();
    m_datePreset = nullptr;
    m_from = m_to = nullptr;
    m_dash = nullptr;
    m_dateLabel = m_localNote = nullptr;
    while (m_grid->count() > 0)
        delete m_grid->takeAt(0);
    if (!m_definition)
        return;

    constexpr int kPairsPerRow = 3;
    int slot = 0;
    bool hasDates = false, datesLocal = false;
    for (const FilterSpec &spec : m_definition->filters) {
        if (isDateKey(spec.key)) {
            hasDates = true;
            datesLocal = spec.appliedBy == FilterSpec::AppliedBy::ClientBisect;
            continue;
        }
        QWidget *editor = nullptr;
        if (!spec.values.isEmpty()) {
            auto *combo = new QComboBox(this);
            combo->addItem(QString(), QString()); // "Any", set in retranslate()
            for (const QString &value : spec.values)
                combo->addItem(EnumText::display(m_definition->kind, spec.enumField, QJsonValue(value)),
                               value);
            if (spec.values.size() > 12) {
                // Long lists (the 39 event types) are searchable by any part of the words.
                combo->setEditable(true);
                combo->setInsertPolicy(QComboBox::NoInsert);
                combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
                combo->completer()->setFilterMode(Qt::MatchContains);
            }
            combo->setMinimumContentsLength(12);
            combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
            editor = combo;
        } else {
            auto *line = new QLineEdit(this);
            line->setClearButtonEnabled(true);
            // Room for an id or an address, whatever the combo boxes beside it take.
            line->setMinimumWidth(line->fontMetrics().averageCharWidth() * 10);
            editor = line;
        }
        editor->setObjectName(QStringLiteral("filter_") + spec.key);
        auto *label = new QLabel(this);
        label->setBuddy(editor);
        m_editors.insert(spec.key, editor);
        m_labels.insert(spec.key, label);
        m_grid->addWidget(label, slot / kPairsPerRow, (slot % kPairsPerRow) * 2, Qt::AlignRight);
        m_grid->addWidget(editor, slot / kPairsPerRow, (slot % kPairsPerRow) * 2 + 1);
        ++slot;
    }
    if (hasDates) {
        const int row = (slot + kPairsPerRow - 1) / kPairsPerRow;
        m_dateLabel = new QLabel(this);
        m_datePreset = new QComboBox(this);
        m_datePreset->setObjectName(QStringLiteral("datePreset"));
        for (int i = 0; i <= int(DatePreset::Custom); ++i)
            m_datePreset->addItem(QString(), i);
        m_from = new QDateTimeEdit(this);
        m_to = new QDateTimeEdit(this);
        m_from->setObjectName(QStringLiteral("filter_from"));
        m_to->setObjectName(QStringLiteral("filter_to"));
        for (QDateTimeEdit *edit : {m_from, m_to}) {
            edit->setCalendarPopup(true);
            edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
            edit->setTimeSpec(Qt::LocalTime);
        }
        m_from->setDateTime(QDateTime::currentDateTime().addDays(-1));
        m_to->setDateTime(QDateTime::currentDateTime());
        connect(m_datePreset, &QComboBox::currentIndexChanged, this, &FilterPanel::updateDateEditors);
        auto *dates = new QHBoxLayout;
        dates->addWidget(m_datePreset);
        m_dash = new QLabel(QStringLiteral("–"), this);
        dates->addWidget(m_from);
        dates->addWidget(m_dash);
        dates->addWidget(m_to);
        if (datesLocal) {
            m_localNote = new QLabel(this);
            m_localNote->setObjectName(QStringLiteral("appliedLocallyNote"));
            m_localNote->setForegroundRole(QPalette::PlaceholderText);
            dates->addWidget(m_localNote);
        }
        dates->addStretch();
        m_dateLabel->setBuddy(m_datePreset);
        m_grid->addWidget(m_dateLabel, row, 0, Qt::AlignRight);
        m_grid->addLayout(dates, row, 1, 1, kPairsPerRow * 2 - 1);
        updateDateEditors();
    }
    // The search row (shown for datasets).
    const int searchRow = m_grid->rowCount();
    m_grid->addWidget(m_searchLabel, searchRow, 0, Qt::AlignRight);
    m_grid->addWidget(m_search, searchRow, 1, 1, kPairsPerRow * 2 - 1);
    for (int c = 1; c < kPairsPerRow * 2; c += 2)
        m_grid->setColumnStretch(c, 1);
    retranslate();
}

void FilterPanel::setDatasetMode(bool dataset)
{
    m_search->setVisible(dataset);
    m_searchLabel->setVisible(dataset);
    if (!dataset)
        m_search->clear();
    if (m_localNote)
        m_localNote->setVisible(!dataset);
}

QString FilterPanel::searchText() const
{
    return m_search->isVisible() || !m_search->isHidden() ? m_search->text().trimmed() : QString();
}

QString FilterPanel::labelFor(const QString &key) const
{
    // Each source's own words: the communication APIs' 发送状态 (send status), the admin
    // API's 目标用户ID (target user ID).
    const FilterSpec *spec = m_definition ? m_definition->filterSpec(key) : nullptr;
    return spec && spec->label ? QCoreApplication::translate("Filters", spec->label) : key;
}

void FilterPanel::retranslate()
{
    m_apply->setText(tr("Apply"));
    m_apply->setToolTip(tr("Apply the filters (Enter)"));
    m_reset->setText(tr("Reset"));
    m_searchLabel->setText(tr("Search:"));
    m_search->setPlaceholderText(tr("text in content, errors, recipients, payloads, details, messages"));
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it)
        it.value()->setText(labelFor(it.key()) + QLatin1Char(':'));
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        if (auto *combo = qobject_cast<QComboBox *>(it.value())) {
            combo->setItemText(0, tr("Any"));
            const FilterSpec *spec = m_definition->filterSpec(it.key());
            const QString field = spec ? spec->enumField : QString();
            for (int i = 1; i < combo->count(); ++i)
                combo->setItemText(
                    i, EnumText::display(m_definition->kind, field, combo->itemData(i).toString()));
        } else if (auto *line = qobject_cast<QLineEdit *>(it.value())) {
            line->setPlaceholderText(tr("exact match"));
        }
    }
    if (m_datePreset) {
        m_dateLabel->setText(tr("Time:"));
        const QStringList presets = {tr("Any time"),    tr("Last hour"),    tr("Last 24 hours"),
                                     tr("Last 7 days"), tr("Last 30 days"), tr("Custom range")};
        for (int i = 0; i < presets.size(); ++i)
            m_datePreset->setItemText(i, presets.at(i));
    }
    if (m_localNote) {
        m_localNote->setText(tr("applied locally"));
        m_localNote->setToolTip(tr("This API has no date parameters: LogDeck finds the rows of the range by "
                                   "bisecting the newest-first pages."));
    }
}

void FilterPanel::updateDateEditors()
{
    if (!m_datePreset)
        return;
    const bool custom = DatePreset(m_datePreset->currentData().toInt()) == DatePreset::Custom;
    m_from->setVisible(custom);
    m_dash->setVisible(custom);
    m_to->setVisible(custom);
}

void FilterPanel::setDatePreset(DatePreset preset)
{
    if (m_datePreset)
        m_datePreset->setCurrentIndex(int(preset));
}

QMap<QString, QString> FilterPanel::filters() const
{
    QMap<QString, QString> out;
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        QString value;
        if (auto *combo = qobject_cast<QComboBox *>(it.value())) {
            // An editable combo's text may have been typed: match it to an entry.
            int i = combo->currentIndex();
            if (combo->isEditable()) {
                const int typed = combo->findText(combo->currentText(), Qt::MatchFixedString);
                i = typed >= 0
                    ? typed
                    : (combo->findData(combo->currentText()) >= 0 ? combo->findData(combo->currentText())
                                                                  : i);
            }
            value = combo->itemData(i).toString();
        } else if (auto *line = qobject_cast<QLineEdit *>(it.value())) {
            value = line->text().trimmed();
        }
        if (!value.isEmpty())
            out.insert(it.key(), value);
    }
    if (m_datePreset) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        std::optional<QDateTime> from, to;
        switch (DatePreset(m_datePreset->currentData().toInt())) {
        case DatePreset::Any:
            break;
        case DatePreset::LastHour:
            from = now.addSecs(-3600);
            break;
        case DatePreset::Last24Hours:
            from = now.addDays(-1);
            break;
        case DatePreset::Last7Days:
            from = now.addDays(-7);
            break;
        case DatePreset::Last30Days:
            from = now.addDays(-30);
            break;
        case DatePreset::Custom:
            from = m_from->dateTime().toUTC();
            to = m_to->dateTime().toUTC();
            break;
        }
        if (from)
            out.insert(QLatin1String(Query::From), Timestamp::toRfc3339(*from));
        if (to)
            out.insert(QLatin1String(Query::To), Timestamp::toRfc3339(*to));
    }
    return out;
}

void FilterPanel::setFilters(const QMap<QString, QString> &filters)
{
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        const QString value = filters.value(it.key());
        if (auto *combo = qobject_cast<QComboBox *>(it.value())) {
            // A dataset's "!value" (a facet's Ctrl+click): every value but this one.
            if (combo->findData(value) < 0 && value.size() > 1 && value.startsWith(u'!'))
                combo->addItem(tr("not %1").arg(combo->itemText(qMax(0, combo->findData(value.mid(1))))),
                               value);
            combo->setCurrentIndex(qMax(0, combo->findData(value)));
        } else if (auto *line = qobject_cast<QLineEdit *>(it.value()))
            line->setText(value);
    }
    if (m_datePreset) {
        const auto from = Timestamp::parse(filters.value(QLatin1String(Query::From)));
        const auto to = Timestamp::parse(filters.value(QLatin1String(Query::To)));
        if (from || to) {
            m_datePreset->setCurrentIndex(int(DatePreset::Custom));
            if (from)
                m_from->setDateTime(from->toLocalTime());
            if (to)
                m_to->setDateTime(to->toLocalTime());
        } else {
            m_datePreset->setCurrentIndex(int(DatePreset::Any));
        }
    }
}

void FilterPanel::apply()
{
    emit applied(filters());
}

void FilterPanel::reset()
{
    m_search->clear();
    setFilters({});
    apply();
}

void FilterPanel::focusFirstField()
{
    for (const FilterSpec &spec : m_definition ? m_definition->filters : QList<FilterSpec>()) {
        if (auto *line = qobject_cast<QLineEdit *>(m_editors.value(spec.key))) {
            line->setFocus(Qt::ShortcutFocusReason);
            line->selectAll();
            return;
        }
    }
    if (!m_editors.isEmpty())
        m_editors.begin().value()->setFocus(Qt::ShortcutFocusReason);
}

void FilterPanel::keyPressEvent(QKeyEvent *event)
{
    // Enter in any field applies, once: a line edit passes the key on after its own
    // returnPressed, so the fields are not connected to apply() themselves.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        apply();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void FilterPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
