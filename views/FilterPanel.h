#pragma once

#include "core/Query.h"
#include "sources/SourceDefinition.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;

// The filters of one source, built from its definition: choices for enum filters (in
// words, searchable for the 39 event types), text fields for ids, e-mails and names, a
// date range with presets and calendars. Apply (Enter) emits the query; Reset clears.
// Filters the server cannot apply say that they are applied locally.
class FilterPanel : public QWidget
{
    Q_OBJECT
public:
    enum class DatePreset { Any, LastHour, Last24Hours, Last7Days, Last30Days, Custom };
    Q_ENUM(DatePreset)

    explicit FilterPanel(QWidget *parent = nullptr);

    void setDefinition(const SourceDefinition &def);
    const SourceDefinition *definition() const { return m_definition; }
    // The filters as shown (source set, page size and sort left to the caller).
    QMap<QString, QString> filters() const;
    void setFilters(const QMap<QString, QString> &filters);
    void setDatePreset(DatePreset preset);
    // Datasets: full-text search (their text is indexed; servers have no such parameter),
    // and every filter is SQL, so nothing is marked "applied locally".
    void setDatasetMode(bool dataset);
    QString searchText() const;
    // The first text field, for Ctrl+F.
    void focusFirstField();
    // The widget editing a filter key (tests, focus).
    QWidget *editorFor(const QString &key) const { return m_editors.value(key); }

public slots:
    void apply();
    void reset();

signals:
    void applied(const QMap<QString, QString> &filters);

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void rebuild();
    void retranslate();
    QString labelFor(const QString &key) const;
    void updateDateEditors();

    const SourceDefinition *m_definition = nullptr;
    QGridLayout *m_grid;
    QHash<QString, QWidget *> m_editors; // filter key → QComboBox / QLineEdit
    QHash<QString, QLabel *> m_labels;
    QComboBox *m_datePreset = nullptr;
    QDateTimeEdit *m_from = nullptr;
    QDateTimeEdit *m_to = nullptr;
    QLabel *m_dateLabel = nullptr;
    QLabel *m_dash = nullptr;
    QLabel *m_localNote = nullptr;
    QLabel *m_searchLabel;
    QLineEdit *m_search;
    QPushButton *m_apply;
    QPushButton *m_reset;
};
