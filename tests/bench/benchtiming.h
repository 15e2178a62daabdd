#pragma once

#include <vector>

/** Wall-clock and CPU milliseconds of one piece of work (or the medians of several runs). */
struct Timing
{
    double wallMs = 0;
    double cpuMs = 0;
};

/** The median of @p values (the upper one of the middle two for an even count). */
double median(std::vector<double> values);

/**
 * Prints one labelled figure, "median of @p runs", and, when @p targetMs > 0, PASS or MISS against
 * it; returns false on a MISS. Targets are judged on wall-clock time.
 */
bool report(const char *label, const Timing &timing, int runs, double targetMs = 0);
