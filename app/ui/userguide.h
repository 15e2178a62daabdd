#pragma once

#include <QDialog>

class QTextBrowser;

/**
 * The user guide, read offline: the README built into the app, shown as formatted text, with the
 * licence below it. Links to the web open in the browser.
 */
class UserGuide final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserGuide)

public:
    explicit UserGuide(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();

    QTextBrowser *m_text;
};
