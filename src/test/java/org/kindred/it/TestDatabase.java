package org.kindred.it;

import java.security.SecureRandom;
import java.security.spec.KeySpec;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Direct JDBC access to the test database on the real MariaDB/MySQL server, for setting up each
 * test's own data and for checking what the application stored.
 */
public final class TestDatabase {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.currentTimeMillis() % 1_000_000);

    private TestDatabase() {
    }

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(
                System.getProperty("kindred.it.db.url", "jdbc:mysql://127.0.0.1:3306/kindred_test"),
                System.getProperty("kindred.it.db.user", "kindred_test"),
                System.getProperty("kindred.it.db.password", "kindred_test"));
    }

    /** A short value no other test uses, for slugs and email addresses. */
    public static String unique(String prefix) {
        return prefix + "-" + SEQUENCE.incrementAndGet();
    }

    public static long createOrganisation() throws SQLException {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO organisation (slug, name, time_zone) VALUES (?, ?, 'Europe/London')",
                Statement.RETURN_GENERATED_KEYS)) {
            String slug = unique("org");
            s.setString(1, slug);
            s.setString(2, "Test trust " + slug);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Creates a person who can sign in with this password, holding these roles. */
    public static long createPerson(long organisationId, String name, String email, String password, String... roles)
            throws SQLException {
        try (Connection c = connect()) {
            long id;
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO person (organisation_id, display_name, email, password_hash, active, created_at)"
                            + " VALUES (?, ?, ?, ?, TRUE, ?)", Statement.RETURN_GENERATED_KEYS)) {
                s.setLong(1, organisationId);
                s.setString(2, name);
                s.setString(3, email);
                s.setString(4, password == null ? null : pbkdf2(password));
                s.setTimestamp(5, Timestamp.from(Instant.now()));
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            for (String role : roles) {
                try (PreparedStatement s = c.prepareStatement("INSERT INTO person_role (person_id, role) VALUES (?, ?)")) {
                    s.setLong(1, id);
                    s.setString(2, role);
                    s.executeUpdate();
                }
            }
            return id;
        }
    }

    /** The id of the person with this email address. */
    public static long personId(String email) throws SQLException {
        return Long.parseLong(strings("SELECT id FROM person WHERE email = ?", email).get(0));
    }

    public static String passwordHashOf(String email) throws SQLException {
        List<String> values = strings("SELECT password_hash FROM person WHERE email = ?", email);
        return values.isEmpty() ? null : values.get(0);
    }

    public static List<String> strings(String sql, Object... params) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
            return values;
        }
    }

    /**
     * The same format Jakarta Security's Pbkdf2PasswordHash writes, at a low iteration count: tests
     * set up many accounts, and the stored parameters tell the verifier how to check each hash.
     */
    public static String pbkdf2(String password) {
        try {
            byte[] salt = new byte[32];
            new SecureRandom().nextBytes(salt);
            int iterations = 1_000;
            KeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, 256);
            byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            Base64.Encoder b64 = Base64.getEncoder();
            return "PBKDF2WithHmacSHA256:" + iterations + ":" + b64.encodeToString(salt) + ":" + b64.encodeToString(hash);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
