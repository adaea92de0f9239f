package io.yizhan.station.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a demo set as CSV for PostgreSQL's {@code COPY station (COLUMNS) FROM STDIN (FORMAT csv)},
 * e.g. for the search benchmark: {@code java -cp station-service/target/classes
 * io.yizhan.station.demo.DemoStationsCsv national 186000 | psql -c "\copy station (...) from stdin csv"}.
 * Arguments: {@code fujian} or {@code national COUNT}, then optionally a seed. Needs nothing but the JDK.
 */
public final class DemoStationsCsv {

    /** The station columns the CSV fills, in order. */
    public static final String COLUMNS = "id, tenant, name, address, district, lat, lon, station_type, status,"
            + " host_organisation, contact_name, contact_phone, area_m2, build_year, build_kind, amenities, open_24h,"
            + " weekly_hours, created_at, updated_at";

    private DemoStationsCsv() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0 || args[0].equals("--columns")) {
            System.out.println(COLUMNS);
            return;
        }
        List<DemoStation> stations = switch (args[0]) {
            case "fujian" -> DemoStationGenerator.fujian(args.length > 1 ? Long.parseLong(args[1]) : DemoStationGenerator.DEFAULT_SEED);
            case "national" -> DemoStationGenerator.national(Integer.parseInt(args[1]),
                    args.length > 2 ? Long.parseLong(args[2]) : DemoStationGenerator.DEFAULT_SEED);
            default -> throw new IllegalArgumentException("usage: DemoStationsCsv fujian [SEED] | national COUNT [SEED] | --columns");
        };
        try (Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)) {
            for (DemoStation s : stations) {
                write(out, s);
            }
        }
    }

    static void write(Writer out, DemoStation s) throws IOException {
        String[] fields = {s.id().toString(), s.tenant(), s.name(), s.address(), s.district(), Double.toString(s.lat()),
                Double.toString(s.lon()), s.type(), s.status(), s.hostOrganisation(), s.contactName(), s.contactPhone(),
                Double.toString(s.areaM2()), Integer.toString(s.buildYear()), s.buildKind(), s.amenitiesJson(),
                Boolean.toString(s.open24h()), s.weeklyHoursJson(), s.createdAt().toString(), s.createdAt().toString()};
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write('"');
            out.write(fields[i].replace("\"", "\"\""));
            out.write('"');
        }
        out.write('\n');
    }
}
