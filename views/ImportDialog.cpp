#include "ImportDialog.h"
#include "core/AppSettings.h"
#include "sources/SourceRegistry.h"

#include "dataset/RecordSink.h"
#include "sources/EnumText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>

ImportDialog::ImportDialog(std::optional<SourceKind> preset, QWidget *parent)
    : QDialog(parent)
    , m_files(new QListWidget(this))
    , m_add(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_source(new QComboBox(this))
    , m_target(new QLineEdit(this))
    , m_browse(new QPushButton(this))
    , m_strict(new QCheckBox(this))
    , m_filesLabel(new QLabel(this))
    , m_sourceLabel(new QLabel(this))
    , m_targetLabel(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("importDialog"));
    m_files->setObjectName(QStringLiteral("importFiles"));
    m_source->setObjectName(QStringLiteral("importSource"));
    m_target->setObjectName(QStringLiteral("importTarget"));
    m_strict->setObjectName(QStringLiteral("importStrict"));
    m_files->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_files->setMinimumHeight(96);
    for (SourceKind kind : SourceRegistry::instance().kinds())
        m_source->addItem(QString(), kind.key());
    const QString lastSource = AppSettings::importSource();
    const SourceRegistry &registry = SourceRegistry::instance();
    const SourceKind initial =
        preset.value_or(registry.kindForKey(lastSource).value_or(registry.defaultKind(true)));
    m_source->setCurrentIndex(m_source->findData(initial.key()));
    m_strict->setChecked(AppSettings::importStrict());
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint->setWordWrap(true);

    connect(m_add, &QPushButton::clicked, this, [this] {
        QString dir = AppSettings::importDir();
        if (!QFileInfo(dir).isDir())
            dir = QDir::homePath();
        const QStringList chosen =
            QFileDialog::getOpenFileNames(this, tr("Import records from"), dir,
                                          tr("Records (*.jsonl *.ndjson *.json *.csv);;All files (*)"));
        addFiles(chosen);
        if (m_ok->isEnabled())
            m_ok->setFocus(); // Enter now imports
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        qDeleteAll(m_files->selectedItems());
        validate();
    });
    connect(m_files, &QListWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_files->selectedItems().isEmpty()); });
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getSaveFileName(this, tr("New dataset"), target(),
                                                            tr("LogDeck dataset (*.logdeck)"));
        if (!chosen.isEmpty()) {
            m_targetEdited = true;
            setTarget(chosen.endsWith(QLatin1String(".logdeck")) ? chosen
                                                                 : chosen + QLatin1String(".logdeck"));
        }
    });
    connect(m_target, &QLineEdit::textEdited, this, [this] { m_targetEdited = true; });
    connect(m_target, &QLineEdit::textChanged, this, &ImportDialog::validate);
    connect(m_strict, &QCheckBox::toggled, this, &ImportDialog::validate);

    auto *fileButtons = new QVBoxLayout;
    fileButtons->addWidget(m_add);
    fileButtons->addWidget(m_remove);
    fileButtons->addStretch();
    auto *filesRow = new QHBoxLayout;
    filesRow->addWidget(m_files, 1);
    filesRow->addLayout(fileButtons);
    auto *targetRow = new QHBoxLayout;
    targetRow->addWidget(m_target, 1);
    targetRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    form->addRow(m_filesLabel, filesRow);
    form->addRow(m_sourceLabel, m_source);
    form->addRow(m_targetLabel, targetRow);
    form->addRow(QString(), m_strict);
    form->addRow(QString(), m_hint);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    m_ok = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_ok->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        AppSettings::setImportSource(source());
        AppSettings::setImportStrict(strict());
        if (!files().isEmpty())
            AppSettings::setImportDir(QFileInfo(files().constFirst()).absolutePath());
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_remove->setEnabled(false);
    retranslate();
    resize(600, sizeHint().height());
}

void ImportDialog::retranslate()
{
    setWindowTitle(tr("Import records"));
    m_filesLabel->setText(tr("Files:"));
    m_sourceLabel->setText(tr("Source:"));
    m_targetLabel->setText(tr("New dataset:"));
    m_add->setText(tr("Add files…"));
    m_remove->setText(tr("Remove"));
    m_browse->setText(tr("Browse…"));
    m_strict->setText(tr("Refuse the files at their first bad record"));
    m_ok->setText(tr("Import"));
    for (int i = 0; i < m_source->count(); ++i)
        m_source->setItemText(i, EnumText::sourceTitle(SourceKind(m_source->itemData(i).toString())));
    validate();
}

void ImportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ImportDialog::addFiles(const QStringList &files)
{
    for (const QString &f : files) {
        const QString path = QFileInfo(f).absoluteFilePath();
        if (!this->files().contains(path)) {
            auto *item = new QListWidgetItem(QDir::toNativeSeparators(path), m_files);
            item->setData(Qt::UserRole, path);
        }
    }
    // The dataset is named after the first file, beside it, until the user names it.
    if (!m_targetEdited && !this->files().isEmpty()) {
        const QFileInfo first(this->files().constFirst());
        m_target->setText(first.dir().filePath(first.completeBaseName() + QLatin1String(".logdeck")));
    }
    validate();
}

QStringList ImportDialog::files() const
{
    QStringList out;
    for (int i = 0; i < m_files->count(); ++i)
        out << m_files->item(i)->data(Qt::UserRole).toString();
    return out;
}

SourceKind ImportDialog::source() const
{
    return SourceKind(m_source->currentData().toString());
}

QString ImportDialog::target() const
{
    return m_target->text().trimmed();
}

void ImportDialog::setTarget(const QString &path)
{
    m_target->setText(path);
}

bool ImportDialog::strict() const
{
    return m_strict->isChecked();
}

void ImportDialog::validate()
{
    const bool dataset = RecordSink::formatFor(target()) == RecordSink::Format::Dataset;
    const bool overwritesInput = files().contains(QFileInfo(target()).absoluteFilePath());
    m_ok->setEnabled(!files().isEmpty() && dataset && !overwritesInput);
    if (files().isEmpty())
        m_hint->setText(
            tr("Add JSON Lines, a JSON array, a saved API response or a CSV that LogDeck exported."));
    else if (!dataset)
        m_hint->setText(tr("The dataset's name must end in .logdeck."));
    else if (overwritesInput)
        m_hint->setText(tr("The dataset cannot replace one of the files it is made from."));
    else if (QFileInfo::exists(target()))
        m_hint->setText(tr("%1 exists and will be replaced when the import is complete.")
                            .arg(QFileInfo(target()).fileName()));
    else if (strict())
        m_hint->setText(tr("The first bad record stops the import, and no dataset is made."));
    else
        m_hint->setText(tr("Bad records are skipped and listed when the import ends."));
}
