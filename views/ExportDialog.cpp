#include "ExportDialog.h"
#include "core/AppSettings.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>

ExportDialog::ExportDialog(int selectedRows, bool canExportAll, bool offerHistories, QWidget *parent)
    : QDialog(parent)
    , m_path(new QLineEdit(this))
    , m_format(new QLabel(this))
    , m_selection(new QCheckBox(this))
    , m_bom(new QCheckBox(this))
    , m_histories(new QCheckBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_browse(new QPushButton(this))
    , m_fileLabel(new QLabel(this))
    , m_selectedRows(selectedRows)
{
    setObjectName(QStringLiteral("exportDialog"));
    m_path->setObjectName(QStringLiteral("exportPath"));
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getSaveFileName(
            this, tr("Export to"), m_path->text(),
            tr("LogDeck dataset (*.logdeck);;JSON Lines (*.jsonl);;CSV (*.csv)"));
        if (!chosen.isEmpty())
            m_path->setText(chosen);
    });
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    m_selection->setEnabled(selectedRows > 0 && canExportAll);
    m_selection->setChecked(selectedRows > 0 || !canExportAll);
    m_bom->setChecked(AppSettings::exportBom());
    m_histories->setChecked(true);
    m_histories->setVisible(offerHistories);
    m_format->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout;
    form->addRow(m_fileLabel, pathRow);
    form->addRow(QString(), m_format);
    form->addRow(QString(), m_selection);
    form->addRow(QString(), m_bom);
    form->addRow(QString(), m_histories);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    m_ok = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_ok->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        AppSettings::setExportBom(m_bom->isChecked());
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::validate);
    const QString dir = AppSettings::exportDir();
    m_path->setText(dir
                    + QStringLiteral("/logs-%1.logdeck")
                          .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm"))));
    retranslate();
    resize(560, sizeHint().height());
}

void ExportDialog::retranslate()
{
    setWindowTitle(tr("Export"));
    m_browse->setText(tr("Browse…"));
    m_fileLabel->setText(tr("File:"));
    m_ok->setText(tr("Export"));
    m_selection->setText(tr("Only the %n selected row(s)", nullptr, m_selectedRows));
    m_bom->setText(tr("Start the CSV with a byte order mark (for spreadsheet programs)"));
    m_histories->setText(tr("Fetch each entry's status history (one request per entry)"));
    validate();
}

void ExportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

QString ExportDialog::path() const
{
    return m_path->text().trimmed();
}

void ExportDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

bool ExportDialog::selectionOnly() const
{
    return m_selection->isChecked();
}

RecordSink::Options ExportDialog::options() const
{
    RecordSink::Options options;
    options.csvBom = m_bom->isChecked();
    return options;
}

bool ExportDialog::fetchHistories() const
{
    return m_histories->isVisible() && m_histories->isChecked();
}

void ExportDialog::validate()
{
    const auto format = RecordSink::formatFor(path());
    m_ok->setEnabled(format.has_value());
    m_bom->setEnabled(format == RecordSink::Format::Csv);
    switch (format.value_or(RecordSink::Format(-1))) {
    case RecordSink::Format::Dataset:
        m_format->setText(tr("A LogDeck dataset: opens offline at any size, with filters and search."));
        break;
    case RecordSink::Format::JsonLines:
        m_format->setText(tr("JSON Lines: one record per line, as the server sent it."));
        break;
    case RecordSink::Format::Csv:
        m_format->setText(tr("CSV (RFC 4180, UTF-8): the columns, then the whole record as JSON."));
        break;
    default:
        m_format->setText(tr("The file name must end in .logdeck, .jsonl or .csv."));
    }
}
