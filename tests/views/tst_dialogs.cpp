// The export and import dialogs: what they offer, what they refuse, what they return.
#include "ExportDialog.h"
#include "ImportDialog.h"
#include "sources/BuiltinSources.h"
#include "sources/SourceRegistry.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestDialogs : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void exportPicksTheFormatByName();
    void exportOfTheSelection();
    void importNamesTheDatasetAfterTheFirstFile();
    void importRefusesToReplaceItsInput();
    void importListsEveryRegisteredSource();

private:
    static QPushButton *ok(QDialog &dialog)
    {
        // The accepting button (labelled Export / Import).
        for (QAbstractButton *b : dialog.findChild<QDialogButtonBox *>()->buttons()) {
            if (dialog.findChild<QDialogButtonBox *>()->buttonRole(b) == QDialogButtonBox::AcceptRole)
                return qobject_cast<QPushButton *>(b);
        }
        return nullptr;
    }
    QTemporaryDir m_dir;
};

void TestDialogs::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("LogDeckTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_dialogs"));
    QSettings().clear();
}

void TestDialogs::exportPicksTheFormatByName()
{
    ExportDialog dialog(0, true, true);
    auto boxes = dialog.findChildren<QCheckBox *>();
    dialog.setPath(m_dir.filePath(QStringLiteral("out.txt")));
    QVERIFY(!ok(dialog)->isEnabled()); // no format by that name
    dialog.setPath(m_dir.filePath(QStringLiteral("out.csv")));
    QVERIFY(ok(dialog)->isEnabled());
    dialog.setPath(m_dir.filePath(QStringLiteral("out.logdeck")));
    QVERIFY(ok(dialog)->isEnabled());
    QCOMPARE(dialog.path(), m_dir.filePath(QStringLiteral("out.logdeck")));
    QVERIFY(!dialog.selectionOnly()); // nothing selected: everything
    QVERIFY(!boxes.isEmpty());
}

void TestDialogs::exportOfTheSelection()
{
    // Offline (cannot export all): only the selection, and no histories to fetch.
    ExportDialog dialog(3, false, false);
    dialog.setPath(m_dir.filePath(QStringLiteral("some.jsonl")));
    QVERIFY(dialog.selectionOnly());
    QVERIFY(!dialog.fetchHistories());
}

void TestDialogs::importNamesTheDatasetAfterTheFirstFile()
{
    ImportDialog dialog(Sources::ApiLogs);
    QCOMPARE(dialog.source(), Sources::ApiLogs);
    QVERIFY(!ok(dialog)->isEnabled()); // no files yet
    dialog.addFiles(
        {m_dir.filePath(QStringLiteral("april.jsonl")), m_dir.filePath(QStringLiteral("may.jsonl"))});
    QCOMPARE(dialog.files().size(), 2);
    QCOMPARE(dialog.target(), m_dir.filePath(QStringLiteral("april.logdeck")));
    QVERIFY(ok(dialog)->isEnabled());
    dialog.setTarget(m_dir.filePath(QStringLiteral("both.txt")));
    QVERIFY(!ok(dialog)->isEnabled()); // a dataset ends in .logdeck
}

void TestDialogs::importRefusesToReplaceItsInput()
{
    ImportDialog dialog(std::nullopt);
    dialog.addFiles({m_dir.filePath(QStringLiteral("old.logdeck"))});
    dialog.setTarget(m_dir.filePath(QStringLiteral("old.logdeck")));
    QVERIFY(!ok(dialog)->isEnabled());
}

void TestDialogs::importListsEveryRegisteredSource()
{
    ImportDialog dialog(std::nullopt);
    auto *source = dialog.findChild<QComboBox *>(QStringLiteral("importSource"));
    QVERIFY(source);
    QCOMPARE(source->count(), SourceRegistry::instance().kinds().size());
    // Without a preset or a remembered choice: all users' communication logs.
    QCOMPARE(dialog.source(), SourceRegistry::instance().defaultKind(true));
    source->setCurrentIndex(source->findData(Sources::MfaAudit.key()));
    QCOMPARE(dialog.source(), Sources::MfaAudit);
}

QTEST_MAIN(TestDialogs)
#include "tst_dialogs.moc"
