/* A stand-in for Graphviz's `dot` that answers at once: reads its input, prints a
   fixed SVG. Put it first on PATH to time `ggegraph report` without the layouts
   (bench/report-time.sh does this). */
#include <unistd.h>

int main(void) {
    char buf[65536];
    while (read(0, buf, sizeof buf) > 0) {
    }
    static const char svg[] =
        "<svg width=\"10pt\" height=\"10pt\" viewBox=\"0 0 10 10\"><g id=\"graph0\" "
        "class=\"graph\"></g></svg>\n";
    return write(1, svg, sizeof svg - 1) == (ssize_t)(sizeof svg - 1) ? 0 : 1;
}
