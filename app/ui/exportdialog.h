#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class QRadioButton;

/**
 * Asks what to export (the current view, or every address) and where. The file name starts in the
 * folder used last; "Browse…" opens the standard save dialog.
 */
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    enum class Scope { CurrentView, AllAddresses };

    /** @p viewRows and @p allRows say how many rows each choice writes; @p directory is where to start. */
    ExportDialog(int viewRows, int allRows, const QString &directory, QWidget *parent = nullptr);

    Scope scope() const;
    QString filePath() const;

private:
    void browse();
    void updateOk();

    QRadioButton *m_view;
    QRadioButton *m_all;
    QLineEdit *m_path;
    QDialogButtonBox *m_buttons;
};
