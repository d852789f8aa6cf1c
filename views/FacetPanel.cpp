#include "FacetPanel.h"

#include "itemmodels/FacetModel.h"

#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QVBoxLayout>

namespace
{
// Filter names and the values filtered on in bold.
class FacetDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (!index.parent().isValid() || index.data(FacetModel::SelectedRole).toBool())
            option->font.setBold(true);
    }
};
} // namespace

FacetPanel::FacetPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new FacetModel(this))
    , m_view(new QTreeView(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("facetPanel"));
    setMinimumWidth(200); // a value and its count side by side
    m_view->setObjectName(QStringLiteral("facetView"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new FacetDelegate(m_view));
    m_view->setUniformRowHeights(true);
    m_view->setRootIsDecorated(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_status->setWordWrap(true);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    connect(m_model, &QAbstractItemModel::modelReset, m_view, &QTreeView::expandAll);
    const auto choose = [this](const QModelIndex &index) {
        if (!index.parent().isValid())
            return;
        const bool exclude = m_exclusion && (QApplication::keyboardModifiers() & Qt::ControlModifier);
        emit valueChosen(index.data(FacetModel::KeyRole).toString(),
                         index.data(FacetModel::ValueRole).toString(), exclude);
    };
    connect(m_view, &QTreeView::clicked, this, choose);
    connect(m_view, &QTreeView::activated, this, [this, choose](const QModelIndex &index) {
        if (QApplication::mouseButtons() == Qt::NoButton)
            choose(index); // Enter on a value; a click is handled above
    });
}

void FacetPanel::setStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

QString FacetPanel::status() const
{
    return m_status->text();
}
