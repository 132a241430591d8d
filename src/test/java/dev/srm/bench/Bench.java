package dev.srm.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

/**
 * srm's benchmark: whole-process scenarios, each run after a warm-up, reported as median / min / max over several runs,
 * peak RSS, and the ratio to a baseline ({@code java -jar srm.jar --version}: JVM and CLI start-up alone), then
 * PASS/FAIL against the targets. Every measured run follows a baseline run, and a scenario's ratio is the median of
 * its runs' ratios to those: these machines are noisy, and a noisy spell then slows both sides of a ratio alike.
 *
 * <p>Run it with {@code bench/run} (builds the jar, needs GNU time for peak RSS).
 */
public final class Bench {

    private static final Path PROJECT = Path.of(System.getProperty("srm.projectDir", ".")).toAbsolutePath();
    private static final Path JAR = PROJECT.resolve("target/srm.jar");
    /** The JVM flags of the ./srm launcher (its class-data archive included), so scenarios measure what users run. */
    private static final List<String> JAVA = launcherJava();
    private static final String LAUNCHER = PROJECT.resolve("srm").toString();
    /** JVM and CLI start-up alone: what every scenario is compared with. */
    private static final List<String> BASELINE = List.of("java", "-jar", JAR.toString(), "--version");

    private record Sample(double seconds, long rssKb) {}

    /** A scenario's runs, and each run's time divided by the baseline run made just before it. */
    private record Result(String name, List<Sample> samples, List<Double> ratios) {
        double median() {
            return Bench.median(samples.stream().mapToDouble(Sample::seconds).toArray());
        }

        /** The median of the per-run ratios: a noisy spell slows a run and its baseline alike. */
        double ratio() {
            return Bench.median(ratios.stream().mapToDouble(Double::doubleValue).toArray());
        }

        double min() {
            return samples.stream().mapToDouble(Sample::seconds).min().orElse(0);
        }

        double max() {
            return samples.stream().mapToDouble(Sample::seconds).max().orElse(0);
        }

        long peakRssMb() {
            return samples.stream().mapToLong(Sample::rssKb).max().orElse(0) / 1024;
        }
    }

    private final Path work;
    private final int runs;
    private final List<Sample> baselines = new ArrayList<>();
    private final List<String> report = new ArrayList<>();
    private final List<String> verdicts = new ArrayList<>();

    private Bench(Path work, int runs) {
        this.work = work;
        this.runs = runs;
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path work = Files.createTempDirectory("srm-bench-");
        new Bench(work, runs).run();
    }

