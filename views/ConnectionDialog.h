#pragma once

#include "core/Connection.h"

#include <QDialog>
#include <QHash>

#include <utility>

class ApiClient;
class QAction;
class ConnectionProbe;
class QCheckBox;
class QDialogButtonBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

// Name, base URL, token, per-source paths, page size and timeout of one connection,
// with "Test connection", which tries each source with one small page and says, per
// source, OK / 401 / 403 / not found. Plain http to a host other than this machine is
// warned about. The token goes to the keychain (or, if the user unticks it or there is
// no keychain, stays for this session only) — the dialog never stores it itself.
class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectionDialog(QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    void setConnection(const Connection &connection, const QString &token = {});
    Connection connection() const;
    QString token() const;
    bool rememberInKeychain() const;
    void setKeychainAvailable(bool available);

    // "Test connection" (also a button): per-source results appear in the dialog.
    void testConnection();
    QString resultText(SourceKind kind) const;
    bool isTesting() const;
    QLabel *insecureWarning() const { return m_insecure; }

signals:
    void testFinished();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateColors();
    void validate();
    void retranslate();

    Connection m_connection;
    QList<QLabel *> m_formLabels;
    QList<std::pair<SourceKind, QLabel *>> m_sourceLabels;
    QAction *m_reveal = nullptr;
    bool m_keychainAvailable = true;
    QLineEdit *m_name;
    QLineEdit *m_url;
    QLabel *m_insecure;
    QLineEdit *m_token;
    QCheckBox *m_keychain;
    QSpinBox *m_pageSize;
    QSpinBox *m_timeout;
    QLineEdit *m_proxy;
    QGroupBox *m_paths;
    QHash<SourceKind, QLineEdit *> m_pathEdits;
    QPushButton *m_test;
    QHash<SourceKind, QLabel *> m_results;
    QDialogButtonBox *m_buttons;
    ApiClient *m_client;
    ConnectionProbe *m_probe = nullptr;
};
