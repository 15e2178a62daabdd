#pragma once

#include <QCoreApplication>

class AppSettings;
class QWidget;

/**
 * What closing the window does while the app watches (auto-refresh on, a tray to watch from): the
 * user's remembered choice, or, until there is one, their answer to a question that offers to
 * remember it ("Don't ask again", on by default). Settings changes the choice later.
 */
class CloseToTrayPrompt final
{
    Q_DECLARE_TR_FUNCTIONS(CloseToTrayPrompt)

public:
    enum class Outcome {
        KeepWatching, ///< hide the window; the app goes on in the tray
        Quit,         ///< close as without a tray
        StayOpen,     ///< the question was dismissed: nothing closes
    };

    /** The outcome for @p settings' choice, asking with a message box over @p parent when it is "ask". */
    static Outcome decide(AppSettings &settings, QWidget *parent);
};
