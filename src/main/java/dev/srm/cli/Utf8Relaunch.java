package dev.srm.cli;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Makes srm read file names as UTF-8 whatever the locale. Under a locale that is not UTF-8 ({@code LANG=C}, or no
 * {@code LANG} at all, as in most containers and CI), Java 17 decodes the command line and encodes every file name in
 * ASCII: a non-ASCII argument arrives as {@code ?}s, and {@code Path.of} refuses any non-ASCII name, so a batch over a
 * folder holding {@code ünïcödé.yaml} fails. Measured on Java 17: {@code -Dsun.jnu.encoding=UTF-8} on the command line is
 * ignored, {@code -Dfile.encoding=UTF-8} does not change it, and the file system is set up before {@code main} runs.
 * Only a process started under a UTF-8 locale reads such names; so srm, started under another locale for a command that
 * reads files, starts itself again once with {@code LC_ALL=C.UTF-8}, passing the exact bytes of its arguments (read from
 * {@code /proc/self/cmdline}: its own {@code String[]} has already lost them) in the environment, in Base64. The
 * {@code ./srm} launcher sets the locale itself, so this second start happens only for {@code java -jar} under such a
 * locale.
 */
final class Utf8Relaunch {

    /** The relaunched process's arguments: each one's UTF-8 bytes in Base64, separated by commas. */
    static final String ARGUMENTS = "SRM_UTF8_ARGUMENTS";
    private static final String UTF8_LOCALE = "C.UTF-8";
    /** The commands that read or write files; --version, --help and catalog print only srm's own text. */
    private static final Set<String> FILE_COMMANDS = Set.of("assess", "validate", "rules");
    private static final Path COMMAND_LINE = Path.of("/proc/self/cmdline");

    private Utf8Relaunch() {}

    /** The arguments to run with: those passed through the environment by {@link #runIfNeeded}, else {@code args}. */
    static String[] arguments(String[] args) {
        String passed = System.getenv(ARGUMENTS);
        if (passed == null || args.length > 0) return args;
        return Arrays.stream(passed.split(",", -1))
                .map(arg -> new String(Base64.getDecoder().decode(arg), StandardCharsets.UTF_8))
                .toArray(String[]::new);
    }

    /** Runs srm again under a UTF-8 locale when this process cannot read non-ASCII names: its exit code, or -1. */
    static int runIfNeeded(String[] args) {
        if (fileNamesAreUtf8() || System.getenv(ARGUMENTS) != null || !readsFiles(args)) return -1;
        List<byte[]> commandLine = commandLine();
        if (commandLine == null || commandLine.size() <= args.length) return -1;
        List<String> command = new ArrayList<>();
        String java = ProcessHandle.current().info().command().orElse(ascii(commandLine.get(0)));
        if (java == null) return -1;
        command.add(java);
        for (byte[] jvmOption : commandLine.subList(1, commandLine.size() - args.length)) {
            // Passed on as text, which this process can only encode in ASCII: with a non-ASCII JVM option (a jar in a
            // folder named in another script) go on here, as before.
            String option = ascii(jvmOption);
            if (option == null) return -1;
            command.add(option);
        }
        StringJoiner passed = new StringJoiner(",");
        for (byte[] arg : commandLine.subList(commandLine.size() - args.length, commandLine.size())) {
            passed.add(Base64.getEncoder().encodeToString(arg));
        }
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().put("LC_ALL", UTF8_LOCALE);
        builder.environment().put(ARGUMENTS, passed.toString());
        try {
            Process srm = builder.start();
            // A SIGTERM or SIGINT sent to this process alone reaches the one doing the work, which then cleans up.
            Thread forward = new Thread(() -> {
                srm.destroy();
                try {
                    srm.waitFor();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            Runtime.getRuntime().addShutdownHook(forward);
            int code = srm.waitFor();
            try {
                Runtime.getRuntime().removeShutdownHook(forward);
            } catch (IllegalStateException exiting) {
                // A signal ended this process while it waited: the hook has passed it on, and the JVM is on its way out.
            }
            return code;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static boolean fileNamesAreUtf8() {
        String encoding = System.getProperty("sun.jnu.encoding");
        try {
            return encoding != null && Charset.forName(encoding).equals(StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean readsFiles(String[] args) {
        for (String arg : args) {
            if (!arg.startsWith("-")) return FILE_COMMANDS.contains(arg);
        }
        return false;
    }

    /** The process's arguments exactly as the kernel holds them, the JVM's own first; null where there is no /proc. */
    private static List<byte[]> commandLine() {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(COMMAND_LINE);
        } catch (IOException | UnsupportedOperationException e) {
            return null;
        }
        List<byte[]> arguments = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                arguments.add(Arrays.copyOfRange(bytes, start, i));
                start = i + 1;
            }
        }
        if (start < bytes.length) arguments.add(Arrays.copyOfRange(bytes, start, bytes.length));
        return arguments;
    }

    private static String ascii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) return null;
        }
        return new String(bytes, StandardCharsets.US_ASCII);
    }
}
