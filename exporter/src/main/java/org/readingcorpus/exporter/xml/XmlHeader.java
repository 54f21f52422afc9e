package org.readingcorpus.exporter.xml;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/** The {@code <header>} element. */
@XmlRootElement(name = "header")
@XmlType(propOrder = {"annotator", "settings"})
public class XmlHeader {

    @XmlElement(required = true)
    public Annotator annotator = new Annotator();

    @XmlElement(name = "setting")
    public List<Setting> settings = new ArrayList<>();

    @XmlType(name = "")
    public static class Annotator {
        @XmlAttribute(required = true)
        public String name;
        @XmlAttribute(required = true)
        public String version;
    }

    @XmlType(name = "")
    public static class Setting {
        @XmlAttribute(required = true)
        public String name;
        @XmlAttribute(required = true)
        public String value;
    }
}
