package org.jinzai.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jinzai.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A seeded mutation fuzzer over the town example, as an attacker or a clumsy user would break its files: byte flips,
 * truncation, swapped values, references to other elements (of the wrong kind, missing, or on the network), huge and
 * non-numbers, invalid UTF-8, removed attributes. For every mutant, {@code validate} and (when it validates)
 * {@code simulate}: nothing crashes (exit 0, 2 or 3, never 4), every error names a Jinzai file and holds no raw Java
 * or EMF text, no input file changes, and a local listener sees no connection. The mutants are the same on every run.
 */
class MutationFuzzTest {

    private static final long SEED = 20261201L;
    private static final int MUTANTS = 1000;

    /**
     * Text that is Java's or EMF's, not the user's. (The XML parser's account of a syntax error — "Open quote is expected
     * for attribute …" — may follow the product's own sentence with the line and column: it says what the parser
     * expected there, in the JVM's language.)
     */
    private static final Pattern RAW = Pattern.compile("Exception|For input string|Feature '|Class '|is not found or is abstract"
            + "|java\\.|org\\.eclipse|org\\.xml|Value '[^']*' is not legal|Unresolved reference|\\bnull\\b|\\bEInt\\b|\\bEDouble\\b"
            + "|Invalid byte|XML character|UTF-8 sequence");

    /** The count that ends a validate: "2 error(s), 0 warning(s)" / "エラー 2 件、警告 0 件". */
    private static final Pattern COUNT = Pattern.compile("^\\d+ error\\(s\\), \\d+ warning\\(s\\)$|^エラー");

    private static final Pattern ATTRIBUTE = Pattern.compile("(\\s)([A-Za-z]+)=\"([^\"]*)\"");
    private static final Pattern REFERENCE = Pattern.compile("=\"(yamanami-cho\\.jzb)?#([A-Za-z0-9-]+)\"");

    @TempDir
    Path temp;

