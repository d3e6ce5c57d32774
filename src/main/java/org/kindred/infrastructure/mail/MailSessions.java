package org.kindred.infrastructure.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import java.util.Properties;
import org.kindred.infrastructure.config.KindredSettings.MailServerSettings;
import org.kindred.infrastructure.config.KindredSettings;

/** Mail sessions built from the runtime settings, read afresh each time so that a change needs no redeploy. */
@ApplicationScoped
public class MailSessions {

    private static final String TIMEOUT_MILLIS = "20000";

    @Inject
    KindredSettings settings;

    public Session smtp() {
        MailServerSettings server = settings.mailServer("kindred.smtp");
        Properties props = new Properties();
        props.put("mail.transport.protocol", server.security().equals("tls") ? "smtps" : "smtp");
        String p = server.security().equals("tls") ? "mail.smtps." : "mail.smtp.";
        props.put(p + "host", server.host());
        props.put(p + "port", String.valueOf(server.port()));
        props.put(p + "connectiontimeout", TIMEOUT_MILLIS);
        props.put(p + "timeout", TIMEOUT_MILLIS);
        props.put(p + "writetimeout", TIMEOUT_MILLIS);
        if (server.security().equals("starttls")) {
            props.put(p + "starttls.enable", "true");
            props.put(p + "starttls.required", "true");
        }
        if (!server.security().equals("none")) {
            props.put(p + "ssl.checkserveridentity", "true");
        }
        return session(props, p, server);
    }

    /** The scheduling mailbox over IMAP. Bodies are fetched with PEEK, so only a handled reply is marked read. */
    public Session imap() {
        MailServerSettings server = imapServer();
        Properties props = new Properties();
        String protocol = server.security().equals("tls") ? "imaps" : "imap";
        props.put("mail.store.protocol", protocol);
        String p = "mail." + protocol + ".";
        props.put(p + "host", server.host());
        props.put(p + "port", String.valueOf(server.port()));
        props.put(p + "connectiontimeout", TIMEOUT_MILLIS);
        props.put(p + "timeout", TIMEOUT_MILLIS);
        props.put(p + "peek", "true");
        if (server.security().equals("starttls")) {
            props.put(p + "starttls.enable", "true");
            props.put(p + "starttls.required", "true");
        }
        if (!server.security().equals("none")) {
            props.put(p + "ssl.checkserveridentity", "true");
        }
        return Session.getInstance(props);
    }

    public MailServerSettings imapServer() {
        return settings.mailServer("kindred.imap");
    }

    private static Session session(Properties props, String prefix, MailServerSettings server) {
        if (server.user() == null) {
            return Session.getInstance(props);
        }
        props.put(prefix + "auth", "true");
        return Session.getInstance(props, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(server.user(), server.password());
            }
        });
    }

    public String fromAddress() {
        return settings.organiserMailbox();
    }
}
