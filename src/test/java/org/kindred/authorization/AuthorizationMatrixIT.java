package org.kindred.authorization;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kindred.authorization.AuthorizationTable.Cell;
import org.kindred.authorization.AuthorizationTable.Outcome;
import org.kindred.authorization.AuthorizationTable.Role;
import org.kindred.authorization.AuthorizationTable.Row;
import org.kindred.authorization.MatrixWorld.Scope;
import org.kindred.it.KindredDeployment;
import org.kindred.it.TestDatabase;
import org.kindred.it.WebClient;
import org.kindred.it.WebClient.Page;

/**
 * Every page and every API endpoint of the deployed application, asked by every role about objects
 * the caller owns and objects it does not, answers as {@code matrix.txt} says. The pages and
 * endpoints are found in the deployment (the WAR's pages and servlets, the server's OpenAPI
 * document checked against the resource classes), so a new one without a row fails the test, and so
 * does a row that matches nothing.
 */
@ExtendWith(ArquillianExtension.class)
class AuthorizationMatrixIT {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z.]+)}");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return KindredDeployment.ear();
    }

    @Test
    void everyPageAndEndpointAnswersEveryRoleAsTheTableSays() throws Exception {
        AuthorizationTable table = AuthorizationTable.load();
        DeployedTargets deployed = DeployedTargets.of(KindredDeployment.war(), new WebClient());
        List<String> problems = new ArrayList<>(deployed.problems);
        List<Row> rows = new ArrayList<>();
        Set<String> covered = new LinkedHashSet<>();
        for (Row row : table.rows) {
            // as JAX-RS does, a literal segment wins over a parameter: /groups/open, not /groups/{id}
            String target = deployed.targets.keySet().stream().filter(t -> matches(t, row))
                    .min(java.util.Comparator.comparing(t -> t.chars().filter(c -> c == '{').count())).orElse(null);
            if (target == null) {
                problems.add(AuthorizationTable.FILE + " line " + row.line() + " (" + row.method() + " " + row.target()
                        + ") matches no page or endpoint of the deployed application: correct or delete it");
                continue;
            }
            covered.add(target);
            Set<String> given = parameterNames(row.query());
            for (String parameter : deployed.targets.get(target)) {
                if (!given.contains(parameter)) {
                    problems.add(AuthorizationTable.FILE + " line " + row.line() + " (" + row.target()
                            + ") leaves out the query parameter \"" + parameter + "\" that the page or endpoint "
                            + "reads: fill it, e.g. " + parameter + "=" + guess(parameter));
                }
            }
            rows.add(row);
        }
        List<Row> missing = new ArrayList<>();
        for (Map.Entry<String, Set<String>> target : deployed.targets.entrySet()) {
            if (!covered.contains(target.getKey())) {
                missing.add(suggestedRow(target.getKey().split(" ")[0], target.getKey().split(" ")[1], target.getValue()));
            }
        }

        MatrixWorld world = MatrixWorld.build();
        long started = System.nanoTime();
        int requests = 0;
        for (Row row : rows) {
            requests += check(row, world, problems);
        }
        for (Row row : missing) {
            List<String> observed = new ArrayList<>();
            for (Role role : Role.values()) {
                String own = observe(row, role, world.owned.get(role), world);
                String other = row.namesObjects() ? observe(row, role, world.notOwned.get(role), world) : own;
                observed.add(own.equals(other) ? own : own + "/" + other);
            }
            problems.add("No row for " + row.method() + " " + row.path() + ". Add this line to "
                    + AuthorizationTable.FILE + " (the outcomes are what the application answers now: check each "
                    + "against docs/privacy.md and web.xml before you commit it):\n    " + row.method() + " "
                    + row.target() + "  " + String.join(" ", observed) + (row.body() == null ? "" : "  " + row.body()));
        }
        System.out.printf("authorization matrix: %d rows, %d requests in %d s%n", rows.size(), requests,
                (System.nanoTime() - started) / 1_000_000_000L);
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
    }

    /**
     * Whether the row asks for this deployed target ("GET /api/x/{id}/y"): the same method, and a path
     * in which each of the target's parameters is a placeholder or a literal value ("before" for {phase}).
     */
    static boolean matches(String target, Row row) {
        String method = target.substring(0, target.indexOf(' '));
        String path = target.substring(target.indexOf(' ') + 1);
        String regex = Pattern.quote(AuthorizationTable.shape(path)).replace("{}", "\\E[^/?]+\\Q");
        return method.equals(row.method()) && row.path().matches(regex);
    }

    /** Asks the row's question as each role, about owned and not-owned objects; returns the request count. */
    private static int check(Row row, MatrixWorld world, List<String> problems) throws Exception {
        int requests = 0;
        for (Role role : Role.values()) {
            Cell cell = row.cell(role);
            if (!row.namesObjects() && cell.split()) {
                problems.add(AuthorizationTable.FILE + " line " + row.line() + ": " + row.target()
                        + " names no object, so " + role + " has one outcome, not " + cell);
                continue;
            }
            for (boolean owned : row.namesObjects() ? List.of(true, false) : List.of(true)) {
                Outcome expected = cell.expected(owned);
                Scope scope = owned ? world.owned.get(role) : world.notOwned.get(role);
                Scope own = world.owned.get(role);
                String path = fill(row.target(), scope, own);
                long auditBefore = expected.audited() ? audits(world, role) : 0;
                String actual = outcome(send(world.clients.get(role), row.method(), path, fill(row.body(), scope, own)));
                requests++;
                String problem = null;
                if (!actual.equals(expected.status())) {
                    problem = "expected " + expected.status() + ", got " + actual;
                } else if (expected.audited() && audits(world, role) <= auditBefore) {
                    problem = "expected " + expected.status() + " with an entry in the audit log, but none was written";
                }
                if (problem != null) {
                    problems.add(row.method() + " " + row.target() + " (line " + row.line() + ") as " + role + " about "
                            + (row.namesObjects() ? (owned ? "owned" : "not owned") + " objects of scope "
                            + scope.name() + " (" + path + ")" : path) + ": " + problem);
                }
            }
        }
        return requests;
    }

    private static String observe(Row row, Role role, Scope scope, MatrixWorld world) {
        Scope own = world.owned.get(role);
        return outcome(send(world.clients.get(role), row.method(), fill(row.target(), scope, own),
                fill(row.body(), scope, own)));
    }

    private static Page send(WebClient client, String method, String path, String body) {
        // GETs without an Accept header, so that CSV and calendar endpoints answer as they would a browser
        return method.equals("GET") ? client.get(path) : client.api(method, path, body);
    }

    /** "login" for a redirect to the sign-in page or the API's 401; otherwise the status. */
    static String outcome(Page page) {
        if (page.status() == 401 || page.status() / 100 == 3 && page.location() != null
                && page.location().contains("/login.xhtml")) {
            return "login";
        }
        return String.valueOf(page.status());
    }

    private static long audits(MatrixWorld world, Role role) throws Exception {
        Long person = world.personIds.get(role);
        if (person == null) {
            throw new IllegalArgumentException("+audit needs a signed-in role, not " + role);
        }
        return Long.parseLong(TestDatabase.strings("SELECT COUNT(*) FROM audit_entry WHERE actor_id = ?", person).get(0));
    }

    /** {name} from the scope being tried; {own.name} always from the caller's own scope. */
    private static String fill(String text, Scope scope, Scope own) {
        if (text == null) {
            return null;
        }
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder filled = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = name.startsWith("own.") ? own.get(name.substring(4)) : scope.get(name);
            m.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        return m.appendTail(filled).toString();
    }

    private static Set<String> parameterNames(String query) {
        Set<String> names = new LinkedHashSet<>();
        for (String pair : query.split("&")) {
            if (!pair.isEmpty()) {
                names.add(pair.split("=", 2)[0]);
            }
        }
        return names;
    }

    /** A row for a target the table lacks: its path and query parameters filled with likely placeholders. */
    private static Row suggestedRow(String method, String path, Set<String> query) {
        Matcher m = PLACEHOLDER.matcher(path);
        StringBuilder filled = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(filled, Matcher.quoteReplacement(guess(m.group(1))));
        }
        m.appendTail(filled);
        String target = filled + (query.isEmpty() ? ""
                : "?" + query.stream().map(q -> q + "=" + guess(q)).collect(Collectors.joining("&")));
        String body = Set.of("POST", "PUT", "PATCH").contains(method) ? "{}" : null;
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < Role.values().length; i++) {
            cells.add(Cell.parse("200", 0));
        }
        return new Row(0, method, target, cells, body);
    }

    private static String guess(String name) {
        String n = name.toLowerCase();
        if (n.contains("occurrence")) {
            return "{occurrence}";
        } else if (n.contains("person")) {
            return "{person}";
        } else if (n.contains("round")) {
            return "{round}";
        } else if (n.contains("room")) {
            return "{room}";
        } else if (n.contains("site")) {
            return "{site}";
        } else if (n.contains("series")) {
            return "{series}";
        } else if (n.contains("token")) {
            return "{token}";
        } else if (n.equals("phase")) {
            return "before";
        }
        return "{group}";
    }
}
