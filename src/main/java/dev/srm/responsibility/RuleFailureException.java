package dev.srm.responsibility;

import dev.srm.diagnostics.Shown;
import java.util.List;

/**
 * The rules could not be loaded, compiled or run, or left a control undecided. The CLI maps this to exit code 3.
 * Each message is one line, ready to print: rule names, file names and Drools' own texts are the users' data, so
 * control characters in them (a terminal escape in a rule name, a newline in a path) are written as escapes here.
 */
public final class RuleFailureException extends RuntimeException {

    private final transient List<String> messages;

    public RuleFailureException(List<String> messages) {
        super(messages.isEmpty() ? "rules failed" : Shown.oneLine(messages.get(0)));
        if (messages.isEmpty()) throw new IllegalArgumentException("a rule failure needs a message");
        this.messages = messages.stream().map(Shown::oneLine).toList();
    }

    public RuleFailureException(String message) {
        this(List.of(message));
    }

    public List<String> messages() {
        return messages;
    }
}
