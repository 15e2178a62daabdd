#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

/** One refresh as version 1 of the app recorded it: an address holding ETH, and no USD/CNY rate. */
struct Version1Refresh
{
    QDateTime time;
    QString address;
    QString label;
    QString ethBalance;
    QString ethPrice;
};

/**
 * Writes a new value history at @p path exactly as version 1 of the app wrote one: its released
 * schema (frozen here, where later versions cannot change it), application_id and user_version 1,
 * WAL journal, and @p refreshes with their exact totals (balance × price). Returns an empty string,
 * or why the file could not be written.
 */
QString writeVersion1History(const QString &path, const QList<Version1Refresh> &refreshes);
