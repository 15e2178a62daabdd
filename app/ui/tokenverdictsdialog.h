#pragma once

#include <QDialog>

class QLabel;
class QTableWidget;
class VerdictStore;

/**
 * The list of the user's token verdicts (View → Token Verdicts…): per token its chain, symbol,
 * contract and verdict, with a Remove button that takes the verdict back at once (the window's
 * totals follow while the dialog is open). A verdict that cannot be removed (the file cannot be
 * written) stays listed, with the reason under the list.
 */
class TokenVerdictsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenVerdictsDialog)

public:
    /** Lists and edits the verdicts of @p verdicts, which must outlive the dialog. */
    explicit TokenVerdictsDialog(VerdictStore *verdicts, QWidget *parent = nullptr);

private:
    enum Column { ChainColumn, SymbolColumn, ContractColumn, VerdictColumn, RemoveColumn, ColumnCount };

    /** Fills the table from the store: after every change, whoever made it. */
    void fill();

    VerdictStore *m_verdicts;
    QTableWidget *m_table;
    QLabel *m_empty;
    QLabel *m_problem;
};