    @Test
    void noMutantCrashesOrSpeaksJavaOrReachesTheNetwork() throws Exception {
        Path town = CliSession.copyExample(temp, "town");
        List<Path> files = List.of(town.resolve("yamanami-cho.jzb"), town.resolve("status-quo.jzs"), town.resolve("ict-hiring.jzs"),
                town.resolve("rotation-rules.jzs"));
        List<byte[]> originals = new ArrayList<>();
        for (Path file : files) {
            originals.add(Files.readAllBytes(file));
        }
        List<String> ids = new ArrayList<>();
        Matcher id = Pattern.compile(" id=\"([^\"]+)\"").matcher(new String(originals.get(0), StandardCharsets.UTF_8));
        while (id.find()) {
            ids.add(id.group(1));
        }
        AtomicInteger connections = new AtomicInteger();
        int crashes = 0;
        int unclear = 0;
        int refused = 0;
        int simulated = 0;
        List<String> failures = new ArrayList<>();
        Set<String> samples = new java.util.HashSet<>();
        try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread accepting = new Thread(() -> {
                while (!listener.isClosed()) {
                    try (Socket socket = listener.accept()) {
                        connections.incrementAndGet();
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            accepting.setDaemon(true);
            accepting.start();
            String host = "127.0.0.1:" + listener.getLocalPort();
            Random random = new Random(SEED);
            CliSession cli = new CliSession();
            for (int m = 0; m < MUTANTS; m++) {
                int which = random.nextInt(files.size());
                Path file = files.get(which);
                String kind = switch (m % 8) {
                    case 0 -> "flip";
                    case 1 -> "truncate";
                    case 2 -> "swap";
                    case 3 -> "reference";
                    case 4 -> "number";
                    case 5 -> "utf8";
                    case 6 -> "remove";
                    default -> "network";
                };
                byte[] mutant = mutate(kind, originals.get(which), random, ids, host);
                Files.write(file, mutant);
                String what = "mutant " + m + " (" + kind + ") of " + file.getFileName();
                int code = cli.run("validate", file.toString());
                String message = cli.err() + cli.out();
                if (code == 0 && file.toString().endsWith(".jzs") || code == 0 && which == 0) {
                    Path scenario = which == 0 ? files.get(1) : file;
                    code = cli.run("simulate", scenario.toString(), "--runs", "2", "--format", "json", "--out", temp.resolve("out").toString());
                    message = cli.err() + cli.out();
                    simulated++;
                }
                if (!Set.of(Cli.OK, Cli.USAGE, Cli.INVALID).contains(code)) {
                    crashes++;
                    failures.add(what + ": exit " + code + ": " + message);
                } else if (code != Cli.OK) {
                    refused++;
                    // each problem on its line, then (validate) the count
                    List<String> problems = message.lines().filter(l -> !l.isBlank() && !COUNT.matcher(l).find()).toList();
                    String unnamed = problems.stream().filter(l -> !l.contains(".jzb") && !l.contains(".jzs")).findFirst().orElse(null);
                    String raw = problems.stream().filter(l -> RAW.matcher(l).find()).findFirst().orElse(null);
                    if (samples.add(kind) && !problems.isEmpty()) {
                        System.out.println("MutationFuzzTest: a " + kind + " mutant: " + problems.get(0).replace(temp.toString(), ""));
                    }
                    if (problems.isEmpty() || unnamed != null || raw != null) {
                        unclear++;
                        failures.add(what + ": " + (problems.isEmpty() ? "no message" : unnamed != null ? "names no file: " + unnamed
                                : "raw text: " + raw));
                    }
                }
                assertArrayEquals(mutant, Files.readAllBytes(file), what + ": the input file changed");
                Files.write(file, originals.get(which));
            }
            // a connection of our own: once the listener has seen it, it would have seen any earlier one
            try (Socket probe = new Socket(InetAddress.getLoopbackAddress(), listener.getLocalPort())) {
                long deadline = System.nanoTime() + 10_000_000_000L;
                while (connections.get() == 0 && System.nanoTime() < deadline) {
                    Thread.onSpinWait();
                }
            }
        }
        for (int f = 0; f < files.size(); f++) {
            assertArrayEquals(originals.get(f), Files.readAllBytes(files.get(f)));
        }
        String report = MUTANTS + " mutants: " + refused + " refused, " + simulated + " simulated, " + crashes + " crashes, " + unclear
                + " unclear messages, " + (connections.get() - 1) + " network attempts";
        System.out.println("MutationFuzzTest: " + report);
        failures.forEach(f -> System.out.println("MutationFuzzTest: " + f));
        assertEquals(List.of(), failures.subList(0, Math.min(20, failures.size())), report);
        assertEquals(1, connections.get(), "only our own connection reached the listener");
        assertTrue(refused > MUTANTS / 3 && simulated > MUTANTS / 10, "the mutants exercise both refusal and runs: " + report);
    }

    private static byte[] mutate(String kind, byte[] original, Random random, List<String> ids, String host) {
        String text = new String(original, StandardCharsets.UTF_8);
        switch (kind) {
            case "flip" -> {
                byte[] bytes = original.clone();
                for (int k = 1 + random.nextInt(3); k > 0; k--) {
                    bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8));
                }
                return bytes;
            }
            case "truncate" -> {
                byte[] bytes = new byte[random.nextInt(original.length)];
                System.arraycopy(original, 0, bytes, 0, bytes.length);
                return bytes;
            }
            case "utf8" -> {
                int at = random.nextInt(original.length);
                byte[] bytes = new byte[original.length + 2];
                System.arraycopy(original, 0, bytes, 0, at);
                bytes[at] = (byte) 0xFF;
                bytes[at + 1] = (byte) (0x80 + random.nextInt(0x40));
                System.arraycopy(original, at, bytes, at + 2, original.length - at);
                return bytes;
            }
            default -> {
                return mutateText(kind, text, random, ids, host).getBytes(StandardCharsets.UTF_8);
            }
        }
    }

    private static String mutateText(String kind, String text, Random random, List<String> ids, String host) {
        List<int[]> attributes = new ArrayList<>();
        Matcher a = ATTRIBUTE.matcher(text);
        while (a.find()) {
            if (!a.group(2).equals("version") && !a.group(2).startsWith("xmlns")) {
                attributes.add(new int[] { a.start(2), a.end(2), a.start(3), a.end(3) });
            }
        }
        List<int[]> references = new ArrayList<>();
        Matcher r = REFERENCE.matcher(text);
        while (r.find()) {
            references.add(new int[] { r.start(2), r.end(2) });
        }
        switch (kind) {
            case "swap" -> {
                int[] first = attributes.get(random.nextInt(attributes.size()));
                int[] second = attributes.get(random.nextInt(attributes.size()));
                if (first[2] > second[2]) {
                    int[] t = first;
                    first = second;
                    second = t;
                }
                if (first[2] == second[2]) {
                    return text;
                }
                return text.substring(0, first[2]) + text.substring(second[2], second[3]) + text.substring(first[3], second[2])
                        + text.substring(first[2], first[3]) + text.substring(second[3]);
            }
            case "reference" -> {
                if (references.isEmpty()) {
                    return text;
                }
                int[] at = references.get(random.nextInt(references.size()));
                String replacement = random.nextInt(4) == 0 ? "no-such-id-" + random.nextInt(100) : ids.get(random.nextInt(ids.size()));
                return text.substring(0, at[0]) + replacement + text.substring(at[1]);
            }
            case "number" -> {
                List<int[]> numbers = attributes.stream().filter(n -> text.substring(n[2], n[3]).matches("-?[0-9.]+")).toList();
                int[] at = numbers.get(random.nextInt(numbers.size()));
                String[] values = { "2147483647", "-2147483648", "99999999999", "1e308", "-1", "NaN", "Infinity", "abc", "", "0x10", "1,5",
                        "-0", "３" };
                return text.substring(0, at[2]) + values[random.nextInt(values.length)] + text.substring(at[3]);
            }
            case "remove" -> {
                int[] at = attributes.get(random.nextInt(attributes.size()));
                return text.substring(0, at[0] - 1) + text.substring(at[3] + 1);
            }
            default -> {
                // network: a reference (or the baseline) turned into an address elsewhere
                String[] forms = { "http://" + host + "/x.jzb", "jar:http://" + host + "/a.zip!/x.jzb", "archive:http://" + host + "/a.zip!/x.jzb",
                        "jar:file:/tmp/a.zip!/x.jzb", "file:/etc/passwd", "//" + host + "/x.jzb", "platform:/plugin/x/x.jzb" };
                Matcher href = Pattern.compile("=\"(yamanami-cho\\.jzb)#").matcher(text);
                List<int[]> hrefs = new ArrayList<>();
                while (href.find()) {
                    hrefs.add(new int[] { href.start(1), href.end(1) });
                }
                if (hrefs.isEmpty()) {
                    return text.replaceFirst(" id=\"", " href=\"" + forms[random.nextInt(forms.length)] + "\" id=\"");
                }
                int[] at = hrefs.get(random.nextInt(hrefs.size()));
                return text.substring(0, at[0]) + forms[random.nextInt(forms.length)] + text.substring(at[1]);
            }
        }
    }
}
