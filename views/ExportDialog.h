#pragma once

#include "dataset/RecordSink.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

// Where and what to export: the file (its extension picks .logdeck, .jsonl or .csv),
// everything the query finds or only the selected rows, a BOM for spreadsheet programs,
// and for API logs whether to fetch each entry's status history.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(int selectedRows, bool canExportAll, bool offerHistories, QWidget *parent = nullptr);

    QString path() const;
    void setPath(const QString &path);
    bool selectionOnly() const;
    RecordSink::Options options() const;
    bool fetchHistories() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void validate();
    void retranslate();

    QLineEdit *m_path;
    QLabel *m_format;
    QCheckBox *m_selection;
    QCheckBox *m_bom;
    QCheckBox *m_histories;
    QDialogButtonBox *m_buttons;
    QPushButton *m_browse;
    QLabel *m_fileLabel;
    QPushButton *m_ok = nullptr;
    int m_selectedRows;
};
