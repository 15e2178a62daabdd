#pragma once

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLineEdit;
class QRadioButton;

/**
 * Asks what to export (the current view, or every address, with or without risk tokens) and where.
 * Risk tokens are left out of "every address" unless asked for, as on the command line; the current
 * view is written as shown. The file name starts in the folder used last, else the user's documents
 * folder, else their home (always an absolute path to a folder that exists); "Browse…" opens the
 * standard save dialog there. An existing file is only replaced once the user said so.
 */
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    enum class Scope { CurrentView, AllAddresses };

    /**
     * @p viewRows, @p allRows and @p allRowsWithRisk say how many rows each choice writes;
     * @p directory is where to start (empty: the documents folder).
     */
    ExportDialog(int viewRows, int allRows, int allRowsWithRisk, const QString &directory, QWidget *parent = nullptr);

    Scope scope() const;
    /** Asks before replacing an existing file; stays open when the answer is no. */
    void accept() override;
    /** Whether "every address" includes the tokens OKX flags as risky. */
    bool includeRiskTokens() const;
    QString filePath() const;

private:
    void browse();
    void updateChoices();

    int m_allRows;
    int m_allRowsWithRisk;
    QRadioButton *m_view;
    QRadioButton *m_all;
    QCheckBox *m_risk;
    QLineEdit *m_path;
    QDialogButtonBox *m_buttons;
};
