package dev.srm.diagnostics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects every problem of one pass, so the user sees them all at once rather than one per run. */
public final class Problems {

    private final List<Problem> problems = new ArrayList<>();

    public void add(Problem problem) {
        problems.add(problem);
    }

    public void add(Position position, String message) {
        problems.add(Problem.at(position, message));
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    /** The problems in file order (file, line, column), the order a user fixes them in. */
    public List<Problem> sorted() {
        return problems.stream()
                .distinct()
                .sorted(Comparator.comparing(Problem::file).thenComparingInt(Problem::line).thenComparingInt(Problem::column))
                .toList();
    }

    /** Throws when anything was collected. */
    public void throwIfAny() {
        if (!problems.isEmpty()) throw new InvalidInputException(sorted());
    }
}
