#pragma once

#include <QWidget>

class FacetModel;
class QLabel;
class QTreeView;

// The facets beside the table: each filter's values with their counts under the other
// filters. A click on a value filters on it (valueChosen); on a dataset, Ctrl+click
// excludes it instead.
class FacetPanel : public QWidget
{
    Q_OBJECT
public:
    explicit FacetPanel(QWidget *parent = nullptr);

    FacetModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    void setStatus(const QString &text);
    QString status() const;
    void setExclusionAllowed(bool allowed) { m_exclusion = allowed; }

signals:
    void valueChosen(const QString &key, const QString &value, bool exclude);

private:
    FacetModel *m_model;
    QTreeView *m_view;
    QLabel *m_status;
    bool m_exclusion = false;
};
