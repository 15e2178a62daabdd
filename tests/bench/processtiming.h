#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

/** One timed run of a child process. */
struct ProcessRun
{
    bool ok = false;
    double wallMs = 0;
    /** User + system CPU time of the child. */
    double cpuMs = 0;
    /** Its stderr, for reporting a failed run. */
    QString errorOutput;
};

/**
 * Runs @p program with @p arguments to completion and measures its wall-clock time, start to exit,
 * and its CPU time. Call it for one child at a time: the CPU time is a difference of getrusage().
 */
ProcessRun timeProcess(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment);

/** The largest peak resident set size of any child process waited for so far, in MiB (getrusage). */
double peakChildRssMiB();
