#pragma once

#include <QCoreApplication>

class QUrl;
class QWidget;

/** The About box: the version, and the only host the app talks to (no telemetry). */
class AboutBox final
{
    Q_DECLARE_TR_FUNCTIONS(AboutBox)

public:
    AboutBox() = delete;

    /** Shows the box over @p parent for the server at @p host (@p demo: the built-in demo server). */
    static void show(QWidget *parent, const QUrl &host, bool demo);
};
