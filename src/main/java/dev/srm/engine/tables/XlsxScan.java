package dev.srm.engine.tables;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

/**
 * Looks inside an .xlsx before Drools does — streaming its zip and sheet XML with the JDK alone, so that nothing is
 * built in memory and the scan stays cheap however hostile the file: it counts rows and unzipped bytes (Drools reads a
 * table with POI's object model, which holds every part in memory: a zip bomb or a million rows would exhaust it), and
 * finds what a decision table must not hold: formula cells (Drools would take their cached value or their text, and a
 * formula can call out: {@code WEBSERVICE}, DDE) and links to other workbooks, programs or data sources.
 */
public final class XlsxScan {

    /** A formula cell: the sheet's name, the cell's address, the formula without its '='. */
    public record FormulaCell(String sheet, String cell, String formula) {}

    /**
     * What the scan found. {@code notXlsx}: the bytes are not a zip (an old .xls, or not a spreadsheet at all);
     * {@code unreadable}: why the zip or its XML could not be read, or null.
     */
    public record Result(int rows, boolean tooManyRows, boolean tooLarge, boolean notXlsx, String unreadable,
            List<FormulaCell> formulas, List<String> links) {}

    private static final String WORKSHEET = "xl/worksheets/";
    private static final Pattern EXTERNAL_LINK = Pattern.compile("xl/externalLinks/externalLink\\d+\\.xml");
    private static final XMLInputFactory XML = newFactory();

    private final int maxRows;
    private int rows;
    private boolean tooManyRows;
    private final List<PendingFormula> formulas = new ArrayList<>();
    private final Map<String, String> sheetNameByPart = new HashMap<>();
    private final Map<String, String> partByRelation = new HashMap<>();
    private final Map<String, String> sheetRelationByName = new LinkedHashMap<>();
    private final Map<String, String> linkTargets = new HashMap<>();
    private final Map<String, String> linkDescriptions = new LinkedHashMap<>();
    private final List<String> dataConnections = new ArrayList<>();

    private record PendingFormula(String part, String cell, String formula) {}

    private XlsxScan(int maxRows) {
        this.maxRows = maxRows;
    }

