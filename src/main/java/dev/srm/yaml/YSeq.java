package dev.srm.yaml;

import dev.srm.diagnostics.Position;
import java.util.List;

/** A YAML sequence. */
public record YSeq(List<YNode> items, Position position) implements YNode {

    public YSeq {
        items = List.copyOf(items);
    }

    @Override
    public String kind() {
        return "a list";
    }
}
