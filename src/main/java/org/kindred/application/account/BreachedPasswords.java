package org.kindred.application.account;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.Locale;

/**
 * Passwords known from breaches and lists of common passwords (ASVS 5.0 6.2.4, 6.2.12), as a Bloom
 * filter shipped with the application: {@value #RESOURCE}, built by {@code config/passwords/build-filter.sh}
 * from the top million of the SecLists "10 million passwords" list, keeping those that the length rule
 * alone would let through (12 characters or more). A password is looked up lower-cased, so
 * "Password1234" counts as "password1234".
 *
 * <p>A Bloom filter answers "perhaps" or "certainly not": no listed password is ever missed, and a
 * password that is not listed is taken for a listed one with the probability the filter was built for,
 * one in a thousand ({@link #falsePositiveRate()}); the person then simply chooses another. The file is
 * about 80 KB instead of the list's 700 KB, and holds no password in the clear.
 *
 * <p>File format (big-endian): the magic {@code KBF1}, the number of bits m, the number of hash
 * functions k, the number of passwords n, then m bits as longs. Bit i of the filter is set for each of
 * the k positions (h1 + i·h2) mod m, where h1 and h2 are the first two longs of the SHA-256 of the
 * lower-cased password's UTF-8 bytes.
 */
public final class BreachedPasswords {

    public static final String RESOURCE = "breached-passwords.bloom";
    private static final int MAGIC = 0x4b424631; // "KBF1"

    private final long[] bits;
    private final int m;
    private final int k;
    private final int n;

    private BreachedPasswords(long[] bits, int m, int k, int n) {
        this.bits = bits;
        this.m = m;
        this.k = k;
        this.n = n;
    }

    /** The filter shipped with the application, read once. */
    public static BreachedPasswords shipped() {
        return Shipped.FILTER;
    }

    private static final class Shipped {
        static final BreachedPasswords FILTER = load();

        private static BreachedPasswords load() {
            try (InputStream in = BreachedPasswords.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the breached-password filter " + RESOURCE + " is missing from the build");
                }
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Whether the password is (probably) on the list. */
    public boolean contains(String password) {
        if (password == null) {
            return false;
        }
        long[] h = hashes(password);
        for (int i = 0; i < k; i++) {
            int bit = position(h, i);
            if ((bits[bit >>> 6] & (1L << (bit & 63))) == 0) {
                return false;
            }
        }
        return true;
    }

    /** The share of passwords not on the list that the filter takes for listed ones, by its size. */
    public double falsePositiveRate() {
        return Math.pow(1 - Math.exp(-(double) k * n / m), k);
    }

    public int size() {
        return n;
    }

    /** A filter of the given passwords, sized for the given false-positive rate. */
    public static BreachedPasswords build(Collection<String> passwords, double falsePositiveRate) {
        int count = Math.max(1, passwords.size());
        double ln2 = Math.log(2);
        int bitCount = (int) Math.ceil(-count * Math.log(falsePositiveRate) / (ln2 * ln2));
        bitCount = (bitCount + 63) / 64 * 64;
        int hashCount = Math.max(1, (int) Math.round((double) bitCount / count * ln2));
        BreachedPasswords filter = new BreachedPasswords(new long[bitCount / 64], bitCount, hashCount, passwords.size());
        for (String password : passwords) {
            long[] h = hashes(password);
            for (int i = 0; i < hashCount; i++) {
                int bit = filter.position(h, i);
                filter.bits[bit >>> 6] |= 1L << (bit & 63);
            }
        }
        return filter;
    }

    public void write(OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        data.writeInt(MAGIC);
        data.writeInt(m);
        data.writeInt(k);
        data.writeInt(n);
        for (long word : bits) {
            data.writeLong(word);
        }
        data.flush();
    }

    public static BreachedPasswords read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        if (data.readInt() != MAGIC) {
            throw new IOException("not a breached-password filter");
        }
        int bitCount = data.readInt();
        int hashCount = data.readInt();
        int count = data.readInt();
        if (bitCount <= 0 || bitCount % 64 != 0 || hashCount <= 0 || hashCount > 64) {
            throw new IOException("a damaged breached-password filter");
        }
        long[] words = new long[bitCount / 64];
        for (int i = 0; i < words.length; i++) {
            words[i] = data.readLong();
        }
        return new BreachedPasswords(words, bitCount, hashCount, count);
    }

    private int position(long[] h, int i) {
        return (int) Math.floorMod(h[0] + i * h[1], (long) m);
    }

    private static long[] hashes(String password) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(password.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            ByteBuffer buffer = ByteBuffer.wrap(digest);
            return new long[] {buffer.getLong(), buffer.getLong()};
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
