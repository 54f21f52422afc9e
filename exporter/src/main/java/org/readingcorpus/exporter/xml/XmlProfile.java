package org.readingcorpus.exporter.xml;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/** The {@code <sourceProfile>} element: who the articles let speak, derived from the documents. */
@XmlRootElement(name = "sourceProfile")
@XmlType(propOrder = {"total", "articles", "outlets", "sharedSpeakers"})
public class XmlProfile {

    @XmlElement(required = true)
    public Counts total;
    @XmlElement(name = "article")
    public List<Article> articles = new ArrayList<>();
    @XmlElement(name = "outlet")
    public List<Outlet> outlets = new ArrayList<>();
    @XmlElement(name = "sharedSpeaker")
    public List<SharedSpeaker> sharedSpeakers = new ArrayList<>();

    @XmlType(name = "ProfileCounts")
    public static class Counts {
        @XmlAttribute(required = true)
        public int words;
        @XmlAttribute(required = true)
        public int attributedWords;
        @XmlAttribute(required = true)
        public int direct;
        @XmlAttribute(required = true)
        public int mixed;
        @XmlAttribute(required = true)
        public int indirect;
        @XmlAttribute(required = true)
        public int scareQuotes;
        @XmlAttribute(required = true)
        public int people;
        @XmlAttribute(required = true)
        public int organizations;
        @XmlAttribute(required = true)
        public int mediaOutlets;
        @XmlAttribute(required = true)
        public int anonymous;
        @XmlAttribute(required = true)
        public int unresolved;
    }

    @XmlType(name = "ArticleProfile")
    public static class Article extends Counts {
        @XmlAttribute(required = true)
        public String document;
    }

    @XmlType(name = "CitedOutlet")
    public static class Outlet {
        @XmlAttribute(required = true)
        public String name;
        @XmlAttribute(required = true)
        public int documents;
        @XmlAttribute(required = true)
        public int attributions;
    }

    @XmlType(name = "SharedSpeaker", propOrder = {"appearances"})
    public static class SharedSpeaker {
        @XmlAttribute(required = true)
        public String name;
        @XmlAttribute(required = true)
        public String type;
        @XmlAttribute(required = true)
        public int documents;
        @XmlAttribute(required = true)
        public int attributions;
        @XmlElement(name = "appearance")
        public List<Appearance> appearances = new ArrayList<>();
    }

    @XmlType(name = "SpeakerAppearance", propOrder = {"namedAs", "cues"})
    public static class Appearance {
        @XmlAttribute(required = true)
        public String document;
        @XmlAttribute(required = true)
        public int direct;
        @XmlAttribute(required = true)
        public int mixed;
        @XmlAttribute(required = true)
        public int indirect;
        @XmlElement(name = "namedAs")
        public List<String> namedAs = new ArrayList<>();
        @XmlElement(name = "cue")
        public List<String> cues = new ArrayList<>();
    }
}
