#pragma once

#include "storage/addressbatch.h"

#include <QDialog>
#include <QTimer>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QTreeWidget;
class WatchList;

/**
 * Adds many addresses at once: a list pasted (or typed) into a text field, one address a line with
 * an optional label after a comma or tab, each watched on the chains its form names
 * (PastedAddresses). A preview shows what adding would do to each line before anything is added:
 * its number, the address, the family and chains detected, the label, and whether it is added,
 * skipped as a duplicate or refused, and why (AddressBatch). The dialog changes nothing itself:
 * the caller adds batch().entriesToAdd() in one step.
 */
class AddressBatchDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddressBatchDialog)

public:
    /** The preview's columns. */
    enum Column { LineColumn, AddressColumn, ChainsColumn, LabelColumn, StatusColumn, ColumnCount };

    /** A dialog for new entries of @p list, which must outlive it. */
    explicit AddressBatchDialog(const WatchList &list, QWidget *parent = nullptr);
    ~AddressBatchDialog() override;

    /** The lines as last checked: what accepting adds. */
    const AddressBatch &batch() const { return m_batch; }

    /** Checks the text once more if it changed since the preview was drawn, so OK adds what is shown. */
    void accept() override;

private:
    void buildUi();
    void updatePreview();

    const WatchList &m_list;
    QPlainTextEdit *m_text = nullptr;
    QTreeWidget *m_preview = nullptr;
    QLabel *m_summary = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    /** Rechecks a moment after the last keystroke, not at each one of a long list. */
    QTimer m_recheck;
    AddressBatch m_batch;
};
