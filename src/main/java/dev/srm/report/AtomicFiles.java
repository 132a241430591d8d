package dev.srm.report;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.UnaryOperator;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes outputs so that nothing is ever half-written: each goes to a temporary file beside its target, and only when
 * every output is complete are they renamed into place. A failure, or an interrupt (SIGINT/SIGTERM), removes the
 * temporary files and leaves existing outputs untouched.
 */
public final class AtomicFiles {

    /** Produces the bytes of one output. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(AtomicFiles::deletePending, "srm-cleanup"));
    }

    /** An output that could not be written: which one, and the file system's reason (the cause). */
    public static final class Failure extends IOException {

        private final transient Path target;

        Failure(Path target, IOException cause) {
            super(cause.getMessage(), cause);
            this.target = target;
        }

        public Path target() {
            return target;
        }
    }

    private final List<Path[]> staged = new ArrayList<>();
    private final UnaryOperator<OutputStream> fileStreams;

    public AtomicFiles() {
        this(UnaryOperator.identity());
    }

    /** Writes through {@code fileStreams} (the file's stream in, what to write to out): tests inject a disk full. */
    AtomicFiles(UnaryOperator<OutputStream> fileStreams) {
        this.fileStreams = fileStreams;
    }

    /**
     * Writes {@code content} to a temporary file beside {@code target}; {@link #commit()} moves it into place.
     *
     * <p>The temporary file is created like any new file ({@code CREATE_NEW}, so the umask sets its mode: 0644 under
     * 022, 0664 under 002) and, when it replaces a file, takes that file's permissions before anything is written. Its
     * name carries this process's mark, so that a later run can remove it should this one be killed.
     */
    public void stage(Path target, Content content) throws IOException {
        Path temp = temporaryBeside(target);
        SeekableByteChannel channel;
        try {
            try {
                channel = Files.newByteChannel(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException e) {
                temp = temporaryBeside(target); // a random name taken: once more, then give up
                channel = Files.newByteChannel(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            }
        } catch (IOException e) {
            throw new Failure(target, e);
        }
        PENDING.add(temp);
        StaleFiles.removeBeside(temp, StaleFiles.TEMPORARY_OUTPUT);
        try (FirstFailure out = new FirstFailure(fileStreams.apply(Channels.newOutputStream(channel)))) {
            keepPermissions(target, temp);
            try {
                content.writeTo(out);
            } catch (IOException e) {
                throw out.cause(e);
            }
        } catch (IOException e) {
            discard(temp);
            throw new Failure(target, e);
        } catch (RuntimeException | Error e) {
            discard(temp);
            throw e;
        }
        staged.add(new Path[] {temp, target});
    }

    /** {@code .<target name>.<pid>@<host>.<random>.srm-tmp} beside {@code target}. */
    private static Path temporaryBeside(Path target) {
        String random = String.format("%08x", ThreadLocalRandom.current().nextInt());
        String name = "." + shortened(target.getFileName().toString()) + "." + ProcessStamp.current() + "." + random + ".srm-tmp";
        return target.toAbsolutePath().getParent().resolve(name);
    }

    /** At most 120 bytes of the target's name, whole characters only: a file name holds 255 bytes at most. */
    private static String shortened(String name) {
        StringBuilder cut = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            String character = new String(Character.toChars(c));
            bytes += character.getBytes(StandardCharsets.UTF_8).length;
            if (bytes > 120) break;
            cut.append(character);
            i += Character.charCount(c);
        }
        return cut.toString();
    }

    /** A replaced output keeps its mode; a new one keeps what the umask gave it. */
    private static void keepPermissions(Path target, Path temp) throws IOException {
        if (!Files.isRegularFile(target)) return;
        try {
            Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: nothing to keep.
        }
    }

    /**
     * Remembers the first failure of the file itself. Zip writers (POI's workbook) answer a failed write by closing
     * the archive, whose "This archive contains unclosed entries" replaces the cause — disk full — that users need.
     */
    private static final class FirstFailure extends FilterOutputStream {

        private IOException first;

        FirstFailure(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw remember(e);
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            try {
                out.write(bytes, offset, length);
            } catch (IOException e) {
                throw remember(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw remember(e);
            }
        }

        @Override
        public void close() throws IOException {
            try {
                out.close();
            } catch (IOException e) {
                throw remember(e);
            }
        }

        private IOException remember(IOException e) {
            if (first == null) first = e;
            return e;
        }

        /** The file's own first failure when there was one ({@code thrown} added to it), else {@code thrown}. */
        IOException cause(IOException thrown) {
            if (first == null || first == thrown) return thrown;
            first.addSuppressed(thrown);
            return first;
        }
    }

    /** Moves every staged file into place (each move atomic where the file system allows). */
    public void commit() throws IOException {
        try {
            for (Path[] pair : staged) {
                try {
                    try {
                        Files.move(pair[0], pair[1], StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                    } catch (AtomicMoveNotSupportedException e) {
                        Files.move(pair[0], pair[1], StandardCopyOption.REPLACE_EXISTING);
                    }
                } catch (IOException e) {
                    throw new Failure(pair[1], e);
                }
                PENDING.remove(pair[0]);
            }
        } finally {
            rollback();
        }
    }

    /** Deletes every staged file that was not committed. */
    public void rollback() {
        for (Path[] pair : staged) discard(pair[0]);
        staged.clear();
    }

    private static void discard(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // Best effort: the shutdown hook tries again.
            return;
        }
        PENDING.remove(temp);
    }

    private static void deletePending() {
        for (Path temp : PENDING) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // Nothing more can be done while the JVM exits.
            }
        }
    }
}
