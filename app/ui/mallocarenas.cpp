#include "ui/mallocarenas.h"

// Any C library header says whether this is glibc (features.h defines __GLIBC__).
#include <cstdlib>

#ifdef __GLIBC__
#include <malloc.h>
#endif

void MallocArenas::useOne()
{
#ifdef __GLIBC__
    mallopt(M_ARENA_MAX, 1);
#endif
}
