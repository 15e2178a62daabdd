#pragma once

#include <sys/resource.h>

/**
 * A full disk without privileges: RLIMIT_FSIZE caps how large a file this process may write, and
 * with SIGXFSZ ignored a write past the cap fails with EFBIG, as one on a full disk fails with
 * ENOSPC. Pipes and terminals are not files: test output still flows.
 */
namespace FileSizeLimit {

/** Caps the files of the calling process at @p bytes. Async-signal-safe: usable in a child before exec. */
void apply(rlim_t bytes);

/** While alive, this process may write no file beyond @p bytes; the old limit is back afterwards. */
class Scope final
{
public:
    explicit Scope(rlim_t bytes);
    ~Scope();
    Scope(const Scope &) = delete;
    Scope &operator=(const Scope &) = delete;

private:
    rlimit m_saved{};
};

} // namespace FileSizeLimit
