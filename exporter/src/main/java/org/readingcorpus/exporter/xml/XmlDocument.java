package org.readingcorpus.exporter.xml;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import jakarta.xml.bind.annotation.XmlValue;
import java.util.ArrayList;
import java.util.List;

/** One {@code <document>} element; the unit JAXB reads and writes while the corpus streams. */
@XmlRootElement(name = "document")
@XmlType(propOrder = {"metadata", "text", "speakers", "contents", "cues", "sourceMentions", "attributions"})
public class XmlDocument {

    @XmlAttribute(required = true)
    public String id;

    @XmlElement(required = true)
    public Metadata metadata = new Metadata();

    @XmlElement(required = true)
    public String text;

    @XmlElementWrapper(name = "speakers", required = true)
    @XmlElement(name = "speaker")
    public List<Speaker> speakers = new ArrayList<>();

    @XmlElementWrapper(name = "contents", required = true)
    @XmlElement(name = "content")
    public List<Content> contents = new ArrayList<>();

    @XmlElementWrapper(name = "cues", required = true)
    @XmlElement(name = "cue")
    public List<Cue> cues = new ArrayList<>();

    @XmlElementWrapper(name = "sourceMentions", required = true)
    @XmlElement(name = "sourceMention")
    public List<SourceMention> sourceMentions = new ArrayList<>();

    @XmlElementWrapper(name = "attributions", required = true)
    @XmlElement(name = "attribution")
    public List<Attribution> attributions = new ArrayList<>();

    @XmlType(name = "Metadata", propOrder = {"title", "outlet", "author", "publicationDate", "url", "language", "source"})
    public static class Metadata {
        public String title;
        public String outlet;
        public String author;
        public String publicationDate;
        public String url;
        public String language;
        public Source source;
    }

    @XmlType(name = "Source")
    public static class Source {
        @XmlAttribute(required = true)
        public String file;
        @XmlAttribute(required = true)
        public String encoding;
        @XmlAttribute(required = true)
        public boolean byteOrderMark;
        @XmlElement(name = "controlCharacter")
        public List<ControlCharacter> controlCharacters = new ArrayList<>();
    }

    @XmlType(name = "ControlCharacter")
    public static class ControlCharacter {
        @XmlAttribute(required = true)
        public int offset;
    }

    @XmlType(name = "Speaker", propOrder = {"name", "aliases"})
    public static class Speaker {
        @XmlAttribute(required = true)
        public String id;
        @XmlAttribute(required = true)
        public String type;
        @XmlElement(required = true)
        public String name;
        @XmlElement(name = "alias")
        public List<String> aliases = new ArrayList<>();
    }

    @XmlType(name = "Span")
    public static class Span {
        @XmlAttribute(required = true)
        public String id;
        @XmlAttribute(required = true)
        public int begin;
        @XmlAttribute(required = true)
        public int end;
        @XmlValue
        public String covered;
    }

    @XmlType(name = "Content")
    public static class Content extends Span {
        @XmlAttribute(required = true)
        public String kind;
        /** "b1-e1 b2-e2 …" in code points, for a content of several fragments; absent for one. */
        @XmlAttribute
        public String fragments;
    }

    @XmlType(name = "Cue")
    public static class Cue extends Span {
        @XmlAttribute(required = true)
        public String kind;
    }

    @XmlType(name = "SourceMention")
    public static class SourceMention extends Span {
        @XmlAttribute(required = true)
        public String kind;
    }

    @XmlType(name = "Attribution", propOrder = {"evidence", "review"})
    public static class Attribution {
        @XmlAttribute(required = true)
        public String id;
        @XmlAttribute(required = true)
        public String content;
        @XmlAttribute
        public String cue;
        @XmlAttribute
        public String sourceMention;
        @XmlAttribute
        public String speaker;
        @XmlAttribute(required = true)
        public String confidence;
        @XmlAttribute(required = true)
        public String rule;
        @XmlElement(required = true)
        public String evidence;
        @XmlElement(required = true)
        public Review review;
    }

    @XmlType(name = "Review")
    public static class Review {
        @XmlAttribute(required = true)
        public String state;
        @XmlAttribute
        public String reviewer;
        @XmlAttribute
        public String time;
        @XmlAttribute
        public String proposedSpeaker;
        public String comment;
    }
}
