package dev.srm.yaml;

import dev.srm.diagnostics.InvalidInputException;
import dev.srm.diagnostics.Position;
import dev.srm.diagnostics.Problem;
import dev.srm.diagnostics.Problems;
import dev.srm.diagnostics.Shown;
import dev.srm.diagnostics.Utf8Text;
import dev.srm.files.SpecialFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The only place srm parses YAML. Reads a file as data and nothing else: strict UTF-8, SafeConstructor, no tags that
 * name types, bounded size, line length, aliases and nesting, duplicate keys rejected. Returns srm's own positioned tree.
 */
public final class YamlLoader {

    private static final Set<Tag> PLAIN_TAGS = Set.of(Tag.STR, Tag.INT, Tag.BOOL, Tag.NULL, Tag.FLOAT, Tag.TIMESTAMP,
            Tag.MAP, Tag.SEQ);

    private final YamlLimits limits;

    public YamlLoader(YamlLimits limits) {
        this.limits = limits;
    }

    public YamlLoader() {
        this(YamlLimits.defaults());
    }

    /**
     * Loads one YAML document from a file. {@code displayName} is how the file is named in messages.
     * Returns null for a file that holds no document (empty, or only comments).
     */
    public YNode load(Path path, String displayName) {
        return loadDocument(path, displayName).root();
    }

    /** A loaded file: its tree (null when it holds no document) and the SHA-256 of its bytes. */
    public record Document(YNode root, String sha256) {}

    public Document loadDocument(Path path, String displayName) {
        byte[] bytes = readBytes(path, displayName);
        return new Document(parse(Utf8Text.decode(bytes, displayName), displayName), Hashes.sha256(bytes));
    }

    /** Parses YAML text already in memory (used for bundled catalogs and tests). */
    public YNode parse(String text, String displayName) {
        if (text.length() > limits.maxBytes()) throw tooLarge(displayName, text.length());
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
        checkLineLengths(text, displayName);
        Node root;
        try {
            root = compose(text, displayName);
        } catch (MarkedYAMLException e) {
            throw new InvalidInputException(syntaxProblem(e, displayName));
        } catch (ReaderException e) {
            throw new InvalidInputException(notAllowedCharacter(e, text, displayName));
        } catch (YAMLException e) {
            throw new InvalidInputException(limitProblem(e, text, displayName));
        } catch (StackOverflowError e) {
            throw new InvalidInputException(Problem.inFile(displayName,
                    "nesting is too deep to read — flatten the document (the limit is set by -D" + YamlLimits.MAX_DEPTH_PROPERTY + ")"));
        }
        if (root == null) return null;
        Converter converter = new Converter(displayName);
        converter.refuseAliasBombs(root);
        YNode tree = converter.convert(root, 0);
        converter.problems.throwIfAny();
        return tree;
    }

    /**
     * What {@code Yaml.compose} does, with the parser's events counted on the way: a file of far too many components is
     * refused before the rest of it is parsed.
     */
    private Node compose(String text, String displayName) {
        LoaderOptions options = loaderOptions();
        Parser parser = new CountingParser(new ParserImpl(new StreamReader(new StringReader(text)), options), limits,
                "components", displayName);
        return new Composer(parser, new Resolver(), options).getSingleNode();
    }

    private Yaml newYaml() {
        LoaderOptions options = loaderOptions();
        DumperOptions dumper = new DumperOptions();
        return new Yaml(new SafeConstructor(options), new Representer(dumper), dumper, options);
    }

