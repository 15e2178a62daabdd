#pragma once

#include <QLabel>

/**
 * A word-wrapped label that is always exactly a given number of lines tall, whatever its text: a
 * text that needs more lines shows as many as fit, the last one ending in "…", with the whole text
 * as the tooltip. So the layout around it never moves while its text changes (a reason under a
 * field being typed into). The lines are as tall as the tallest script the app is translated into.
 */
class ElidedTextLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElidedTextLabel)

public:
    explicit ElidedTextLabel(int lines, QWidget *parent = nullptr);

    /** Shows @p text, elided if it needs more lines than the label has. */
    void setFullText(const QString &text);
    /** The text as given, also when the label shows less of it. */
    QString fullText() const { return m_fullText; }

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void fitHeight();
    void elide();

    int m_lines;
    QString m_fullText;
};
