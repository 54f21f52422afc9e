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

    @XmlType(name = "RegistryEntry", propOrder = {"name", "aliases", "mentions"})
    public static class Entry {
        @XmlAttribute(required = true)
        public String id;
        @XmlAttribute(required = true)
        public String type;
        @XmlElement(required = true)
        public String name;
        @XmlElement(name = "alias")
        public List<String> aliases = new ArrayList<>();
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
