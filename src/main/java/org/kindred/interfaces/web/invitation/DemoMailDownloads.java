package org.kindred.interfaces.web.invitation;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kindred.application.mail.DemoMailbox;

/**
 * Demo mode: a message of the demo mailbox as a file, so that someone trying Kindred can open it in their
 * own mail or calendar program. {@code GET /demo/mail/12.eml} is the raw message ({@code message/rfc822}),
 * {@code GET /demo/mail/12.ics} its calendar part ({@code text/calendar; method=REQUEST}). Under /demo/*,
 * so for admins only (web.xml); 404 outside demo mode or for a message that is not there.
 */
@WebServlet("/demo/mail/*")
public class DemoMailDownloads extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern FILE = Pattern.compile("/([1-9][0-9]{0,8})\\.(eml|ics)");
    private static final String NO_CONTENT_POLICY =
            "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    @Inject
    transient DemoMailbox mailbox;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Content-Security-Policy", NO_CONTENT_POLICY);
        Matcher file = FILE.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!mailbox.available() || !file.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        int number = Integer.parseInt(file.group(1));
        if ("eml".equals(file.group(2))) {
            Optional<byte[]> raw = mailbox.raw(number);
            if (raw.isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            send(response, "message/rfc822", "kindred-" + number + ".eml", raw.get());
        } else {
            Optional<DemoMailbox.CalendarPart> calendar = mailbox.calendar(number);
            if (calendar.isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            String method = calendar.get().method().replaceAll("[^A-Z-]", "");
            send(response, "text/calendar; method=" + method + "; charset=UTF-8", "kindred-" + number + ".ics",
                    calendar.get().text().getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void send(HttpServletResponse response, String type, String name, byte[] body) throws IOException {
        response.setContentType(type);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
