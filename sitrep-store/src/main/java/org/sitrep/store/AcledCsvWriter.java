package org.sitrep.store;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** ACLED-style CSV through Jackson's CSV writer: a header of {@link AcledColumns#COLUMNS}, empty cells for unknowns. */
public final class AcledCsvWriter {
    private final CsvMapper mapper = new CsvMapper();

    public void write(List<Map<String, Object>> rows, Writer out) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder();
        for (String c : AcledColumns.COLUMNS) schema.addColumn(c);
        try (SequenceWriter w = mapper.writerFor(Map.class).with(schema.build().withHeader()).writeValues(out)) {
            for (Map<String, Object> row : rows) {
                Map<String, String> text = new LinkedHashMap<>();
                for (String c : AcledColumns.COLUMNS) text.put(c, row.get(c) == null ? "" : row.get(c).toString());
                w.write(text);
            }
        }
    }
}
