package org.touchbase.importer;

import java.time.zone.ZoneRulesException;
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

    private static boolean registered;

    private IcalZones() {
    }

    public static synchronized void register() {
        if (registered) {
            return;
        }
        try {
            ZoneRulesProvider.registerProvider(new DefaultZoneRulesProvider());
        } catch (ZoneRulesException alreadyThere) {
            // registered from ical4j's own service entry: a plain class path, as in the tests
        }
        registered = true;
    }
}