    /** Scans {@code bytes}; stops early at {@code maxRows} rows or {@code maxUnzippedBytes} bytes unzipped. */
    public static Result scan(byte[] bytes, int maxRows, long maxUnzippedBytes) {
        XlsxScan scan = new XlsxScan(maxRows);
        Budget budget = new Budget(maxUnzippedBytes);
        boolean anyEntry = false;
        String unreadable = null;
        // commons-compress, as POI reads the workbook: the same parts, and it reads the Zip64 data descriptors POI writes
        // (java.util.zip's ZipInputStream does not).
        try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(bytes), "UTF-8", true, true)) {
            ZipArchiveEntry entry;
            while ((entry = zip.getNextEntry()) != null && !scan.tooManyRows) {
                if (entry.isDirectory()) continue;
                anyEntry = true;
                String name = entry.getName();
                InputStream part = new Counted(zip, budget);
                if (name.startsWith(WORKSHEET) && name.endsWith(".xml") && !name.contains("/_rels/")) scan.sheet(name, part);
                else if (name.equals("xl/workbook.xml")) scan.workbook(part);
                else if (name.equals("xl/_rels/workbook.xml.rels")) scan.relations(part, "xl/", scan.partByRelation);
                else if (EXTERNAL_LINK.matcher(name).matches()) scan.externalLink(name, part);
                else if (name.startsWith("xl/externalLinks/_rels/")) scan.externalLinkTarget(name, part);
                else if (name.equals("xl/connections.xml") || name.startsWith("xl/queryTables/")) scan.dataConnections.add(name);
                if (scan.tooManyRows) break;
                part.transferTo(OutputStream.nullOutputStream()); // the rest of the part, counted: POI would hold it all in memory
            }
        } catch (IOException | XMLStreamException | RuntimeException e) {
            if (!budget.overLimit) unreadable = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        if (budget.overLimit) return new Result(scan.rows, false, true, false, null, List.of(), List.of());
        if (!anyEntry && unreadable == null) return new Result(0, false, false, true, null, List.of(), List.of());
        return new Result(scan.rows, scan.tooManyRows, false, false, unreadable, scan.formulas(), scan.links());
    }

    private void sheet(String part, InputStream in) throws XMLStreamException {
        XMLStreamReader xml = XML.createXMLStreamReader(in);
        Map<String, String> sharedFormulas = new HashMap<>();
        int row = 0;
        int column = 0;
        String cell = null;
        try {
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) continue;
                switch (xml.getLocalName()) {
                    case "row" -> {
                        if (++rows > maxRows) {
                            tooManyRows = true;
                            return;
                        }
                        String r = xml.getAttributeValue(null, "r");
                        row = r != null && r.matches("\\d{1,7}") ? Integer.parseInt(r) : row + 1;
                        column = 0;
                    }
                    case "c" -> {
                        String r = xml.getAttributeValue(null, "r");
                        column = r != null ? columnOf(r, column + 1) : column + 1;
                        cell = r != null ? r : columnName(column) + row;
                    }
                    case "f" -> {
                        String shared = xml.getAttributeValue(null, "si");
                        String text = xml.getElementText().strip();
                        if (shared != null && !text.isEmpty()) sharedFormulas.put(shared, text);
                        if (shared != null && text.isEmpty()) text = sharedFormulas.getOrDefault(shared, "");
                        formulas.add(new PendingFormula(part, cell == null ? "?" : cell, text));
                    }
                    default -> { }
                }
            }
        } finally {
            xml.close();
        }
    }

    private void workbook(InputStream in) throws XMLStreamException {
        XMLStreamReader xml = XML.createXMLStreamReader(in);
        try {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("sheet")) {
                    String name = xml.getAttributeValue(null, "name");
                    String relation = relationId(xml);
                    if (name != null && relation != null) sheetRelationByName.put(name, relation);
                }
            }
        } finally {
            xml.close();
        }
    }

    private void relations(InputStream in, String base, Map<String, String> targetById) throws XMLStreamException {
        XMLStreamReader xml = XML.createXMLStreamReader(in);
        try {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("Relationship")) {
                    String id = xml.getAttributeValue(null, "Id");
                    String target = xml.getAttributeValue(null, "Target");
                    if (id == null || target == null) continue;
                    boolean external = "External".equals(xml.getAttributeValue(null, "TargetMode"));
                    targetById.put(id, external ? target : target.startsWith("/") ? target.substring(1) : base + target);
                }
            }
        } finally {
            xml.close();
        }
    }

    private void externalLink(String part, InputStream in) throws XMLStreamException {
        XMLStreamReader xml = XML.createXMLStreamReader(in);
        linkDescriptions.putIfAbsent(part, null);
        try {
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) continue;
                switch (xml.getLocalName()) {
                    case "ddeLink" -> linkDescriptions.put(part, "DDE " + xml.getAttributeValue(null, "ddeService") + "|"
                            + xml.getAttributeValue(null, "ddeTopic"));
                    case "oleLink" -> linkDescriptions.put(part, "OLE " + xml.getAttributeValue(null, "progId"));
                    default -> { }
                }
            }
        } finally {
            xml.close();
        }
    }

    private void externalLinkTarget(String relsPart, InputStream in) throws XMLStreamException {
        // xl/externalLinks/_rels/externalLink1.xml.rels describes xl/externalLinks/externalLink1.xml
        String part = "xl/externalLinks/" + relsPart.substring("xl/externalLinks/_rels/".length()).replaceFirst("\\.rels$", "");
        Map<String, String> targets = new LinkedHashMap<>();
        relations(in, "xl/externalLinks/", targets);
        if (!targets.isEmpty()) linkTargets.put(part, targets.values().iterator().next());
        linkDescriptions.putIfAbsent(part, null);
    }

    private List<FormulaCell> formulas() {
        for (Map.Entry<String, String> sheet : sheetRelationByName.entrySet()) {
            String part = partByRelation.get(sheet.getValue());
            if (part != null) sheetNameByPart.put(part, sheet.getKey());
        }
        List<FormulaCell> cells = new ArrayList<>();
        for (PendingFormula f : formulas) {
            String sheet = sheetNameByPart.getOrDefault(f.part(), f.part().substring(f.part().lastIndexOf('/') + 1));
            cells.add(new FormulaCell(sheet, f.cell(), f.formula()));
        }
        return cells;
    }

    /** One description per external link ("externalLink1.xml → file:///C:/Budget.xlsx") and per data connection. */
    private List<String> links() {
        List<String> links = new ArrayList<>();
        for (Map.Entry<String, String> link : linkDescriptions.entrySet()) {
            String target = link.getValue() != null ? link.getValue() : linkTargets.get(link.getKey());
            links.add(link.getKey() + (target == null ? "" : " → " + target));
        }
        links.addAll(dataConnections);
        return links;
    }

    private static String relationId(XMLStreamReader xml) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            if (xml.getAttributeLocalName(i).equals("id") && xml.getAttributeNamespace(i) != null) return xml.getAttributeValue(i);
        }
        return null;
    }

    /** The 1-based column of an address like "C9"; {@code fallback} when it has none. */
    private static int columnOf(String address, int fallback) {
        int column = 0;
        for (int i = 0; i < address.length() && Character.isLetter(address.charAt(i)); i++) {
            column = column * 26 + (Character.toUpperCase(address.charAt(i)) - 'A' + 1);
        }
        return column == 0 ? fallback : column;
    }

    private static String columnName(int column) {
        StringBuilder name = new StringBuilder();
        for (int c = column; c > 0; c = (c - 1) / 26) name.insert(0, (char) ('A' + (c - 1) % 26));
        return name.toString();
    }

    /** No DTDs, no external entities: a sheet's XML is data, and a DOCTYPE in it is refused by the parser. */
    private static XMLInputFactory newFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    /**
     * One part's bytes as unzipped, counted against the budget of the whole file; past it, reading fails (and the scan
     * reports the size, not the failure).
     */
    private static final class Counted extends FilterInputStream {
        private final Budget budget;

        Counted(InputStream zip, Budget budget) {
            super(zip);
            this.budget = budget;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) budget.spend(1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) budget.spend(n);
            return n;
        }

        @Override
        public void close() {
            // the zip stream stays open for the next part
        }
    }

    private static final class Budget {
        private long remaining;
        boolean overLimit;

        Budget(long limit) {
            this.remaining = limit;
        }

        void spend(long bytes) throws IOException {
            remaining -= bytes;
            if (remaining < 0) {
                overLimit = true;
                throw new IOException("more bytes unzipped than the limit");
            }
        }
    }
}
