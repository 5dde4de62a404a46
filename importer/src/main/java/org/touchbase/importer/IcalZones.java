package org.touchbase.importer;

import java.time.zone.ZoneRulesProvider;
import net.fortuna.ical4j.model.DefaultZoneRulesProvider;

/**
 * ical4j's time-zone rules for {@code java.time}: the zones a calendar file
 * defines for itself. They are registered by what reads or writes
 * calendars, once; the runnable jar leaves out ical4j's service entry for
 * them, so that no other command loads ical4j when it first asks for a time
 * zone (about a fifth of a small check's start).
 */
public final class IcalZones {

    private static final String PREFIX = "ical4j~";

    private static boolean registered;

    private IcalZones() {
    }

    public static synchronized void register() {
        if (registered) {
            return;
        }
        // On a plain class path (the tests) ical4j's service entry has registered it already;
        // a second instance would renumber the zones of the first.
        boolean present = ZoneRulesProvider.getAvailableZoneIds().stream().anyMatch(id -> id.startsWith(PREFIX));
        if (!present) {
            ZoneRulesProvider.registerProvider(new DefaultZoneRulesProvider());
        }
        registered = true;
    }
}
