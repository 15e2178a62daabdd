#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QPushButton;

/**
 * What the window shows in place of the holdings while the watch list is empty: what the app is
 * for, and a button that opens the add-address dialog, rather than "0 addresses", a dash and an
 * empty chart.
 */
class FirstRunPrompt final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstRunPrompt)

public:
    /** The button triggers @p addAddress (its shortcut is named beside it). */
    FirstRunPrompt(QAction *addAddress, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QAction *m_addAddress;
    QLabel *m_title;
    QLabel *m_text;
    QPushButton *m_button;
};
