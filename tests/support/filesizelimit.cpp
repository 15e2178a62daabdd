#include "support/filesizelimit.h"

#include <csignal>

void FileSizeLimit::apply(rlim_t bytes)
{
    std::signal(SIGXFSZ, SIG_IGN);
    rlimit limit{};
    getrlimit(RLIMIT_FSIZE, &limit);
    limit.rlim_cur = bytes;
    setrlimit(RLIMIT_FSIZE, &limit);
}

FileSizeLimit::Scope::Scope(rlim_t bytes)
{
    getrlimit(RLIMIT_FSIZE, &m_saved);
    apply(bytes);
}

FileSizeLimit::Scope::~Scope()
{
    setrlimit(RLIMIT_FSIZE, &m_saved);
}
