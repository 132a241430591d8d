package dev.srm.cli;

import dev.srm.report.OutputFormat;
import dev.srm.report.Reports;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/**
 * Starts slow, side-effect-free preparation on the second core before the command line is even parsed, when the raw
 * arguments show a single assessment that will write a workbook: the workbook library's classes then load while picocli,
 * the input and the rules take the main thread. A guess from the raw arguments: a wrong guess costs only time (the
 * preparation is discarded), never a result, so it need not parse exactly as picocli does.
 */
final class EarlyStart {

    private EarlyStart() {}

    static void fromArguments(String[] args) {
        if (writesWorkbook(List.of(args))) Reports.warmUpInBackground(OutputFormat.XLSX);
    }

    /** {@code assess FILE} without outputs (the default output is a workbook) or with an {@code -o} ending in .xlsx. */
    static boolean writesWorkbook(List<String> args) {
        if (args.isEmpty() || !args.get(0).equals("assess") || args.contains("--out-dir")) return false;
        if (args.contains("-h") || args.contains("--help")) return false;
        boolean outputs = false;
        for (int i = 1; i < args.size(); i++) {
            String arg = args.get(i);
            String output = null;
            if ((arg.equals("-o") || arg.equals("--output")) && i + 1 < args.size()) output = args.get(++i);
            else if (arg.startsWith("--output=")) output = arg.substring("--output=".length());
            else if (arg.startsWith("-o") && arg.length() > 2) output = arg.substring(2);
            if (output == null) continue;
            outputs = true;
            try {
                if (OutputFormat.of(Path.of(output)) == OutputFormat.XLSX) return true;
            } catch (InvalidPathException e) {
                // picocli's turn to report it
            }
        }
        return !outputs;
    }
}
