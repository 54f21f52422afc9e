package org.readingcorpus.exporter.xml;

/** The names of the format: namespace, version, and the schema resource. */
public final class XmlNames {
    public static final String NAMESPACE = "urn:x-reading-corpus:corpus:1";
    public static final String SCHEMA_VERSION = "1.0";
    public static final String SCHEMA_RESOURCE = "corpus-1.xsd";

    private XmlNames() {
    }
}
