package dev.srm.responsibility;

import java.util.List;

/**
 * The rules could not be loaded, compiled or run, or left a control undecided. The CLI maps this to exit code 3.
 * Each message is one line, ready to print.
 */
public final class RuleFailureException extends RuntimeException {

    private final transient List<String> messages;

    public RuleFailureException(List<String> messages) {
        super(messages.isEmpty() ? "rules failed" : messages.get(0));
        if (messages.isEmpty()) throw new IllegalArgumentException("a rule failure needs a message");
        this.messages = List.copyOf(messages);
    }

    public RuleFailureException(String message) {
        this(List.of(message));
    }

    public List<String> messages() {
        return messages;
    }
}
