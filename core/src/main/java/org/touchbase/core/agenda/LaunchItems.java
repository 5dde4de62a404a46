package org.touchbase.core.agenda;

import java.util.List;
import org.touchbase.core.diagnostics.Message;
import org.touchbase.core.model.Day;

/** The project's launch, when it is near. */
final class LaunchItems implements AgendaSource {

    @Override
    public void collect(AgendaContext context) {
        Day launch = context.project().launch();
        if (!context.active() || launch == null || !launch.valid()) {
            return;
        }
        context.due(launch.date(), null, Kinds.LAUNCH, "launch", List.of(),
                Message.of("agenda.launch", context.project().title()), null, List.of(),
                context.project().declaration().file(), launch.span());
    }
}
