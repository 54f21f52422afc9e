package org.readingcorpus.exporter.xml;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;

/** The one JAXB context of the format: costly to build, immutable and thread-safe once built. */
final class XmlContext {

    private static final JAXBContext CONTEXT = create();

    private XmlContext() {
    }

    static JAXBContext get() {
        return CONTEXT;
    }

    private static JAXBContext create() {
        try {
            return JAXBContext.newInstance(XmlHeader.class, XmlDocument.class, XmlRegistry.class, XmlProfile.class);
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot build the JAXB context of the corpus format", e);
        }
    }
}
