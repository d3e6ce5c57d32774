import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.kindred.application.account.BreachedPasswords;

/**
 * Builds the breached-password Bloom filter from a list of passwords, one a line, keeping those of at
 * least MIN characters (shorter ones the length rule refuses anyway). Run by build-filter.sh.
 *
 * <p>Arguments: the list, the filter file to write, the minimum length, the false-positive rate.
 */
public final class BuildFilter {

    public static void main(String[] args) throws Exception {
        Path list = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int min = Integer.parseInt(args[2]);
        double rate = Double.parseDouble(args[3]);
        Set<String> kept = new LinkedHashSet<>();
        for (String line : new String(Files.readAllBytes(list), StandardCharsets.UTF_8).split("\r?\n")) {
            if (line.codePointCount(0, line.length()) >= min) {
                kept.add(line.toLowerCase(Locale.ROOT));
            }
        }
        BreachedPasswords filter = BreachedPasswords.build(kept, rate);
        try (OutputStream file = Files.newOutputStream(out)) {
            filter.write(file);
        }
        System.out.printf("%d passwords of %d characters or more; %d bytes; false positives %.4f%%%n",
                filter.size(), min, Files.size(out), filter.falsePositiveRate() * 100);
    }
}
