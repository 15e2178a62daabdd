#pragma once

/**
 * The window keeps one malloc arena for all its threads. glibc gives each thread that allocates its
 * own arena, and memory freed in one arena serves only that arena: the reply read in the network
 * thread, the snapshot cache read and written in its own thread and the parse in the GUI thread
 * each kept the peak of their own bursts, which with 10,000 holdings cost the window a sixth of its
 * memory. Its few threads rarely allocate at the same time, so sharing one arena costs no speed.
 * Call it first thing, before any thread starts; it does nothing outside glibc.
 */
namespace MallocArenas {

void useOne();

} // namespace MallocArenas
