/**
 * The corpus XML format: JAXB classes for one document at a time, and the streaming reader and
 * writer around them. The committed XSD ({@code corpus-1.xsd}) is the contract; these classes
 * are written to match it and the tests validate every file they write against it.
 */
@XmlSchema(namespace = XmlNames.NAMESPACE, elementFormDefault = XmlNsForm.QUALIFIED)
@XmlAccessorType(XmlAccessType.FIELD)
package org.readingcorpus.exporter.xml;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
