package org.touchbase.report.sections;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.touchbase.core.i18n.Durations;
import org.touchbase.core.model.Agreement;
import org.touchbase.core.model.Touch;
import org.touchbase.core.rules.practice.UnrecordedAgreement;
import org.touchbase.core.state.AgreementState;
import org.touchbase.core.time.Term;
import org.touchbase.report.doc.Block;
import org.touchbase.report.doc.Inline;
import org.touchbase.report.doc.Line;
import org.touchbase.report.doc.Tone;

/** Agreements: each with when and where it was made, and the written touch that records it — or a red mark. */
public final class AgreementsSection {

    public static final String ANCHOR = "agreements";

    private AgreementsSection() {
    }

    public static Block.Section build(ProjectView v) {
        List<Block> body = new ArrayList<>();
        List<Touch> touches = new ArrayList<>(v.project().touches());
        touches.sort(Comparator.comparing(Touch::at, Comparator.nullsLast(Comparator.naturalOrder())));
        List<List<Line>> rows = new ArrayList<>();
        int unrecorded = 0;
        for (Touch touch : touches) {
            for (Agreement agreement : touch.agreements()) {
                Line record = record(v, touch, agreement);
                if (record.parts().get(0) instanceof Inline.Mark mark && mark.tone() == Tone.RED) {
                    unrecorded++;
                }
                rows.add(List.of(Line.of(agreement.text() != null ? agreement.text().value() : "",
                        agreement.id() != null ? Line.of(" ", new Inline.Code(agreement.id().text())) : Line.EMPTY,
                        agreement.replaces() != null ? Line.of(" ", new Inline.Muted(v.t("agreements.replaces",
                                agreement.replaces().text()))) : Line.EMPTY),
                        Line.of(v.when(touch.when()), " ", new Inline.Muted(v.kind(touch.kind()) + " · "
                                + v.title(touch))), record));
            }
        }
        if (rows.isEmpty()) {
            body.add(new Block.Empty(Line.of(v.t("agreements.none"))));
        } else {
            body.add(new Block.Paragraph(Line.of(v.t("agreements.summary", rows.size(), unrecorded))));
            body.add(new Block.Table(List.of(v.t("col.agreement"), v.t("col.made"), v.t("col.inWriting")), rows));
        }
        return new Block.Section(ANCHOR, v.t("agreements.title"), body);
    }

    private static Line record(ProjectView v, Touch made, Agreement agreement) {
        AgreementState state = AgreementState.of(v.project(), agreement, v.deadlines());
        if (state.replacedBy() != null) {
            Touch in = state.replacedIn();
            return Line.of(new Inline.Mark(Tone.NEUTRAL, v.t("agreements.replaced")), " ",
                    new Inline.Code(state.replacedBy().id().text()), " ", v.when(in.when()));
        }
        if (state.madeInWriting()) {
            return Line.of(new Inline.Mark(Tone.DONE, v.t("agreements.written")), " ",
                    new Inline.Muted(v.t("agreements.itself", v.kind(made.kind()))));
        }
        Touch first = state.firstConfirmation();
        if (first != null) {
            boolean late = state.confirmedLate() && !v.forClient();
            Line written = Line.of(new Inline.Mark(late ? Tone.AMBER : Tone.DONE,
                    v.t("agreements.written")), " ", v.when(first.when()), " ",
                    new Inline.Muted(v.kind(first.kind()) + " · " + v.title(first)));
            if (late) {
                long days = ChronoUnit.DAYS.between(made.at().toLocalDate(), first.at().toLocalDate());
                return Line.of(written, " ", new Inline.Muted(v.t("agreements.late",
                        v.messages().format(Durations.of(Term.days(days))),
                        v.messages().format(Durations.within(v.deadlines().confirmWithin())))));
            }
            return written;
        }
        if (!v.forClient() && v.fired(UnrecordedAgreement.INFO, agreement)
                && !v.reported(UnrecordedAgreement.INFO, agreement)) {
            return Line.of(new Inline.Mark(Tone.NEUTRAL, v.t("agreements.notWritten")), " ",
                    new Inline.Muted(v.t("agreements.silenced")));
        }
        return Line.of(new Inline.Mark(Tone.RED, v.t("agreements.notWritten")));
    }
}
