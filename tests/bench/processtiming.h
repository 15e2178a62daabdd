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

/**
 * The body of `okx-bench --peak-rss PROGRAM ARGS...`: runs PROGRAM (its stdout discarded), waits
 * for it and prints its peak resident set size in KiB. Called first thing in main(), while the
 * benchmark is still small: a child's peak counts the memory it shared with its parent before
 * exec, so a child forked from the full benchmark would report the benchmark's size instead.
 */
int runForPeakRss(char **argv);

/** The peak RSS of @p program with @p arguments in MiB, measured through `okx-bench --peak-rss`; -1 on failure. */
double peakRssMiB(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment);
