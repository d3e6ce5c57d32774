import java.io.File;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Rewrites a Payara domain.xml, before the domain's first start, so that the server listens on
 * 127.0.0.1 only and every port is shifted by an offset (tests use their own ports beside a demo).
 * Run with the JDK's single-file launcher: {@code java PatchDomain.java domain.xml 20000}.
 *
 * Why offline: asadmin can only change these settings on a running server, and a default domain
 * listens on every interface (HTTP, admin, IIOP, JMX, Hazelcast, the JMS broker) until then.
 * Safe to run twice: every value is set, never appended, and JVM options are added once. It also
 * forgets an earlier deployment of Kindred, which the scripts deploy afresh after every start.
 */
public class PatchDomain {

    private static final String LOOPBACK = "127.0.0.1";

    private static final Map<String, Integer> LISTENER_PORTS = Map.of(
            "http-listener-1", 8080, "http-listener-2", 8181, "admin-listener", 4848);
    private static final Map<String, Integer> IIOP_PORTS = Map.of(
            "orb-listener-1", 3700, "SSL", 3820, "SSL_MUTUALAUTH", 3920);

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: java PatchDomain.java <domain.xml> <port-offset>");
            System.exit(2);
        }
        File file = new File(args[0]);
        int offset = Integer.parseInt(args[1]);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file);
        Element serverConfig = serverConfig(doc);

        for (Element listener : children(serverConfig, "network-listener")) {
            Integer port = LISTENER_PORTS.get(listener.getAttribute("name"));
            listener.setAttribute("address", LOOPBACK);
            if (port != null) {
                listener.setAttribute("port", String.valueOf(port + offset));
            }
        }
        for (Element iiop : children(serverConfig, "iiop-listener")) {
            iiop.setAttribute("address", LOOPBACK);
            // Kindred has no remote EJB clients: IIOP stays off.
            iiop.setAttribute("enabled", "false");
            Integer port = IIOP_PORTS.get(iiop.getAttribute("id"));
            if (port != null) {
                iiop.setAttribute("port", String.valueOf(port + offset));
            }
        }
        for (Element jmx : children(serverConfig, "jmx-connector")) {
            jmx.setAttribute("address", LOOPBACK);
            jmx.setAttribute("port", String.valueOf(8686 + offset));
        }
        // A fresh domain has no jms-service in server-config and starts an embedded broker on every
        // interface; an explicit DISABLED one stops that. Kindred uses no JMS.
        List<Element> jmsServices = children(serverConfig, "jms-service");
        if (jmsServices.isEmpty()) {
            Element jms = doc.createElement("jms-service");
            jms.setAttribute("default-jms-host", "default_JMS_host");
            Element host = doc.createElement("jms-host");
            host.setAttribute("name", "default_JMS_host");
            host.setAttribute("host", LOOPBACK);
            host.setAttribute("port", "${JMS_PROVIDER_PORT}");
            jms.appendChild(host);
            serverConfig.appendChild(jms);
            jmsServices = List.of(jms);
        }
        for (Element jms : jmsServices) {
            jms.setAttribute("type", "DISABLED");
        }
        for (Element hz : children(doc.getDocumentElement(), "hazelcast-runtime-configuration")) {
            hz.setAttribute("interface", LOOPBACK);
            hz.setAttribute("das-bind-address", LOOPBACK);
            hz.setAttribute("das-public-address", LOOPBACK);
            hz.setAttribute("das-port", String.valueOf(4900 + offset));
            hz.setAttribute("start-port", String.valueOf(5900 + offset));
        }

        // H2's AUTO_SERVER opens a TCP port on every interface: the bundled pools must not use it.
        for (Element pool : children(doc.getDocumentElement(), "jdbc-connection-pool")) {
            for (Element property : children(pool, "property")) {
                String value = property.getAttribute("value");
                if ("URL".equals(property.getAttribute("name")) && value.contains(";AUTO_SERVER=TRUE")) {
                    property.setAttribute("value", value.replace(";AUTO_SERVER=TRUE", ""));
                }
            }
        }

        Element javaConfig = children(serverConfig, "java-config").get(0);
        for (Element option : children(javaConfig, "jvm-options")) {
            String value = option.getTextContent();
            if (value.startsWith("-Dosgi.shell.telnet.port=")) {
                option.setTextContent("-Dosgi.shell.telnet.port=" + (6666 + offset));
            } else if (value.startsWith("-Xmx")) {
                option.setTextContent("-Xmx1024m");
            }
        }
        addJvmOption(doc, javaConfig, "-Dhazelcast.socket.bind.any=false");
        addJvmOption(doc, javaConfig, "-Dhazelcast.phone.home.enabled=false");
        // iCal4j must never try to fetch time-zone updates: nothing outside is reachable.
        addJvmOption(doc, javaConfig, "-Dnet.fortuna.ical4j.timezone.update.enabled=false");
        // The domain's own temporary directory (local-server.sh creates it): an uploaded deployment is
        // kept as <tmpdir>/kindred.ear, and two servers sharing /tmp deleted each other's mid-deploy.
        addJvmOption(doc, javaConfig, "-Djava.io.tmpdir=${com.sun.aas.instanceRoot}/tmp");

        forgetDeployedKindred(doc);

        var transformer = TransformerFactory.newInstance().newTransformer();
        transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        transformer.transform(new DOMSource(doc), new StreamResult(file));
        System.out.println("domain.xml: loopback only, port offset " + offset);
    }

    /**
     * Drops an earlier deployment of Kindred from the domain, which the scripts always deploy afresh:
     * Payara 6 loading it again at start-up fails in varying ways (its web class loader is not yet
     * started), and the failed load then breaks the redeployment that follows.
     */
    private static void forgetDeployedKindred(Document doc) {
        for (String tag : new String[] {"application", "application-ref"}) {
            var nodes = doc.getElementsByTagName(tag);
            for (int i = nodes.getLength() - 1; i >= 0; i--) {
                Element element = (Element) nodes.item(i);
                if ("kindred".equals(element.getAttribute("name")) || "kindred".equals(element.getAttribute("ref"))) {
                    element.getParentNode().removeChild(element);
                }
            }
        }
    }

    private static Element serverConfig(Document doc) {
        NodeList configs = doc.getElementsByTagName("config");
        for (int i = 0; i < configs.getLength(); i++) {
            Element config = (Element) configs.item(i);
            if ("server-config".equals(config.getAttribute("name"))) {
                return config;
            }
        }
        throw new IllegalStateException("no server-config in domain.xml");
    }

    private static List<Element> children(Element root, String tag) {
        NodeList nodes = root.getElementsByTagName(tag);
        Element[] found = new Element[nodes.getLength()];
        for (int i = 0; i < found.length; i++) {
            found[i] = (Element) nodes.item(i);
        }
        return List.of(found);
    }

    private static void addJvmOption(Document doc, Element javaConfig, String option) {
        boolean present = children(javaConfig, "jvm-options").stream()
                .anyMatch(e -> e.getTextContent().equals(option));
        if (!present) {
            Element element = doc.createElement("jvm-options");
            element.setTextContent(option);
            javaConfig.appendChild(element);
        }
    }
}
