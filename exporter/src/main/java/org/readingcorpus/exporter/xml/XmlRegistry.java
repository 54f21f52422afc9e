package org.readingcorpus.exporter.xml;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/** The {@code <speakerRegistry>} element: the speakers that recur across documents. */
@XmlRootElement(name = "speakerRegistry")
@XmlType(propOrder = {"entries"})
public class XmlRegistry {

    @XmlElement(name = "entry")
    public List<Entry> entries = new ArrayList<>();

    /** A speaker (id, type, name, aliases) and the documents' speakers that are it. */
    @XmlType(name = "RegistryEntry", propOrder = {"mentions"})
    public static class Entry extends XmlDocument.Speaker {
        @XmlElement(name = "mention")
        public List<Mention> mentions = new ArrayList<>();
    }

    @XmlType(name = "RegistryMention")
    public static class Mention {
        @XmlAttribute(required = true)
        public String document;
        @XmlAttribute(required = true)
        public String speaker;
    }
}
