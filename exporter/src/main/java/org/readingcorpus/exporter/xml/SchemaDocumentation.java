package org.readingcorpus.exporter.xml;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Renders the committed XSD's own documentation ({@code xs:annotation} on every element, attribute
 * and type) as Markdown, so docs/XML-FORMAT.md says exactly what the schema says.
 */
public final class SchemaDocumentation {

    private static final String XS = XMLConstants.W3C_XML_SCHEMA_NS_URI;

    /** One documented item: where it sits, what it is, and what the schema says of it. */
    public record Item(String path, String kind, String type, String occurs, String documentation) {
    }

    /** Every element and attribute of the schema, in schema order, with its documentation. */
    public List<Item> items() throws IOException {
        Element schema = schema().getDocumentElement();
        List<Item> items = new ArrayList<>();
        for (Element top : children(schema)) {
            String name = top.getAttribute("name");
            switch (top.getLocalName()) {
                case "element" -> {
                    items.add(item(name, top));
                    walk(top, name, items);
                }
                case "complexType" -> {
                    items.add(new Item(name, "type", "complex", "", documentation(top)));
                    walk(top, name, items);
                }
                case "simpleType" -> items.add(new Item(name, "type", simpleType(top), "", documentation(top)));
                default -> {
                }
            }
        }
        return items;
    }

    /** The Markdown of {@link #items()}: a table per top-level element and type. */
    public String markdown() throws IOException {
        StringBuilder out = new StringBuilder();
        String section = null;
        for (Item item : items()) {
            String top = item.path().split("/", 2)[0];
            if (!top.equals(section)) {
                section = top;
                boolean type = item.kind().equals("type");
                out.append("\n### ").append(type ? "type " : "element ").append('`').append(top).append("`\n\n")
                        .append(item.documentation()).append('\n');
                if (type && !item.type().equals("complex")) {
                    out.append("\nValues: ").append(item.type()).append('\n');
                    continue;
                }
                out.append("\n| item | kind | type | occurs | meaning |\n| --- | --- | --- | --- | --- |\n");
                continue;
            }
            out.append("| `").append(item.path()).append("` | ").append(item.kind()).append(" | ").append(item.type())
                    .append(" | ").append(item.occurs()).append(" | ").append(item.documentation().replace("|", "\\|"))
                    .append(" |\n");
        }
        return out.toString();
    }

    private static void walk(Element parent, String path, List<Item> items) {
        for (Element child : children(parent)) {
            switch (child.getLocalName()) {
                case "element" -> {
                    String name = !child.getAttribute("name").isEmpty() ? child.getAttribute("name")
                            : child.getAttribute("ref").replaceFirst("^\\w+:", "");
                    String here = path + "/" + name;
                    items.add(item(here, child));
                    walk(child, here, items);
                }
                case "attribute" -> items.add(item(path + "/@" + child.getAttribute("name"), child));
                case "annotation", "unique", "key", "keyref" -> {
                }
                default -> walk(child, path, items);
            }
        }
    }

    private static Item item(String path, Element e) {
        boolean attribute = e.getLocalName().equals("attribute");
        String type = e.getAttribute("type");
        if (type.isEmpty()) {
            type = !e.getAttribute("ref").isEmpty() ? "see `" + e.getAttribute("ref").replaceFirst("^\\w+:", "") + "`"
                    : "(below)";
        }
        String occurs;
        if (attribute) {
            occurs = e.getAttribute("use").isEmpty() ? "optional" : e.getAttribute("use");
        } else {
            String min = e.getAttribute("minOccurs").isEmpty() ? "1" : e.getAttribute("minOccurs");
            String max = e.getAttribute("maxOccurs").isEmpty() ? "1" : e.getAttribute("maxOccurs");
            occurs = min.equals(max) ? min : min + ".." + (max.equals("unbounded") ? "n" : max);
        }
        return new Item(path, attribute ? "attribute" : "element", type.replaceFirst("^\\w+:", ""), occurs,
                documentation(e));
    }

    private static String simpleType(Element type) {
        List<String> values = new ArrayList<>();
        String pattern = null;
        for (Element restriction : children(type)) {
            for (Element facet : children(restriction)) {
                if (facet.getLocalName().equals("enumeration")) {
                    values.add("`" + facet.getAttribute("value") + "`");
                } else if (facet.getLocalName().equals("pattern")) {
                    pattern = "pattern `" + facet.getAttribute("value") + "`";
                }
            }
        }
        return !values.isEmpty() ? String.join(", ", values) : pattern != null ? pattern : "string";
    }

    /** The element's own documentation, whitespace folded; empty if it has none. */
    static String documentation(Element e) {
        for (Element child : children(e)) {
            if (child.getLocalName().equals("annotation")) {
                for (Element doc : children(child)) {
                    if (doc.getLocalName().equals("documentation")) {
                        return doc.getTextContent().strip().replaceAll("\\s+", " ");
                    }
                }
            }
        }
        return "";
    }

    private static List<Element> children(Element e) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child && XS.equals(child.getNamespaceURI())) {
                out.add(child);
            }
        }
        return out;
    }

    private static Document schema() throws IOException {
        try (InputStream in = CorpusXmlReader.schemaResource().openStream()) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(in);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("cannot read the schema: " + e.getMessage(), e);
        }
    }
}
