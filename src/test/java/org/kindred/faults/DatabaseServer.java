package org.kindred.faults;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.kindred.it.TestDatabase;

/**
 * The MariaDB/MySQL server that {@code kindred.it.db.url} points at, stopped and started again by a
 * test. It is stopped with SQL {@code SHUTDOWN} as the database's administrator
 * ({@code kindred.it.db.root.user}, default root; {@code kindred.it.db.root.password}, default empty)
 * and started with the shell command {@code kindred.it.db.start.command} (default: the CI machines'
 * {@code start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd}, run as root).
 * Never point a test that uses this at a server other people are using.
 */
final class DatabaseServer {

    static final String DEFAULT_START = "start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd";

    private final String host;
    private final int port;
    private final String adminUrl;

    DatabaseServer() {
        String url = System.getProperty("kindred.it.db.url", "jdbc:mysql://127.0.0.1:3306/kindred_test");
        URI address = URI.create(url.substring("jdbc:".length()));
        host = address.getHost();
        port = address.getPort() < 0 ? 3306 : address.getPort();
        adminUrl = "jdbc:mysql://" + host + ":" + port + "/?sslMode=DISABLED";
    }

    String where() {
        return host + ":" + port;
    }

    /** Stops the server, as its administrator, and waits until it no longer accepts connections. */
    void shutdown() throws SQLException, InterruptedException {
        String user = System.getProperty("kindred.it.db.root.user", "root");
        try (Connection root = DriverManager.getConnection(adminUrl, user,
                System.getProperty("kindred.it.db.root.password", ""));
             Statement shutdown = root.createStatement()) {
            shutdown.execute("SHUTDOWN");
        } catch (SQLException e) {
            if (!listening()) {
                return; // it went down before it could answer
            }
            throw new SQLException("could not shut the database at " + where() + " down as " + user
                    + ": set kindred.it.db.root.user and kindred.it.db.root.password (it.db.root.* in Maven)", e);
        }
        Instant end = Instant.now().plusSeconds(60);
        while (listening()) {
            if (Instant.now().isAfter(end)) {
                throw new IllegalStateException("the database at " + where() + " did not stop");
            }
            Thread.sleep(100);
        }
    }

    /** Starts the server with the configured command and waits until the test user can connect. */
    void start() throws IOException, InterruptedException {
        String command = System.getProperty("kindred.it.db.start.command", DEFAULT_START);
        if (command.isBlank()) {
            command = DEFAULT_START;
        }
        Process process = new ProcessBuilder("sh", "-c", command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroy();
            throw new IllegalStateException("the database start command did not return: " + command);
        }
        awaitUsable(Duration.ofSeconds(60), command);
    }

    /** Starts the server again if it is down: for a finally, so that later tests find it running. */
    void ensureRunning() throws IOException, InterruptedException {
        if (!usable()) {
            start();
        }
    }

    private void awaitUsable(Duration timeout, String command) throws InterruptedException {
        Instant end = Instant.now().plus(timeout);
        while (!usable()) {
            if (Instant.now().isAfter(end)) {
                throw new IllegalStateException("the database at " + where() + " did not come back after: " + command);
            }
            Thread.sleep(200);
        }
    }

    boolean usable() {
        try (Connection c = TestDatabase.connect(); Statement s = c.createStatement()) {
            s.execute("SELECT 1");
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private boolean listening() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
