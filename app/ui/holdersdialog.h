#pragma once

#include <QDialog>

class AssetTableModel;
class HoldersModel;
class HoldingSortProxy;
class QLabel;
class QTableView;

/**
 * Who holds a token (Show Holders): every watched address and chain holding it, as TokenIdentity
 * tells tokens apart, with label, address, chain, balance, value and share, sortable, and the exact
 * sums under the table. Copy (Ctrl+C) puts the selected rows on the clipboard as tab-separated text
 * with exact numbers; privacy mode masks the amounts as in the window. No amount or address is ever
 * cut: the columns fit their content and the table scrolls sideways.
 */
class HoldersDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HoldersDialog)

public:
    /** The holders of the token whose identity key is @p identityKey in @p table (which must outlive the dialog). */
    HoldersDialog(const AssetTableModel *table, const QString &identityKey, QWidget *parent = nullptr);
    ~HoldersDialog() override;

    const HoldersModel *holders() const { return m_holders; }
    QTableView *table() const { return m_table; }

    /** The selected rows as tab-separated text with a header line; exact numbers. */
    QString selectionAsTsv() const;

public slots:
    void copySelection();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    /** As wide as the table's columns need, within the screen. */
    void fitWidth();

    HoldersModel *m_holders;
    HoldingSortProxy *m_proxy;
    QLabel *m_heading;
    QTableView *m_table;
    QLabel *m_total;
};
