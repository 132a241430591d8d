package dev.srm.diagnostics;

import java.util.List;

/** The user's input (architecture file, catalog, output path) is wrong; the CLI maps this to exit code 2. */
public final class InvalidInputException extends RuntimeException {

    private final transient List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super(problems.isEmpty() ? "invalid input" : problems.get(0).format());
        if (problems.isEmpty()) throw new IllegalArgumentException("an invalid input needs at least one problem");
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }
}
