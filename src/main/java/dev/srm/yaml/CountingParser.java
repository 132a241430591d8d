package dev.srm.yaml;

import dev.srm.diagnostics.InvalidInputException;
import dev.srm.diagnostics.Problem;
import java.util.ArrayDeque;
import java.util.Deque;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.parser.Parser;

/**
 * Counts as the parser reads, before anything is composed into nodes: the values written in the file, and the items of
 * one list of the root mapping (an architecture's {@code components}). Refuses the file at the first one over its limit,
 * so a file of 250,000 components is refused after reading 20,001 of them instead of exhausting memory in the rules,
 * and a file of millions of plain values before they are built into a tree. (Values that aliases repeat are counted
 * once here; the loader counts them expanded, on the composed tree.)
 */
final class CountingParser implements Parser {

    /** One open list or mapping: for a mapping, whether the next node is a key, and the last key of the root. */
    private static final class Frame {
        final boolean mapping;
        final boolean guarded;
        boolean expectingKey = true;
        String key;
        Mark keyMark;
        int items;

        Frame(boolean mapping, boolean guarded) {
            this.mapping = mapping;
            this.guarded = guarded;
        }
    }

    private final Parser parser;
    private final YamlLimits limits;
    private final String key;
    private final String file;
    private final Deque<Frame> open = new ArrayDeque<>();
    private Mark guardedKeyMark;
    private int values;

    /** {@code key}: the list of the root mapping limited to {@link YamlLimits#maxComponents()} items. */
    CountingParser(Parser parser, YamlLimits limits, String key, String file) {
        this.parser = parser;
        this.limits = limits;
        this.key = key;
        this.file = file;
    }

    @Override
    public boolean checkEvent(Event.ID choice) {
        return parser.checkEvent(choice);
    }

    @Override
    public Event peekEvent() {
        return parser.peekEvent();
    }

    @Override
    public Event getEvent() {
        Event event = parser.getEvent();
        if (event instanceof NodeEvent) {
            if (++values > limits.maxNodes()) throw tooManyValues(event.getStartMark());
            boolean guardedList = false;
            Frame parent = open.peek();
            if (parent != null && parent.mapping) {
                if (parent.expectingKey) {
                    boolean root = open.size() == 1;
                    parent.key = root && event instanceof ScalarEvent scalar ? scalar.getValue() : null;
                    parent.keyMark = event.getStartMark();
                } else {
                    guardedList = open.size() == 1 && key.equals(parent.key) && event instanceof SequenceStartEvent;
                    if (guardedList) guardedKeyMark = parent.keyMark;
                }
                parent.expectingKey = !parent.expectingKey;
            } else if (parent != null && parent.guarded && ++parent.items > limits.maxComponents()) {
                throw tooManyItems();
            }
            if (event instanceof CollectionStartEvent) open.push(new Frame(event instanceof MappingStartEvent, guardedList));
        } else if (event instanceof CollectionEndEvent) {
            open.pop();
        }
        return event;
    }

    private InvalidInputException tooManyItems() {
        return new InvalidInputException(new Problem(file, guardedKeyMark.getLine() + 1, guardedKeyMark.getColumn() + 1,
                "more than " + limits.maxComponents() + " " + key + ", the limit — split the architecture into several files,"
                        + " or raise the limit with -D" + YamlLimits.MAX_COMPONENTS_PROPERTY + "=N"));
    }

    /** Genuinely that many values, written out: not an alias bomb (the loader says so when aliases multiply them). */
    private InvalidInputException tooManyValues(Mark mark) {
        return new InvalidInputException(new Problem(file, mark.getLine() + 1, mark.getColumn() + 1, "more than "
                + limits.maxNodes() + " values in the file, the limit — split the file, or raise the limit with -D"
                + YamlLimits.MAX_NODES_PROPERTY + "=N"));
    }
}
