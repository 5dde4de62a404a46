package org.touchbase.report;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import nu.validator.htmlparser.common.XmlViolationPolicy;
import nu.validator.htmlparser.dom.HtmlDocumentBuilder;
import nu.validator.htmlparser.sax.HtmlParser;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Parses HTML with the validator.nu HTML5 parser (its SAX form reports
 * every parse error) and fails on every parse
 * error and warning: an unclosed or misnested tag, a stray end tag, a bad
 * attribute, a missing doctype.
 */
final class HtmlCheck {

    private HtmlCheck() {
    }

    static Document parse(String html) {
        List<String> problems = new ArrayList<>();
        HtmlParser parser = new HtmlParser(XmlViolationPolicy.ALLOW);
        parser.setContentHandler(new DefaultHandler());
        parser.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                problems.add("warning " + e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }

            @Override
            public void error(SAXParseException e) {
                problems.add("error " + e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                problems.add("fatal " + e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }
        });
        try {
            parser.parse(new InputSource(new StringReader(html)));
        } catch (Exception e) {
            throw new AssertionError("cannot parse: " + e, e);
        }
        if (!problems.isEmpty()) {
            throw new AssertionError("HTML parse problems:\n" + String.join("\n", problems));
        }
        try {
            return new HtmlDocumentBuilder(XmlViolationPolicy.ALLOW).parse(new InputSource(new StringReader(html)));
        } catch (Exception e) {
            throw new AssertionError("cannot build a DOM: " + e, e);
        }
    }

    /** Every element with this name, anywhere (HTML or SVG). */
    static List<Element> elements(Document document, String name) {
        List<Element> result = new ArrayList<>();
        NodeList all = document.getElementsByTagNameNS("*", name);
        for (int i = 0; i < all.getLength(); i++) {
            result.add((Element) all.item(i));
        }
        return result;
    }
}