    private LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(limits.maxAliases());
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(limits.maxDepth());
        options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxBytes()));
        options.setTagInspector(tag -> false);
        options.setProcessComments(false);
        return options;
    }

    private byte[] readBytes(Path path, String displayName) {
        if (path.toString().isEmpty()) {
            // Path.of("") is the current directory; an empty argument is a mistake (an unset variable), not a directory.
            throw new InvalidInputException(Problem.inFile("''", "the path is empty — give the path of a YAML file"));
        }
        try {
            if (Files.isDirectory(path)) {
                throw new InvalidInputException(Problem.inFile(displayName, "is a directory, not a file — give the path of a YAML file"));
            }
            // Before it is opened: opening a named pipe blocks until a writer comes, and reading /proc/kmsg (a "regular"
            // file of size 0) blocks until the kernel logs something.
            String special = SpecialFiles.kind(path);
            if (special != null) {
                throw new InvalidInputException(Problem.inFile(displayName, "is not a regular file (" + special
                        + ") — give the path of a YAML file"));
            }
            long size = Files.size(path);
            if (size > limits.maxBytes()) throw tooLarge(displayName, size);
            // At most one byte more than the limit: a pipe or a device has no size, and may never end (/dev/zero, <(yes)).
            try (InputStream in = Files.newInputStream(path)) {
                byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, limits.maxBytes() + 1));
                if (bytes.length > limits.maxBytes()) throw tooLarge(displayName, -1);
                return bytes;
            }
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(Problem.inFile(displayName, "no such file — check the path"));
        } catch (AccessDeniedException e) {
            throw new InvalidInputException(Problem.inFile(displayName, "cannot be read: permission denied — check the file's permissions"));
        } catch (FileSystemException e) {
            // Its message repeats the path; the reason alone is what the user needs ("Not a directory", "File name too long").
            throw new InvalidInputException(Problem.inFile(displayName, "cannot be read: "
                    + (e.getReason() == null ? e.getClass().getSimpleName() : e.getReason()) + " — check the path"));
        } catch (IOException e) {
            throw new InvalidInputException(Problem.inFile(displayName, "cannot be read: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                    + " — give the path of a regular file that you can read"));
        }
    }

    /** {@code size} -1: a stream without a size (a pipe, a device) that went on past the limit. */
    private InvalidInputException tooLarge(String displayName, long size) {
        String what = size < 0 ? "is longer than the limit of " + limits.maxBytes() + " bytes"
                : "file is " + size + " bytes, more than the limit of " + limits.maxBytes() + " bytes";
        return new InvalidInputException(Problem.inFile(displayName, what
                + " — split it, or raise the limit with -D" + YamlLimits.MAX_BYTES_PROPERTY + "=N"));
    }

    /**
     * SnakeYAML's reader copies its window once per 1024 characters read, so a single long line (one token) costs time
     * quadratic in its length: an 8 MB comment line took over 30 s. Architecture files have short lines; refuse long ones.
     */
    private void checkLineLengths(String text, String displayName) {
        int line = 1;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '\n';
            if (c != '\n' && c != '\r') continue;
            if (i - start > limits.maxLineLength()) {
                throw new InvalidInputException(new Problem(displayName, line, 1, "line is " + (i - start)
                        + " characters long, more than the limit of " + limits.maxLineLength()
                        + " — break it over several lines, or raise the limit with -D" + YamlLimits.MAX_LINE_LENGTH_PROPERTY + "=N"));
            }
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
            line++;
            start = i + 1;
        }
    }

    /** A character YAML does not allow (a control character, U+FFFE…), located in the text as an editor counts. */
    private static Problem notAllowedCharacter(ReaderException e, String text, String displayName) {
        int line = 1;
        int column = 1;
        int codePoints = 0;
        for (int i = 0; i < text.length() && codePoints < e.getPosition(); codePoints++) {
            char c = text.charAt(i);
            i += Character.charCount(text.codePointAt(i));
            if (c == '\n' || (c == '\r' && (i >= text.length() || text.charAt(i) != '\n'))) {
                line++;
                column = 1;
            } else if (c != '\r') {
                column++;
            }
        }
        String code = String.format(Locale.ROOT, "U+%04X", e.getCodePoint());
        return new Problem(displayName, line, column, "character " + code + " is not allowed in YAML — remove it"
                + " (inside a double-quoted value it can be written as \\u" + code.substring(2) + ")");
    }

    /** SnakeYAML's limits carry no position: find it again from the parser's events, which keep their marks. */
    private Problem limitProblem(YAMLException e, String text, String displayName) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        boolean nesting = message.contains("Nesting Depth");
        boolean aliases = message.contains("aliases");
        if (!nesting && !aliases) return Problem.inFile(displayName, limitMessage(message));
        int depth = 0;
        int collectionAliases = 0;
        Set<String> collectionAnchors = new HashSet<>();
        try {
            for (Event event : newYaml().parse(new StringReader(text))) {
                if (event instanceof CollectionStartEvent start) {
                    if (start.getAnchor() != null) collectionAnchors.add(start.getAnchor());
                    if (nesting && ++depth > limits.maxDepth()) return tooDeep(at(event.getStartMark(), displayName));
                } else if (event instanceof CollectionEndEvent) {
                    depth--;
                } else if (aliases && event instanceof AliasEvent alias && collectionAnchors.contains(alias.getAnchor())
                        && ++collectionAliases > limits.maxAliases()) {
                    return Problem.at(at(event.getStartMark(), displayName), "more than " + limits.maxAliases()
                            + " aliases of lists or mappings — this looks like an alias bomb; if the file is genuine,"
                            + " raise the limit with -D" + YamlLimits.MAX_ALIASES_PROPERTY + "=N");
                }
            }
        } catch (YAMLException again) {
            // Not found before the parser stopped: fall back to the message without a position.
        }
        return Problem.inFile(displayName, limitMessage(message));
    }

    private Problem tooDeep(Position position) {
        return Problem.at(position, "nesting deeper than " + limits.maxDepth()
                + " levels — flatten the document, or raise the limit with -D" + YamlLimits.MAX_DEPTH_PROPERTY + "=N");
    }

    private static Position at(Mark mark, String displayName) {
        return new Position(displayName, mark.getLine() + 1, mark.getColumn() + 1);
    }

    /** The index of the first surrogate that is not half of a pair, or -1. */
    static int loneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) i++;
            else if (Character.isSurrogate(c)) return i;
        }
        return -1;
    }

    private static Problem syntaxProblem(MarkedYAMLException e, String displayName) {
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
        // SnakeYAML quotes the user's text (an undefined alias, a tag): keep the message one short line.
        problem = Shown.text(problem.strip(), 200);
        String message;
        if (problem.contains("'\\t")) {
            message = "tab character in indentation — indent with spaces, YAML does not allow tabs";
        } else if (problem.startsWith("found duplicate key")) {
            message = problem + " — remove one of them";
        } else if (problem.contains("Global tag is not allowed") || problem.contains("could not determine a constructor")) {
            message = "tags that name types are not allowed (" + problem + ") — srm reads plain data; remove the tag";
        } else if (problem.contains("exceeds the specified max")) {
            message = limitMessage(problem);
        } else if (problem.startsWith("could not find expected ':'") && longSimpleKey(e)) {
            // YAML gives up on a key without '?' after 1024 characters; its own message points past the ':' it did not see.
            mark = e.getContextMark();
            message = "a key longer than 1024 characters — YAML reads at most 1024 characters before the ':' of a key; shorten it";
        } else {
            String context = e.getContext() == null ? "" : " (" + Shown.text(e.getContext().strip(), 200) + ")";
            message = "YAML syntax error: " + problem + context + " — check indentation, quoting and the ':' after each key";
        }
        if (mark == null) return Problem.inFile(displayName, message);
        return new Problem(displayName, mark.getLine() + 1, mark.getColumn() + 1, message);
    }

    private static boolean longSimpleKey(MarkedYAMLException e) {
        Mark key = e.getContextMark();
        Mark stop = e.getProblemMark();
        return key != null && stop != null && key.getLine() == stop.getLine() && stop.getIndex() - key.getIndex() > 1024;
    }

    private static String limitMessage(String problem) {
        String text = problem == null ? "unreadable YAML" : problem.strip();
        if (text.contains("aliases")) {
            return "too many aliases (" + text + ") — this looks like an alias bomb; if the file is genuine, raise the limit with -D"
                    + YamlLimits.MAX_ALIASES_PROPERTY + "=N";
        }
        if (text.contains("Nesting Depth")) {
            return "nesting is too deep (" + text + ") — flatten the document, or raise the limit with -D" + YamlLimits.MAX_DEPTH_PROPERTY + "=N";
        }
        if (text.contains("code points")) {
            return "file is too large (" + text + ") — raise the limit with -D" + YamlLimits.MAX_BYTES_PROPERTY + "=N";
        }
        if (text.contains("Recursive key")) {
            return "recursive alias (" + text + ") — an anchor must not refer to itself";
        }
        return "cannot read YAML: " + text;
    }

    /** Turns SnakeYAML's node graph into srm's tree, rejecting what SnakeYAML's composer lets through. */
    private final class Converter {
        private final String file;
        private final Map<Node, Boolean> onPath = new IdentityHashMap<>();
        private final Problems problems = new Problems();
        private int nodes;

        Converter(String file) {
            this.file = file;
        }

        /**
         * Counts the values of the tree as if its aliases were expanded, without expanding them (each node once), and
         * refuses an alias bomb before any work is done, at the smallest list or mapping that alone is over the limit.
         */
        void refuseAliasBombs(Node root) {
            Map<Node, Long> sizes = new IdentityHashMap<>();
            if (expandedSize(root, 0, sizes, new IdentityHashMap<>()) <= limits.maxNodes()) return;
            Node node = root;
            boolean deeper = true;
            while (deeper) {
                deeper = false;
                for (Node child : children(node)) {
                    if (sizes.getOrDefault(child, 0L) > limits.maxNodes()) {
                        node = child;
                        deeper = true;
                        break;
                    }
                }
            }
            String kind = node instanceof SequenceNode ? "list" : node instanceof MappingNode ? "mapping" : "value";
            throw new InvalidInputException(Problem.at(position(node.getStartMark()), "this " + kind + " holds " + sizes.get(node)
                    + " values once aliases are expanded, more than the limit of " + limits.maxNodes()
                    + " — this looks like an alias bomb; if the file is genuine, raise the limit with -D"
                    + YamlLimits.MAX_NODES_PROPERTY + "=N"));
        }

        private long expandedSize(Node node, int depth, Map<Node, Long> sizes, Map<Node, Boolean> path) {
            Long known = sizes.get(node);
            if (known != null) return known;
            // A recursive alias, or nesting that aliases make deeper than the limit: convert() reports either.
            if (path.containsKey(node) || depth > limits.maxDepth()) return 1;
            path.put(node, Boolean.TRUE);
            long size = 1;
            for (Node child : children(node)) size = Math.min(Long.MAX_VALUE / 2, size + expandedSize(child, depth + 1, sizes, path));
            path.remove(node);
            sizes.put(node, size);
            return size;
        }

        private static List<Node> children(Node node) {
            if (node instanceof SequenceNode sequence) return sequence.getValue();
            if (!(node instanceof MappingNode mapping)) return List.of();
            List<Node> children = new java.util.ArrayList<>(mapping.getValue().size() * 2);
            for (NodeTuple tuple : mapping.getValue()) {
                children.add(tuple.getKeyNode());
                children.add(tuple.getValueNode());
            }
            return children;
        }

        YNode convert(Node node, int depth) {
            Position position = position(node.getStartMark());
            if (++nodes > limits.maxNodes()) {
                throw new InvalidInputException(Problem.at(position, "more than " + limits.maxNodes()
                        + " values once aliases are expanded — this looks like an alias bomb; raise the limit with -D"
                        + YamlLimits.MAX_NODES_PROPERTY + "=N if the file is genuine"));
            }
            if (depth > limits.maxDepth()) throw new InvalidInputException(tooDeep(position));
            Tag tag = node.getTag();
            if (!PLAIN_TAGS.contains(tag)) {
                problems.add(position, "tag " + Shown.text(tag.getValue()) + " is not allowed — srm reads plain data; remove the tag");
                return new YScalar("", true, position);
            }
            if (onPath.containsKey(node)) {
                throw new InvalidInputException(Problem.at(position, "recursive alias — an anchor must not contain an alias to itself"));
            }
            if (node instanceof ScalarNode scalar) return scalar(scalar, position);
            onPath.put(node, Boolean.TRUE);
            try {
                if (node instanceof SequenceNode sequence) {
                    List<YNode> items = new java.util.ArrayList<>(sequence.getValue().size());
                    for (Node item : sequence.getValue()) items.add(convert(item, depth + 1));
                    return new YSeq(items, position);
                }
                return mapping((MappingNode) node, position, depth);
            } finally {
                onPath.remove(node);
            }
        }

        private YScalar scalar(ScalarNode scalar, Position position) {
            String value = scalar.getValue();
            int half = loneSurrogate(value);
            if (half >= 0) {
                // Only an escape makes one ("\\ud800"): UTF-8 cannot hold it, and JSON and the workbook cannot write it.
                problems.add(position, String.format(Locale.ROOT, "\"\\u%04x\" is half of a UTF-16 surrogate pair, not a character"
                        + " — write the character itself, or its code point as one escape (\\U0001F600 for U+1F600)", (int) value.charAt(half)));
            }
            boolean plain = scalar.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN;
            boolean plainNull = plain && (value.isEmpty() || value.equals("~") || value.equalsIgnoreCase("null"));
            return new YScalar(value, plainNull, position);
        }

        private YMap mapping(MappingNode mapping, Position position, int depth) {
            Map<String, YMap.Entry> entries = new LinkedHashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                Node keyNode = tuple.getKeyNode();
                Position keyPosition = position(keyNode.getStartMark());
                if (!(keyNode instanceof ScalarNode keyScalar)) {
                    problems.add(keyPosition, "a key must be plain text, not a list or mapping — write it as 'name: value'");
                    continue;
                }
                if (keyNode.getTag() == Tag.MERGE || "<<".equals(keyScalar.getValue())) {
                    problems.add(keyPosition, "merge keys (<<) are not supported — write the fields out");
                    continue;
                }
                YScalar key = scalar(keyScalar, keyPosition);
                YMap.Entry previous = entries.get(key.text());
                if (previous != null) {
                    Position first = previous.key().position();
                    problems.add(keyPosition, "duplicate key '" + Shown.text(key.text()) + "' (first at line "
                            + first.line() + ", column " + first.column() + ") — remove one of them");
                    continue;
                }
                entries.put(key.text(), new YMap.Entry(key, convert(tuple.getValueNode(), depth + 1)));
            }
            return new YMap(entries, position);
        }

        private Position position(Mark mark) {
            return mark == null ? new Position(file, 0, 0) : new Position(file, mark.getLine() + 1, mark.getColumn() + 1);
        }
    }

}