    private void run() throws Exception {
        Path estate500 = write("estate-500.yaml", EstateGenerator.estate(500, 42));
        Path estate5000 = write("estate-5000.yaml", EstateGenerator.estate(5000, 42));
        Path estate20000 = write("estate-20000.yaml", EstateGenerator.estate(20000, 42));
        Path batchDir = Files.createDirectories(work.resolve("batch"));
        for (int i = 0; i < 200; i++) Files.writeString(batchDir.resolve("team-" + i + ".yaml"), EstateGenerator.estate(20, i));
        Path customRules = Files.createDirectories(work.resolve("custom-rules"));
        Files.writeString(customRules.resolve("generated.drl"), generatedRules(1000));
        Path largest = PROJECT.resolve("samples/enterprise-estate.yaml");
        Path out = Files.createDirectories(work.resolve("out"));

        once(BASELINE); // its warm-up; from here on, a baseline run precedes every measured run
        List<Result> pair = measurePair("java <launcher's flags> -jar srm.jar --version", cmd("--version"),
                "./srm --version (launcher, jar up to date)", List.of(LAUNCHER, "--version"));
        Result version = pair.get(0);
        Result launcher = pair.get(1);
        double launcherOverhead = median(IntStream.range(0, runs)
                .mapToDouble(i -> launcher.samples().get(i).seconds() - version.samples().get(i).seconds()).toArray());
        Result startup = measure("start-up: ./srm assess largest sample (42 components) → .xlsx", runs,
                launcher("assess", largest.toString(), "-o", out.resolve("largest.xlsx").toString()));
        Result startupJson = measure("start-up: ./srm assess largest sample → .json", runs,
                launcher("assess", largest.toString(), "-o", out.resolve("largest.json").toString()));
        Result scale500 = measure("scale: 500 components → .xlsx + .json", runs,
                launcher("assess", estate500.toString(), "-o", out.resolve("e500.xlsx").toString(), "-o", out.resolve("e500.json").toString()));
        Result scale5000 = measure("scale: 5,000 components → .xlsx + .json", runs,
                launcher("assess", estate5000.toString(), "-o", out.resolve("e5000.xlsx").toString(), "-o", out.resolve("e5000.json").toString()));
        // The component limit's default: what srm accepts must also fit a small machine's default heap (a quarter of
        // 4 GiB), so this scenario runs with the heap capped at 1 GiB.
        Result scale20000 = measure("scale: 20,000 components → .xlsx + .json (-Xmx1g)", Math.min(runs, 3),
                launcher("assess", estate20000.toString(), "-o", out.resolve("e20000.xlsx").toString(), "-o", out.resolve("e20000.json").toString()),
                "-Xmx1g");
        Result batch = measure("batch: 200 files × 20 components → --out-dir", Math.min(runs, 3),
                launcher("assess", batchDir.toString(), "--out-dir", Files.createDirectories(out.resolve("batch")).toString()));
        Result custom = measure("custom rules: built-in + 1,000 generated, largest sample", runs,
                launcher("assess", largest.toString(), "--rules", customRules.toString(), "-o", out.resolve("custom.json").toString()));

        Result baseline = new Result("baseline: java -jar srm.jar --version (all its runs)", baselines,
                baselines.stream().map(b -> 1.0).toList());
        for (Result r : List.of(baseline, version, launcher, startup, startupJson, scale500, scale5000, scale20000, batch, custom)) {
            report.add(String.format(Locale.ROOT, "| %-58s | %6.2f s | %6.2f s | %6.2f s | %5d MB | %5.1f× |", r.name(), r.median(), r.min(),
                    r.max(), r.peakRssMb(), r.ratio()));
        }
        target("start-up ≤ 1.2 s", startup.median() <= 1.2, String.format(Locale.ROOT, "%.2f s", startup.median()));
        target("start-up ≤ 3× baseline", startup.ratio() <= 3, String.format(Locale.ROOT, "%.1f×", startup.ratio()));
        target("launcher adds < 50 ms", launcherOverhead < 0.050, String.format(Locale.ROOT, "%+.0f ms", 1000 * launcherOverhead));
        target("5,000 components ≤ 15 s", scale5000.median() <= 15, String.format(Locale.ROOT, "%.2f s", scale5000.median()));
        target("5,000 components peak RSS ≤ 1 GiB", scale5000.peakRssMb() <= 1024, scale5000.peakRssMb() + " MB");
        target("5,000 ≤ 10× 500 components (linear)", scale5000.median() <= 10 * scale500.median(),
                String.format(Locale.ROOT, "%.1f×", scale5000.median() / scale500.median()));
        target("20,000 components ≤ 60 s within a 1 GiB heap", scale20000.median() <= 60,
                String.format(Locale.ROOT, "%.2f s", scale20000.median()));
        target("20,000 components peak RSS ≤ 1.5 GiB", scale20000.peakRssMb() <= 1536, scale20000.peakRssMb() + " MB");
        target("batch 200 × 20 ≤ 20 s", batch.median() <= 20, String.format(Locale.ROOT, "%.2f s", batch.median()));
        target("built-in + 1,000 custom rules ≤ 10 s", custom.median() <= 10, String.format(Locale.ROOT, "%.2f s", custom.median()));

        System.out.println();
        System.out.println("Machine: " + Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("java.vm.name") + " "
                + System.getProperty("java.version") + "; " + runs + " runs after a warm-up (batch: " + Math.min(runs, 3) + ")");
        System.out.println();
        System.out.println("| scenario | median | min | max | peak RSS | × baseline (paired runs) |");
        System.out.println("|---|---|---|---|---|---|");
        report.forEach(System.out::println);
        System.out.println();
        System.out.println("| target | measured | verdict |");
        System.out.println("|---|---|---|");
        verdicts.forEach(System.out::println);
        long failed = verdicts.stream().filter(v -> v.endsWith("FAIL |")).count();
        System.out.println();
        System.out.println((verdicts.size() - failed) + " passed, " + failed + " failed");
    }

    private void target(String name, boolean pass, String measured) {
        verdicts.add("| " + name + " | " + measured + " | " + (pass ? "PASS" : "FAIL") + " |");
    }

