package org.readingcorpus.cli;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads an --encoding value; an unknown name is a usage error that says where to look. */
final class CharsetConverter implements ITypeConverter<Charset> {

    @Override
    public Charset convert(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new TypeConversionException("unknown encoding '" + name
                    + "' (try UTF-8, UTF-16LE, UTF-16BE, windows-1252 or ISO-8859-1)");
        }
    }
}
