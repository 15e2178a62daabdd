#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

/**
 * A non-modal bar across the window for a message the user should see without being stopped:
 * an error with a Retry button, or an informational banner (the demo mode's) with an action.
 * Tinted from the current palette, so it reads well in light and dark themes. The owner sets and
 * re-sets the texts (after a language change too).
 */
class MessageBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBar)

public:
    enum class Kind { Information, Error };

    explicit MessageBar(Kind kind, QWidget *parent = nullptr);

    /** Shows the bar with @p text. */
    void showMessage(const QString &text);
    QString text() const;
    /** The action button's label; the button is hidden while it is empty. */
    void setActionText(const QString &text);
    /** Whether the user may close the bar (a close button). */
    void setClosable(bool closable);

signals:
    void actionTriggered();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();

    Kind m_kind;
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_action;
    QToolButton *m_close;
    bool m_applyingPalette = false;
};
