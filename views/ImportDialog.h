#pragma once

#include "core/SourceKind.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

// What to import and where: the files (JSON Lines, a JSON array, a saved API page or
// LogDeck's CSV), the source they come from, the new dataset, and whether a bad record
// refuses the whole input.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportDialog(std::optional<SourceKind> preset, QWidget *parent = nullptr);

    void addFiles(const QStringList &files);
    QStringList files() const;
    SourceKind source() const;
    QString target() const;
    void setTarget(const QString &path);
    bool strict() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void validate();
    void retranslate();

    QListWidget *m_files;
    QPushButton *m_add;
    QPushButton *m_remove;
    QComboBox *m_source;
    QLineEdit *m_target;
    QPushButton *m_browse;
    QCheckBox *m_strict;
    QLabel *m_filesLabel, *m_sourceLabel, *m_targetLabel, *m_hint;
    QDialogButtonBox *m_buttons;
    QPushButton *m_ok = nullptr;
    bool m_targetEdited = false; // once the user names the dataset, it follows the files no more
};
