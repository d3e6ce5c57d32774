package org.kindred.authorization;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.servlet.annotation.WebServlet;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.kindred.it.WebClient;
import org.kindred.it.WebClient.Page;

/**
 * Everything a browser or an API client can ask the deployed application for, found rather than
 * listed: the WAR's pages (every {@code *.xhtml} outside WEB-INF) with the view parameters each
 * declares, its servlets, and every JAX-RS resource method as the running server's OpenAPI document
 * describes it, cross-checked against the resource classes themselves so that a method the document
 * leaves out cannot slip past the matrix.
 */
final class DeployedTargets {

    private static final Pattern VIEW_PARAM = Pattern.compile("<f:viewParam\\s[^>]*name=\"([^\"]+)\"");

    /** "GET /facilitator/group.xhtml" → the query parameters a request needs ("id"). */
    final Map<String, Set<String>> targets = new TreeMap<>();
    final List<String> problems = new ArrayList<>();

    static DeployedTargets of(WebArchive war, WebClient client) {
        DeployedTargets found = new DeployedTargets();
        found.pages(war);
        Set<String> classes = found.resourceClasses(war);
        found.openApi(client, classes);
        return found;
    }

    private void pages(WebArchive war) {
        for (Map.Entry<ArchivePath, Node> entry : war.getContent().entrySet()) {
            String path = entry.getKey().get();
            if (path.endsWith(".xhtml") && !path.startsWith("/WEB-INF/") && !path.startsWith("/META-INF/")) {
                Set<String> params = new TreeSet<>();
                Matcher m = VIEW_PARAM.matcher(text(entry.getValue()));
                while (m.find()) {
                    params.add(m.group(1));
                }
                targets.put("GET " + path, params);
            }
        }
    }

    /** The JAX-RS resource methods and servlets of the WAR's own classes, as "METHOD /path/{}". */
    private Set<String> resourceClasses(WebArchive war) {
        Set<String> endpoints = new TreeSet<>();
        List<Class<?>> resources = new ArrayList<>();
        String applicationPath = "";
        for (ArchivePath path : war.getContent().keySet()) {
            String name = path.get();
            if (!name.startsWith("/WEB-INF/classes/") || !name.endsWith(".class") || name.contains("$")) {
                continue;
            }
            String className = name.substring("/WEB-INF/classes/".length(), name.length() - ".class".length())
                    .replace('/', '.');
            Class<?> type;
            try {
                type = Class.forName(className, false, getClass().getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                problems.add("cannot read " + className + " to list its endpoints: " + e);
                continue;
            }
            if (type.isAnnotationPresent(ApplicationPath.class)) {
                applicationPath = type.getAnnotation(ApplicationPath.class).value();
            }
            if (type.isAnnotationPresent(Path.class) && !Modifier.isAbstract(type.getModifiers())) {
                resources.add(type);
            }
            WebServlet servlet = type.getAnnotation(WebServlet.class);
            if (servlet != null) {
                for (String url : servlet.value().length > 0 ? servlet.value() : servlet.urlPatterns()) {
                    targets.put("GET " + url, Set.of());
                }
            }
        }
        for (Class<?> resource : resources) {
            String base = join(applicationPath, resource.getAnnotation(Path.class).value());
            for (Method method : resource.getMethods()) {
                for (Annotation annotation : method.getAnnotations()) {
                    HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
                    if (verb != null) {
                        Path sub = method.getAnnotation(Path.class);
                        endpoints.add(verb.value() + " " + AuthorizationTable.shape(
                                sub == null ? base : join(base, sub.value())));
                    }
                }
            }
        }
        return endpoints;
    }

    private void openApi(WebClient client, Set<String> fromClasses) {
        Page document = client.api("GET", "/openapi", null);
        if (document.status() != 200) {
            problems.add("GET /openapi answered " + document.status() + ": the API's endpoints cannot be listed");
            return;
        }
        Set<String> described = new TreeSet<>();
        JsonObject paths = document.json().getJsonObject("paths");
        for (Map.Entry<String, JsonValue> path : paths.entrySet()) {
            for (Map.Entry<String, JsonValue> operation : path.getValue().asJsonObject().entrySet()) {
                String method = operation.getKey().toUpperCase();
                if (!Set.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(method)) {
                    continue;
                }
                Set<String> query = new TreeSet<>();
                JsonObject op = operation.getValue().asJsonObject();
                if (op.containsKey("parameters")) {
                    for (JsonValue parameter : op.getJsonArray("parameters")) {
                        if ("query".equals(parameter.asJsonObject().getString("in", ""))) {
                            query.add(parameter.asJsonObject().getString("name"));
                        }
                    }
                }
                targets.put(method + " " + path.getKey(), query);
                described.add(method + " " + AuthorizationTable.shape(path.getKey()));
            }
        }
        for (String endpoint : fromClasses) {
            if (!described.contains(endpoint)) {
                problems.add("the OpenAPI document at /openapi leaves out " + endpoint
                        + ", which a resource class serves: describe it there");
            }
        }
        for (String endpoint : described) {
            if (!fromClasses.contains(endpoint)) {
                problems.add("/openapi describes " + endpoint + ", which no resource class in the WAR serves");
            }
        }
    }

    private static String join(String base, String sub) {
        String joined = ("/" + base + "/" + sub).replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    private static String text(Node node) {
        if (node.getAsset() == null) {
            return "";
        }
        try (InputStream in = node.getAsset().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