    private Path write(String name, String content) throws IOException {
        Path file = work.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static List<String> launcherJava() {
        List<String> java = new ArrayList<>(List.of("java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        if (Runtime.getRuntime().availableProcessors() <= 2) java.add("-XX:CICompilerCount=1");
        java.addAll(List.of("-XX:SharedArchiveFile=" + PROJECT.resolve("target/srm.jsa"), "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
                "-jar", JAR.toString()));
        return List.copyOf(java);
    }

    /** What users run: the ./srm launcher (which picks its JVM flags by input size). */
    private static List<String> launcher(String... args) {
        List<String> command = new ArrayList<>(List.of(LAUNCHER));
        command.addAll(Arrays.asList(args));
        return command;
    }

    private static List<String> cmd(String... args) {
        List<String> command = new ArrayList<>(JAVA);
        command.addAll(Arrays.asList(args));
        return command;
    }

    /** {@code count} runs after a warm-up, each just after a baseline run, so that the two share the machine's mood. */
    private Result measure(String name, int count, List<String> command) throws Exception {
        return measure(name, count, command, null);
    }

    /** As above, with {@code javaOpts} given to the launcher through SRM_JAVA_OPTS (null: none). */
    private Result measure(String name, int count, List<String> command, String javaOpts) throws Exception {
        System.err.println("bench: " + name);
        once(command, javaOpts); // warm-up: file cache, JIT of nothing (new JVM each time), disk
        List<Sample> samples = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Sample base = once(BASELINE);
            Sample sample = once(command, javaOpts);
            baselines.add(base);
            samples.add(sample);
            ratios.add(sample.seconds() / base.seconds());
        }
        return new Result(name, samples, ratios);
    }

    /** Two scenarios run alternately after each baseline run, so that their difference is measured run by run. */
    private List<Result> measurePair(String nameA, List<String> a, String nameB, List<String> b) throws Exception {
        System.err.println("bench: " + nameA + " / " + nameB);
        once(a);
        once(b);
        List<Sample> samplesA = new ArrayList<>();
        List<Sample> samplesB = new ArrayList<>();
        List<Double> ratiosA = new ArrayList<>();
        List<Double> ratiosB = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            Sample base = once(BASELINE);
            Sample sampleA = once(a);
            Sample sampleB = once(b);
            baselines.add(base);
            samplesA.add(sampleA);
            samplesB.add(sampleB);
            ratiosA.add(sampleA.seconds() / base.seconds());
            ratiosB.add(sampleB.seconds() / base.seconds());
        }
        return List.of(new Result(nameA, samplesA, ratiosA), new Result(nameB, samplesB, ratiosB));
    }

    static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private Sample once(List<String> command) throws Exception {
        return once(command, null);
    }

    private Sample once(List<String> command, String javaOpts) throws Exception {
        Path timing = work.resolve("time.txt");
        List<String> timed = new ArrayList<>(List.of("/usr/bin/time", "-f", "%e %M", "-o", timing.toString()));
        timed.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(timed).directory(work.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(work.resolve("stderr.txt").toFile());
        if (javaOpts != null) builder.environment().put("SRM_JAVA_OPTS", javaOpts);
        Process process = builder.start();
        if (!process.waitFor(300, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("timed out: " + command);
        }
        int code = process.exitValue();
        if (code != 0 && code != 4) {
            throw new IllegalStateException("exit " + code + " from " + command + ": " + Files.readString(work.resolve("stderr.txt")));
        }
        String[] parts = Files.readString(timing).strip().split("\\s+");
        return new Sample(Double.parseDouble(parts[parts.length - 2]), Long.parseLong(parts[parts.length - 1]));
    }

    static String generatedRules(int count) {
        String[] services = {"ec2", "s3", "rds", "lambda", "dynamodb", "sqs", "eks", "workmail"};
        StringBuilder drl = new StringBuilder("package bench.generated;\nimport dev.srm.model.*;\nimport dev.srm.responsibility.*;\n"
                + "global dev.srm.responsibility.Conclusions srm;\n");
        for (int i = 0; i < count; i++) {
            drl.append("rule \"bench/generated-").append(i).append("\"\nwhen\n    $c : Component( serviceId == \"")
                    .append(services[i % services.length]).append("\", exposure == Exposure.INTERNET, index >= ").append(i % 7)
                    .append(" )\n    $d : DataItem( classification.atLeast(Classification.CONFIDENTIAL) ) from $c.data\nthen\n")
                    .append("    srm.finding(\"bench-generated-").append(i).append("\", Severity.LOW, $c, $d, \"network-security\", ")
                    .append("\"generated rule ").append(i).append("\");\nend\n");
        }
        return drl.toString();
    }
}
