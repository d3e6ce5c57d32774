package org.kindred.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs asadmin against the test server, as an operator would: settings changed while Kindred runs
 * (MicroProfile Config's domain source; the test domain does not cache them, see local-server.sh).
 */
public final class Asadmin {

    private Asadmin() {
    }

    public static void setConfigProperty(String name, String value) {
        run("set-config-property", "--source=domain", "--propertyName=" + name, "--propertyValue=" + value);
    }

    public static void deleteConfigProperty(String name) {
        run("delete-config-property", "--source=domain", "--propertyName=" + name);
    }

    public static String run(String... arguments) {
        String home = System.getProperty("kindred.it.payara.home", "../target/it-server/payara6");
        List<String> command = new ArrayList<>(List.of(home + "/bin/asadmin", "--host", "127.0.0.1",
                "--port", System.getProperty("kindred.it.admin.port", "24848"), "--interactive=false"));
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new AssertionError("asadmin " + String.join(" ", arguments) + " failed:\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new AssertionError("cannot run asadmin: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
