/* Kiln libc: rand/srand, a 64-bit linear congruential generator (not for secrets). */
#include <stdint.h>
#include <stdlib.h>

static uint64_t state = 1;

void srand(unsigned int seed)
{
    state = seed;
}

int rand(void)
{
    state = state * UINT64_C(6364136223846793005) + UINT64_C(1442695040888963407);
    return (int)(state >> 33);
}
