package org.skema.io.xml;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.skema.io.InputException;
import org.skema.model.ModelException;

/**
 * Walks an XML file element by element and turns every problem into an {@link InputException}
 * naming the file, line and element or attribute. The parser never reads a DTD or any external
 * entity, so a file cannot make it touch the network or expand entity bombs.
 */
public final class XmlCursor implements AutoCloseable {
    private final String file;
    private final XMLStreamReader reader;
    /** The current element's attributes that the reader asked for; the others are reported as unknown. */
    private final Set<String> asked = new HashSet<>();
    private boolean attributesChecked = true;
    /** "<class colour>" to the line it first appeared on and how often. */
    private final Map<String, int[]> unknownAttributes = new LinkedHashMap<>();

    private XmlCursor(String file, XMLStreamReader reader) {
        this.file = file;
        this.reader = reader;
    }

    public static XmlCursor open(Path path) {
        String file = path.toString();
        byte[] bytes = XmlText.read(path);
        try {
            return new XmlCursor(file, secureFactory().createXMLStreamReader(new ByteArrayInputStream(bytes)));
        } catch (XMLStreamException e) {
            throw syntax(file, e);
        }
    }

    /**
     * Checks that a file is well-formed XML without a DOCTYPE, before it goes to a parser that would
     * print its own complaints to stderr (Timefold's, for a solver configuration).
     *
     * @throws InputException naming the file and line otherwise
     */
    public static void requirePlain(Path path) {
        try (XmlCursor xml = open(path)) {
            while (xml.reader.hasNext()) {
                if (xml.reader.next() == XMLStreamConstants.DTD) {
                    throw new InputException(xml.file, xml.line(), "<!DOCTYPE>", "a DOCTYPE is not allowed here");
                }
            }
        } catch (XMLStreamException e) {
            throw syntax(path.toString(), e);
        }
    }

    static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        return factory;
    }

    public String file() {
        return file;
    }

    public int line() {
        return reader.getLocation() == null ? 0 : reader.getLocation().getLineNumber();
    }

    /** Moves to the root element and checks its name. */
    public void root(String name) {
        if (!nextChild()) {
            throw error(null, "the file has no XML root element");
        }
        if (!reader.getLocalName().equals(name)) {
            throw error(null, "expected root element <" + name + ">, found <" + reader.getLocalName() + ">");
        }
    }

    /**
     * Moves to the next child element of the current element; returns false (positioned on the
     * current element's end tag) when there is none.
     */
    public boolean nextChild() {
        checkAttributes();
        try {
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    asked.clear();
                    attributesChecked = false;
                    return true;
                }
                if (event == XMLStreamConstants.END_ELEMENT) {
                    return false;
                }
                if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw new InputException(file, line(), null,
                            "entity references (&" + reader.getLocalName() + ";) are not allowed");
                }
                if (event == XMLStreamConstants.DTD && reader.getText().contains("<!ENTITY")) {
                    // Refused outright: declared entities could expand without bound or read other files.
                    throw new InputException(file, line(), "<!DOCTYPE>",
                            "entity declarations (<!ENTITY ...>) are not allowed");
                }
            }
            return false;
        } catch (XMLStreamException e) {
            throw syntax(file, e);
        }
    }

    /** Skips the rest of the current element, children included. */
    public void skip() {
        checkAttributes();
        int depth = 1;
        try {
            while (depth > 0 && reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
        } catch (XMLStreamException e) {
            throw syntax(file, e);
        }
    }

    public String name() {
        return reader.getLocalName();
    }

    /** Requires the current element to be the named one. */
    public void expect(String name) {
        if (!reader.getLocalName().equals(name)) {
            throw error(null, "unexpected element <" + reader.getLocalName() + ">, expected <" + name + ">");
        }
    }

    public String optional(String attribute) {
        asked.add(attribute);
        return reader.getAttributeValue(null, attribute);
    }

    /**
     * Attributes no reader asked for, one line each, such as {@code x.xml:12: <class colour>: unknown
     * attribute, ignored (and 41 more times)}: data the file holds that Skema leaves out.
     */
    public List<String> unknownAttributes() {
        List<String> lines = new ArrayList<>();
        unknownAttributes.forEach((field, seen) -> lines.add(file + ":" + seen[0] + ": " + field
                + ": unknown attribute, ignored" + (seen[1] > 1 ? " (and " + (seen[1] - 1) + " more times)" : "")));
        return lines;
    }

    /** Called before moving on from an element, whose attributes have all been asked for by then. */
    private void checkAttributes() {
        if (attributesChecked || reader.getEventType() != XMLStreamConstants.START_ELEMENT) {
            return;
        }
        attributesChecked = true;
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            String attribute = reader.getAttributeLocalName(i);
            if (!asked.contains(attribute)) {
                unknownAttributes.computeIfAbsent("<" + reader.getLocalName() + " " + attribute + ">",
                        field -> new int[] {line(), 0})[1]++;
            }
        }
    }

    public String required(String attribute) {
        String value = optional(attribute);
        if (value == null) {
            throw error(attribute, "missing attribute on <" + name() + ">");
        }
        return value;
    }

    public int requiredInt(String attribute) {
        return parseInt(attribute, required(attribute));
    }

    public int optionalInt(String attribute, int fallback) {
        String value = optional(attribute);
        return value == null ? fallback : parseInt(attribute, value);
    }

    private int parseInt(String attribute, String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw error(attribute, "'" + value + "' is not a whole number");
        }
    }

    /** An error at the current position; {@code attribute} may be null. */
    public InputException error(String attribute, String detail) {
        String field = attribute == null ? "<" + safeName() + ">" : "<" + safeName() + " " + attribute + ">";
        return new InputException(file, line(), field, detail);
    }

    /** Runs a model step and reports a broken model rule at the current position. */
    public <T> T model(String attribute, java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (ModelException e) {
            throw error(attribute, e.getMessage());
        }
    }

    private String safeName() {
        try {
            return reader.getLocalName();
        } catch (IllegalStateException e) {
            return "?";
        }
    }

    private static InputException syntax(String file, XMLStreamException e) {
        int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
        int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNumber();
        String message = e.getMessage() == null ? "malformed XML" : e.getMessage();
        int detailStart = message.indexOf("Message: ");
        if (detailStart >= 0) {
            message = message.substring(detailStart + "Message: ".length());
        }
        return new InputException(file, line, column, null, "malformed XML: " + message.strip(), e);
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (XMLStreamException e) {
            // nothing left to read, and the bytes are in memory
        }
    }
}
