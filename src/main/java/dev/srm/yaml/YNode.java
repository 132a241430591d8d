package dev.srm.yaml;

import dev.srm.diagnostics.Position;

/**
 * A YAML node with the position it came from. srm's own small tree, so that SnakeYAML stays inside this package and
 * every reader above it can point at the exact line and column of what it rejects.
 */
public sealed interface YNode permits YMap, YSeq, YScalar {

    Position position();

    /** What a user calls this kind of node in an error message: "a mapping", "a list", "a text value". */
    String kind();
}
