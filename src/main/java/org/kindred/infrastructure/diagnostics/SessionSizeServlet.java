package org.kindred.infrastructure.diagnostics;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.kindred.infrastructure.config.KindredSettings;

/**
 * When {@code kindred.diagnostics.session-size} is on, answers {@code GET /diagnostics/session-size}
 * with the serialized size of the caller's own HTTP session: each attribute written with Java
 * serialization, as a server persisting or replicating sessions would. Attribute names (framework keys)
 * and byte counts only, never a value. Off in production: 404.
 */
@WebServlet("/diagnostics/session-size")
public class SessionSizeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient KindredSettings settings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!settings.flag(KindredSettings.SESSION_SIZE, false)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        HttpSession session = request.getSession(false);
        List<String> names = session == null ? List.of() : Collections.list(session.getAttributeNames());
        long total = 0;
        List<String> parts = new ArrayList<>();
        for (String name : names) {
            long bytes = serializedSize(session.getAttribute(name));
            total += Math.max(bytes, 0);
            parts.add("{\"name\": \"" + name.replaceAll("[^A-Za-z0-9_.#$:-]", "?") + "\", \"bytes\": " + bytes + "}");
        }
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"bytes\": " + total + ", \"attributes\": [" + String.join(", ", parts) + "]}");
    }

    /** The attribute's size written with Java serialization; -1 if it cannot be serialized. */
    private static long serializedSize(Object value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        } catch (IOException e) {
            return -1;
        }
        return bytes.size();
    }
}
