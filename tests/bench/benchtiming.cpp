#include "benchtiming.h"

#include <algorithm>
#include <cstdio>

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

bool report(const char *label, const Timing &timing, int runs, double targetMs)
{
    std::printf("  %-44s %8.2f ms wall %8.2f ms cpu  (median of %d)", label, timing.wallMs, timing.cpuMs, runs);
    const bool met = targetMs <= 0 || timing.wallMs <= targetMs;
    if (targetMs > 0)
        std::printf("  target <= %.0f ms: %s", targetMs, met ? "PASS" : "MISS");
    std::printf("\n");
    return met;
}
